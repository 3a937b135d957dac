package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.notNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ComponentAccumulator} did with a transaction it was offered: counted it, passed
 * over it because it never looks at transactions of that kind, or did not count it for a reason
 * the statement lists.
 *
 * <pre>{@code
 * return Take.EARNED;
 * return Take.IGNORED; // a bonus does not look at transactions
 * return Take.notCounted(UnpaidReason.NOT_ELIGIBLE, "group FREIGHT is excluded");
 * }</pre>
 *
 * <p>A transaction no component of the plan counted is listed as unpaid with the first reason
 * given, or {@link UnpaidReason#NO_COMPONENT} when every component ignored it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Take {
    /** Counted: it contributes to the component's lines. */
    public static final Take EARNED = new Take(null, "");

    /** Not looked at: the component does not earn on such transactions. */
    public static final Take IGNORED = new Take(null, "ignored");

    private final @Nullable UnpaidReason reason;
    private final String detail;

    private Take(@Nullable UnpaidReason reason, String detail) {
        this.reason = reason;
        this.detail = detail;
    }

    /**
     * Not counted, for a reason.
     *
     * @param reason why, not null
     * @param detail the reason in words, not null
     * @return the take
     */
    public static Take notCounted(UnpaidReason reason, String detail) {
        return new Take(notNull(reason, "reason"), notNull(detail, "detail"));
    }

    /**
     * Whether the transaction was counted.
     *
     * @return true for {@link #EARNED}
     */
    public boolean isEarned() {
        return this == EARNED;
    }

    /**
     * Why it was not counted, if it was looked at and not counted.
     *
     * @return the reason, or empty for {@link #EARNED} and {@link #IGNORED}
     */
    public Optional<UnpaidReason> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * The reason in words; empty text for {@link #EARNED}.
     *
     * @return the detail
     */
    public String detail() {
        return detail;
    }

    @Override
    public String toString() {
        return this == EARNED ? "EARNED" : this == IGNORED ? "IGNORED" : reason + ": " + detail;
    }
}

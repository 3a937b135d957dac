package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.Money;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one {@link CreditRule} says of a request: nothing against it, the order is exempt from
 * credit checks, the most it allows, a hold, or a rejection; always with the reason.
 *
 * <pre>{@code
 * RuleVerdict.pass("no overdue debt");
 * RuleVerdict.cap(Money.of("8000", "EUR"), "limit 50,000 - exposure 42,000");
 * RuleVerdict.hold("an invoice is 120 days past due");
 * }</pre>
 *
 * <p>The policy combines verdicts: an exemption approves; else a rejection rejects; else a hold
 * holds; else the smallest cap is the largest order allowed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleVerdict {
    /** What a verdict says. */
    public enum Kind {
        /** Nothing against the request. */
        PASS,
        /** The order needs no credit (prepaid): approved whatever the other rules say. */
        EXEMPT,
        /** The order may be at most {@link #cap()}. */
        CAP,
        /** The order waits for someone's release. */
        HOLD,
        /** No credit. */
        REJECT
    }

    private final Kind kind;
    private final @Nullable Money cap;
    private final String reason;

    private RuleVerdict(Kind kind, @Nullable Money cap, String reason) {
        this.kind = kind;
        this.cap = cap;
        this.reason = notNull(reason, "reason");
    }

    /**
     * Nothing against it.
     *
     * @param reason why, not null
     * @return the verdict
     */
    public static RuleVerdict pass(String reason) {
        return new RuleVerdict(Kind.PASS, null, reason);
    }

    /**
     * Exempt from credit checks.
     *
     * @param reason why, not null
     * @return the verdict
     */
    public static RuleVerdict exempt(String reason) {
        return new RuleVerdict(Kind.EXEMPT, null, reason);
    }

    /**
     * The most the order may be now.
     *
     * @param max the amount, may be zero or negative (no room at all), not null
     * @param reason how it comes about, not null
     * @return the verdict
     */
    public static RuleVerdict cap(Money max, String reason) {
        return new RuleVerdict(Kind.CAP, notNull(max, "max"), reason);
    }

    /**
     * Held for someone's release.
     *
     * @param reason why, not null
     * @return the verdict
     */
    public static RuleVerdict hold(String reason) {
        return new RuleVerdict(Kind.HOLD, null, reason);
    }

    /**
     * Rejected.
     *
     * @param reason why, not null
     * @return the verdict
     */
    public static RuleVerdict reject(String reason) {
        return new RuleVerdict(Kind.REJECT, null, reason);
    }

    /**
     * The kind.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The cap, for {@link Kind#CAP}.
     *
     * @return the cap, or empty
     */
    public Optional<Money> cap() {
        return Optional.ofNullable(cap);
    }

    /**
     * Why.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return kind + (cap == null ? "" : " " + cap) + ": " + reason;
    }
}

package io.github.kamsdk.core.team;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * How many accounts a manager of a role should hold (R-ROLE-2): a minimum, an optional maximum, and
 * which accounts count, key accounts only or all of them.
 *
 * <pre>{@code
 * CapacityLimit.atMost(CapacityLimit.Counts.KEY_ACCOUNTS, 3);        // a KAM: up to 3 key clients
 * CapacityLimit.between(CapacityLimit.Counts.ALL_ACCOUNTS, 10, 25);  // a sales manager: 10 to 25
 * CapacityLimit.unlimited();
 * }</pre>
 *
 * <p>Both bounds are inclusive: a limit of at most 3 allows 3. This class is immutable and
 * thread-safe. No method accepts null.
 */
public final class CapacityLimit {
    private static final CapacityLimit UNLIMITED = new CapacityLimit(Counts.ALL_ACCOUNTS, 0, -1);

    /** Which accounts of a portfolio a limit counts. */
    public enum Counts {
        /** Only the accounts the host calls key (from a tiering, say). */
        KEY_ACCOUNTS,
        /** Every account in the portfolio. */
        ALL_ACCOUNTS
    }

    private final Counts counts;
    private final int min;
    private final int max; // -1: no maximum

    private CapacityLimit(Counts counts, int min, int max) {
        this.counts = counts;
        this.min = min;
        this.max = max;
    }

    /**
     * No minimum and no maximum.
     *
     * @return the limit that no portfolio breaches
     */
    public static CapacityLimit unlimited() {
        return UNLIMITED;
    }

    /**
     * At most {@code max} accounts, no minimum.
     *
     * @param counts which accounts count, not null
     * @param max the largest allowed count, at least 0
     * @return the limit
     */
    public static CapacityLimit atMost(Counts counts, int max) {
        notNull(counts, "counts");
        argument(max >= 0, "max must not be negative: %s", max);
        return new CapacityLimit(counts, 0, max);
    }

    /**
     * At least {@code min} accounts, no maximum.
     *
     * @param counts which accounts count, not null
     * @param min the smallest allowed count, at least 0
     * @return the limit
     */
    public static CapacityLimit atLeast(Counts counts, int min) {
        notNull(counts, "counts");
        argument(min >= 0, "min must not be negative: %s", min);
        return new CapacityLimit(counts, min, -1);
    }

    /**
     * Between {@code min} and {@code max} accounts, both included.
     *
     * @param counts which accounts count, not null
     * @param min the smallest allowed count, at least 0
     * @param max the largest allowed count, at least {@code min}
     * @return the limit
     */
    public static CapacityLimit between(Counts counts, int min, int max) {
        notNull(counts, "counts");
        argument(min >= 0, "min must not be negative: %s", min);
        argument(max >= 0, "max must not be negative: %s", max);
        argument(min <= max, "min must not exceed max: min %s, max %s", min, max);
        return new CapacityLimit(counts, min, max);
    }

    /**
     * Which accounts count.
     *
     * @return key accounts or all accounts
     */
    public Counts counts() {
        return counts;
    }

    /**
     * The smallest allowed count.
     *
     * @return at least 0; 0 means no minimum
     */
    public int min() {
        return min;
    }

    /**
     * The largest allowed count.
     *
     * @return the maximum, or empty if there is none
     */
    public OptionalInt max() {
        return max < 0 ? OptionalInt.empty() : OptionalInt.of(max);
    }

    /**
     * Whether no count breaches this limit.
     *
     * @return true if there is neither a minimum nor a maximum
     */
    public boolean isUnlimited() {
        return min == 0 && max < 0;
    }

    /**
     * Whether a count exceeds the maximum.
     *
     * @param count the number of counted accounts
     * @return true if there is a maximum and {@code count} is above it
     */
    public boolean isOver(int count) {
        return max >= 0 && count > max;
    }

    /**
     * Whether a count falls short of the minimum.
     *
     * @param count the number of counted accounts
     * @return true if {@code count} is below the minimum
     */
    public boolean isUnder(int count) {
        return count < min;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CapacityLimit that && counts == that.counts && min == that.min && max == that.max;
    }

    @Override
    public int hashCode() {
        return Objects.hash(counts, min, max);
    }

    /** E.g. {@code "0..3 KEY_ACCOUNTS"}, {@code "10..25 ALL_ACCOUNTS"}, {@code "unlimited"}. */
    @Override
    public String toString() {
        if (isUnlimited()) {
            return "unlimited";
        }
        return min + ".." + (max < 0 ? "*" : String.valueOf(max)) + " " + counts;
    }
}

package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One bucket of days past due in an ageing of receivables (R-CRED-3), such as {@code 31-60} (31 to
 * 60 days past due, both inclusive) or the open-ended {@code over 90} (91 days or more).
 *
 * <pre>{@code
 * AgeingBucket b = AgeingBucket.between(31, 60);
 * b.label();        // "31-60"
 * b.contains(45);   // true
 * AgeingBucket.over(90).label();  // "over 90", i.e. from 91 days on
 * }</pre>
 *
 * <p>Buckets usually come from {@link AgeingBuckets}, which makes them consecutive. Ordered by
 * their first day; equal when their bounds are equal (the label follows from the bounds).
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class AgeingBucket implements Comparable<AgeingBucket> {
    private final long fromDays;
    private final @Nullable Long toDays;

    private AgeingBucket(long fromDays, @Nullable Long toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    /**
     * A closed bucket: from {@code fromDays} to {@code toDays} days past due, both inclusive.
     *
     * @param fromDays the first day, 0 or more
     * @param toDays the last day, at least {@code fromDays}
     * @return the bucket, labelled {@code "from-to"}
     * @throws IllegalArgumentException if a bound is negative or {@code toDays < fromDays}
     */
    public static AgeingBucket between(long fromDays, long toDays) {
        argument(fromDays >= 0, "ageing bucket fromDays must not be negative: %s", fromDays);
        argument(toDays >= fromDays, "ageing bucket toDays must not be below fromDays %s: %s", fromDays, toDays);
        return new AgeingBucket(fromDays, toDays);
    }

    /**
     * An open-ended bucket: more than {@code days} days past due.
     *
     * @param days the last day not in the bucket, 0 or more (the bucket starts at {@code days + 1})
     * @return the bucket, labelled {@code "over days"}
     * @throws IllegalArgumentException if {@code days} is negative or {@link Long#MAX_VALUE}
     */
    public static AgeingBucket over(long days) {
        argument(days >= 0 && days < Long.MAX_VALUE, "ageing bucket over days must be 0 or more: %s", days);
        return new AgeingBucket(days + 1, null);
    }

    /**
     * The label, {@code "31-60"} for a closed bucket, {@code "over 90"} for an open-ended one.
     *
     * @return the label
     */
    public String label() {
        return toDays == null ? "over " + (fromDays - 1) : fromDays + "-" + toDays;
    }

    /**
     * The first day past due in the bucket.
     *
     * @return 0 or more
     */
    public long fromDays() {
        return fromDays;
    }

    /**
     * The last day past due in the bucket, inclusive.
     *
     * @return the last day, or empty for an open-ended bucket
     */
    public OptionalLong toDays() {
        return toDays == null ? OptionalLong.empty() : OptionalLong.of(toDays);
    }

    /**
     * Whether the bucket has no last day.
     *
     * @return true for an open-ended bucket such as {@code over 90}
     */
    public boolean isOpenEnded() {
        return toDays == null;
    }

    /**
     * Whether a number of days past due falls in the bucket.
     *
     * @param daysPastDue the days past due
     * @return true if {@code fromDays <= daysPastDue <= toDays}
     */
    public boolean contains(long daysPastDue) {
        return daysPastDue >= fromDays && (toDays == null || daysPastDue <= toDays);
    }

    /**
     * Orders by the first day, then closed before open-ended, then by the last day.
     *
     * @param other the bucket to compare with, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(AgeingBucket other) {
        notNull(other, "other");
        int c = Long.compare(fromDays, other.fromDays);
        if (c != 0) {
            return c;
        }
        if (toDays == null || other.toDays == null) {
            return Boolean.compare(toDays == null, other.toDays == null);
        }
        return Long.compare(toDays, other.toDays);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AgeingBucket that
                && fromDays == that.fromDays
                && java.util.Objects.equals(toDays, that.toDays);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(fromDays) * 31 + (toDays == null ? -1 : Long.hashCode(toDays));
    }

    /** The label, e.g. {@code "31-60"}. */
    @Override
    public String toString() {
        return label();
    }
}

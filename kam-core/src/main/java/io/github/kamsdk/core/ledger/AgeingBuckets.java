package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * How receivables are aged (R-CRED-3): consecutive {@link AgeingBucket}s of days past due, from 0
 * up, the last one open-ended, so that every invoice falls in exactly one bucket.
 *
 * <pre>{@code
 * AgeingBuckets.standard();            // 0-30, 31-60, 61-90, over 90
 * AgeingBuckets.upTo(15, 45);          // 0-15, 16-45, over 45
 * AgeingBuckets.standard().bucketOf(0).label();   // "0-30" (not yet due counts as 0 days)
 * AgeingBuckets.standard().bucketOf(91).label();  // "over 90"
 * }</pre>
 *
 * <p>An invoice not yet due is 0 days past due ({@link Invoice#daysPastDue}), so it falls in the
 * first bucket together with invoices up to its upper bound late; "overdue" (at least one day past
 * due) is kept separately by {@link Receivables}, so the first bucket is not the same as "current".
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class AgeingBuckets {
    private static final AgeingBuckets STANDARD = upTo(30, 60, 90);

    private final ImmutableList<AgeingBucket> buckets;

    private AgeingBuckets(ImmutableList<AgeingBucket> buckets) {
        this.buckets = buckets;
    }

    /**
     * The usual ageing: {@code 0-30}, {@code 31-60}, {@code 61-90}, {@code over 90}.
     *
     * @return the standard buckets
     */
    public static AgeingBuckets standard() {
        return STANDARD;
    }

    /**
     * Buckets with the given inclusive upper bounds, plus an open-ended last bucket: {@code upTo(30,
     * 60, 90)} is {@code 0-30, 31-60, 61-90, over 90}.
     *
     * @param upperBounds at least one bound, each 0 or more and strictly above the one before; not
     *     null
     * @return the buckets
     * @throws IllegalArgumentException if there is no bound, a bound is negative, or the bounds do
     *     not strictly increase
     */
    public static AgeingBuckets upTo(int... upperBounds) {
        notNull(upperBounds, "upperBounds");
        argument(upperBounds.length > 0, "ageing upperBounds must name at least one bound");
        ImmutableList.Builder<AgeingBucket> list = ImmutableList.builder();
        long from = 0;
        for (int i = 0; i < upperBounds.length; i++) {
            int bound = upperBounds[i];
            argument(
                    bound >= from,
                    "ageing upperBounds[%s] must be %s: %s (bounds %s)",
                    i,
                    i == 0 ? "0 or more" : "above the bound before it, " + (from - 1),
                    bound,
                    Arrays.toString(upperBounds));
            list.add(AgeingBucket.between(from, bound));
            from = (long) bound + 1;
        }
        list.add(AgeingBucket.over(from - 1));
        return new AgeingBuckets(list.build());
    }

    /**
     * The buckets, consecutive from 0 days, the last one open-ended.
     *
     * @return at least two buckets
     */
    public ImmutableList<AgeingBucket> buckets() {
        return buckets;
    }

    /**
     * The one bucket a number of days past due falls in.
     *
     * @param daysPastDue 0 or more
     * @return the bucket that contains it
     * @throws IllegalArgumentException if {@code daysPastDue} is negative
     */
    public AgeingBucket bucketOf(long daysPastDue) {
        argument(daysPastDue >= 0, "daysPastDue must not be negative: %s", daysPastDue);
        for (AgeingBucket bucket : buckets) {
            if (bucket.contains(daysPastDue)) {
                return bucket;
            }
        }
        throw new AssertionError("buckets are consecutive from 0 and open-ended: " + buckets);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AgeingBuckets that && buckets.equals(that.buckets);
    }

    @Override
    public int hashCode() {
        return buckets.hashCode();
    }

    /** The labels, e.g. {@code [0-30, 31-60, 61-90, over 90]}. */
    @Override
    public String toString() {
        return buckets.toString();
    }
}

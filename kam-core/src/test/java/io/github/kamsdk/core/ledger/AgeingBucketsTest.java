package io.github.kamsdk.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ageing buckets: labels, bounds and where a number of days falls. */
class AgeingBucketsTest {
    @Test
    void theStandardBucketsAreZeroToThirtyUpToOverNinety() {
        AgeingBuckets standard = AgeingBuckets.standard();
        assertThat(standard.buckets())
                .extracting(AgeingBucket::label)
                .containsExactly("0-30", "31-60", "61-90", "over 90");
        assertThat(standard).isEqualTo(AgeingBuckets.upTo(30, 60, 90)).hasToString("[0-30, 31-60, 61-90, over 90]");
        assertThat(standard.buckets().get(3).fromDays()).isEqualTo(91);
        assertThat(standard.buckets().get(3).toDays()).isEmpty();
        assertThat(standard.buckets().get(3).isOpenEnded()).isTrue();
        assertThat(standard.buckets().get(1).toDays()).hasValue(60);
    }

    @Test
    void everyDayFallsInTheBucketWhoseRangeHoldsIt() {
        AgeingBuckets standard = AgeingBuckets.standard();
        // Not yet due counts as 0 days: first bucket.
        assertThat(standard.bucketOf(0).label()).isEqualTo("0-30");
        assertThat(standard.bucketOf(30).label()).isEqualTo("0-30");
        assertThat(standard.bucketOf(31).label()).isEqualTo("31-60");
        assertThat(standard.bucketOf(60).label()).isEqualTo("31-60");
        assertThat(standard.bucketOf(61).label()).isEqualTo("61-90");
        assertThat(standard.bucketOf(90).label()).isEqualTo("61-90");
        assertThat(standard.bucketOf(91).label()).isEqualTo("over 90");
        assertThat(standard.bucketOf(100_000).label()).isEqualTo("over 90");
    }

    @Test
    void customBoundsIncludingZero() {
        AgeingBuckets b = AgeingBuckets.upTo(0, 15, 45);
        assertThat(b.buckets()).extracting(AgeingBucket::label).containsExactly("0-0", "1-15", "16-45", "over 45");
        assertThat(b.bucketOf(0).label()).isEqualTo("0-0");
        assertThat(b.bucketOf(1).label()).isEqualTo("1-15");
        assertThat(AgeingBuckets.upTo(7).buckets())
                .extracting(AgeingBucket::label)
                .containsExactly("0-7", "over 7");
    }

    @Test
    void bucketsAreValuesOrderedByTheirFirstDay() {
        assertThat(AgeingBucket.between(31, 60))
                .isEqualTo(AgeingBucket.between(31, 60))
                .hasSameHashCodeAs(AgeingBucket.between(31, 60))
                .isNotEqualTo(AgeingBucket.between(31, 61))
                .hasToString("31-60");
        assertThat(AgeingBucket.over(90)).isEqualTo(AgeingBucket.over(90)).isNotEqualTo(AgeingBucket.between(91, 91));
        assertThat(AgeingBucket.between(0, 30)).isLessThan(AgeingBucket.between(31, 60));
        assertThat(AgeingBucket.between(91, 100)).isLessThan(AgeingBucket.over(90));
        assertThat(AgeingBucket.between(5, 6)).isLessThan(AgeingBucket.between(5, 7));
        assertThat(AgeingBucket.over(90).contains(91)).isTrue();
        assertThat(AgeingBucket.over(90).contains(90)).isFalse();
        assertThat(AgeingBucket.between(31, 60).contains(30)).isFalse();
    }
}

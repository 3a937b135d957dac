package io.github.kamsdk.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kamsdk.core.testing.Props;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of {@link AgeingBuckets}: consecutive from 0, open-ended, every day in exactly one bucket. */
class AgeingBucketsProperties {
    /** 1 to 6 strictly increasing bounds, the first 0 or more (often 0), up to about 6,000 days. */
    private static Gen<int[]> bounds() {
        return lists().of(integers().between(1, 1000)).ofSizeBetween(1, 6).map(steps -> {
            int[] b = new int[steps.size()];
            // A first bound of 0 (a "current" bucket) one time in four.
            b[0] = steps.get(0) % 4 == 0 ? 0 : steps.get(0);
            for (int i = 1; i < b.length; i++) {
                b[i] = b[i - 1] + steps.get(i);
            }
            return b;
        });
    }

    @Test
    void bucketsAreConsecutiveFromZeroAndTheLastIsOpenEnded() {
        Props.qt().forAll(bounds()).checkAssert(b -> {
            List<AgeingBucket> buckets = AgeingBuckets.upTo(b).buckets();
            assertThat(buckets).hasSize(b.length + 1);
            assertThat(buckets.get(0).fromDays()).isZero();
            for (int i = 0; i < b.length; i++) {
                assertThat(buckets.get(i).toDays()).hasValue(b[i]);
                assertThat(buckets.get(i + 1).fromDays()).isEqualTo(b[i] + 1L);
            }
            assertThat(buckets.get(b.length).isOpenEnded()).isTrue();
            assertThat(buckets).isSorted();
        });
    }

    @Test
    void everyDayIsInExactlyOneBucket() {
        Props.qt().forAll(bounds(), integers().between(0, 10_000)).checkAssert((b, days) -> {
            AgeingBuckets buckets = AgeingBuckets.upTo(b);
            assertThat(buckets.buckets().stream().filter(x -> x.contains(days)))
                    .containsExactly(buckets.bucketOf(days));
        });
    }
}

package io.github.kamsdk.core.internal;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.testing.Props;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class IntSortTest {

    @Test
    void sortsIndexesStablyByTheirElements() {
        int[] keys = {5, 3, 5, 1, 3};
        // 1 at index 3; 3 at 1 and 4 (in that order); 5 at 0 and 2
        assertThat(IntSort.sortedIndexes(keys.length, (a, b) -> Integer.compare(keys[a], keys[b])))
                .containsExactly(3, 1, 4, 0, 2);
        assertThat(IntSort.sortedIndexes(keys.length, (a, b) -> Integer.compare(keys[b], keys[a])))
                .containsExactly(0, 2, 1, 4, 3);
        assertThat(IntSort.sortedIndexes(0, (a, b) -> 0)).isEmpty();
    }

    @Test
    void agreesWithTheJdksStableSortOfBoxedIndexes() {
        Props.qt()
                .forAll(SourceDSL.lists()
                        .of(SourceDSL.integers().between(-20, 20))
                        .ofSizeBetween(0, 300))
                .checkAssert(keys -> {
                    Integer[] boxed = new Integer[keys.size()];
                    Arrays.setAll(boxed, i -> i);
                    Comparator<Integer> byKey = Comparator.comparing(keys::get);
                    Arrays.sort(boxed, byKey);
                    int[] sorted = IntSort.sortedIndexes(
                            keys.size(), (a, b) -> keys.get(a).compareTo(keys.get(b)));
                    assertThat(sorted)
                            .containsExactly(
                                    Arrays.stream(boxed).mapToInt(i -> i).toArray());
                });
    }

    @Test
    void sortsLongInputsInReverseAndInOrder() {
        List<Integer> sizes = List.of(33, 64, 1000);
        for (int n : sizes) {
            int[] descending = IntSort.sortedIndexes(n, (a, b) -> Integer.compare(b, a));
            int[] ascending = IntSort.sortedIndexes(n, Integer::compare);
            for (int i = 0; i < n; i++) {
                assertThat(descending[i]).isEqualTo(n - 1 - i);
                assertThat(ascending[i]).isEqualTo(i);
            }
        }
    }

    @Test
    void refusesANegativeCount() {
        assertRejected(() -> IntSort.sortedIndexes(-1, (a, b) -> 0), "n", "-1");
    }

    @Test
    void refusesANullComparator() {
        assertNullRejected(() -> IntSort.sortedIndexes(3, null), "order");
    }
}

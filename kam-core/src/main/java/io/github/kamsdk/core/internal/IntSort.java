package io.github.kamsdk.core.internal;

/**
 * A stable sort of {@code int} indexes by a comparator over them, without boxing: what {@code
 * Arrays.sort(Integer[], Comparator)} does, minus a million {@code Integer} objects when the engines
 * sort a million accounts.
 *
 * <p>Top-down merge sort with insertion sort for short runs: {@code O(n log n)} comparisons in every
 * case, one scratch array of {@code n} ints, and equal elements keep their order.
 */
public final class IntSort {
    private static final int INSERTION_THRESHOLD = 32;

    private IntSort() {}

    /** Compares two indexes. */
    @FunctionalInterface
    public interface IndexComparator {
        /**
         * Compares the elements at two indexes.
         *
         * @param a an index
         * @param b another index
         * @return negative, zero or positive as element {@code a} sorts before, with, or after {@code
         *     b}
         */
        int compare(int a, int b);
    }

    /**
     * The indexes {@code 0 .. n-1} sorted stably by {@code order}.
     *
     * @param n how many indexes, at least 0
     * @param order the comparator
     * @return a new array holding each index once
     */
    public static int[] sortedIndexes(int n, IndexComparator order) {
        Checks.argument(n >= 0, "n must not be negative, got %s", n);
        Checks.notNull(order, "order");
        int[] indexes = new int[n];
        for (int i = 0; i < n; i++) {
            indexes[i] = i;
        }
        int[] scratch = new int[n];
        sort(indexes, scratch, 0, n, order);
        return indexes;
    }

    private static void sort(int[] a, int[] scratch, int from, int to, IndexComparator order) {
        if (to - from <= INSERTION_THRESHOLD) {
            insertionSort(a, from, to, order);
            return;
        }
        int mid = (from + to) >>> 1;
        sort(a, scratch, from, mid, order);
        sort(a, scratch, mid, to, order);
        if (order.compare(a[mid - 1], a[mid]) <= 0) {
            return; // already in order
        }
        System.arraycopy(a, from, scratch, from, to - from);
        int left = from;
        int right = mid;
        for (int k = from; k < to; k++) {
            // Take from the left on ties: that keeps equal elements in their order.
            if (right >= to || (left < mid && order.compare(scratch[left], scratch[right]) <= 0)) {
                a[k] = scratch[left++];
            } else {
                a[k] = scratch[right++];
            }
        }
    }

    private static void insertionSort(int[] a, int from, int to, IndexComparator order) {
        for (int i = from + 1; i < to; i++) {
            int value = a[i];
            int j = i - 1;
            while (j >= from && order.compare(a[j], value) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = value;
        }
    }
}

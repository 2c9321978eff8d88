package dev.cxmetrics.stats;

import java.util.Arrays;

/** In-place selection on primitive arrays: O(n) expected, O(n log n) worst case. */
final class LongSelect {
    private static final int INSERTION_SORT_BELOW = 16;

    private LongSelect() {
    }

    /**
     * Reorders {@code a} so that {@code a[k]} holds the k-th smallest value, everything before it
     * is not greater and everything after it is not smaller; returns {@code a[k]}.
     */
    static long select(long[] a, int k) {
        return select(a, 0, a.length, k);
    }

    /** Like {@link #select(long[], int)} within {@code a[from..to)}, with {@code from <= k < to}. */
    static long select(long[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        // A quickselect that degenerates is cut off and finished by a sort: introselect.
        int budget = 2 * (64 - Long.numberOfLeadingZeros(to - from)) + 8;
        while (hi - lo >= INSERTION_SORT_BELOW) {
            if (budget-- == 0) {
                Arrays.sort(a, lo, hi + 1);
                return a[k];
            }
            int mid = (lo + hi) >>> 1;
            long pivot = medianOfThree(a[lo], a[mid], a[hi]);
            // Three-way partition keeps runs of equal values (ties are common) linear.
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                long v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            if (k < lt) {
                hi = lt - 1;
            } else if (k > gt) {
                lo = gt + 1;
            } else {
                return pivot;
            }
        }
        Arrays.sort(a, lo, hi + 1);
        return a[k];
    }

    /** Returns the smallest of {@code a[from..]}. */
    static long minFrom(long[] a, int from) {
        long min = a[from];
        for (int i = from + 1; i < a.length; i++) {
            if (a[i] < min) {
                min = a[i];
            }
        }
        return min;
    }

    private static long medianOfThree(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}

package dev.cxmetrics.stats;

import java.util.Arrays;

/**
 * Selection on primitive arrays: in place by quickselect, O(n) expected and O(n log n) worst case,
 * or by counting for several ranks of a large array at once.
 */
final class LongSelect {
    private static final int INSERTION_SORT_BELOW = 16;
    /** From this many values on, counting beats selecting in place. */
    static final int COUNT_FROM = 4096;
    /** Bits of a value told apart per counting pass: 2,048 counters, 8 KB, stay in the first-level cache. */
    private static final int RADIX_BITS = 11;

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
            long pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
            // Hoare's partition: both scans stop on values equal to the pivot, so runs of equal
            // values (ties are common) split evenly, and its two tight loops beat a three-way
            // partition. The pivot is one of the range's values, so neither scan leaves the range.
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            // Now a[lo..j] <= pivot <= a[i..hi], and whatever lies between equals the pivot.
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        insertionSort(a, lo, hi);
        return a[k];
    }

    private static void insertionSort(long[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            long v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    /**
     * Returns the values at positions {@code ranks} of {@code a} as if it were sorted ascending.
     * Small arrays are selected in place, one rank after another, each on what lies after the
     * previous; large ones are counted instead: a pass counts the values per range of their high
     * bits (between {@code min} and {@code max}), the ranges holding a wanted rank are gathered,
     * and the same is done within each with the next bits, so every rank costs two passes over
     * ever fewer values (at most six levels for 64-bit values) instead of a quickselect over all.
     *
     * @param a the values, reordered in place when fewer than {@link #COUNT_FROM}
     * @param min the smallest of the values
     * @param max the largest of the values, with {@code max - min} not overflowing
     * @param ranks distinct ranks in {@code [0, a.length)}, ascending
     * @return the value at each rank
     */
    static long[] valuesAtRanks(long[] a, long min, long max, int[] ranks) {
        return valuesAtRanks(new long[][] {a}, a.length, min, max, ranks);
    }

    /**
     * Like {@link #valuesAtRanks(long[], long, long, int[])} over the values of several arrays,
     * {@code n} in all, each used whole; only a single array of fewer than {@link #COUNT_FROM}
     * values is reordered.
     */
    static long[] valuesAtRanks(long[][] parts, int n, long min, long max, int[] ranks) {
        long[] out = new long[ranks.length];
        valuesAtRanks(parts, n, min, max, ranks, 0, ranks.length, 0, out);
        return out;
    }

    /**
     * Fills {@code out[r]} for the ranks {@code ranks[first..last)}, which lie within these
     * {@code n} values after subtracting {@code before}.
     */
    private static void valuesAtRanks(long[][] parts, int n, long min, long max, int[] ranks, int first, int last,
                                      int before, long[] out) {
        if (min == max) {
            Arrays.fill(out, first, last, min);
            return;
        }
        if (n < COUNT_FROM && parts.length == 1) {
            long[] a = parts[0];
            int from = 0;
            for (int r = first; r < last; r++) {
                int k = ranks[r] - before;
                out[r] = select(a, from, n, k);
                from = k;
            }
            return;
        }
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(max - min) - RADIX_BITS);
        int[] counts = new int[(int) ((max - min) >>> shift) + 1];
        for (long[] a : parts) {
            for (long v : a) {
                counts[(int) ((v - min) >>> shift)]++;
            }
        }
        // Which range holds each rank; ranges that hold none are not gathered.
        int[] gatherInto = new int[counts.length];
        Arrays.fill(gatherInto, -1);
        int[] rangeOf = new int[last - first];
        int[] rangeBefore = new int[last - first];
        int[] rangeFirstRank = new int[last - first + 1];
        int ranges = 0;
        int range = 0;
        int below = 0;
        for (int r = first; r < last; r++) {
            int k = ranks[r] - before;
            while (below + counts[range] <= k) {
                below += counts[range++];
            }
            if (gatherInto[range] < 0) {
                gatherInto[range] = ranges;
                rangeOf[ranges] = range;
                rangeBefore[ranges] = before + below;
                rangeFirstRank[ranges] = r;
                ranges++;
            }
        }
        long[][] gathered = new long[ranges][];
        int[] filled = new int[ranges];
        for (int g = 0; g < ranges; g++) {
            gathered[g] = new long[counts[rangeOf[g]]];
        }
        for (long[] a : parts) {
            for (long v : a) {
                int g = gatherInto[(int) ((v - min) >>> shift)];
                if (g >= 0) {
                    gathered[g][filled[g]++] = v;
                }
            }
        }
        rangeFirstRank[ranges] = last;
        for (int g = 0; g < ranges; g++) {
            long low = min + ((long) rangeOf[g] << shift);
            long high = max - low < 1L << shift ? max : low + (1L << shift) - 1;
            valuesAtRanks(new long[][] {gathered[g]}, gathered[g].length, low, high, ranks, rangeFirstRank[g],
                    rangeFirstRank[g + 1], rangeBefore[g], out);
        }
    }

    private static long medianOfThree(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}

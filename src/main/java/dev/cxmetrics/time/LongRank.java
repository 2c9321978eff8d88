package dev.cxmetrics.time;

/**
 * Counts the elements of an ascending {@code long} array below a key, through a bucket index:
 * the key's bucket gives the index range of the elements in it, which usually holds zero to two
 * of them, so a lookup costs a division and a short search instead of a full binary search with
 * its unpredictable branches. The index holds at most about two ints per element. Immutable and
 * thread-safe.
 */
final class LongRank {
    private static final LongRank EMPTY = new LongRank(new long[0], 0, 0, new int[] {0, 0});

    private final long[] values;
    private final long origin;
    private final int shift;
    /** {@code firstIndex[b]}: the number of values below {@code origin + (b << shift)}. */
    private final int[] firstIndex;

    private LongRank(long[] values, long origin, int shift, int[] firstIndex) {
        this.values = values;
        this.origin = origin;
        this.shift = shift;
        this.firstIndex = firstIndex;
    }

    /** Indexes an ascending array; the array is not copied and must not change. */
    static LongRank of(long[] ascending) {
        int n = ascending.length;
        if (n == 0) {
            return EMPTY;
        }
        long origin = ascending[0];
        long range = ascending[n - 1] - origin;
        int shift = 0;
        while ((range >>> shift) + 1 > Math.max(64, 2L * n)) {
            shift++;
        }
        int buckets = (int) (range >>> shift) + 1;
        int[] firstIndex = new int[buckets + 1];
        int i = 0;
        for (int b = 0; b <= buckets; b++) {
            while (i < n && (ascending[i] - origin) >>> shift < b) {
                i++;
            }
            firstIndex[b] = i;
        }
        return new LongRank(ascending, origin, shift, firstIndex);
    }

    /** Number of values strictly less than {@code key}. */
    int countBelow(long key) {
        int n = values.length;
        if (n == 0 || key <= values[0]) {
            return 0;
        }
        if (key > values[n - 1]) {
            return n;
        }
        int bucket = (int) ((key - origin) >>> shift);
        int lo = firstIndex[bucket];
        int hi = firstIndex[bucket + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of values less than or equal to {@code key}. */
    int countAtOrBelow(long key) {
        return key == Long.MAX_VALUE ? values.length : countBelow(key + 1);
    }

    /** Whether {@code key} is one of the values. */
    boolean contains(long key) {
        int i = countBelow(key);
        return i < values.length && values[i] == key;
    }

    /** Number of values. */
    int size() {
        return values.length;
    }
}

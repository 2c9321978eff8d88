package dev.cxmetrics.stats;

import java.util.Arrays;

/**
 * Dense bucket counts over a contiguous index range that grows as needed, with counters that
 * widen as needed: every counter takes {@code width} bytes (1 to 8, little-endian in one byte
 * array), where {@code width} is the fewest bytes that hold the largest count ever stored.
 * Incrementing usually writes a single byte; a carry out of the top byte widens every counter.
 *
 * <p>The range covers the non-empty buckets plus at most {@link #PAD} spare buckets on each side,
 * so growing by one bucket at a time reallocates once per {@code PAD} buckets. Not thread-safe.
 */
final class BucketStore {
    /** Spare buckets added on the side the range grows towards. */
    static final int PAD = 32;
    private static final byte[] NO_BYTES = new byte[0];

    private final int maxIndex;
    private byte[] counts = NO_BYTES;
    private int width = 1;
    /** Index of the bucket in slot 0. */
    private int base;
    private int slots;
    /** The lowest and highest non-empty indexes; {@code lowest > highest} when empty. */
    private int lowest = Integer.MAX_VALUE;
    private int highest = Integer.MIN_VALUE;

    /** An empty store for indexes from 0 to {@code maxIndex}. */
    BucketStore(int maxIndex) {
        this.maxIndex = maxIndex;
    }

    boolean isEmpty() {
        return lowest > highest;
    }

    /** The lowest non-empty index; only meaningful when not empty. */
    int lowest() {
        return lowest;
    }

    /** The highest non-empty index; only meaningful when not empty. */
    int highest() {
        return highest;
    }

    /** Bytes per counter, 1 to 8. */
    int width() {
        return width;
    }

    /** The bytes held for counters, the store's memory apart from a few fields. */
    int byteSize() {
        return counts.length;
    }

    /** The count of bucket {@code index}, 0 outside the range. */
    long get(int index) {
        int slot = index - base;
        return slot >= 0 && slot < slots ? read(slot) : 0;
    }

    /**
     * The smallest non-empty index at or above {@code from}, or -1 when there is none. Scans bytes,
     * so skipping long empty stretches is cheap.
     */
    int nextNonEmpty(int from) {
        int start = Math.max(from, lowest);
        if (start > highest) {
            return -1;
        }
        byte[] c = counts;
        int offset = (start - base) * width;
        int end = (highest - base + 1) * width;
        while (offset < end && c[offset] == 0) {
            offset++;
        }
        // A counter is non-empty when any of its bytes is: the first such byte is in the first such slot.
        return offset < end ? base + offset / width : -1;
    }

    /** Adds one to bucket {@code index}: the recording hot path, usually a single byte write. */
    void increment(int index) {
        int slot = index - base;
        if (slot < 0 || slot >= slots) {
            cover(index, index);
            slot = index - base;
        }
        if (index < lowest) {
            lowest = index;
        }
        if (index > highest) {
            highest = index;
        }
        int offset = slot * width;
        byte[] c = counts;
        if (++c[offset] != 0) {
            return;
        }
        for (int k = 1; k < width; k++) {
            if (++c[offset + k] != 0) {
                return;
            }
        }
        // Every byte wrapped to zero: the count is now 2^(8 * width), one byte wider.
        int oldWidth = width;
        widen(oldWidth + 1);
        counts[slot * width + oldWidth] = 1;
    }

    /**
     * Adds {@code count >= 1} to bucket {@code index}. The caller guarantees that the new count
     * does not exceed {@code Long.MAX_VALUE}.
     */
    void add(int index, long count) {
        cover(index, index);
        if (index < lowest) {
            lowest = index;
        }
        if (index > highest) {
            highest = index;
        }
        int slot = index - base;
        long sum = read(slot) + count;
        int needed = bytesFor(sum);
        if (needed > width) {
            widen(needed);
        }
        write(slot, sum);
    }

    /** Adds every count of {@code other}, which may be this store. */
    void addAll(BucketStore other) {
        if (other.isEmpty()) {
            return;
        }
        BucketStore source = other == this ? copy() : other;
        cover(source.lowest, source.highest);
        for (int i = source.lowest; i >= 0; i = source.nextNonEmpty(i + 1)) {
            add(i, source.get(i));
        }
    }

    /** A copy holding exactly the non-empty range. */
    BucketStore copy() {
        BucketStore copy = new BucketStore(maxIndex);
        if (isEmpty()) {
            return copy;
        }
        copy.width = width;
        copy.base = lowest;
        copy.slots = highest - lowest + 1;
        copy.lowest = lowest;
        copy.highest = highest;
        int from = (lowest - base) * width;
        copy.counts = Arrays.copyOfRange(counts, from, from + copy.slots * width);
        return copy;
    }

    /** An empty store whose range is exactly {@code from..to}, for adding known buckets without growing. */
    static BucketStore spanning(int maxIndex, int from, int to) {
        BucketStore store = new BucketStore(maxIndex);
        store.base = from;
        store.slots = to - from + 1;
        store.counts = new byte[store.slots];
        return store;
    }

    /** True when both hold the same count in every bucket, whatever their range and width. */
    boolean sameCounts(BucketStore other) {
        if (isEmpty() || other.isEmpty()) {
            return isEmpty() && other.isEmpty();
        }
        int i = lowest;
        int j = other.lowest;
        while (i == j && i >= 0) {
            if (get(i) != other.get(i)) {
                return false;
            }
            i = nextNonEmpty(i + 1);
            j = other.nextNonEmpty(j + 1);
        }
        return i == j;
    }

    /** A hash of the non-empty buckets, consistent with {@link #sameCounts}. */
    int countsHash() {
        int h = 1;
        for (int i = nextNonEmpty(lowest); i >= 0; i = nextNonEmpty(i + 1)) {
            h = 31 * (31 * h + i) + Long.hashCode(get(i));
        }
        return h;
    }

    /** Extends the range to hold {@code from..to}, with {@link #PAD} spare buckets where it grows. */
    private void cover(int from, int to) {
        if (slots > 0 && from >= base && to < base + slots) {
            return;
        }
        int newBase;
        int newEnd;
        if (slots == 0) {
            newBase = Math.max(0, from - PAD);
            newEnd = Math.min(maxIndex, to + PAD);
        } else {
            newBase = from < base ? Math.max(0, from - PAD) : base;
            int end = base + slots - 1;
            newEnd = to > end ? Math.min(maxIndex, to + PAD) : end;
        }
        int newSlots = newEnd - newBase + 1;
        byte[] grown = new byte[newSlots * width];
        if (slots > 0) {
            System.arraycopy(counts, 0, grown, (base - newBase) * width, slots * width);
        }
        counts = grown;
        base = newBase;
        slots = newSlots;
    }

    private void widen(int newWidth) {
        byte[] wider = new byte[slots * newWidth];
        for (int s = 0; s < slots; s++) {
            System.arraycopy(counts, s * width, wider, s * newWidth, width);
        }
        counts = wider;
        width = newWidth;
    }

    private long read(int slot) {
        int offset = slot * width;
        long value = 0;
        for (int k = width - 1; k >= 0; k--) {
            value = (value << 8) | (counts[offset + k] & 0xFF);
        }
        return value;
    }

    private void write(int slot, long value) {
        int offset = slot * width;
        for (int k = 0; k < width; k++) {
            counts[offset + k] = (byte) (value >>> (8 * k));
        }
    }

    static int bytesFor(long value) {
        return Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 7) / 8);
    }
}

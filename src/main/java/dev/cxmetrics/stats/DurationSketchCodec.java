package dev.cxmetrics.stats;

import dev.cxmetrics.internal.ByteReader;
import dev.cxmetrics.internal.ByteWriter;

import java.math.BigInteger;

/**
 * The binary form of a {@link DurationSketch}, version 1: the layout is documented on
 * {@link DurationSketch#toByteArray()}.
 *
 * <p>Encodings are canonical (minimal varints, maximal runs, no empty buckets in runs), so
 * decoding then encoding gives back the same bytes. The decoder accepts only what some sequence
 * of {@code record} calls could produce, as far as cheaply checkable: zero count, minimum,
 * maximum, sum and buckets must agree with each other, and the bucket range must be that of the
 * minimum and maximum, which bounds the memory a forged input can claim.
 */
final class DurationSketchCodec {
    static final byte[] MAGIC = {(byte) 0xC5, 'D', 'S'};
    static final int VERSION = 1;
    private static final String FORMAT = "DurationSketch encoding";

    private DurationSketchCodec() {
    }

    static byte[] encode(DurationSketch sketch) {
        BucketStore store = sketch.store();
        int span = store.isEmpty() ? 0 : store.highest() - store.lowest() + 1;
        ByteWriter out = new ByteWriter(64 + 2 * span);
        out.writeRawBytes(MAGIC);
        out.writeByte(VERSION);
        out.writeDouble(sketch.relativeAccuracy());
        out.writeVarLong(sketch.count());
        if (sketch.count() == 0) {
            return out.toByteArray();
        }
        out.writeVarLong(sketch.zeroCount());
        out.writeVarLong(sketch.minNanos());
        out.writeVarLong(sketch.maxNanos());
        out.writeVarLong(sketch.sumHigh());
        out.writeVarLong(sketch.sumLow());
        if (store.isEmpty()) {
            out.writeVarLong(0);
            return out.toByteArray();
        }
        int runs = 0;
        for (int i = store.lowest(), previous = -2; i >= 0; previous = i, i = store.nextNonEmpty(i + 1)) {
            if (i != previous + 1) {
                runs++;
            }
        }
        out.writeVarLong(runs);
        int previousEnd = -1;
        int start = store.lowest();
        while (start >= 0) {
            int end = start;
            while (store.get(end + 1) != 0) {
                end++;
            }
            out.writeVarLong(previousEnd < 0 ? start : start - previousEnd - 1);
            out.writeVarLong(end - start + 1);
            for (int k = start; k <= end; k++) {
                out.writeVarLong(store.get(k));
            }
            previousEnd = end;
            start = store.nextNonEmpty(end + 1);
        }
        return out.toByteArray();
    }

    static DurationSketch decode(byte[] bytes) {
        ByteReader in = new ByteReader(bytes, FORMAT);
        in.expect(MAGIC, "magic bytes (not a DurationSketch)");
        int version = in.readByte("version");
        if (version != VERSION) {
            throw in.fail("unsupported version " + version + " (this library reads version " + VERSION + ")");
        }
        double alpha = in.readDouble("relative accuracy");
        if (!DurationSketch.isValidRelativeAccuracy(alpha)) {
            throw in.fail("relative accuracy " + alpha + " is outside [" + DurationSketch.MIN_RELATIVE_ACCURACY
                    + ", 1)");
        }
        LogIndexMapping mapping = LogIndexMapping.of(alpha);
        long count = in.readNonNegativeVarLong("count");
        if (count == 0) {
            in.expectEnd();
            return new DurationSketch(mapping, new BucketStore(mapping.maxIndex()), 0, 0,
                    Long.MAX_VALUE, Long.MIN_VALUE, 0, 0);
        }
        long zeroCount = in.readNonNegativeVarLong("zero count");
        if (zeroCount > count) {
            throw in.fail("zero count " + zeroCount + " exceeds count " + count);
        }
        long min = in.readNonNegativeVarLong("min");
        long max = in.readNonNegativeVarLong("max");
        if (min > max) {
            throw in.fail("min " + min + " ns exceeds max " + max + " ns");
        }
        if ((min == 0) != (zeroCount > 0)) {
            throw in.fail("min " + min + " ns disagrees with zero count " + zeroCount);
        }
        long positives = count - zeroCount;
        if ((max == 0) != (positives == 0)) {
            throw in.fail("max " + max + " ns disagrees with " + positives + " positive values");
        }
        long sumHigh = in.readNonNegativeVarLong("sum high bits");
        long sumLow = in.readVarLong("sum low bits");
        checkSum(in, count, min, max, sumHigh, sumLow);

        int runs = in.readLength("run count", 3);
        if (positives == 0 && runs > 0) {
            throw in.fail(runs + " runs of buckets but no positive values");
        }
        // Buckets must lie between those of min and max, so the store allocated below is what any
        // sketch holding those two values needs, however the input is forged.
        int last = positives == 0 ? 0 : mapping.index(max);
        BucketStore store = new BucketStore(mapping.maxIndex());
        long total = 0;
        long previousEnd = -1;
        for (int r = 0; r < runs; r++) {
            long start;
            if (r == 0) {
                start = in.readNonNegativeVarLong("first bucket index");
                if (start < 1 || start > last) {
                    throw in.fail("first bucket index " + start + " is outside [1, " + last + "], the bucket of max "
                            + max + " ns");
                }
                if (min > 0 && start != mapping.index(min)) {
                    throw in.fail("first bucket " + start + " is not the bucket " + mapping.index(min) + " of min "
                            + min + " ns");
                }
                store = BucketStore.spanning(mapping.maxIndex(), (int) start, last);
            } else {
                long skipped = in.readNonNegativeVarLong("empty buckets between runs");
                if (skipped < 1 || skipped > last - previousEnd - 1) {
                    throw in.fail("run " + r + " skips " + skipped + " buckets after bucket " + previousEnd
                            + ", outside [1, " + (last - previousEnd - 1) + "] (the bucket of max is " + last + ")");
                }
                start = previousEnd + 1 + skipped;
            }
            int length = in.readLength("run length", 1);
            if (length < 1 || length > last - start + 1) {
                throw in.fail("run " + r + " at bucket " + start + " has length " + length + ", outside [1, "
                        + (last - start + 1) + "] (the bucket of max is " + last + ")");
            }
            for (int k = 0; k < length; k++) {
                long c = in.readNonNegativeVarLong("bucket count");
                if (c < 1) {
                    throw in.fail("bucket " + (start + k) + " in a run has count 0");
                }
                if (c > positives - total) {
                    throw in.fail("bucket counts exceed the " + positives + " positive values");
                }
                total += c;
                store.add((int) (start + k), c);
            }
            previousEnd = start + length - 1;
        }
        in.expectEnd();
        if (total != positives) {
            throw in.fail("bucket counts add up to " + total + ", not to the " + positives + " positive values");
        }
        if (positives > 0 && store.highest() != last) {
            throw in.fail("last bucket " + store.highest() + " is not the bucket " + last + " of max " + max + " ns");
        }
        return new DurationSketch(mapping, store, count, zeroCount, min, max, sumHigh, sumLow);
    }

    /** n values from [min, max] that include both sum to between max + (n-1) min and min + (n-1) max. */
    private static void checkSum(ByteReader in, long count, long min, long max, long sumHigh, long sumLow) {
        BigInteger sum = BigInteger.valueOf(sumHigh).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(sumLow)));
        BigInteger others = BigInteger.valueOf(count - 1);
        BigInteger lowest = others.multiply(BigInteger.valueOf(min)).add(BigInteger.valueOf(max));
        BigInteger highest = others.multiply(BigInteger.valueOf(max)).add(BigInteger.valueOf(min));
        if (sum.compareTo(lowest) < 0 || sum.compareTo(highest) > 0) {
            throw in.fail("sum " + sum + " ns is impossible for " + count + " values from min " + min
                    + " ns to max " + max + " ns");
        }
    }
}

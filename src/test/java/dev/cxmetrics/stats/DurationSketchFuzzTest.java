package dev.cxmetrics.stats;

import dev.cxmetrics.internal.ByteWriter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.fail;

/**
 * Decoding arbitrary bytes either yields a well-formed sketch or throws
 * {@link IllegalArgumentException}: never another exception, never an out-of-memory error.
 */
class DurationSketchFuzzTest {
    private static final long SEED = 31337L;
    private static final double[] ALPHAS = {0.0001, 0.001, 0.01, 0.05, 0.5};

    private int decoded;

    @Test
    void randomBytesAndMutatedEncodingsDecodeOrFailCleanly() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<byte[]> valid = validEncodings(random);
        for (int i = 0; i < 25_000; i++) {
            check(randomBytes(random, random.nextInt(48)), "random bytes " + i);
        }
        for (int i = 0; i < 25_000; i++) {
            ByteWriter out = new ByteWriter().writeRawBytes(DurationSketchCodec.MAGIC).writeByte(1)
                    .writeDouble(ALPHAS[random.nextInt(ALPHAS.length)]);
            for (int k = random.nextInt(40); k > 0; k--) {
                out.writeByte(random.nextInt(10) < 7 ? random.nextInt(8) : random.nextInt(256));
            }
            check(out.toByteArray(), "valid header, random body " + i);
        }
        for (int i = 0; i < 60_000; i++) {
            byte[] bytes = valid.get(random.nextInt(valid.size()));
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                bytes = mutate(random, bytes);
            }
            check(bytes, "mutation " + i);
        }
        for (byte[] bytes : valid) {
            check(bytes, "valid");
        }
        if (decoded < valid.size()) {
            fail("only " + decoded + " inputs decoded; the valid ones must");
        }
    }

    private void check(byte[] bytes, String context) {
        DurationSketch sketch;
        try {
            sketch = DurationSketch.fromByteArray(bytes);
        } catch (IllegalArgumentException expected) {
            return;
        } catch (Throwable t) {
            throw new AssertionError("seed " + SEED + ", " + context + ": " + t + " for input "
                    + HexFormat.of().formatHex(bytes), t);
        }
        decoded++;
        if (!Arrays.equals(sketch.toByteArray(), bytes)) {
            fail(where(context, bytes) + ": re-encoding differs");
        }
        DurationSketch again = DurationSketch.fromByteArray(sketch.toByteArray());
        if (!again.equals(sketch) || again.hashCode() != sketch.hashCode() || !sketch.copy().equals(sketch)) {
            fail(where(context, bytes) + ": decoded copies differ");
        }
        long total = sketch.zeroCount();
        BucketStore store = sketch.store();
        if (!store.isEmpty()) {
            for (int i = store.lowest(); i <= store.highest(); i++) {
                total += store.get(i);
            }
        }
        if (total != sketch.count()) {
            fail(where(context, bytes) + ": buckets add up to " + total + ", count is " + sketch.count());
        }
        if (sketch.count() > 0) {
            long previous = -1;
            for (int p = 0; p <= 100; p += 10) {
                long value = sketch.percentileNanos(p);
                if (value < previous || value < sketch.minNanos() || value > sketch.maxNanos()) {
                    fail(where(context, bytes) + ": p" + p + " = " + value + " out of order or outside [min, max]");
                }
                previous = value;
            }
        }
        if (sketch.count() <= Long.MAX_VALUE / 2) {
            DurationSketch doubled = sketch.copy().merge(sketch);
            if (doubled.count() != 2 * sketch.count()) {
                fail(where(context, bytes) + ": merging with itself gave count " + doubled.count());
            }
        }
    }

    private static String where(String context, byte[] bytes) {
        return "seed " + SEED + ", " + context + ", input " + HexFormat.of().formatHex(bytes);
    }

    private static List<byte[]> validEncodings(SplittableRandom random) {
        List<byte[]> encodings = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            DurationSketch sketch = DurationSketch.withRelativeAccuracy(ALPHAS[random.nextInt(ALPHAS.length)]);
            int n = i < 10 ? i : random.nextInt(i < 50 ? 40 : 2000);
            for (long value : DurationSketchMergeTest.randomValues(random, n)) {
                sketch.recordNanos(value);
            }
            encodings.add(sketch.toByteArray());
        }
        return encodings;
    }

    private static byte[] mutate(SplittableRandom random, byte[] input) {
        byte[] bytes = input.clone();
        int n = bytes.length;
        if (n == 0) {
            return randomBytes(random, 1 + random.nextInt(4));
        }
        switch (random.nextInt(8)) {
            case 0: { // flip a bit
                int at = random.nextInt(n);
                bytes[at] ^= (byte) (1 << random.nextInt(8));
                return bytes;
            }
            case 1: // truncate
                return Arrays.copyOf(bytes, random.nextInt(n));
            case 2: { // nudge a byte, as a count or length off by one
                int at = random.nextInt(n);
                bytes[at] += (byte) (random.nextBoolean() ? 1 : -1);
                return bytes;
            }
            case 3: // insert random bytes
                return splice(bytes, random.nextInt(n + 1), 0, randomBytes(random, 1 + random.nextInt(4)));
            case 4: { // delete a range
                int at = random.nextInt(n);
                return splice(bytes, at, 1 + random.nextInt(Math.min(8, n - at)), new byte[0]);
            }
            case 5: { // duplicate a range
                int at = random.nextInt(n);
                int length = 1 + random.nextInt(Math.min(8, n - at));
                return splice(bytes, at, 0, Arrays.copyOfRange(bytes, at, at + length));
            }
            case 6: { // forge a varint over or before a byte
                long[] forged = {-1, Long.MAX_VALUE, 1L << 31, Integer.MAX_VALUE, 1L << 40, 0, 1, 127, 128};
                byte[] varint = new ByteWriter().writeVarLong(forged[random.nextInt(forged.length)]).toByteArray();
                int at = random.nextInt(n);
                return splice(bytes, at, random.nextBoolean() ? 1 : 0, varint);
            }
            default: { // an overlong or overflowing varint
                byte[][] bad = {{(byte) 0x80, 0}, {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                        (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1}, {(byte) 0x80}};
                return splice(bytes, random.nextInt(n), 1, bad[random.nextInt(bad.length)]);
            }
        }
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] result = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
        return result;
    }

    private static byte[] randomBytes(SplittableRandom random, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}

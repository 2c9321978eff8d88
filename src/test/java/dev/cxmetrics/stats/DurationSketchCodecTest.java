package dev.cxmetrics.stats;

import dev.cxmetrics.internal.ByteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationSketchCodecTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    @Test
    void emptyDefaultSketchEncodesAsHeaderAndZeroCount() {
        byte[] bytes = DurationSketch.create().toByteArray();
        // magic, version 1, alpha 0.01 as IEEE 754, count 0
        assertThat(HEX.formatHex(bytes)).isEqualTo("c5 44 53 01 3f 84 7a e1 47 ae 14 7b 00");
        assertThat(DurationSketch.fromByteArray(bytes)).isEqualTo(DurationSketch.create());
    }

    @Test
    void workedExampleOfTheLayout() {
        DurationSketch sketch = DurationSketch.create();
        for (long nanos : new long[] {3, 0, 5, 3}) {
            sketch.recordNanos(nanos);
        }
        byte[] bytes = sketch.toByteArray();
        assertThat(HEX.formatHex(bytes)).isEqualTo("c5 44 53 01 3f 84 7a e1 47 ae 14 7b"
                + " 04" // count
                + " 01" // zero count
                + " 00 05" // min, max
                + " 00 0b" // sum: high and low 64 bits, 11 ns
                + " 02" // two runs
                + " 03 01 02" // bucket 3 (3 ns is below the linear limit), one bucket, count 2
                + " 01 01 01"); // skip bucket 4, one bucket (5 ns), count 1
        assertThat(DurationSketch.fromByteArray(bytes)).isEqualTo(sketch);
    }

    @Test
    void roundTripKeepsEveryFieldForEdgeSketches() {
        for (double alpha : new double[] {DurationSketch.MIN_RELATIVE_ACCURACY, 0.001, 0.01, 0.0123, 0.2, 0.999}) {
            assertRoundTrip(DurationSketch.withRelativeAccuracy(alpha), "empty " + alpha);
            DurationSketch zeros = DurationSketch.withRelativeAccuracy(alpha);
            zeros.recordNanos(0);
            zeros.recordNanos(0);
            assertRoundTrip(zeros, "zeros " + alpha);
            for (long value : new long[] {0, 1, 2, 2679, 2680, 1_000_000, 86_400_000_000_000L, Long.MAX_VALUE - 1,
                    Long.MAX_VALUE}) {
                DurationSketch one = DurationSketch.withRelativeAccuracy(alpha);
                one.recordNanos(value);
                assertRoundTrip(one, "one value " + value + " at " + alpha);
            }
            DurationSketch huge = DurationSketch.withRelativeAccuracy(alpha);
            for (int i = 0; i < 1000; i++) {
                huge.recordNanos(Long.MAX_VALUE - i * 1_000_000_000_000L);
            }
            assertRoundTrip(huge, "huge " + alpha);
        }
    }

    @Test
    void roundTripKeepsEveryFieldForRandomSketches() {
        for (long seed = 0; seed < 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            double alpha = new double[] {0.001, 0.01, 0.02, 0.05, 0.5}[random.nextInt(5)];
            DurationSketch sketch = DurationSketch.withRelativeAccuracy(alpha);
            for (long value : DurationSketchMergeTest.randomValues(random, random.nextInt(2000))) {
                sketch.recordNanos(value);
            }
            // Counts of all widths.
            for (int i = random.nextInt(3) == 0 ? 70_000 : 0; i > 0; i--) {
                sketch.recordNanos(42_000_000_000L);
            }
            assertRoundTrip(sketch, "seed " + seed);
        }
    }

    private static void assertRoundTrip(DurationSketch sketch, String context) {
        byte[] bytes = sketch.toByteArray();
        DurationSketch decoded = DurationSketch.fromByteArray(bytes);
        assertThat(decoded).as(context).isEqualTo(sketch);
        assertThat(decoded.hashCode()).as(context).isEqualTo(sketch.hashCode());
        assertThat(decoded.toByteArray()).as(context).isEqualTo(bytes);
        assertThat(decoded.relativeAccuracy()).as(context).isEqualTo(sketch.relativeAccuracy());
        assertThat(decoded.count()).as(context).isEqualTo(sketch.count());
        assertThat(decoded.min()).as(context).isEqualTo(sketch.min());
        assertThat(decoded.max()).as(context).isEqualTo(sketch.max());
        assertThat(decoded.sum()).as(context).isEqualTo(sketch.sum());
        assertThat(decoded.mean()).as(context).isEqualTo(sketch.mean());
        assertThat(decoded.zeroCount()).as(context).isEqualTo(sketch.zeroCount());
        for (int p = 0; p <= 100; p += 5) {
            assertThat(decoded.percentile(p)).as(context + " p" + p).isEqualTo(sketch.percentile(p));
        }
        // Decoded sketches keep recording and merging.
        decoded.recordNanos(7);
        sketch.copy().merge(decoded);
    }

    @Test
    void encodingIsCompact() {
        SplittableRandom random = new SplittableRandom(5);
        DurationSketch sketch = DurationSketch.create();
        for (int i = 0; i < 1_000_000; i++) {
            sketch.recordNanos((long) (Math.exp(random.nextGaussian() * 1.2) * 2.4e12));
        }
        int buckets = 0;
        for (int i = sketch.store().lowest(); i <= sketch.store().highest(); i++) {
            buckets += sketch.store().get(i) > 0 ? 1 : 0;
        }
        byte[] bytes = sketch.toByteArray();
        // Header and fields take under 50 bytes, each bucket count at most 3 (counts below 2^21).
        assertThat(bytes.length).isLessThan(50 + 3 * buckets).isLessThan(1200);
    }

    // ---- malformed input, one rule at a time ----

    private static ByteWriter header(double alpha) {
        return new ByteWriter().writeRawBytes(DurationSketchCodec.MAGIC).writeByte(1).writeDouble(alpha);
    }

    /** count, zero count, min, max, sum (high, low): the fields before the runs. */
    private static ByteWriter fields(long count, long zeros, long min, long max, long sumLow) {
        return header(0.01).writeVarLong(count).writeVarLong(zeros).writeVarLong(min).writeVarLong(max)
                .writeVarLong(0).writeVarLong(sumLow);
    }

    private static void assertRejected(byte[] bytes, String message) {
        assertThatThrownBy(() -> DurationSketch.fromByteArray(bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed DurationSketch encoding: ")
                .hasMessageContaining(message);
    }

    @Test
    void validHandBuiltEncodingIsAccepted() {
        // 3 values: 0, 100 ns, 200 ns; buckets 100 and 200.
        byte[] bytes = fields(3, 1, 0, 200, 300).writeVarLong(2)
                .writeVarLong(100).writeVarLong(1).writeVarLong(1)
                .writeVarLong(99).writeVarLong(1).writeVarLong(1).toByteArray();
        DurationSketch sketch = DurationSketch.fromByteArray(bytes);
        assertThat(sketch.count()).isEqualTo(3);
        assertThat(sketch.percentileNanos(50)).isEqualTo(100);
    }

    @Test
    void rejectsBadHeaders() {
        assertRejected(new byte[0], "truncated while reading magic bytes (not a DurationSketch) at byte 0 of 0");
        assertRejected(new byte[] {(byte) 0xC5, 'D', 'X', 1}, "bad magic bytes (not a DurationSketch) at byte 0 of 4");
        assertRejected(new byte[] {(byte) 0xC5, 'D', 'S'}, "truncated while reading version");
        assertRejected(new ByteWriter().writeRawBytes(DurationSketchCodec.MAGIC).writeByte(2).writeDouble(0.01)
                .writeVarLong(0).toByteArray(), "unsupported version 2 (this library reads version 1)");
        assertRejected(Arrays.copyOf(header(0.01).toByteArray(), 10), "truncated while reading relative accuracy");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, 1, 1.5, -0.01, 0.00001, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsRelativeAccuracyOutOfRange(double alpha) {
        assertRejected(header(alpha).writeVarLong(0).toByteArray(), "relative accuracy " + alpha + " is outside");
    }

    @Test
    void rejectsEveryTruncationAndTrailingBytes() {
        DurationSketch sketch = DurationSketchTest.randomSketch(0.01, 300, 8);
        byte[] bytes = sketch.toByteArray();
        for (int length = 0; length < bytes.length; length++) {
            byte[] truncated = Arrays.copyOf(bytes, length);
            // Cut inside a field, or after a length that no longer fits.
            assertThatThrownBy(() -> DurationSketch.fromByteArray(truncated))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageMatching("malformed DurationSketch encoding: (truncated while reading .*"
                            + "|.* exceeds the \\d+ bytes that remain .*)");
        }
        assertRejected(Arrays.copyOf(bytes, bytes.length + 1), "1 trailing bytes at byte " + bytes.length);
        assertRejected(header(0.01).writeVarLong(0).writeByte(0).toByteArray(), "1 trailing bytes");
    }

    @Test
    void rejectsMalformedVarints() {
        assertRejected(header(0.01).writeRawBytes(new byte[] {(byte) 0x80, 0x00}).toByteArray(),
                "varint count is not minimal");
        byte[] elevenBytes = new byte[11];
        Arrays.fill(elevenBytes, (byte) 0xFF);
        assertRejected(header(0.01).writeRawBytes(elevenBytes).toByteArray(), "varint count overflows 64 bits");
        assertRejected(header(0.01).writeVarLong(-1).toByteArray(), "count 18446744073709551615 exceeds");
    }

    @Test
    void rejectsFieldsThatContradictEachOther() {
        assertRejected(fields(2, 3, 0, 0, 0).toByteArray(), "zero count 3 exceeds count 2");
        assertRejected(fields(2, 0, 9, 8, 17).toByteArray(), "min 9 ns exceeds max 8 ns");
        assertRejected(fields(2, 0, 0, 8, 8).toByteArray(), "min 0 ns disagrees with zero count 0");
        assertRejected(fields(2, 1, 3, 8, 11).toByteArray(), "min 3 ns disagrees with zero count 1");
        assertRejected(fields(2, 1, 0, 0, 0).toByteArray(), "max 0 ns disagrees with 1 positive values");
        assertRejected(fields(2, 2, 0, 5, 5).toByteArray(), "max 5 ns disagrees with 0 positive values");
        assertRejected(fields(3, 0, 2, 8, 11).toByteArray(), "sum 11 ns is impossible for 3 values from min 2 ns");
        assertRejected(fields(3, 0, 2, 8, 19).toByteArray(), "sum 19 ns is impossible");
        assertRejected(fields(1, 0, 2, 2, 2).writeVarLong(1).writeVarLong(2).writeVarLong(1).writeVarLong(2)
                .toByteArray(), "bucket counts exceed the 1 positive values");
        assertRejected(fields(2, 0, 2, 2, 4).writeVarLong(1).writeVarLong(2).writeVarLong(1).writeVarLong(1)
                .toByteArray(), "bucket counts add up to 1, not to the 2 positive values");
    }

    @Test
    void rejectsBucketsOutOfRangeOrOrder() {
        int maxIndex = LogIndexMapping.DEFAULT.maxIndex();
        // Values 2 ns and 4 ns: buckets 2 and 4.
        assertRejected(fields(2, 0, 2, 4, 6).writeVarLong(1).writeVarLong(2).writeVarLong(3)
                .writeVarLong(1).writeVarLong(0).writeVarLong(1).toByteArray(), "bucket 3 in a run has count 0");
        assertRejected(fields(2, 0, 2, 4, 6).writeVarLong(2).writeVarLong(2).writeVarLong(1).writeVarLong(1)
                .writeVarLong(0).writeVarLong(1).writeVarLong(1).toByteArray(), "run 1 skips 0 buckets");
        assertRejected(fields(2, 0, 2, 4, 6).writeVarLong(1).writeVarLong(0).writeVarLong(1).writeVarLong(2)
                .toByteArray(), "first bucket index 0 is outside [1, 4], the bucket of max 4 ns");
        assertRejected(fields(2, 0, 2, 4, 6).writeVarLong(1).writeVarLong(5).writeVarLong(1)
                .writeVarLong(2).toByteArray(), "first bucket index 5 is outside [1, 4]");
        assertRejected(fields(2, 0, 2, 4, 6).writeVarLong(2).writeVarLong(3).writeVarLong(1).writeVarLong(1)
                .writeVarLong(1).writeVarLong(1).writeVarLong(1).toByteArray(), "first bucket 3 is not the bucket 2 of min 2 ns");
        assertRejected(fields(2, 0, 2, 4, 6).writeVarLong(1).writeVarLong(2).writeVarLong(4)
                .writeVarLong(1).writeVarLong(1).writeVarLong(0).writeVarLong(0).toByteArray(),
                "run 0 at bucket 2 has length 4, outside [1, 3] (the bucket of max is 4)");
        assertRejected(fields(2, 0, 2, 4, 6).writeVarLong(2).writeVarLong(2).writeVarLong(1).writeVarLong(1)
                .writeVarLong(Long.MAX_VALUE).writeVarLong(1).writeVarLong(1).toByteArray(), "run 1 skips");
        assertRejected(fields(2, 0, 2, 4, 6).writeVarLong(2).writeVarLong(2).writeVarLong(1).writeVarLong(1)
                .writeVarLong(2).writeVarLong(1).writeVarLong(1).toByteArray(), "run 1 skips 2 buckets after bucket 2");
        assertRejected(fields(2, 0, 2, 4, 6).writeVarLong(2).writeVarLong(2).writeVarLong(1).writeVarLong(1)
                .writeVarLong(0).writeVarLong(1).writeVarLong(1).toByteArray(), "run 1 skips 0 buckets");
        assertRejected(fields(2, 0, 2, 4, 6).writeVarLong(1).writeVarLong(2).writeVarLong(2).writeVarLong(1)
                .writeVarLong(1).toByteArray(), "last bucket 3 is not the bucket 4 of max 4 ns");
        assertRejected(fields(2, 2, 0, 0, 0).writeVarLong(1).writeVarLong(2).writeVarLong(1).writeVarLong(1)
                .toByteArray(), "1 runs of buckets but no positive values");
        // The top bucket: one value of Long.MAX_VALUE ns.
        long top = Long.MAX_VALUE;
        byte[] valid = header(0.01).writeVarLong(1).writeVarLong(0).writeVarLong(top).writeVarLong(top)
                .writeVarLong(0).writeVarLong(top).writeVarLong(1).writeVarLong(maxIndex).writeVarLong(1)
                .writeVarLong(1).toByteArray();
        assertThat(DurationSketch.fromByteArray(valid).max()).contains(Duration.ofNanos(top));
        assertRejected(header(0.01).writeVarLong(1).writeVarLong(0).writeVarLong(top).writeVarLong(top)
                .writeVarLong(0).writeVarLong(top).writeVarLong(1).writeVarLong(maxIndex).writeVarLong(2)
                .writeVarLong(1).writeVarLong(0).toByteArray(), "has length 2, outside [1, 1]");
    }

    @Test
    void rejectsForgedLengthsWithoutAllocating() {
        assertRejected(fields(2, 0, 2, 4, 6).writeVarLong(Integer.MAX_VALUE).toByteArray(),
                "run count 2147483647 exceeds the 0 bytes that remain");
        assertRejected(fields(2, 0, 2, 4, 6).writeVarLong(1).writeVarLong(2).writeVarLong(1L << 40)
                .writeVarLong(1).toByteArray(), "run length 1099511627776 exceeds the 1 bytes that remain");
    }

    @Test
    void rejectsNullWithNullPointerException() {
        assertThatThrownBy(() -> DurationSketch.fromByteArray(null)).isInstanceOf(NullPointerException.class);
    }
}

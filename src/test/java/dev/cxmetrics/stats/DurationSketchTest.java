package dev.cxmetrics.stats;

import dev.cxmetrics.internal.ByteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationSketchTest {

    @Test
    void emptySketchHasCountZeroAndNoStatistics() {
        DurationSketch sketch = DurationSketch.create();
        assertThat(sketch.count()).isZero();
        assertThat(sketch.isEmpty()).isTrue();
        assertThat(sketch.min()).isEmpty();
        assertThat(sketch.max()).isEmpty();
        assertThat(sketch.sum()).isEmpty();
        assertThat(sketch.mean()).isEmpty();
        assertThat(sketch.median()).isEmpty();
        assertThat(sketch.percentile(0)).isEmpty();
        assertThat(sketch.percentile(100)).isEmpty();
        assertThat(sketch.relativeAccuracy()).isEqualTo(0.01);
        assertThat(sketch.toString()).isEqualTo("DurationSketch{relativeAccuracy=0.01, count=0}");
    }

    @Test
    void workedExampleOfFiveResponseTimes() {
        DurationSketch sketch = DurationSketch.create();
        for (int seconds : new int[] {4, 1, 100, 3, 2}) {
            sketch.record(Duration.ofSeconds(seconds));
        }
        // Sorted: 1 2 3 4 100 s; rank floor(p * 4 / 100).
        assertThat(sketch.count()).isEqualTo(5);
        assertThat(sketch.min()).contains(Duration.ofSeconds(1));
        assertThat(sketch.max()).contains(Duration.ofSeconds(100));
        assertThat(sketch.sum()).contains(Duration.ofSeconds(110));
        assertThat(sketch.mean()).contains(Duration.ofSeconds(22));
        assertThat(sketch.percentile(0)).contains(Duration.ofSeconds(1));
        assertThat(sketch.percentile(100)).contains(Duration.ofSeconds(100));
        assertWithinOnePercent(sketch.percentile(25).orElseThrow(), 2);
        assertWithinOnePercent(sketch.median().orElseThrow(), 3);
        assertWithinOnePercent(sketch.percentile(74.9).orElseThrow(), 3);
        assertWithinOnePercent(sketch.percentile(75).orElseThrow(), 4);
        // Rank 3 up to p = 99.99...: no interpolation towards the maximum.
        assertWithinOnePercent(sketch.percentile(99.9).orElseThrow(), 4);
        assertThat(sketch.toString()).startsWith("DurationSketch{relativeAccuracy=0.01, count=5, min=PT1S, median~PT");
    }

    private static void assertWithinOnePercent(Duration actual, long expectedSeconds) {
        long expected = expectedSeconds * 1_000_000_000L;
        assertThat(actual.toNanos()).isBetween(expected - expected / 100, expected + expected / 100);
    }

    @Test
    void smallValuesAreExactAtEveryRank() {
        DurationSketch sketch = DurationSketch.create();
        for (long nanos = 1000; nanos >= 0; nanos--) {
            sketch.recordNanos(nanos);
        }
        for (int p = 0; p <= 100; p++) {
            assertThat(sketch.percentileNanos(p)).as("p%s", p).isEqualTo(p * 10L);
        }
    }

    @Test
    void onlyZerosGiveZeroEverywhere() {
        DurationSketch sketch = DurationSketch.create();
        for (int i = 0; i < 10; i++) {
            sketch.record(Duration.ZERO);
        }
        assertThat(sketch.percentile(37)).contains(Duration.ZERO);
        assertThat(sketch.max()).contains(Duration.ZERO);
        assertThat(sketch.sum()).contains(Duration.ZERO);
        assertThat(sketch.storeByteSize()).isZero();
    }

    @Test
    void zerosBelowPositiveValuesAreExact() {
        DurationSketch sketch = DurationSketch.create();
        sketch.recordNanos(0);
        sketch.recordNanos(0);
        sketch.recordNanos(5_000_000_000L);
        sketch.recordNanos(7_000_000_000L);
        sketch.recordNanos(9_000_000_000L);
        assertThat(sketch.percentileNanos(25)).isZero(); // rank 1
        assertThat(sketch.percentileNanos(50)).isBetween(4_950_000_000L, 5_050_000_000L); // rank 2
    }

    @Test
    void percentilesAreClampedToMinAndMax() {
        DurationSketch sketch = DurationSketch.create();
        for (int i = 0; i < 100; i++) {
            sketch.recordNanos(1_000_000_007L);
        }
        for (int p = 0; p <= 100; p++) {
            assertThat(sketch.percentileNanos(p)).isEqualTo(1_000_000_007L);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.001, 100.0001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void invalidPercentileIsRejectedEvenWhenEmpty(double p) {
        assertThatThrownBy(() -> DurationSketch.create().percentile(p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percentile " + p + " is outside [0, 100]");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, Double.NaN, -0.01, 0.00009, 1.5, Double.POSITIVE_INFINITY, -0.0})
    void invalidRelativeAccuracyIsRejected(double alpha) {
        assertThatThrownBy(() -> DurationSketch.withRelativeAccuracy(alpha))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("relative accuracy " + alpha + " is outside [1.0E-4, 1)");
    }

    @Test
    void extremeRelativeAccuraciesWork() {
        for (double alpha : new double[] {DurationSketch.MIN_RELATIVE_ACCURACY, 0.999_999}) {
            DurationSketch sketch = DurationSketch.withRelativeAccuracy(alpha);
            sketch.recordNanos(1);
            sketch.recordNanos(123_456_789);
            sketch.recordNanos(Long.MAX_VALUE);
            assertThat(sketch.relativeAccuracy()).isEqualTo(alpha);
            long median = sketch.percentileNanos(50);
            assertThat(Math.abs(median - 123_456_789.0)).isLessThanOrEqualTo(alpha * 123_456_789);
        }
    }

    @Test
    void negativeAndOverlongDurationsAreRejected() {
        DurationSketch sketch = DurationSketch.create();
        assertThatThrownBy(() -> sketch.recordNanos(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duration -1 ns is negative");
        assertThatThrownBy(() -> sketch.record(Duration.ofMillis(-5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duration PT-0.005S is negative");
        assertThatThrownBy(() -> sketch.record(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than Long.MAX_VALUE");
        assertThatThrownBy(() -> sketch.record(null)).isInstanceOf(NullPointerException.class);
        assertThat(sketch.count()).isZero();
    }

    @Test
    void hugeValuesKeepAnExact128BitSum() {
        DurationSketch sketch = DurationSketch.create();
        for (int i = 0; i < 4; i++) {
            sketch.record(Duration.ofNanos(Long.MAX_VALUE));
        }
        sketch.recordNanos(1);
        assertThat(sketch.sum()).contains(Duration.ofNanos(Long.MAX_VALUE).multipliedBy(4).plusNanos(1));
        // (4 * (2^63 - 1) + 1) / 5 = 7378697629483820645.8, rounded half-up.
        assertThat(sketch.mean()).contains(Duration.ofNanos(7_378_697_629_483_820_646L));
        assertThat(sketch.percentile(100)).contains(Duration.ofNanos(Long.MAX_VALUE));
        // Rank 2 is Long.MAX_VALUE, answered by its bucket's representative.
        assertThat(sketch.percentileNanos(50)).isBetween(Long.MAX_VALUE - Long.MAX_VALUE / 100, Long.MAX_VALUE);
    }

    @Test
    void meanRoundsHalfUp() {
        DurationSketch sketch = DurationSketch.create();
        sketch.recordNanos(1);
        sketch.recordNanos(2);
        assertThat(sketch.mean()).contains(Duration.ofNanos(2));
        sketch.recordNanos(2);
        assertThat(sketch.mean()).contains(Duration.ofNanos(2));
    }

    @Test
    void mergeWithEmptyChangesNothingEitherWay() {
        DurationSketch sketch = randomSketch(0.01, 500, 1);
        DurationSketch before = sketch.copy();
        assertThat(sketch.merge(DurationSketch.create())).isSameAs(sketch).isEqualTo(before);
        DurationSketch empty = DurationSketch.create();
        empty.merge(sketch);
        assertThat(empty).isEqualTo(sketch);
        assertThat(empty.toByteArray()).isEqualTo(sketch.toByteArray());
    }

    @Test
    void mergeRejectsADifferentAccuracyNamingBoth() {
        DurationSketch sketch = DurationSketch.create();
        sketch.recordNanos(5);
        assertThatThrownBy(() -> sketch.merge(DurationSketch.withRelativeAccuracy(0.02)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot merge a sketch with relative accuracy 0.02 into one with relative accuracy 0.01");
        assertThat(sketch.count()).isEqualTo(1);
    }

    @Test
    void mergeWithItselfCountsEverythingTwice() {
        DurationSketch sketch = randomSketch(0.01, 1000, 2);
        DurationSketch expected = sketch.copy().merge(sketch.copy());
        sketch.merge(sketch);
        assertThat(sketch).isEqualTo(expected);
        assertThat(sketch.count()).isEqualTo(2000);
    }

    @Test
    void copyIsIndependent() {
        DurationSketch sketch = randomSketch(0.05, 100, 3);
        DurationSketch copy = sketch.copy();
        assertThat(copy).isEqualTo(sketch).hasSameHashCodeAs(sketch);
        copy.recordNanos(42);
        assertThat(copy).isNotEqualTo(sketch);
        assertThat(sketch.count()).isEqualTo(100);
    }

    @Test
    void equalityIsOverLogicalStateNotRecordingOrder() {
        long seed = 4L;
        SplittableRandom random = new SplittableRandom(seed);
        long[] values = new long[2000];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextLong(1L << random.nextInt(1, 63));
        }
        DurationSketch forward = DurationSketch.create();
        DurationSketch backward = DurationSketch.create();
        for (int i = 0; i < values.length; i++) {
            forward.recordNanos(values[i]);
            backward.recordNanos(values[values.length - 1 - i]);
        }
        assertThat(forward).as("seed %s", seed).isEqualTo(backward).hasSameHashCodeAs(backward);
        assertThat(forward).isNotEqualTo(DurationSketch.create()).isNotEqualTo("a sketch");
        DurationSketch otherAlpha = DurationSketch.withRelativeAccuracy(0.02);
        assertThat(DurationSketch.create()).isNotEqualTo(otherAlpha);
        assertThat(DurationSketch.create()).isEqualTo(DurationSketch.withRelativeAccuracy(0.01));
    }

    /** The contract: at most 4 KiB of bucket storage for 1 ms .. 1 year at 1 %. */
    @Test
    void oneMillisecondToOneYearAtOnePercentFitsIn4KiB() {
        long oneMs = 1_000_000L;
        long oneYear = Duration.ofDays(365).toNanos();
        long seed = 9L;
        SplittableRandom random = new SplittableRandom(seed);
        // Extremes first, so both ends keep their spare buckets: the worst case for the range.
        DurationSketch sketch = DurationSketch.create();
        sketch.recordNanos(oneMs);
        sketch.recordNanos(oneYear);
        LogIndexMapping mapping = LogIndexMapping.DEFAULT;
        for (long x = oneMs; x <= oneYear; x = Math.max(x + 1, (long) (x * 1.005))) {
            sketch.recordNanos(x);
        }
        for (int i = 0; i < 10_000; i++) {
            sketch.recordNanos(oneMs + random.nextLong(oneYear - oneMs));
        }
        // Push one bucket past 2^16 so counters take 3 bytes.
        for (int i = 0; i < 70_000; i++) {
            sketch.recordNanos(oneYear / 2);
        }
        int span = mapping.index(oneYear) - mapping.index(oneMs) + 1;
        assertThat(span).isEqualTo(1257);
        assertThat(sketch.store().width()).isEqualTo(3);
        assertThat(sketch.storeByteSize()).isLessThanOrEqualTo((span + 2 * BucketStore.PAD) * 3)
                .isLessThanOrEqualTo(3963).isLessThanOrEqualTo(4096);
        // Every bucket of the range is non-empty, so the store really spans it.
        for (int i = mapping.index(oneMs); i <= mapping.index(oneYear); i++) {
            assertThat(sketch.store().get(i)).as("bucket %s", i).isPositive();
        }
        // A decoded or copied sketch holds exactly the range.
        assertThat(DurationSketch.fromByteArray(sketch.toByteArray()).storeByteSize()).isEqualTo(span * 3);
        assertThat(sketch.copy().storeByteSize()).isEqualTo(span * 3);
    }

    @Test
    void mergeThatWouldOverflowTheCountFailsAndChangesNothing() {
        long many = (1L << 62) - 1;
        byte[] encoded = new ByteWriter().writeRawBytes(DurationSketchCodec.MAGIC).writeByte(1).writeDouble(0.01)
                .writeVarLong(many).writeVarLong(many) // all zeros
                .writeVarLong(0).writeVarLong(0).writeVarLong(0).writeVarLong(0).writeVarLong(0)
                .toByteArray();
        DurationSketch zeros = DurationSketch.fromByteArray(encoded);
        assertThat(zeros.count()).isEqualTo(many);
        DurationSketch twice = zeros.copy().merge(zeros);
        assertThat(twice.count()).isEqualTo(2 * many);
        DurationSketch before = twice.copy();
        assertThatThrownBy(() -> twice.merge(zeros)).isInstanceOf(ArithmeticException.class)
                .hasMessage("count " + 2 * many + " + " + many + " would exceed Long.MAX_VALUE");
        assertThat(twice).isEqualTo(before);
        twice.recordNanos(0);
        assertThat(twice.count()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> twice.recordNanos(5)).isInstanceOf(ArithmeticException.class);
        assertThat(twice.count()).isEqualTo(Long.MAX_VALUE);
        assertThat(twice.max()).contains(Duration.ZERO);
    }

    static DurationSketch randomSketch(double alpha, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DurationSketch sketch = DurationSketch.withRelativeAccuracy(alpha);
        for (int i = 0; i < n; i++) {
            sketch.recordNanos(random.nextInt(10) == 0 ? 0 : random.nextLong(1L << random.nextInt(1, 63)));
        }
        return sketch;
    }
}

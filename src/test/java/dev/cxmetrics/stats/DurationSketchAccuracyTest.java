package dev.cxmetrics.stats;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.fail;

/**
 * Checks the stated guarantee against exact order statistics: for each percentile p, the answer
 * is within alpha of the sorted value at rank floor(p * (n - 1) / 100).
 */
class DurationSketchAccuracyTest {
    private static final int N = 1_000_000;
    private static final long SECOND = 1_000_000_000L;

    @Test
    void lognormalResolutionTimes() {
        check("lognormal", 0.01, N, 101L, r -> (long) (Math.exp(r.nextGaussian() * 1.2) * 2.4e12));
    }

    @Test
    void uniformUpToAWeek() {
        check("uniform", 0.01, N, 102L, r -> r.nextLong(7 * 24 * 3600 * SECOND));
    }

    @Test
    void paretoHeavyTail() {
        check("pareto", 0.01, N, 103L, r -> (long) (SECOND / Math.pow(1 - r.nextDouble(), 1 / 1.16)));
    }

    @Test
    void constant() {
        check("constant", 0.01, N, 104L, r -> 123_456_789_012L);
    }

    @Test
    void bimodalChatAndEmail() {
        check("bimodal", 0.01, N, 105L, r -> r.nextBoolean()
                ? Math.max(0, (long) ((30 + 5 * r.nextGaussian()) * SECOND))
                : Math.max(0, (long) ((48 + 6 * r.nextGaussian()) * 3600 * SECOND)));
    }

    @Test
    void everyMagnitudeWithZerosAtOtherAccuracies() {
        ToLongFunction<SplittableRandom> wide = r -> r.nextInt(20) == 0 ? 0 : r.nextLong() >>> r.nextInt(1, 64);
        check("wide", 0.001, 300_000, 106L, wide);
        check("wide", 0.05, 300_000, 107L, wide);
        check("wide", 0.3, 300_000, 108L, wide);
        check("small", 0.02, 300_000, 109L, r -> r.nextLong(20_000));
    }

    @Test
    void everyRankOfSmallDataSets() {
        long seed = 110L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 60; round++) {
            double alpha = new double[] {0.0001, 0.001, 0.005, 0.01, 0.1, 0.7}[round % 6];
            // Each rank walks the buckets, and fine accuracies span many: keep those sets small.
            int n = 1 + random.nextInt(alpha < 0.005 ? 200 : 2000);
            int shift = random.nextInt(1, 64); // values below 2^(64 - shift)
            long[] values = new long[n];
            DurationSketch sketch = DurationSketch.withRelativeAccuracy(alpha);
            for (int i = 0; i < n; i++) {
                values[i] = random.nextLong() >>> shift;
                sketch.recordNanos(values[i]);
            }
            Arrays.sort(values);
            for (int rank = 0; rank < n; rank++) {
                assertWithin(sketch.valueAtRank(rank), values, rank, alpha, "seed " + seed + " round " + round);
            }
        }
    }

    private static void check(String name, double alpha, int n, long seed, ToLongFunction<SplittableRandom> gen) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] values = new long[n];
        DurationSketch sketch = DurationSketch.withRelativeAccuracy(alpha);
        for (int i = 0; i < n; i++) {
            values[i] = gen.applyAsLong(random);
            sketch.recordNanos(values[i]);
        }
        Arrays.sort(values);
        String context = name + " alpha " + alpha + " seed " + seed;
        for (int p = 0; p <= 100; p++) {
            long rank = (long) p * (n - 1) / 100;
            assertWithin(sketch.percentileNanos(p), values, rank, alpha, context + " p" + p);
        }
        for (int i = 0; i < 200; i++) {
            double p = random.nextDouble() * 100;
            long rank = new BigDecimal(p).multiply(BigDecimal.valueOf(n - 1)).divide(BigDecimal.valueOf(100))
                    .setScale(0, RoundingMode.FLOOR).longValueExact();
            assertWithin(sketch.percentileNanos(p), values, rank, alpha, context + " p" + p);
        }
        if (sketch.percentileNanos(0) != values[0] || sketch.percentileNanos(100) != values[n - 1]) {
            fail(context + ": p0/p100 must be the exact min/max");
        }
    }

    private static void assertWithin(long answer, long[] sorted, long rank, double alpha, String context) {
        long exact = sorted[(int) rank];
        if (Math.abs(answer - exact) > alpha * exact) {
            fail(context + ": rank " + rank + " exact " + exact + " ns, sketch " + answer + " ns, relative error "
                    + Math.abs(answer - exact) / (double) exact + " > " + alpha);
        }
        if (answer < sorted[0] || answer > sorted[sorted.length - 1]) {
            fail(context + ": " + answer + " outside [min, max]");
        }
    }
}

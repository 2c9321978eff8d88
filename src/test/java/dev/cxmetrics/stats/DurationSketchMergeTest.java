package dev.cxmetrics.stats;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merging is associative and commutative and gives exactly the sketch of the union: checked on
 * seeded random data split into random partitions and merged in random orders.
 */
class DurationSketchMergeTest {
    private static final double[] ALPHAS = {0.001, 0.01, 0.02, 0.1, 0.5, 0.95};

    @Test
    void mergingRandomPartitionsInRandomOrderGivesTheSketchOfTheWhole() {
        for (long seed = 1; seed <= 400; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            // The finest accuracy spans up to 480,000 buckets: test it in one case of 20, with fewer values.
            double alpha = seed % 20 == 0 ? DurationSketch.MIN_RELATIVE_ACCURACY : ALPHAS[random.nextInt(ALPHAS.length)];
            long[] values = randomValues(random, random.nextInt(alpha < 0.001 ? 300 : 3000));
            DurationSketch whole = DurationSketch.withRelativeAccuracy(alpha);
            for (long value : values) {
                whole.recordNanos(value);
            }

            int parts = 1 + random.nextInt(8);
            List<DurationSketch> sketches = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                sketches.add(DurationSketch.withRelativeAccuracy(alpha));
            }
            for (long value : values) {
                sketches.get(random.nextInt(parts)).recordNanos(value);
            }
            // Random binary tree: merge two random partial sketches, either way round.
            while (sketches.size() > 1) {
                DurationSketch a = sketches.remove(random.nextInt(sketches.size()));
                DurationSketch b = sketches.remove(random.nextInt(sketches.size()));
                sketches.add(random.nextBoolean() ? a.merge(b) : b.merge(a));
            }
            DurationSketch merged = sketches.get(0);

            String context = "seed " + seed + ", alpha " + alpha + ", " + values.length + " values in " + parts + " parts";
            assertThat(merged).as(context).isEqualTo(whole);
            assertThat(merged.hashCode()).as(context).isEqualTo(whole.hashCode());
            assertThat(merged.toByteArray()).as(context).isEqualTo(whole.toByteArray());
            for (int p = 0; p <= 100; p += 5) {
                assertThat(merged.percentile(p)).as(context + " p" + p).isEqualTo(whole.percentile(p));
            }
        }
    }

    @Test
    void mergeIsCommutativeAndAssociative() {
        for (long seed = 1000; seed < 1200; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            double alpha = ALPHAS[random.nextInt(ALPHAS.length)];
            DurationSketch a = sketchOf(alpha, randomValues(random, random.nextInt(500)));
            DurationSketch b = sketchOf(alpha, randomValues(random, random.nextInt(500)));
            DurationSketch c = sketchOf(alpha, randomValues(random, random.nextInt(500)));
            String context = "seed " + seed + ", alpha " + alpha;

            DurationSketch ab = a.copy().merge(b);
            DurationSketch ba = b.copy().merge(a);
            assertThat(ab).as(context).isEqualTo(ba);
            assertThat(ab.toByteArray()).as(context).isEqualTo(ba.toByteArray());

            DurationSketch left = a.copy().merge(b).merge(c);
            DurationSketch right = a.copy().merge(b.copy().merge(c));
            assertThat(left).as(context).isEqualTo(right);
            assertThat(left.toByteArray()).as(context).isEqualTo(right.toByteArray());
        }
    }

    @Test
    void mergingDecodedSketchesEqualsMergingTheOriginals() {
        for (long seed = 2000; seed < 2100; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            DurationSketch a = sketchOf(0.01, randomValues(random, random.nextInt(2000)));
            DurationSketch b = sketchOf(0.01, randomValues(random, random.nextInt(2000)));
            DurationSketch viaBytes = DurationSketch.fromByteArray(a.toByteArray())
                    .merge(DurationSketch.fromByteArray(b.toByteArray()));
            assertThat(viaBytes).as("seed %s", seed).isEqualTo(a.copy().merge(b));
        }
    }

    private static DurationSketch sketchOf(double alpha, long[] values) {
        DurationSketch sketch = DurationSketch.withRelativeAccuracy(alpha);
        for (long value : values) {
            sketch.recordNanos(value);
        }
        return sketch;
    }

    /** A mixture of zeros, exact small values, realistic durations and huge ones. */
    static long[] randomValues(SplittableRandom random, int n) {
        int kind = random.nextInt(4);
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            int pick = kind == 3 ? random.nextInt(4) : kind;
            switch (pick) {
                case 0:
                    values[i] = random.nextInt(5) == 0 ? 0 : random.nextLong(5_000);
                    break;
                case 1:
                    values[i] = (long) (Math.exp(random.nextGaussian() * 1.5) * 6e11);
                    break;
                case 2:
                    values[i] = Long.MAX_VALUE - random.nextLong(1L << 60);
                    break;
                default:
                    values[i] = random.nextLong() >>> random.nextInt(1, 64);
                    break;
            }
        }
        return values;
    }
}

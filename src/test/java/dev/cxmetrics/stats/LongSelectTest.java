package dev.cxmetrics.stats;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

class LongSelectTest {

    /** Selects every rank of {@code values} on a fresh copy and checks value and partition. */
    private static void assertSelectsEveryRank(long[] values, String what) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < values.length; k++) {
            assertSelects(values, sorted, k, what);
        }
    }

    private static void assertSelects(long[] values, long[] sorted, int k, String what) {
        long[] work = values.clone();
        long selected = LongSelect.select(work, k);

        assertThat(selected).as("%s k=%d", what, k).isEqualTo(sorted[k]);
        assertThat(work[k]).as("%s k=%d slot", what, k).isEqualTo(sorted[k]);
        assertThat(isPartitionedAround(work, k)).as("%s k=%d partitioned", what, k).isTrue();
        long[] permuted = work.clone();
        Arrays.sort(permuted);
        assertThat(permuted).as("%s k=%d is a permutation", what, k).isEqualTo(sorted);
    }

    private static boolean isPartitionedAround(long[] a, int k) {
        for (int i = 0; i < a.length; i++) {
            if (i < k ? a[i] > a[k] : a[i] < a[k]) {
                return false;
            }
        }
        return true;
    }

    private static long[] fill(int n, IntToLongFunction f) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = f.applyAsLong(i);
        }
        return a;
    }

    @Test
    void selectsEveryRankOfRandomArrays() {
        for (long seed = 1; seed <= 1000; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 1 + random.nextInt(random.nextBoolean() ? 20 : 120);
            long bound = random.nextBoolean() ? 1 + random.nextInt(5) : Long.MAX_VALUE;
            long[] values = fill(n, i -> bound == Long.MAX_VALUE ? random.nextLong() : random.nextLong(bound));
            assertSelectsEveryRank(values, "seed " + seed);
        }
    }

    @Test
    void selectsSampledRanksOfLargeRandomArrays() {
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            long[] values = fill(50_000 + random.nextInt(50_000), i -> random.nextLong(1_000));
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            for (int k : new int[] {0, values.length / 2, values.length - 1, random.nextInt(values.length)}) {
                long[] work = values.clone();
                assertThat(LongSelect.select(work, k)).as("seed %d k=%d", seed, k).isEqualTo(sorted[k]);
            }
        }
    }

    @Test
    void adversarialShapesStayCorrect() {
        for (int n : new int[] {1, 2, 3, 15, 16, 17, 33, 100, 257}) {
            assertSelectsEveryRank(fill(n, i -> i), "sorted n=" + n);
            assertSelectsEveryRank(fill(n, i -> n - i), "reversed n=" + n);
            assertSelectsEveryRank(fill(n, i -> 42), "all equal n=" + n);
            assertSelectsEveryRank(fill(n, i -> Math.min(i, n - 1 - i)), "organ pipe n=" + n);
            assertSelectsEveryRank(fill(n, i -> Math.max(i, n - 1 - i)), "inverted organ pipe n=" + n);
            assertSelectsEveryRank(fill(n, i -> i % 7), "sawtooth n=" + n);
            assertSelectsEveryRank(fill(n, i -> i % 2 == 0 ? Long.MIN_VALUE : Long.MAX_VALUE), "extremes n=" + n);
            assertSelectsEveryRank(fill(n, i -> i == n / 2 ? 0 : 1), "one low n=" + n);
            assertSelectsEveryRank(fill(n, i -> i % 2 == 0 ? i : n - i), "interleaved n=" + n);
        }
    }

    @Test
    void largeAdversarialShapesStayCorrect() {
        int n = 100_001;
        long[][] shapes = {
            fill(n, i -> i), fill(n, i -> n - i), fill(n, i -> 7), fill(n, i -> Math.min(i, n - 1 - i)),
            fill(n, i -> i % 2 == 0 ? i : n - i), fill(n, i -> i % 3),
        };
        for (int s = 0; s < shapes.length; s++) {
            long[] sorted = shapes[s].clone();
            Arrays.sort(sorted);
            for (int k : new int[] {0, 1, n / 4, n / 2, n - 2, n - 1}) {
                long[] work = shapes[s].clone();
                assertThat(LongSelect.select(work, k)).as("shape %d k=%d", s, k).isEqualTo(sorted[k]);
            }
        }
    }

    @Test
    void selectsInTheRangeAnEarlierSelectionLeft() {
        // How percentiles() chains selections: the second works on what lies after the first rank.
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 2 + random.nextInt(random.nextBoolean() ? 40 : 3_000);
            long bound = 1 + random.nextInt(random.nextBoolean() ? 4 : 1_000_000);
            long[] work = fill(n, i -> random.nextLong(bound));
            long[] sorted = work.clone();
            Arrays.sort(sorted);
            int first = random.nextInt(n);
            int second = first + random.nextInt(n - first);

            assertThat(LongSelect.select(work, first)).as("seed %d first", seed).isEqualTo(sorted[first]);
            assertThat(LongSelect.select(work, first, n, second)).as("seed %d second", seed).isEqualTo(sorted[second]);
            assertThat(isPartitionedAround(work, second)).as("seed %d partitioned", seed).isTrue();
            long[] permuted = work.clone();
            Arrays.sort(permuted);
            assertThat(permuted).as("seed %d is a permutation", seed).isEqualTo(sorted);
        }
    }

    @Test
    void valuesAtRanksEqualTheSortedValuesOnEitherSideOfCounting() {
        for (long seed = 1; seed <= 400; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 60 : 3 * LongSelect.COUNT_FROM);
            long[] values = fill(n, shape(random, n));
            assertRanks(values, randomRanks(random, n), "seed " + seed);
        }
    }

    @Test
    void valuesAtRanksOfLargeSkewedArrays() {
        // One huge outlier puts nearly everything in the first range: counting narrows level by level.
        int n = 200_000;
        SplittableRandom random = new SplittableRandom(7);
        long[][] shapes = {
            fill(n, i -> i == 0 ? Long.MAX_VALUE : random.nextLong(1_000)),
            fill(n, i -> i % 1000 == 0 ? Long.MAX_VALUE - i : i % 3),
            fill(n, i -> 42),
            fill(n, i -> i % 2 == 0 ? 0 : Long.MAX_VALUE),
            fill(n, i -> (long) (Math.exp(random.nextGaussian() * 2 + 20))),
            fill(n, i -> n - i),
        };
        for (int s = 0; s < shapes.length; s++) {
            assertRanks(shapes[s], new int[] {0, 1, n / 2 - 1, n / 2, n * 9 / 10, n - 2, n - 1}, "shape " + s);
            assertRanks(shapes[s], randomRanks(random, n), "shape " + s + " random ranks");
        }
    }

    private static IntToLongFunction shape(SplittableRandom random, int n) {
        switch (random.nextInt(5)) {
            case 0:
                return i -> random.nextLong(1 + random.nextInt(4));
            case 1:
                return i -> random.nextLong(Long.MAX_VALUE);
            case 2:
                long base = random.nextLong(Long.MAX_VALUE / 2);
                return i -> base + random.nextLong(1 + random.nextInt(1 << 20));
            case 3:
                return i -> random.nextInt(50) == 0 ? Long.MAX_VALUE - random.nextInt(3) : random.nextLong(100);
            default:
                return i -> (long) (Math.exp(random.nextGaussian() * 1.5 + 22));
        }
    }

    private static int[] randomRanks(SplittableRandom random, int n) {
        int[] ranks = new int[1 + random.nextInt(6)];
        for (int r = 0; r < ranks.length; r++) {
            ranks[r] = random.nextInt(n);
        }
        return Arrays.stream(ranks).sorted().distinct().toArray();
    }

    private static void assertRanks(long[] values, int[] ranks, String what) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        long[] work = values.clone();
        long[] expected = Arrays.stream(ranks).mapToLong(k -> sorted[k]).toArray();

        long[] found = LongSelect.valuesAtRanks(work, sorted[0], sorted[sorted.length - 1], ranks);

        assertThat(found).as("%s ranks %s", what, Arrays.toString(ranks)).isEqualTo(expected);
        long[] permuted = work.clone();
        Arrays.sort(permuted);
        assertThat(permuted).as("%s is a permutation", what).isEqualTo(sorted);
    }
}

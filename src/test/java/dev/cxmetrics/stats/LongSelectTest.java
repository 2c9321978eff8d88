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
        if (k + 1 < work.length) {
            assertThat(LongSelect.minFrom(work, k + 1)).as("%s k=%d next", what, k).isEqualTo(sorted[k + 1]);
        }
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
    void minFromScansTheSuffix() {
        long[] a = {1, 9, 4, 8, 5};

        assertThat(LongSelect.minFrom(a, 0)).isEqualTo(1);
        assertThat(LongSelect.minFrom(a, 1)).isEqualTo(4);
        assertThat(LongSelect.minFrom(a, 4)).isEqualTo(5);
    }
}

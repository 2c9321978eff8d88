package dev.cxmetrics.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bucket index counts exactly like a linear scan, for clustered, sparse and extreme values. */
class LongRankTest {
    @Test
    void countsLikeALinearScan() {
        SplittableRandom random = new SplittableRandom(5);
        for (int c = 0; c < 2_000; c++) {
            int n = random.nextInt(40);
            long spread = new long[] {10, 1_000, 1L << 40, 1L << 60}[random.nextInt(4)];
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(3) == 0 ? random.nextLong(20) : random.nextLong(-spread, spread);
            }
            Arrays.sort(values);
            LongRank rank = LongRank.of(values);
            long[] keys = new long[50];
            int[] expected = new int[3 * keys.length];
            int[] actual = new int[3 * keys.length];
            for (int k = 0; k < keys.length; k++) {
                long key = k % 5 == 0 && n > 0 ? values[random.nextInt(n)] + random.nextInt(3) - 1
                        : random.nextLong(-spread - 5, spread + 5);
                keys[k] = key;
                for (long v : values) {
                    expected[3 * k] += v < key ? 1 : 0;
                    expected[3 * k + 1] += v <= key ? 1 : 0;
                }
                expected[3 * k + 2] = expected[3 * k + 1] > expected[3 * k] ? 1 : 0;
                actual[3 * k] = rank.countBelow(key);
                actual[3 * k + 1] = rank.countAtOrBelow(key);
                actual[3 * k + 2] = rank.contains(key) ? 1 : 0;
            }
            assertThat(actual).as(() -> "seed 5, values " + Arrays.toString(values) + ", keys " + Arrays.toString(keys)
                    + ": (below, at or below, contains) per key").containsExactly(expected);
            assertThat(rank.countAtOrBelow(Long.MAX_VALUE)).isEqualTo(n);
            assertThat(rank.countBelow(Long.MIN_VALUE)).isZero();
        }
    }
}

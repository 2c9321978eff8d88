package dev.cxmetrics.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

class LogIndexMappingTest {

    /**
     * Proves the accuracy lemma for every positive long: the relative error of a bucket's
     * representative is largest at the bucket's smallest or largest member, and indexes are
     * monotone, so checking both ends of every bucket covers every value.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.999, 0.9, 0.5, 0.1, 0.05, 0.02, 0.01, 0.005, 0.001, 0.0001})
    void everyBucketRepresentsAllItsValuesWithinAlpha(double alpha) {
        LogIndexMapping mapping = LogIndexMapping.of(alpha);
        long first = 1;
        for (int index = 1; index <= mapping.maxIndex(); index++) {
            long last = lastWithIndexAtMost(mapping, index);
            if (last < first) {
                continue; // no integer maps to this bucket
            }
            assertThat(mapping.index(first)).as("alpha %s, first value %s", alpha, first).isEqualTo(index);
            long representative = mapping.representative(index);
            assertWithin(alpha, representative, first, index);
            assertWithin(alpha, representative, last, index);
            if (last == Long.MAX_VALUE) {
                assertThat(index).isEqualTo(mapping.maxIndex());
                return;
            }
            first = last + 1;
        }
        fail("Long.MAX_VALUE was not reached for alpha " + alpha);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.05, 0.01, 0.001})
    void indexIsMonotoneAndRepresentativeAccurateForEverySmallValue(double alpha) {
        LogIndexMapping mapping = LogIndexMapping.of(alpha);
        int previous = 0;
        for (long x = 1; x <= 3_000_000; x++) {
            int index = mapping.index(x);
            if (index < previous || index > previous + 1) {
                fail("alpha " + alpha + ": index(" + x + ") = " + index + " after " + previous);
            }
            previous = index;
            assertWithin(alpha, mapping.representative(index), x, index);
        }
    }

    @Test
    void valuesBelowTheLinearLimitHaveTheirOwnExactBucket() {
        LogIndexMapping mapping = LogIndexMapping.of(0.01);
        for (long x = 1; x < mapping.linearLimit(); x++) {
            assertThat(mapping.representative(mapping.index(x))).isEqualTo(x);
        }
        assertThat(mapping.index(mapping.linearLimit())).isEqualTo((int) mapping.linearLimit());
    }

    @Test
    void randomValuesOfAllMagnitudesAreWithinAlpha() {
        long seed = 20240611L;
        SplittableRandom random = new SplittableRandom(seed);
        for (double alpha : new double[] {0.3, 0.01, 0.002}) {
            LogIndexMapping mapping = LogIndexMapping.of(alpha);
            for (int i = 0; i < 200_000; i++) {
                long x = Math.max(1, random.nextLong() >>> random.nextInt(64));
                int index = mapping.index(x);
                assertThat(index).as("seed %s, x %s", seed, x).isBetween(1, mapping.maxIndex());
                assertWithin(alpha, mapping.representative(index), x, index);
            }
        }
    }

    /** Bucket indexes are part of the encoding: these values must never change. */
    @Test
    void defaultMappingIsPinned() {
        LogIndexMapping mapping = LogIndexMapping.of(0.01);
        assertThat(mapping.perOctave()).isEqualTo(36);
        assertThat(mapping.linearLimit()).isEqualTo(2680);
        assertThat(mapping.effectiveAccuracy()).isLessThan(0.01 * 31 / 32);
        assertThat(mapping.index(1)).isEqualTo(1);
        assertThat(mapping.index(2679)).isEqualTo(2679);
        assertThat(mapping.index(2680)).isEqualTo(2680);
        assertThat(mapping.index(1_000_000)).isEqualTo(2988);
        assertThat(mapping.index(31_536_000_000_000_000L) - mapping.index(1_000_000) + 1).isEqualTo(1257);
        assertThat(mapping.maxIndex()).isEqualTo(4538);
    }

    @Test
    void mappingsAreSharedForTheSameAccuracy() {
        assertThat(LogIndexMapping.of(0.01)).isSameAs(LogIndexMapping.DEFAULT);
        LogIndexMapping a = LogIndexMapping.of(0.037);
        assertThat(LogIndexMapping.of(0.037)).isSameAs(a);
        assertThat(a.alpha()).isEqualTo(0.037);
    }

    /** The largest value whose index is at most {@code index}, by binary search over monotone indexes. */
    private static long lastWithIndexAtMost(LogIndexMapping mapping, int index) {
        long lo = 0; // index(lo) <= index, treating 0 as below everything
        long hi = Long.MAX_VALUE;
        if (mapping.index(hi) <= index) {
            return hi;
        }
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (mapping.index(mid) <= index) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void assertWithin(double alpha, long representative, long x, int index) {
        double error = Math.abs((double) representative - (double) x);
        // Compare exactly where doubles could blur the bound.
        if (error > alpha * x * (1 - 1e-12)) {
            BigDecimal diff = BigDecimal.valueOf(representative).subtract(BigDecimal.valueOf(x)).abs();
            BigDecimal bound = new BigDecimal(alpha).multiply(BigDecimal.valueOf(x));
            if (diff.compareTo(bound) > 0) {
                fail("alpha " + alpha + ": bucket " + index + " represents " + x + " by " + representative
                        + ", relative error " + error / x);
            }
        }
    }
}

package dev.cxmetrics.stats;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class DurationStatsTest {
    private static final long MAX = Long.MAX_VALUE;

    private static Duration ns(long nanos) {
        return Duration.ofNanos(nanos);
    }

    @Test
    void firstResponseTimesOf5And33And75MinutesHaveMean37m40sAndMedian33m() {
        DurationStats stats = DurationStats.of(List.of(Duration.ofMinutes(5), Duration.ofMinutes(33),
                Duration.ofMinutes(75)));

        assertThat(stats.count()).isEqualTo(3);
        assertThat(stats.mean()).contains(Duration.ofMinutes(37).plusSeconds(40));
        assertThat(stats.median()).contains(Duration.ofMinutes(33));
        assertThat(stats.min()).contains(Duration.ofMinutes(5));
        assertThat(stats.max()).contains(Duration.ofMinutes(75));
        assertThat(stats.sum()).contains(Duration.ofMinutes(113));
    }

    @Test
    void medianOfAnEvenCountIsTheMidpointOfTheTwoMiddleValues() {
        DurationStats stats = DurationStats.of(List.of(Duration.ofMinutes(40), Duration.ofMinutes(10),
                Duration.ofMinutes(30), Duration.ofMinutes(20)));

        assertThat(stats.median()).contains(Duration.ofMinutes(25));
    }

    @Test
    void aFractionalPercentileMeansTheDecimalAsWritten() {
        // 0.3 as a double is slightly below 0.3; the decimal 0.3 gives h = 0.003 * 500 = 1.5 ns, rounded up.
        assertThat(DurationStats.ofNanos(0, 500).percentile(0.3)).contains(ns(2));
        assertThat(DurationStats.ofNanos(0, 1000).percentile(99.9)).contains(ns(999));
    }

    @Test
    void percentileIncMatchesExcelAndNumpyExamples() {
        // Excel: PERCENTILE.INC({1,2,3,4}, 0.3) = 1.9
        assertThat(DurationStats.of(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3),
                Duration.ofSeconds(4))).percentile(30)).contains(Duration.ofMillis(1900));
        // numpy: np.percentile([15, 20, 35, 40, 50], 40) = 29.0, [.., 90] = 46.0
        DurationStats five = DurationStats.ofNanos(15, 20, 35, 40, 50);
        assertThat(five.percentile(40)).contains(ns(29));
        assertThat(five.percentile(90)).contains(ns(46));
        assertThat(five.percentile(5)).contains(ns(16));
    }

    @Test
    void percentilesOfFourValuesInterpolateBetweenClosestRanks() {
        DurationStats stats = DurationStats.ofNanos(40, 10, 30, 20);

        assertThat(stats.percentile(0)).contains(ns(10));
        assertThat(stats.percentile(100)).contains(ns(40));
        assertThat(stats.percentile(50)).contains(ns(25));
        // rank 0.75 → 10 + 0.75 × 10 = 17.5, rounded half up
        assertThat(stats.percentile(25)).contains(ns(18));
        // rank 2.25 → 30 + 0.25 × 10 = 32.5
        assertThat(stats.percentile(75)).contains(ns(33));
        // rank 2.7 → 37
        assertThat(stats.percentile(90)).contains(ns(37));
        // rank 1 exactly → the second value, no interpolation
        assertThat(stats.percentile(100.0 / 3)).contains(ns(20));
    }

    @Test
    void percentileWithTiesInterpolatesOnlyAcrossDistinctNeighbours() {
        DurationStats stats = DurationStats.ofNanos(1, 1, 1, 5);

        assertThat(stats.median()).contains(ns(1));
        // rank 2.25 → 1 + 0.25 × 4 = 2
        assertThat(stats.percentile(75)).contains(ns(2));
        assertThat(stats.percentile(100)).contains(ns(5));
    }

    @Test
    void oneElementIsEveryStatistic() {
        DurationStats stats = DurationStats.ofNanos(7);

        for (double p : new double[] {0, 0.001, 33.3, 50, 99.999, 100}) {
            assertThat(stats.percentile(p)).as("p=%s", p).contains(ns(7));
        }
        assertThat(stats.mean()).contains(ns(7));
        assertThat(stats.min()).contains(ns(7));
        assertThat(stats.max()).contains(ns(7));
        assertThat(stats.sum()).contains(ns(7));
    }

    @Test
    void allEqualValuesGiveThatValueEverywhere() {
        long[] values = new long[1001];
        Arrays.fill(values, 123_456_789L);
        DurationStats stats = DurationStats.ofNanos(values);

        for (double p : new double[] {0, 1, 12.5, 50, 90, 99.9, 100}) {
            assertThat(stats.percentile(p)).as("p=%s", p).contains(ns(123_456_789L));
        }
        assertThat(stats.mean()).contains(ns(123_456_789L));
        assertThat(stats.sum()).contains(ns(123_456_789L * 1001));
    }

    @Test
    void zeroDurationsAreValid() {
        DurationStats stats = DurationStats.ofNanos(0, 0);

        assertThat(stats.mean()).contains(Duration.ZERO);
        assertThat(stats.median()).contains(Duration.ZERO);
        assertThat(stats.sum()).contains(Duration.ZERO);
    }

    @Test
    void meanRoundsHalfUpToTheNanosecond() {
        assertThat(DurationStats.ofNanos(1, 2).mean()).contains(ns(2));
        assertThat(DurationStats.ofNanos(0, 0, 1).mean()).contains(ns(0));
        assertThat(DurationStats.ofNanos(0, 1, 1).mean()).contains(ns(1));
    }

    @Test
    void sumBeyondTwoToThe63NanosecondsIsExact() {
        DurationStats stats = DurationStats.ofNanos(MAX, MAX, MAX);

        // 3 × 9_223_372_036_854_775_807 ns = 27_670_116_110.564327421 s
        assertThat(stats.sum()).contains(Duration.ofSeconds(27_670_116_110L, 564_327_421));
        assertThat(stats.mean()).contains(ns(MAX));
        assertThat(stats.median()).contains(ns(MAX));
        assertThat(stats.max()).contains(ns(MAX));
    }

    @Test
    void meanAndPercentilesNearLongMaxValueAreExact() {
        // (2^63 - 1) / 2 = 4_611_686_018_427_387_903.5, rounded half up
        assertThat(DurationStats.ofNanos(0, MAX).mean()).contains(ns(4_611_686_018_427_387_904L));
        assertThat(DurationStats.ofNanos(0, MAX).median()).contains(ns(4_611_686_018_427_387_904L));
        // (2^64 - 3) / 2 = 2^63 - 1.5 → 2^63 - 1
        assertThat(DurationStats.ofNanos(MAX - 1, MAX).mean()).contains(ns(MAX));
        assertThat(DurationStats.ofNanos(MAX - 1, MAX).median()).contains(ns(MAX));
        assertThat(DurationStats.ofNanos(MAX - 1, MAX).percentile(49.9)).contains(ns(MAX - 1));
        // rank 0.99 → 0.99 × MAX, exactly: 9_131_138_316_486_228_048.93 → ...049
        assertThat(DurationStats.ofNanos(0, MAX).percentile(99)).contains(ns(9_131_138_316_486_228_049L));
        assertThat(DurationStats.ofNanos(MAX, 0, MAX, 1).sum())
                .contains(Duration.ofSeconds(18_446_744_073L, 709_551_615));
    }

    @Test
    void emptyInputHasEveryStatisticEmpty() {
        for (DurationStats stats : List.of(DurationStats.empty(), DurationStats.of(List.of()),
                DurationStats.ofNanos(), DurationStats.builder().build())) {
            assertThat(stats.count()).isZero();
            assertThat(stats.isEmpty()).isTrue();
            assertThat(stats.sum()).isEmpty();
            assertThat(stats.mean()).isEmpty();
            assertThat(stats.min()).isEmpty();
            assertThat(stats.max()).isEmpty();
            assertThat(stats.median()).isEmpty();
            assertThat(stats.percentile(0)).isEmpty();
            assertThat(stats.percentile(90)).isEmpty();
            assertThat(stats.percentile(100)).isEmpty();
            assertThat(((ExactDurationStats) stats).toSortedNanos()).isEmpty();
            assertThat(stats).isEqualTo(DurationStats.empty());
        }
    }

    @Test
    void rejectsPercentilesOutsideZeroToHundred() {
        DurationStats stats = DurationStats.ofNanos(1, 2, 3);
        assertThatIllegalArgumentException().isThrownBy(() -> stats.percentile(Double.NaN))
                .withMessage("percentile NaN is outside [0, 100]");
        assertThatIllegalArgumentException().isThrownBy(() -> stats.percentile(-1))
                .withMessage("percentile -1.0 is outside [0, 100]");
        assertThatIllegalArgumentException().isThrownBy(() -> stats.percentile(100.1))
                .withMessage("percentile 100.1 is outside [0, 100]");
        assertThatIllegalArgumentException().isThrownBy(() -> stats.percentile(Math.nextUp(100.0)));
        assertThatIllegalArgumentException().isThrownBy(() -> stats.percentile(-Double.MIN_VALUE));
        assertThatIllegalArgumentException().isThrownBy(() -> stats.percentile(Double.POSITIVE_INFINITY));
        assertThatIllegalArgumentException().isThrownBy(() -> stats.percentile(Double.NEGATIVE_INFINITY));
    }

    @Test
    void rejectsInvalidPercentilesOnEmptyInputToo() {
        assertThatIllegalArgumentException().isThrownBy(() -> DurationStats.empty().percentile(Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> DurationStats.empty().percentile(101));
    }

    @Test
    void negativeZeroPercentileIsTheMinimum() {
        assertThat(DurationStats.ofNanos(5, 9).percentile(-0.0)).contains(ns(5));
    }

    @Test
    void rejectsNegativeDurations() {
        assertThatIllegalArgumentException().isThrownBy(() -> DurationStats.ofNanos(3, -1))
                .withMessage("duration -1 ns is negative");
        assertThatIllegalArgumentException().isThrownBy(() -> DurationStats.of(List.of(Duration.ofSeconds(-2))))
                .withMessage("duration PT-2S is negative");
        assertThatIllegalArgumentException().isThrownBy(() -> DurationStats.builder().recordNanos(Long.MIN_VALUE))
                .withMessage("duration -9223372036854775808 ns is negative");
    }

    @Test
    void acceptsLongMaxValueNanosecondsAndRejectsOneNanosecondMore() {
        Duration longest = Duration.ofNanos(MAX);
        assertThat(DurationStats.of(List.of(longest)).max()).contains(longest);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DurationStats.of(List.of(longest.plusNanos(1))))
                .withMessage("duration PT2562047H47M16.854775808S is longer than Long.MAX_VALUE nanoseconds"
                        + " (about 292 years)");
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> DurationStats.of(null)).withMessage("durations");
        assertThatNullPointerException().isThrownBy(() -> DurationStats.ofNanos((long[]) null)).withMessage("nanos");
        assertThatNullPointerException().isThrownBy(() -> DurationStats.of(Arrays.asList(Duration.ZERO, null)))
                .withMessage("duration");
        assertThatNullPointerException().isThrownBy(() -> DurationStats.builder().merge(null))
                .withMessage("other");
    }

    @Test
    void ofNanosDoesNotKeepTheCallersArray() {
        long[] values = {3, 1, 2};
        ExactDurationStats stats = DurationStats.ofNanos(values);
        values[0] = 1000;

        assertThat(stats.max()).contains(ns(3));
        assertThat(stats.toSortedNanos()).containsExactly(1, 2, 3);
    }

    @Test
    void percentileQueriesDoNotDisturbLaterQueries() {
        ExactDurationStats stats = DurationStats.ofNanos(9, 3, 7, 1, 5, 8, 2, 6, 4, 0);
        long[] before = stats.toSortedNanos();

        assertThat(stats.percentile(10)).contains(ns(1));
        assertThat(stats.percentile(90)).contains(ns(8));
        assertThat(stats.median()).contains(ns(5));
        assertThat(stats.toSortedNanos()).isEqualTo(before);
        long[] sorted = stats.toSortedNanos();
        sorted[0] = 99;
        assertThat(stats.min()).contains(ns(0));
    }

    @Test
    void equalityIgnoresInsertionOrder() {
        DurationStats a = DurationStats.ofNanos(3, 1, 2, 2);
        DurationStats b = DurationStats.ofNanos(2, 2, 1, 3);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(DurationStats.ofNanos(1, 2, 3));
        assertThat(a).isNotEqualTo("not stats");
    }

    @Test
    void toStringShowsCountAndCentralValues() {
        assertThat(DurationStats.empty()).hasToString("DurationStats{count=0}");
        assertThat(DurationStats.of(List.of(Duration.ofMinutes(5), Duration.ofMinutes(33), Duration.ofMinutes(75))))
                .hasToString("DurationStats{count=3, min=PT5M, median=PT33M, mean=PT37M40S, max=PT1H15M}");
    }

    @Test
    void builderBuildsSnapshotsAndStaysUsable() {
        DurationStats.Builder builder = DurationStats.builder();
        builder.record(Duration.ofSeconds(1)).recordNanos(5);
        ExactDurationStats first = builder.build();
        builder.recordNanos(7);
        DurationStats second = builder.build();

        assertThat(first.count()).isEqualTo(2);
        assertThat(first.toSortedNanos()).containsExactly(5, 1_000_000_000L);
        assertThat(second.count()).isEqualTo(3);
        assertThat(builder.count()).isEqualTo(3);
    }

    @Test
    void builderGrowsPastItsInitialCapacity() {
        DurationStats.Builder builder = DurationStats.builder();
        for (int i = 0; i < 10_000; i++) {
            builder.recordNanos(i);
        }
        DurationStats stats = builder.build();

        assertThat(stats.count()).isEqualTo(10_000);
        assertThat(stats.sum()).contains(ns(49_995_000L));
        assertThat(stats.median()).contains(ns(5_000)); // rank 4999.5 → 4999.5, half up
        assertThat(stats.percentile(100)).contains(ns(9_999));
    }

    @Test
    void snapshotsOfManyChunksStayTheirOwnWhileTheBuilderGoesOn() {
        // Past several chunks of values: a result shares the builder's full chunks, never its last one.
        DurationStats.Builder builder = DurationStats.builder();
        SplittableRandom random = new SplittableRandom(11);
        List<long[]> expected = new ArrayList<>();
        List<ExactDurationStats> built = new ArrayList<>();
        long[] all = new long[40_000];
        for (int i = 0; i < all.length; i++) {
            all[i] = random.nextLong(1_000_000);
            builder.recordNanos(all[i]);
            if (i == 8_191 || i == 8_192 || i == 20_000 || i == all.length - 1) {
                ExactDurationStats stats = builder.build();
                // Asking for percentiles first must not disturb the builder or a later snapshot.
                stats.percentiles(0, 50, 90, 99.9, 100);
                built.add(stats);
                long[] sorted = Arrays.copyOf(all, i + 1);
                Arrays.sort(sorted);
                expected.add(sorted);
            }
        }
        builder.merge(builder);

        for (int k = 0; k < built.size(); k++) {
            long[] sorted = expected.get(k);
            ExactDurationStats stats = built.get(k);
            assertThat(stats.toSortedNanos()).as("snapshot %d", k).isEqualTo(sorted);
            assertThat(stats.count()).isEqualTo(sorted.length);
            assertThat(stats.percentile(50)).as("snapshot %d median", k)
                    .isEqualTo(ReferenceStats.ofNanos(sorted).percentile(50));
            assertThat(stats.percentiles(10, 90)).as("snapshot %d", k)
                    .containsExactly(ReferenceStats.ofNanos(sorted).percentile(10).orElseThrow(),
                            ReferenceStats.ofNanos(sorted).percentile(90).orElseThrow());
        }
        assertThat(builder.count()).isEqualTo(2L * all.length);
    }

    @Test
    void mergingEmptyBuildersChangesNothing() {
        DurationStats.Builder empty = DurationStats.builder();
        DurationStats.Builder some = DurationStats.builder().recordNanos(4).recordNanos(2);

        assertThat(DurationStats.builder().merge(empty).build()).isEqualTo(DurationStats.empty());
        assertThat(some.merge(empty).build()).isEqualTo(DurationStats.ofNanos(2, 4));
        DurationStats intoEmpty = DurationStats.builder().merge(some).build();
        assertThat(intoEmpty.min()).contains(ns(2));
        assertThat(intoEmpty.max()).contains(ns(4));
        assertThat(intoEmpty.sum()).contains(ns(6));
    }

    @Test
    void mergeLeavesTheOtherBuilderUnchanged() {
        DurationStats.Builder a = DurationStats.builder().recordNanos(1);
        DurationStats.Builder b = DurationStats.builder().recordNanos(MAX).recordNanos(MAX);

        a.merge(b);
        b.recordNanos(3);

        assertThat(a.build()).isEqualTo(DurationStats.ofNanos(1, MAX, MAX));
        assertThat(a.build().sum()).contains(Duration.ofSeconds(18_446_744_073L, 709_551_615));
        assertThat(b.build()).isEqualTo(DurationStats.ofNanos(MAX, MAX, 3));
    }

    @Test
    void mergingABuilderWithItselfDoublesEveryValue() {
        DurationStats.Builder builder = DurationStats.builder().recordNanos(1).recordNanos(MAX);

        builder.merge(builder);

        DurationStats stats = builder.build();
        assertThat(stats).isEqualTo(DurationStats.ofNanos(1, 1, MAX, MAX));
        assertThat(stats.sum()).isEqualTo(ReferenceStats.ofNanos(1, 1, MAX, MAX).sum());
    }

    @Test
    void mergingABuilderOfSeveralChunksWithItselfDoublesEveryValue() {
        DurationStats.Builder builder = DurationStats.builder();
        long[] twice = new long[2 * 20_000];
        for (int i = 0; i < 20_000; i++) {
            builder.recordNanos(i);
            twice[2 * i] = i;
            twice[2 * i + 1] = i;
        }

        builder.merge(builder);

        assertThat(builder.count()).isEqualTo(40_000);
        assertThat(builder.build()).isEqualTo(DurationStats.ofNanos(twice));
    }
}

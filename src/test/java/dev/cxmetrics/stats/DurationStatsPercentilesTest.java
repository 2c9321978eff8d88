package dev.cxmetrics.stats;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationStatsPercentilesTest {

    @Test
    void severalPercentilesAtOnceEqualEachAlone() {
        for (long seed = 1; seed <= 1000; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 1 + random.nextInt(300);
            long[] values = new long[n];
            int spread = 1 + random.nextInt(random.nextBoolean() ? 5 : 1_000_000);
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(spread);
            }
            DurationStats stats = DurationStats.ofNanos(values);
            double[] ps = new double[1 + random.nextInt(6)];
            for (int i = 0; i < ps.length; i++) {
                ps[i] = random.nextInt(4) == 0 ? random.nextInt(101) : random.nextDouble() * 100;
            }
            List<Duration> expected = new ArrayList<>();
            for (double p : ps) {
                expected.add(stats.percentile(p).orElseThrow());
            }
            assertThat(stats.percentiles(ps)).as("seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void noDurationsGiveNoPercentilesAndBadOnesAreRejected() {
        assertThat(DurationStats.empty().percentiles(50, 90)).isEmpty();
        assertThatThrownBy(() -> DurationStats.ofNanos(1).percentiles(50, 101))
                .hasMessage("percentile 101.0 is outside [0, 100]");
    }

    @Test
    void approximateStatisticsAnswerFromTheSketch() {
        DurationSketch sketch = DurationSketch.create();
        for (int i = 1; i <= 1000; i++) {
            sketch.recordNanos(i * 1_000_000L);
        }
        DurationStats stats = DurationStats.ofSketch(sketch);
        assertThat(stats.isExact()).isFalse();
        assertThat(stats.percentiles(50, 90)).containsExactly(sketch.percentile(50).orElseThrow(),
                sketch.percentile(90).orElseThrow());
        assertThat(stats.count()).isEqualTo(1000);
        assertThat(stats.mean()).contains(Duration.ofNanos(500_500_000L));
        assertThat(stats).isInstanceOf(ApproximateDurationStats.class);
        assertThat(stats.relativeAccuracy()).hasValue(sketch.relativeAccuracy());
    }
}

package dev.cxmetrics.report;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NiceScaleTest {

    @Test
    void countsUpTo83TakeSteps0f20() {
        NiceScale scale = NiceScale.of(0, 83, 5, true);
        assertThat(scale).isEqualTo(new NiceScale(0, 100, 20));
        assertThat(scale.ticks()).containsExactly(0, 20, 40, 60, 80, 100);
        assertThat(scale.label(40)).isEqualTo("40");
    }

    @Test
    void negativeNpsAndPositiveNpsShareAnAxisThroughZero() {
        NiceScale scale = NiceScale.of(-55, 75, 5, false);
        assertThat(scale).isEqualTo(new NiceScale(-100, 100, 50));
        assertThat(scale.ticks()).contains(0.0);
        assertThat(scale.map(0, 0, 200)).isEqualTo(100);
        assertThat(scale.map(-100, 0, 200)).isEqualTo(0);
    }

    @Test
    void allEqualValuesWidenAroundTheValue() {
        assertThat(NiceScale.of(75, 75, 5, false)).isEqualTo(new NiceScale(65, 85, 5));
        assertThat(NiceScale.of(0, 0, 5, true)).isEqualTo(new NiceScale(0, 1, 1));
        assertThat(NiceScale.of(0, 0, 5, false)).isEqualTo(new NiceScale(0, 1, 0.2));
        assertThat(NiceScale.of(-3, -3, 5, false).ticks()).contains(-3.0);
    }

    @Test
    void countsNeverTakeFractionalSteps() {
        assertThat(NiceScale.of(0, 2, 5, true).step()).isEqualTo(1);
        assertThat(NiceScale.of(0, 1, 5, true).ticks()).containsExactly(0, 1);
    }

    @Test
    void fractionalStepsAreLabelledWithTheirDecimals() {
        NiceScale scale = NiceScale.of(0, 1.1, 5, false);
        assertThat(scale.step()).isEqualTo(0.5);
        assertThat(scale.label(0.5)).isEqualTo("0.5");
        assertThat(scale.label(1.0)).isEqualTo("1.0");
        assertThat(new NiceScale(-1, 1, 0.25).label(-0.0001)).isEqualTo("0.00");
    }

    @Test
    void clampKeepsPercentagesWithin0And100() {
        assertThat(NiceScale.of(91, 100, 5, false).clamp(0, 100).hi()).isEqualTo(100);
        assertThat(NiceScale.of(95, 100, 5, false)).isEqualTo(new NiceScale(95, 100, 1));
        assertThat(NiceScale.of(100, 100, 5, false).clamp(0, 100)).isEqualTo(new NiceScale(90, 100, 5));
    }

    @Test
    void badRangesAreRejected() {
        assertThatThrownBy(() -> NiceScale.of(2, 1, 5, false)).hasMessageContaining("[2.0, 1.0]");
        assertThatThrownBy(() -> NiceScale.of(Double.NaN, 1, 5, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NiceScale.of(0, Double.POSITIVE_INFINITY, 5, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomRangesAreCoveredByNiceTicks() {
        long seed = 20_261_129L; // fixed, so a failure repeats
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 20_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(-6, 12));
            double a = (random.nextDouble() * 2 - 1) * magnitude;
            double b = random.nextBoolean() ? a : a + random.nextDouble() * magnitude;
            int intervals = random.nextInt(1, 12);
            NiceScale scale = NiceScale.of(a, b, intervals, false);
            String where = "seed " + seed + " [" + a + ", " + b + "] in " + intervals;
            assertThat(scale.lo()).as(where).isLessThanOrEqualTo(a);
            assertThat(scale.hi()).as(where).isGreaterThanOrEqualTo(b).isGreaterThan(scale.lo());
            double mantissa = scale.step() / Math.pow(10, Math.floor(Math.log10(scale.step())));
            assertThat(Math.round(mantissa * 1000) / 1000.0).as(where).isIn(1.0, 2.0, 5.0);
            double[] ticks = scale.ticks();
            assertThat(ticks.length - 1).as(where).isBetween(1, Math.max(intervals, 2));
            assertThat(ticks[0]).as(where).isCloseTo(scale.lo(), within(scale.step() * 1e-9));
            assertThat(ticks[ticks.length - 1]).as(where).isCloseTo(scale.hi(), within(scale.step() * 1e-9));
            assertThat(scale.map(scale.lo(), 10, 110)).as(where).isCloseTo(10, within(1e-9));
            assertThat(scale.map(scale.hi(), 10, 110)).as(where).isCloseTo(110, within(1e-9));
        }
    }
}

package dev.cxmetrics.stats;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Approximate statistics of a multiset of non-negative durations, backed by a
 * {@link DurationSketch}: count, sum, mean, min and max are exact; percentiles are the sketch's.
 *
 * <p>Percentile definition: the value at the lower closest rank, {@code x[floor((n - 1) * p / 100)]}
 * of the sorted values, not interpolated, returned within the sketch's relative accuracy α (a
 * true value {@code v} comes back in {@code [v(1 - α), v(1 + α)]}), and clamped to the exact min
 * and max; {@code percentile(0)} and {@code percentile(100)} are the exact min and max. Memory is
 * bounded by the sketch, whatever the count. Immutable and thread-safe.
 */
public final class ApproximateDurationStats implements DurationStats {
    private final DurationSketch sketch;

    ApproximateDurationStats(DurationSketch sketch) {
        this.sketch = Objects.requireNonNull(sketch, "sketch").copy();
    }

    /**
     * Returns a copy of the sketch behind these statistics, e.g. to merge it with others.
     *
     * @return a new sketch equal to this one's
     */
    public DurationSketch sketch() {
        return sketch.copy();
    }

    /**
     * Returns the sketch's relative accuracy.
     *
     * @return the relative accuracy α, present
     */
    @Override
    public OptionalDouble relativeAccuracy() {
        return OptionalDouble.of(sketch.relativeAccuracy());
    }

    @Override
    public long count() {
        return sketch.count();
    }

    @Override
    public Optional<Duration> sum() {
        return sketch.sum();
    }

    @Override
    public Optional<Duration> mean() {
        return sketch.mean();
    }

    @Override
    public Optional<Duration> min() {
        return sketch.min();
    }

    @Override
    public Optional<Duration> max() {
        return sketch.max();
    }

    /**
     * Returns the approximate {@code p}-th percentile (see the class description).
     *
     * @param p the percentile, in [0, 100]
     * @return the percentile, or empty when there are no durations
     * @throws IllegalArgumentException when {@code p} is NaN or outside [0, 100]
     */
    @Override
    public Optional<Duration> percentile(double p) {
        return sketch.percentile(p);
    }

    @Override
    public List<Duration> percentiles(double... ps) {
        if (DurationStats.checkPercentiles(ps) || isEmpty()) {
            return List.of();
        }
        Duration[] result = new Duration[ps.length];
        for (int i = 0; i < ps.length; i++) {
            result[i] = sketch.percentile(ps[i]).orElseThrow();
        }
        return List.of(result);
    }

    /**
     * Compares the sketches.
     *
     * @param o the other object
     * @return whether {@code o} is approximate statistics with an equal sketch
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ApproximateDurationStats other && sketch.equals(other.sketch);
    }

    @Override
    public int hashCode() {
        return sketch.hashCode();
    }

    @Override
    public String toString() {
        if (isEmpty()) {
            return "DurationStats{count=0, approximate}";
        }
        return "DurationStats{count=" + count() + ", min=" + min().orElseThrow() + ", median="
                + median().orElseThrow() + ", mean=" + mean().orElseThrow() + ", max=" + max().orElseThrow()
                + ", approximate to " + sketch.relativeAccuracy() + "}";
    }
}

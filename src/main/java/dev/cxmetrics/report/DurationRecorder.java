package dev.cxmetrics.report;

import dev.cxmetrics.stats.DurationSketch;
import dev.cxmetrics.stats.DurationStats;

/**
 * Where a group records one kind of duration: every value (exact quantiles) or a sketch
 * (approximate quantiles, bounded memory). Not thread-safe.
 */
abstract class DurationRecorder {
    abstract void record(long nanos);

    abstract void merge(DurationRecorder other);

    abstract long count();

    abstract DurationStats build();

    /** Makes recorders of one mode: {@code relativeAccuracy} 0 for exact, else the sketch accuracy. */
    static DurationRecorder create(double relativeAccuracy) {
        return relativeAccuracy == 0 ? new Exact() : new Approximate(DurationSketch.withRelativeAccuracy(relativeAccuracy));
    }

    static final class Exact extends DurationRecorder {
        final DurationStats.Builder values = DurationStats.builder();

        @Override
        void record(long nanos) {
            values.recordNanos(nanos);
        }

        @Override
        void merge(DurationRecorder other) {
            values.merge(((Exact) other).values);
        }

        @Override
        long count() {
            return values.count();
        }

        @Override
        DurationStats build() {
            return values.build();
        }
    }

    static final class Approximate extends DurationRecorder {
        final DurationSketch sketch;

        Approximate(DurationSketch sketch) {
            this.sketch = sketch;
        }

        @Override
        void record(long nanos) {
            sketch.recordNanos(nanos);
        }

        @Override
        void merge(DurationRecorder other) {
            sketch.merge(((Approximate) other).sketch);
        }

        @Override
        long count() {
            return sketch.count();
        }

        @Override
        DurationStats build() {
            return DurationStats.ofSketch(sketch);
        }
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.internal.ByteReader;
import dev.cxmetrics.internal.ByteWriter;
import dev.cxmetrics.stats.DurationSketch;
import dev.cxmetrics.stats.DurationStats;

/**
 * Where a group records one kind of duration: every value (exact quantiles) or, in approximate
 * mode, every value up to {@link Approximate#EXACT_UP_TO} and a sketch beyond (bounded memory,
 * and small groups stay exact). The binary form lives here too, so no other class reaches into a
 * recorder. Not thread-safe.
 */
abstract class DurationRecorder {
    abstract void record(long nanos);

    abstract void merge(DurationRecorder other);

    abstract long count();

    abstract DurationStats build();

    /** Writes the recorded durations; see {@link GroupCodec} for the layout. */
    abstract void write(ByteWriter out);

    /** Adds the durations read from {@code in}, naming {@code what} (group and kind) in errors. */
    abstract void read(ByteReader in, String what);

    /** Makes recorders of one mode: {@code relativeAccuracy} 0 for exact, else the sketch accuracy. */
    static DurationRecorder create(double relativeAccuracy) {
        return relativeAccuracy == 0 ? new Exact() : new Approximate(relativeAccuracy);
    }

    static final class Exact extends DurationRecorder {
        /** Made on the first value: most recorders of most groups stay empty until a report is folded. */
        private DurationStats.Builder values;

        private DurationStats.Builder values() {
            if (values == null) {
                values = DurationStats.builder();
            }
            return values;
        }

        @Override
        void record(long nanos) {
            values().recordNanos(nanos);
        }

        @Override
        void merge(DurationRecorder other) {
            DurationStats.Builder theirs = ((Exact) other).values;
            if (theirs != null) {
                values().merge(theirs);
            }
        }

        @Override
        long count() {
            return values == null ? 0 : values.count();
        }

        @Override
        DurationStats build() {
            return values == null ? DurationStats.empty() : values.build();
        }

        @Override
        void write(ByteWriter out) {
            writeValues(out, values().build().toSortedNanos());
        }

        @Override
        void read(ByteReader in, String what) {
            readValues(in, what, values(), Integer.MAX_VALUE);
        }
    }

    /**
     * Values up to {@link #EXACT_UP_TO}, then a sketch of them all. Which form holds depends on the
     * count alone, so any order of records and merges ends in the same state.
     */
    static final class Approximate extends DurationRecorder {
        /** The most values kept exactly: a median of a few dozen tickets should not be 1% off. */
        static final int EXACT_UP_TO = 1000;
        private static final int EMPTY = 0;
        private static final int VALUES = 1;
        private static final int SKETCH = 2;

        private final double relativeAccuracy;
        /** The values while there are at most {@link #EXACT_UP_TO}; null after. */
        private DurationStats.Builder values = DurationStats.builder();
        /** Null while the values are kept. */
        private DurationSketch sketch;

        Approximate(double relativeAccuracy) {
            this.relativeAccuracy = relativeAccuracy;
        }

        @Override
        void record(long nanos) {
            if (sketch != null) {
                sketch.recordNanos(nanos);
                return;
            }
            values.recordNanos(nanos);
            if (values.count() > EXACT_UP_TO) {
                toSketch();
            }
        }

        private void toSketch() {
            DurationSketch all = DurationSketch.withRelativeAccuracy(relativeAccuracy);
            for (long nanos : values.build().toSortedNanos()) {
                all.recordNanos(nanos);
            }
            sketch = all;
            values = null;
        }

        @Override
        void merge(DurationRecorder recorder) {
            Approximate other = (Approximate) recorder;
            if (other.sketch == null) {
                for (long nanos : other.values.build().toSortedNanos()) {
                    record(nanos);
                }
                return;
            }
            if (sketch == null) {
                toSketch();
            }
            sketch.merge(other.sketch);
        }

        @Override
        long count() {
            return sketch == null ? values.count() : sketch.count();
        }

        @Override
        DurationStats build() {
            return sketch == null ? values.build() : DurationStats.ofSketch(sketch);
        }

        @Override
        void write(ByteWriter out) {
            if (sketch != null) {
                out.writeVarLong(SKETCH);
                out.writeBytes(sketch.toByteArray());
            } else if (values.count() == 0) {
                out.writeVarLong(EMPTY);
            } else {
                out.writeVarLong(VALUES);
                writeValues(out, values.build().toSortedNanos());
            }
        }

        @Override
        void read(ByteReader in, String what) {
            long form = in.readNonNegativeVarLong(what + " form");
            if (form == EMPTY) {
                return;
            }
            if (form == VALUES) {
                DurationStats.Builder read = DurationStats.builder();
                readValues(in, what, read, EXACT_UP_TO);
                if (read.count() == 0) {
                    throw in.fail(what + ": no values must be written as form 0");
                }
                mergeRead(read);
                return;
            }
            if (form != SKETCH) {
                throw in.fail(what + ": unknown form " + form);
            }
            byte[] encoded = in.readBytes(what + " sketch", Integer.MAX_VALUE);
            DurationSketch read;
            try {
                read = DurationSketch.fromByteArray(encoded);
            } catch (IllegalArgumentException e) {
                throw in.fail(what + ": " + e.getMessage());
            }
            if (read.count() <= EXACT_UP_TO) {
                throw in.fail(what + ": a sketch of " + read.count() + " values; up to " + EXACT_UP_TO
                        + " must be written as values");
            }
            if (Double.compare(read.relativeAccuracy(), relativeAccuracy) != 0) {
                throw in.fail(what + ": sketch of relative accuracy " + read.relativeAccuracy()
                        + " in a report of relative accuracy " + relativeAccuracy);
            }
            if (sketch == null) {
                toSketch();
            }
            sketch.merge(read);
        }

        private void mergeRead(DurationStats.Builder read) {
            for (long nanos : read.build().toSortedNanos()) {
                record(nanos);
            }
        }
    }

    /**
     * Sorted values as their count, then (when not empty) their greatest common divisor {@code g}
     * (1 when all are zero), and the gaps between consecutive values (the first from 0) divided by
     * {@code g}: durations in whole seconds or milliseconds cost a byte or two each.
     */
    private static void writeValues(ByteWriter out, long[] sorted) {
        out.writeVarLong(sorted.length);
        if (sorted.length == 0) {
            return;
        }
        long divisor = 0;
        for (long value : sorted) {
            divisor = gcd(divisor, value);
        }
        if (divisor == 0) {
            divisor = 1;
        }
        out.writeVarLong(divisor);
        long previous = 0;
        for (long value : sorted) {
            out.writeVarLong((value - previous) / divisor);
            previous = value;
        }
    }

    private static void readValues(ByteReader in, String what, DurationStats.Builder into, int maxCount) {
        int count = in.readLength(what + " count", 1);
        if (count > maxCount) {
            throw in.fail(what + ": " + count + " values; more than " + maxCount + " must be written as a sketch");
        }
        if (count == 0) {
            return;
        }
        long divisor = in.readNonNegativeVarLong(what + " divisor");
        if (divisor < 1) {
            throw in.fail(what + " divisor is 0");
        }
        long value = 0;
        long common = 0;
        for (int i = 0; i < count; i++) {
            long gap = in.readNonNegativeVarLong(what);
            common = gcd(common, gap);
            try {
                value = Math.addExact(value, Math.multiplyExact(gap, divisor));
            } catch (ArithmeticException e) {
                throw in.fail(what + " exceed " + Long.MAX_VALUE + " ns");
            }
            into.recordNanos(value);
        }
        if (common == 0 ? divisor != 1 : common != 1) {
            throw in.fail(what + " divisor " + divisor + " is not the greatest common divisor of the values");
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}

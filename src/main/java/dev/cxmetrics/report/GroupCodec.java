package dev.cxmetrics.report;

import dev.cxmetrics.internal.ByteReader;
import dev.cxmetrics.internal.ByteWriter;
import dev.cxmetrics.stats.DurationSketch;
import dev.cxmetrics.stats.DurationStats;

/**
 * The binary form of one {@link GroupAccumulator}: its counters as varints, then its three
 * duration recorders. See {@link ReportAccumulator#toByteArray()} for the layout.
 *
 * <p>An exact recorder is its count, then (when not empty) the greatest common divisor {@code g}
 * of its values (1 when all are zero), the smallest value divided by {@code g}, and the gaps
 * between consecutive sorted values divided by {@code g}: durations measured in whole seconds or
 * milliseconds cost a byte or two each. An approximate recorder is the length of its
 * {@link DurationSketch#toByteArray() sketch encoding}, 0 for an empty sketch, then that encoding.
 */
final class GroupCodec {
    /** The fewest bytes a group takes: 15 counters and 3 recorders of one byte each. */
    static final int MIN_BYTES = 18;
    /** Counters, then the counts of the three recorders: what {@link #totals} adds up. */
    static final int TOTALS = 18;
    private static final String[] COUNTERS = {"tickets", "csatSatisfied", "csatTotal", "promoters", "passives",
        "detractors", "cesTotal", "cesSum", "cesEasy", "unanswered", "open", "oneTouch", "eligible", "zeroTouch",
        "untracked", "first response times", "resolution times", "handle times"};

    private static final String[] KINDS = {"first response times", "resolution times", "handle times"};
    private static final String[] SKETCH_LABELS = {KINDS[0] + " sketch", KINDS[1] + " sketch", KINDS[2] + " sketch"};
    private static final String[] COUNT_LABELS = {KINDS[0] + " count", KINDS[1] + " count", KINDS[2] + " count"};
    private static final String[] DIVISOR_LABELS = {KINDS[0] + " divisor", KINDS[1] + " divisor",
        KINDS[2] + " divisor"};

    private GroupCodec() {
    }

    static void write(ByteWriter out, GroupAccumulator group) {
        long[] counters = counters(group);
        for (int i = 0; i < 15; i++) {
            out.writeVarLong(counters[i]);
        }
        writeRecorder(out, group.firstResponse);
        writeRecorder(out, group.resolution);
        writeRecorder(out, group.handle);
    }

    /**
     * Reads a group into an empty one and checks that its counts agree with each other.
     *
     * @param bucket whether it is a calendar bucket, where resolved tickets count in the bucket
     *     of their resolution rather than with their creation
     */
    static void read(ByteReader in, GroupAccumulator group, boolean bucket, String name) {
        group.tickets = in.readNonNegativeVarLong("tickets");
        group.csatSatisfied = in.readNonNegativeVarLong("csatSatisfied");
        group.csatTotal = in.readNonNegativeVarLong("csatTotal");
        group.promoters = in.readNonNegativeVarLong("promoters");
        group.passives = in.readNonNegativeVarLong("passives");
        group.detractors = in.readNonNegativeVarLong("detractors");
        group.cesTotal = in.readNonNegativeVarLong("cesTotal");
        group.cesSum = in.readNonNegativeVarLong("cesSum");
        group.cesEasy = in.readNonNegativeVarLong("cesEasy");
        group.unanswered = in.readNonNegativeVarLong("unanswered");
        group.open = in.readNonNegativeVarLong("open");
        group.oneTouch = in.readNonNegativeVarLong("oneTouch");
        group.eligible = in.readNonNegativeVarLong("eligible");
        group.zeroTouch = in.readNonNegativeVarLong("zeroTouch");
        group.untracked = in.readNonNegativeVarLong("untracked");
        readRecorder(in, group.firstResponse, group.relativeAccuracy, name, 0);
        readRecorder(in, group.resolution, group.relativeAccuracy, name, 1);
        readRecorder(in, group.handle, group.relativeAccuracy, name, 2);
        check(in, group, bucket, name);
    }

    /** Rejects counts that no sequence of added records gives. */
    private static void check(ByteReader in, GroupAccumulator group, boolean bucket, String name) {
        long answered = group.firstResponse.count();
        long resolved = group.resolution.count();
        if (group.unanswered > group.tickets || answered != group.tickets - group.unanswered) {
            throw in.fail(name + " has " + group.tickets + " tickets but " + answered + " first response times and "
                    + group.unanswered + " unanswered");
        }
        if (group.zeroTouch > resolved || group.eligible != resolved - group.zeroTouch) {
            throw in.fail(name + " has " + resolved + " resolution times but " + group.eligible + " eligible and "
                    + group.zeroTouch + " zero-touch tickets");
        }
        if (group.open > group.tickets || !bucket && resolved != group.tickets - group.open) {
            throw in.fail(name + " has " + group.tickets + " tickets but " + resolved + " resolution times and "
                    + group.open + " open");
        }
        try {
            group.snapshot(); // the KPI records check the survey and FCR counts
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw in.fail(name + ": " + e.getMessage());
        }
    }

    private static long[] counters(GroupAccumulator g) {
        return new long[] {g.tickets, g.csatSatisfied, g.csatTotal, g.promoters, g.passives, g.detractors,
            g.cesTotal, g.cesSum, g.cesEasy, g.unanswered, g.open, g.oneTouch, g.eligible, g.zeroTouch, g.untracked,
            g.firstResponse.count(), g.resolution.count(), g.handle.count()};
    }

    /** Adds a group's counters and recorder counts to {@code totals}, failing on overflow. */
    static void addTotals(ByteReader in, long[] totals, GroupAccumulator group) {
        long[] counters = counters(group);
        for (int i = 0; i < TOTALS; i++) {
            try {
                totals[i] = Math.addExact(totals[i], counters[i]);
            } catch (ArithmeticException e) {
                throw in.fail("the " + COUNTERS[i] + " of the groups overflow");
            }
        }
    }

    /** Checks that totals over some groups equal the counts of the overall group. */
    static void checkTotals(ByteReader in, long[] totals, GroupAccumulator overall, String groups) {
        long[] expected = counters(overall);
        for (int i = 0; i < TOTALS; i++) {
            if (totals[i] != expected[i]) {
                throw in.fail("the " + COUNTERS[i] + " of " + groups + " add up to " + totals[i] + ", not to the "
                        + expected[i] + " overall");
            }
        }
    }

    private static void writeRecorder(ByteWriter out, DurationRecorder recorder) {
        if (recorder instanceof DurationRecorder.Approximate) {
            DurationSketch sketch = ((DurationRecorder.Approximate) recorder).sketch;
            if (sketch.isEmpty()) {
                out.writeVarLong(0);
            } else {
                out.writeBytes(sketch.toByteArray());
            }
            return;
        }
        long[] values = recorder.build().toSortedNanos();
        out.writeVarLong(values.length);
        if (values.length == 0) {
            return;
        }
        long divisor = 0;
        for (long value : values) {
            divisor = gcd(divisor, value);
        }
        if (divisor == 0) {
            divisor = 1;
        }
        out.writeVarLong(divisor);
        long previous = 0;
        for (long value : values) {
            out.writeVarLong((value - previous) / divisor);
            previous = value;
        }
    }

    /** Reads recorder {@code kind} (0 first response, 1 resolution, 2 handle times) of a group. */
    private static void readRecorder(ByteReader in, DurationRecorder recorder, double relativeAccuracy, String group,
            int kind) {
        if (recorder instanceof DurationRecorder.Approximate) {
            byte[] encoded = in.readBytes(SKETCH_LABELS[kind], Integer.MAX_VALUE);
            if (encoded.length == 0) {
                return;
            }
            DurationSketch sketch;
            try {
                sketch = DurationSketch.fromByteArray(encoded);
            } catch (IllegalArgumentException e) {
                throw in.fail(group + " " + KINDS[kind] + ": " + e.getMessage());
            }
            if (sketch.isEmpty()) {
                throw in.fail(group + " " + KINDS[kind] + ": an empty sketch must be written as length 0");
            }
            if (Double.compare(sketch.relativeAccuracy(), relativeAccuracy) != 0) {
                throw in.fail(group + " " + KINDS[kind] + ": sketch of relative accuracy "
                        + sketch.relativeAccuracy() + " in a report of relative accuracy " + relativeAccuracy);
            }
            ((DurationRecorder.Approximate) recorder).sketch.merge(sketch);
            return;
        }
        int count = in.readLength(COUNT_LABELS[kind], 1);
        if (count == 0) {
            return;
        }
        long divisor = in.readNonNegativeVarLong(DIVISOR_LABELS[kind]);
        if (divisor < 1) {
            throw in.fail(group + " " + KINDS[kind] + " divisor is 0");
        }
        DurationStats.Builder values = ((DurationRecorder.Exact) recorder).values;
        long value = 0;
        long common = 0;
        for (int i = 0; i < count; i++) {
            long gap = in.readNonNegativeVarLong(KINDS[kind]);
            common = gcd(common, gap);
            try {
                value = Math.addExact(value, Math.multiplyExact(gap, divisor));
            } catch (ArithmeticException e) {
                throw in.fail(group + " " + KINDS[kind] + " exceed " + Long.MAX_VALUE + " ns");
            }
            values.recordNanos(value);
        }
        if (common == 0 ? divisor != 1 : common != 1) {
            throw in.fail(group + " " + KINDS[kind] + " divisor " + divisor
                    + " is not the greatest common divisor of the values");
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

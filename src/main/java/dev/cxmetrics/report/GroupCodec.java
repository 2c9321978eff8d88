package dev.cxmetrics.report;

import dev.cxmetrics.internal.ByteReader;
import dev.cxmetrics.internal.ByteWriter;

/**
 * The binary form of one {@link GroupAccumulator}: its counters as varints, then its three
 * duration recorders. See {@link ReportAccumulator#toByteArray()} for the layout.
 *
 * <p>An exact recorder is its values: their count, then (when not empty) their greatest common
 * divisor {@code g} (1 when all are zero), the smallest value divided by {@code g}, and the gaps
 * between consecutive sorted values divided by {@code g}: durations measured in whole seconds or
 * milliseconds cost a byte or two each. An approximate recorder is a form, then its content: 0 for
 * no values, 1 for up to 1,000 values written as above, 2 for more, written as the length of their
 * {@link dev.cxmetrics.stats.DurationSketch#toByteArray() sketch encoding} and that encoding. Each
 * state has one form, so equal accumulators encode to equal bytes.
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
        readRecorder(in, group.firstResponse, name, 0);
        readRecorder(in, group.resolution, name, 1);
        readRecorder(in, group.handle, name, 2);
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
        recorder.write(out);
    }

    /** Reads recorder {@code kind} (0 first response, 1 resolution, 2 handle times) of a group. */
    private static void readRecorder(ByteReader in, DurationRecorder recorder, String group, int kind) {
        recorder.read(in, group + " " + KINDS[kind]);
    }
}

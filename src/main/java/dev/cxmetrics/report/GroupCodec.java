package dev.cxmetrics.report;

import dev.cxmetrics.internal.ByteReader;
import dev.cxmetrics.internal.ByteWriter;

/**
 * The one entry point to the binary form of a {@link GroupAccumulator}: its counters as varints,
 * then its three duration recorders (the group writes and reads its parts itself, see
 * {@link GroupAccumulator#write}, {@link KpiCodec} and {@link DurationRecorder}), and the checks
 * that counts add up across groups. See {@link ReportAccumulator#toByteArray()} for the layout.
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
    /** Counters, then the counts of the three recorders: what {@link #addTotals} adds up. */
    static final int TOTALS = GroupAccumulator.TOTAL_NAMES.length;

    private GroupCodec() {
    }

    static void write(ByteWriter out, GroupAccumulator group) {
        group.write(out);
    }

    /**
     * Reads a group into an empty one and checks that its counts agree with each other.
     *
     * @param bucket whether it is a calendar bucket, where resolved tickets count in the bucket
     *     of their resolution rather than with their creation
     */
    static void read(ByteReader in, GroupAccumulator group, boolean bucket, String name) {
        group.read(in, bucket, name);
    }

    /** Adds a group's counters and recorder counts to {@code totals}, failing on overflow. */
    static void addTotals(ByteReader in, long[] totals, GroupAccumulator group) {
        long[] counters = group.totals();
        for (int i = 0; i < TOTALS; i++) {
            try {
                totals[i] = Math.addExact(totals[i], counters[i]);
            } catch (ArithmeticException e) {
                throw in.fail("the " + GroupAccumulator.TOTAL_NAMES[i] + " of the groups overflow");
            }
        }
    }

    /** Checks that totals over some groups equal the counts of the overall group. */
    static void checkTotals(ByteReader in, long[] totals, GroupAccumulator overall, String groups) {
        long[] expected = overall.totals();
        for (int i = 0; i < TOTALS; i++) {
            if (totals[i] != expected[i]) {
                throw in.fail("the " + GroupAccumulator.TOTAL_NAMES[i] + " of " + groups + " add up to " + totals[i]
                        + ", not to the " + expected[i] + " overall");
            }
        }
    }
}

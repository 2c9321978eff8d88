package dev.cxmetrics.report;

import dev.cxmetrics.stats.DurationStats;
import dev.cxmetrics.stats.ExactDurationStats;

import java.util.List;

/**
 * First-response brackets as Zendesk reports them: counts of first response times in
 * [0, 1 h), [1 h, 8 h), [8 h, 24 h) and [24 h, ∞).
 */
final class FrtBrackets {
    /** The brackets' names, in order. */
    static final List<String> LABELS = List.of("0-1h", "1-8h", "8-24h", "24h+");
    private static final long HOUR = 3_600_000_000_000L;
    private static final long[] UPPER = {HOUR, 8 * HOUR, 24 * HOUR};

    private FrtBrackets() {
    }

    /**
     * Counts exact first response times per bracket.
     *
     * @return four counts, or an empty array when the statistics are approximate and keep no values
     */
    static long[] count(DurationStats stats) {
        if (!(stats instanceof ExactDurationStats exact)) {
            return new long[0];
        }
        long[] counts = new long[UPPER.length + 1];
        for (long nanos : exact.toSortedNanos()) {
            int bracket = 0;
            while (bracket < UPPER.length && nanos >= UPPER[bracket]) {
                bracket++;
            }
            counts[bracket]++;
        }
        return counts;
    }
}

package dev.cxmetrics.report;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The lifecycle columns of the text report: times from events, first-response brackets, conflicts. */
final class LifecycleText {
    static final String LEGEND = "1ST RES = first resolution; WORK/WAIT/HOLD = time open, pending, on hold until"
            + " resolution; REQ WAIT = WORK + HOLD; NEXT = next reply time; awaiting = messages not replied to;"
            + " <1h..24h+ = first responses per bracket; conflicts = tickets whose sources disagreed\n";
    private static final String[] COLUMNS = {"1ST RES med", "WORK med", "WAIT med", "HOLD med", "REQ WAIT med",
        "NEXT med", "NEXT p90", "awaiting", "<1h", "1-8h", "8-24h", "24h+", "conflicts"};

    private LifecycleText() {
    }

    /** Tells whether a report has anything for these columns beyond what the main table shows. */
    static boolean present(KpiSet overall) {
        return overall.firstResolution().count() > 0 || overall.agentWork().count() > 0
                || overall.nextReply().stats().count() > 0 || overall.nextReply().awaiting() > 0
                || overall.conflicts() > 0;
    }

    static void table(String title, List<String> keys, List<KpiSet> sets, Appendable out) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            KpiSet set = sets.get(i);
            Optional<Duration>[] next = Formats.medianAndP90(set.nextReply().stats());
            rows.add(new String[] {
                keys.get(i),
                median(set.firstResolution()),
                median(set.agentWork()),
                median(set.agentWait()),
                median(set.onHold()),
                median(set.requesterWait()),
                Formats.human(next[0]),
                Formats.human(next[1]),
                Long.toString(set.nextReply().awaiting()),
                Long.toString(set.frtBrackets().underOneHour()),
                Long.toString(set.frtBrackets().oneToEightHours()),
                Long.toString(set.frtBrackets().eightToTwentyFourHours()),
                Long.toString(set.frtBrackets().overTwentyFourHours()),
                Long.toString(set.conflicts()),
            });
        }
        TextRenderer.grid(title, COLUMNS, rows, out);
    }

    private static String median(dev.cxmetrics.stats.DurationStats stats) {
        return Formats.human(Formats.medianAndP90(stats)[0]);
    }
}

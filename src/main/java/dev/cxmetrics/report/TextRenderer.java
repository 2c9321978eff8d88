package dev.cxmetrics.report;

import dev.cxmetrics.Ticket;

import dev.cxmetrics.sla.SlaReport;
import dev.cxmetrics.sla.SlaResult;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a report as aligned text tables; see {@link ReportFormat#TEXT}. */
final class TextRenderer {
    static final String[] COLUMNS = {
        "tickets", "CSAT", "n", "NPS", "n", "CES", "n",
        "FRT med", "FRT p90", "unanswered", "RES med", "RES p90", "open", "FCR", "AHT"};
    /** Shown for records without a dimension value. */
    static final String ABSENT_LABEL = "(none)";

    private TextRenderer() {
    }

    static void write(KpiReport report, Appendable out) throws IOException {
        ReportSpec spec = report.spec();
        out.append("cxmetrics report — ").append(Long.toString(report.overall().tickets()))
                .append(" tickets, zone ").append(spec.zone().getId())
                .append(", ").append(spec.bucket().label()).append(" buckets");
        if (spec.businessHours().isPresent()) {
            out.append(", times in business hours");
        }
        if (spec.relativeAccuracy().isPresent()) {
            out.append(", quantiles within ").append(Formats.fixed(java.util.OptionalDouble.of(
                    100 * spec.relativeAccuracy().getAsDouble()), 2, "%")).append(" (approximate)");
        }
        out.append("\n\n");
        // Lifecycle columns only when some ticket had events or disagreeing sources.
        boolean lifecycle = LifecycleText.present(report.overall());
        table("Overall", List.of("all"), List.of(report.overall()), out);
        if (lifecycle) {
            LifecycleText.table("Overall lifecycle", List.of("all"), List.of(report.overall()), out);
        }
        for (Dimension dimension : spec.dimensions()) {
            List<String> keys = new ArrayList<>();
            List<KpiSet> sets = new ArrayList<>();
            for (Map.Entry<String, KpiSet> entry : report.groups(dimension).entrySet()) {
                keys.add(entry.getKey().equals(Ticket.ABSENT) ? ABSENT_LABEL : printable(entry.getKey()));
                sets.add(entry.getValue());
            }
            table("By " + dimension.label(), keys, sets, out);
            if (lifecycle) {
                LifecycleText.table("Lifecycle by " + dimension.label(), keys, sets, out);
            }
        }
        List<String> keys = new ArrayList<>();
        List<KpiSet> sets = new ArrayList<>();
        for (Map.Entry<LocalDate, KpiSet> entry : report.buckets().entrySet()) {
            keys.add(entry.getKey().toString());
            sets.add(entry.getValue());
        }
        table("By " + spec.bucket().label(), keys, sets, out);
        if (lifecycle) {
            LifecycleText.table("Lifecycle by " + spec.bucket().label(), keys, sets, out);
        }
        for (CrossTab tab : spec.crossTabs()) {
            crossTab(report, tab, lifecycle, out);
        }
        if (report.sla().isPresent()) {
            sla(report.sla().get(), spec, out);
        }
        if (report.unmatchedResponses() > 0 || report.unmatchedAnswers() > 0) {
            out.append("Not matched to a ticket: ").append(Long.toString(report.unmatchedResponses()))
                    .append(" responses, ").append(Long.toString(report.unmatchedAnswers()))
                    .append(" survey answers (grouped as ").append(ABSENT_LABEL)
                    .append(" for channel, type and priority)\n");
        }
        if (report.unmatchedEvents() > 0) {
            out.append("Events of tickets never added: ").append(Long.toString(report.unmatchedEvents())).append('\n');
        }
        out.append("CSAT = % of answers scored 4-5; NPS = % promoters - % detractors; CES = mean of 1-7;"
                + " FRT/RES = first response/resolution time; FCR = % one-touch; AHT = mean handle time\n");
        if (lifecycle) {
            out.append(LifecycleText.LEGEND);
        }
    }

    /** One table row per cell, labelled {@code row / column}, rows in order and columns within them. */
    private static void crossTab(KpiReport report, CrossTab tab, boolean lifecycle, Appendable out) throws IOException {
        Map<String, ? extends Map<?, KpiSet>> rows = report.cells(tab);
        List<String> keys = new ArrayList<>();
        List<KpiSet> sets = new ArrayList<>();
        for (Map.Entry<String, ? extends Map<?, KpiSet>> row : rows.entrySet()) {
            for (Map.Entry<?, KpiSet> cell : row.getValue().entrySet()) {
                keys.add(label(row.getKey()) + " / " + label(cell.getKey().toString()));
                sets.add(cell.getValue());
            }
        }
        String label = tab.label(report.spec().bucket());
        table("By " + label, keys, sets, out);
        if (lifecycle) {
            LifecycleText.table("Lifecycle by " + label, keys, sets, out);
        }
    }

    private static String label(String key) {
        return key.equals(Ticket.ABSENT) ? ABSENT_LABEL : printable(key);
    }

    private static void sla(SlaReport sla, ReportSpec spec, Appendable out) throws IOException {
        out.append("SLA as of ").append(sla.asOf().toString()).append('\n');
        List<SlaResult> shown = SlaRows.shown(sla, spec);
        // The unmeasured column only when a target measured from events is shown.
        boolean events = shown.size() > 2;
        List<String[]> rows = new ArrayList<>();
        rows.add(events ? new String[] {"", "met", "breached", "pending", "no target", "unmeasured", "attainment"}
                : new String[] {"", "met", "breached", "pending", "no target", "attainment"});
        String[] names = new String[shown.size() + 1];
        names[0] = "";
        for (int i = 0; i < shown.size(); i++) {
            SlaResult result = shown.get(i);
            names[i + 1] = SlaRows.name(result.metric());
            List<String> row = new ArrayList<>(List.of(names[i + 1], Long.toString(result.met()),
                    Long.toString(result.breached()), Long.toString(result.pending()), Long.toString(result.noTarget())));
            if (events) {
                row.add(Long.toString(result.unmeasured()));
            }
            row.add(Formats.fixed(result.percent(), 1, "%"));
            rows.add(row.toArray(new String[0]));
        }
        align(rows, out);
        java.util.SortedSet<String> agents = new java.util.TreeSet<>();
        java.util.SortedSet<LocalDate> dates = new java.util.TreeSet<>();
        for (SlaResult result : shown) {
            agents.addAll(result.breachesByAgent().keySet());
            dates.addAll(result.breachesByDeadlineBucket().keySet());
        }
        if (!agents.isEmpty()) {
            out.append("SLA breaches by agent\n");
            rows = new ArrayList<>();
            rows.add(names);
            for (String agent : agents) {
                String[] row = new String[names.length];
                row[0] = agent.equals(Ticket.ABSENT) ? ABSENT_LABEL : printable(agent);
                for (int i = 0; i < shown.size(); i++) {
                    row[i + 1] = Long.toString(shown.get(i).breachesByAgent().getOrDefault(agent, 0L));
                }
                rows.add(row);
            }
            align(rows, out);
        }
        if (!dates.isEmpty()) {
            out.append("SLA breaches by ").append(spec.bucket().label()).append(" of the deadline\n");
            rows = new ArrayList<>();
            rows.add(names);
            for (LocalDate date : dates) {
                String[] row = new String[names.length];
                row[0] = date.toString();
                for (int i = 0; i < shown.size(); i++) {
                    row[i + 1] = Long.toString(shown.get(i).breachesByDeadlineBucket().getOrDefault(date, 0L));
                }
                rows.add(row);
            }
            align(rows, out);
        }
    }

    private static void table(String title, List<String> keys, List<KpiSet> sets, Appendable out)
            throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            rows.add(cells(keys.get(i), sets.get(i)));
        }
        grid(title, COLUMNS, rows, out);
    }

    /** Writes a titled table: a header of {@code columns} after an empty key column, then the rows. */
    static void grid(String title, String[] columns, List<String[]> rows, Appendable out) throws IOException {
        out.append(title).append('\n');
        if (rows.isEmpty()) {
            out.append("  (no data)\n\n");
            return;
        }
        List<String[]> all = new ArrayList<>();
        String[] header = new String[columns.length + 1];
        header[0] = "";
        System.arraycopy(columns, 0, header, 1, columns.length);
        all.add(header);
        all.addAll(rows);
        align(all, out);
    }

    /** Writes rows as columns: the first left-aligned, the others right-aligned, then a blank line. */
    static void align(List<String[]> rows, Appendable out) throws IOException {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].codePointCount(0, row[c].length()));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.length; c++) {
                int pad = widths[c] - row[c].codePointCount(0, row[c].length());
                if (c == 0) {
                    line.append(row[c]).append(" ".repeat(pad));
                } else {
                    line.append("  ").append(" ".repeat(pad)).append(row[c]);
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append('\n');
    }

    /**
     * The key with control characters, line separators and unpaired surrogates shown as Java-style
     * escapes (backslash n, backslash u 0001), so that one group is one line and columns stay
     * aligned. Backslashes stay as they are: a key like {@code CORP\ann} is far more common than
     * a key with a newline, and JSON and CSV keep every key exactly.
     */
    static String printable(String key) {
        StringBuilder out = null;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean unpaired = Character.isHighSurrogate(c)
                    ? i + 1 >= key.length() || !Character.isLowSurrogate(key.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(key.charAt(i - 1)));
            if (!Character.isISOControl(c) && c != '\u2028' && c != '\u2029' && !unpaired) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(key.length() + 8).append(key, 0, i);
            }
            switch (c) {
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    out.append(String.format("\\u%04x", (int) c));
                    break;
            }
        }
        return out == null ? key : out.toString();
    }

    static String[] cells(String key, KpiSet set) {
        java.util.Optional<java.time.Duration>[] frt = Formats.medianAndP90(set.firstResponse().stats());
        java.util.Optional<java.time.Duration>[] res = Formats.medianAndP90(set.resolution().stats());
        return new String[] {
            key,
            Long.toString(set.tickets()),
            Formats.fixed(set.csat().percent(), 1, "%"),
            Long.toString(set.csat().total()),
            Formats.fixed(set.nps().score(), 1, ""),
            Long.toString(set.nps().total()),
            Formats.fixed(set.ces().mean(), 2, ""),
            Long.toString(set.ces().total()),
            Formats.human(frt[0]),
            Formats.human(frt[1]),
            Long.toString(set.firstResponse().unanswered()),
            Formats.human(res[0]),
            Formats.human(res[1]),
            Long.toString(set.resolution().open()),
            Formats.fixed(set.fcr().percent(), 1, "%"),
            Formats.human(set.aht().mean()),
        };
    }
}

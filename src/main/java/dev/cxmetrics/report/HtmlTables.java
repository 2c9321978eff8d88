package dev.cxmetrics.report;

import dev.cxmetrics.sla.SlaReport;
import dev.cxmetrics.sla.SlaResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** The full tables of an HTML report: the same rows and columns as the text rendering. */
final class HtmlTables {
    private HtmlTables() {
    }

    static void all(KpiReport report, StringBuilder out) {
        String[] header = new String[TextRenderer.COLUMNS.length + 1];
        header[0] = "";
        System.arraycopy(TextRenderer.COLUMNS, 0, header, 1, TextRenderer.COLUMNS.length);
        open(out, "Overall", "table-overall", header);
        row(out, TextRenderer.cells("all", report.overall()));
        close(out);
        for (Dimension dimension : report.spec().dimensions()) {
            header[0] = dimension.label();
            open(out, "By " + dimension.label(), "table-" + HtmlText.id(dimension.label()), header);
            for (Map.Entry<String, KpiSet> entry : report.groups(dimension).entrySet()) {
                row(out, TextRenderer.cells(HtmlText.key(entry.getKey()), entry.getValue()));
            }
            close(out);
        }
        header[0] = report.spec().bucket().label();
        open(out, "By " + report.spec().bucket().label(), "table-" + report.spec().bucket().label(), header);
        for (Map.Entry<LocalDate, KpiSet> entry : report.buckets().entrySet()) {
            row(out, TextRenderer.cells(entry.getKey().toString(), entry.getValue()));
        }
        close(out);
        for (CrossTab tab : report.spec().crossTabs()) {
            crossTab(report, tab, out);
        }
        if (report.sla().isPresent()) {
            sla(report.sla().get(), report.spec(), out);
        }
    }

    /** A cross-tab as a long table: one row per cell, its row key and column key first. */
    private static void crossTab(KpiReport report, CrossTab tab, StringBuilder out) {
        String bucket = report.spec().bucket().label();
        String columns = tab.isByBucket() ? bucket : tab.columnsOrNull().label();
        String[] header = new String[TextRenderer.COLUMNS.length + 2];
        header[0] = tab.rows().label();
        header[1] = columns;
        System.arraycopy(TextRenderer.COLUMNS, 0, header, 2, TextRenderer.COLUMNS.length);
        String id = "table-x-" + HtmlText.id(tab.rows().label()) + "-" + (tab.isByBucket() ? bucket : HtmlText.id(columns));
        open(out, "By " + tab.label(report.spec().bucket()), id, header);
        Map<String, ? extends Map<?, KpiSet>> rows = report.cells(tab);
        for (Map.Entry<String, ? extends Map<?, KpiSet>> row : rows.entrySet()) {
            for (Map.Entry<?, KpiSet> cell : row.getValue().entrySet()) {
                String[] cells = TextRenderer.cells(HtmlText.key(row.getKey()), cell.getValue());
                String[] withColumn = new String[cells.length + 1];
                withColumn[0] = cells[0];
                withColumn[1] = HtmlText.key(cell.getKey().toString());
                System.arraycopy(cells, 1, withColumn, 2, cells.length - 1);
                row(out, withColumn);
            }
        }
        close(out);
    }

    private static void sla(SlaReport sla, ReportSpec spec, StringBuilder out) {
        List<SlaResult> shown = SlaRows.shown(sla, spec);
        boolean events = shown.size() > 2;
        open(out, "SLA as of " + sla.asOf(), "table-sla", events
                ? new String[] {"target", "met", "breached", "pending", "no target", "unmeasured", "attainment"}
                : new String[] {"target", "met", "breached", "pending", "no target", "attainment"});
        for (SlaResult result : shown) {
            List<String> cells = new ArrayList<>(List.of(SlaRows.name(result.metric()), Long.toString(result.met()),
                    Long.toString(result.breached()), Long.toString(result.pending()), Long.toString(result.noTarget())));
            if (events) {
                cells.add(Long.toString(result.unmeasured()));
            }
            cells.add(Formats.fixed(result.percent(), 1, "%"));
            row(out, cells.toArray(new String[0]));
        }
        close(out);
        SortedSet<String> agents = new TreeSet<>();
        SortedSet<LocalDate> dates = new TreeSet<>();
        for (SlaResult result : shown) {
            agents.addAll(result.breachesByAgent().keySet());
            dates.addAll(result.breachesByDeadlineBucket().keySet());
        }
        open(out, "SLA breaches by agent", "table-sla-agent", header("agent", shown));
        for (String agent : agents) {
            String[] cells = new String[shown.size() + 1];
            cells[0] = HtmlText.key(agent);
            for (int i = 0; i < shown.size(); i++) {
                cells[i + 1] = count(shown.get(i).breachesByAgent().get(agent));
            }
            row(out, cells);
        }
        close(out);
        open(out, "SLA breaches by " + spec.bucket().label() + " of the deadline", "table-sla-deadline",
                header(spec.bucket().label(), shown));
        for (LocalDate date : dates) {
            String[] cells = new String[shown.size() + 1];
            cells[0] = date.toString();
            for (int i = 0; i < shown.size(); i++) {
                cells[i + 1] = count(shown.get(i).breachesByDeadlineBucket().get(date));
            }
            row(out, cells);
        }
        close(out);
    }

    private static String[] header(String first, List<SlaResult> shown) {
        String[] header = new String[shown.size() + 1];
        header[0] = first;
        for (int i = 0; i < shown.size(); i++) {
            header[i + 1] = SlaRows.name(shown.get(i).metric());
        }
        return header;
    }

    private static String count(Long count) {
        return count == null ? "0" : count.toString();
    }

    private static void open(StringBuilder out, String title, String id, String[] header) {
        out.append("<h3>");
        HtmlText.append(out, title).append("</h3>\n<div class=\"scroll\"><table id=\"").append(id)
                .append("\">\n<thead><tr>");
        for (String column : header) {
            out.append("<th scope=\"col\">");
            HtmlText.append(out, column).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
    }

    /** One row: the first cell is the group's name, isolated for right-to-left text; "-" is no data. */
    private static void row(StringBuilder out, String[] cells) {
        out.append("<tr><th scope=\"row\"><bdi>");
        HtmlText.append(out, cells[0]).append("</bdi></th>");
        for (int i = 1; i < cells.length; i++) {
            out.append(cells[i].equals("-") ? "<td class=\"none\">" : "<td>");
            HtmlText.append(out, cells[i]).append("</td>");
        }
        out.append("</tr>\n");
    }

    private static void close(StringBuilder out) {
        out.append("</tbody>\n</table></div>\n");
    }
}

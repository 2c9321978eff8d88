package dev.cxmetrics.report;

import dev.cxmetrics.sla.SlaReport;
import dev.cxmetrics.sla.SlaResult;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

/** Writes a report as JSON in the documented shape; see {@link ReportFormat#JSON}. */
final class JsonRenderer {
    private JsonRenderer() {
    }

    static void write(KpiReport report, Appendable out) throws IOException {
        out.append("{\"overall\":");
        metrics(report.overall(), out);
        out.append(",\"groups\":{");
        boolean firstGroup = true;
        for (Dimension dimension : report.spec().dimensions()) {
            firstGroup = separator(firstGroup, out);
            string(dimension.label(), out);
            out.append(":{");
            boolean first = true;
            for (Map.Entry<String, KpiSet> entry : report.groups(dimension).entrySet()) {
                first = separator(first, out);
                string(entry.getKey(), out);
                out.append(':');
                metrics(entry.getValue(), out);
            }
            out.append('}');
        }
        separator(firstGroup, out);
        string(report.spec().bucket().label(), out);
        out.append(":{");
        boolean first = true;
        for (Map.Entry<LocalDate, KpiSet> entry : report.buckets().entrySet()) {
            first = separator(first, out);
            string(entry.getKey().toString(), out);
            out.append(':');
            metrics(entry.getValue(), out);
        }
        out.append('}');
        crossTabs(report, out);
        out.append('}');
        if (report.sla().isPresent()) {
            SlaReport sla = report.sla().get();
            out.append(",\"sla\":{\"asOf\":");
            string(sla.asOf().toString(), out);
            for (SlaResult result : SlaRows.shown(sla, report.spec())) {
                out.append(",\"").append(SlaRows.jsonKey(result.metric())).append("\":");
                sla(result, out);
            }
            out.append('}');
        }
        out.append("}\n");
    }

    /** Each cross-tab as a group kind {@code rows/columns}: row key, then column key or bucket date, then M. */
    private static void crossTabs(KpiReport report, Appendable out) throws IOException {
        for (CrossTab tab : report.spec().crossTabs()) {
            out.append(',');
            string(tab.label(report.spec().bucket()), out);
            out.append(":{");
            boolean firstRow = true;
            Map<String, ? extends Map<?, KpiSet>> rows = report.cells(tab);
            for (Map.Entry<String, ? extends Map<?, KpiSet>> row : rows.entrySet()) {
                firstRow = separator(firstRow, out);
                string(row.getKey(), out);
                out.append(":{");
                boolean first = true;
                for (Map.Entry<?, KpiSet> cell : row.getValue().entrySet()) {
                    first = separator(first, out);
                    string(cell.getKey().toString(), out);
                    out.append(':');
                    metrics(cell.getValue(), out);
                }
                out.append('}');
            }
            out.append('}');
        }
    }

    private static void sla(SlaResult result, Appendable out) throws IOException {
        out.append("{\"met\":").append(Long.toString(result.met()))
                .append(",\"breached\":").append(Long.toString(result.breached()))
                .append(",\"pending\":").append(Long.toString(result.pending()))
                .append(",\"noTarget\":").append(Long.toString(result.noTarget()));
        if (result.metric().fromEvents()) {
            out.append(",\"unmeasured\":").append(Long.toString(result.unmeasured()));
        }
        out.append(",\"percent\":").append(value(Formats.number(result.percent())))
                .append(",\"breachesByAgent\":{");
        boolean first = true;
        for (Map.Entry<String, Long> entry : result.breachesByAgent().entrySet()) {
            first = separator(first, out);
            string(entry.getKey(), out);
            out.append(':').append(Long.toString(entry.getValue()));
        }
        out.append("},\"breachesByDeadline\":");
        countsByDate(result.breachesByDeadlineBucket(), out);
        out.append(",\"metByDeadline\":");
        countsByDate(result.metByDeadlineBucket(), out);
        out.append('}');
    }

    private static void countsByDate(Map<LocalDate, Long> counts, Appendable out) throws IOException {
        out.append('{');
        boolean first = true;
        for (Map.Entry<LocalDate, Long> entry : counts.entrySet()) {
            first = separator(first, out);
            string(entry.getKey().toString(), out);
            out.append(':').append(Long.toString(entry.getValue()));
        }
        out.append('}');
    }

    private static void metrics(KpiSet set, Appendable out) throws IOException {
        out.append("{\"tickets\":").append(Long.toString(set.tickets()));
        out.append(",\"csat\":{\"satisfied\":").append(Long.toString(set.csat().satisfied()))
                .append(",\"total\":").append(Long.toString(set.csat().total()))
                .append(",\"percent\":").append(value(Formats.number(set.csat().percent()))).append('}');
        out.append(",\"nps\":{\"promoters\":").append(Long.toString(set.nps().promoters()))
                .append(",\"passives\":").append(Long.toString(set.nps().passives()))
                .append(",\"detractors\":").append(Long.toString(set.nps().detractors()))
                .append(",\"total\":").append(Long.toString(set.nps().total()))
                .append(",\"score\":").append(value(Formats.number(set.nps().score()))).append('}');
        out.append(",\"ces\":{\"total\":").append(Long.toString(set.ces().total()))
                .append(",\"mean\":").append(value(Formats.number(set.ces().mean()))).append('}');
        out.append(",\"frt\":{\"count\":").append(Long.toString(set.firstResponse().answered()))
                .append(",\"unanswered\":").append(Long.toString(set.firstResponse().unanswered()));
        durations(set.firstResponse().stats(), out);
        out.append(",\"resolution\":{\"count\":").append(Long.toString(set.resolution().resolved()))
                .append(",\"open\":").append(Long.toString(set.resolution().open()));
        durations(set.resolution().stats(), out);
        out.append(",\"fcr\":{\"oneTouch\":").append(Long.toString(set.fcr().oneTouch()))
                .append(",\"eligible\":").append(Long.toString(set.fcr().eligible()))
                .append(",\"percent\":").append(value(Formats.number(set.fcr().percent()))).append('}');
        out.append(",\"aht\":{\"count\":").append(Long.toString(set.aht().count()))
                .append(",\"mean\":").append(value(Formats.seconds(set.aht().mean()))).append('}');
        lifecycle("firstResolution", set.firstResolution(), out);
        lifecycle("agentWork", set.agentWork(), out);
        lifecycle("agentWait", set.agentWait(), out);
        lifecycle("onHold", set.onHold(), out);
        lifecycle("requesterWait", set.requesterWait(), out);
        out.append(",\"nextReply\":{\"count\":").append(Long.toString(set.nextReply().stats().count()))
                .append(",\"awaiting\":").append(Long.toString(set.nextReply().awaiting()));
        durations(set.nextReply().stats(), out);
        out.append(",\"frtBrackets\":{\"0-1h\":").append(Long.toString(set.frtBrackets().underOneHour()))
                .append(",\"1-8h\":").append(Long.toString(set.frtBrackets().oneToEightHours()))
                .append(",\"8-24h\":").append(Long.toString(set.frtBrackets().eightToTwentyFourHours()))
                .append(",\"24h+\":").append(Long.toString(set.frtBrackets().overTwentyFourHours())).append('}');
        out.append(",\"conflicts\":").append(Long.toString(set.conflicts())).append('}');
    }

    private static void lifecycle(String key, dev.cxmetrics.stats.DurationStats stats, Appendable out)
            throws IOException {
        out.append(",\"").append(key).append("\":{\"count\":").append(Long.toString(stats.count()));
        durations(stats, out);
    }

    private static void durations(dev.cxmetrics.stats.DurationStats stats, Appendable out) throws IOException {
        java.util.Optional<java.time.Duration>[] quantiles = Formats.medianAndP90(stats);
        out.append(",\"mean\":").append(value(Formats.seconds(stats.mean())))
                .append(",\"median\":").append(value(Formats.seconds(quantiles[0])))
                .append(",\"p90\":").append(value(Formats.seconds(quantiles[1]))).append('}');
    }

    private static String value(String number) {
        return number == null ? "null" : number;
    }

    private static boolean separator(boolean first, Appendable out) throws IOException {
        if (!first) {
            out.append(',');
        }
        return false;
    }

    /** Writes a JSON string literal, escaping quotes, backslashes and control characters. */
    static void string(String s, Appendable out) throws IOException {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                    break;
            }
        }
        out.append('"');
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}

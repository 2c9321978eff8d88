package dev.cxmetrics.report;

import dev.cxmetrics.stats.DurationStats;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.time.LocalDate;
import java.util.Map;

/** Writes a report as RFC 4180 CSV, one row per group; see {@link ReportFormat#CSV}. */
final class CsvRenderer {
    static final String HEADER = "group,key,tickets,"
            + "csat_satisfied,csat_total,csat_percent,"
            + "nps_promoters,nps_passives,nps_detractors,nps_total,nps_score,"
            + "ces_total,ces_mean,"
            + "frt_count,frt_unanswered,frt_mean_s,frt_median_s,frt_p90_s,"
            + "resolution_count,resolution_open,resolution_mean_s,resolution_median_s,resolution_p90_s,"
            + "fcr_one_touch,fcr_eligible,fcr_percent,"
            + "aht_count,aht_mean_s,"
            + lifecycleHeader("first_resolution") + lifecycleHeader("agent_work") + lifecycleHeader("agent_wait")
            + lifecycleHeader("on_hold") + lifecycleHeader("requester_wait")
            + "next_reply_count,next_reply_awaiting,next_reply_mean_s,next_reply_median_s,next_reply_p90_s,"
            + "frt_0_1h,frt_1_8h,frt_8_24h,frt_24h_plus,conflicts";

    private CsvRenderer() {
    }

    private static String lifecycleHeader(String name) {
        return name + "_count," + name + "_mean_s," + name + "_median_s," + name + "_p90_s,";
    }

    private static void lifecycle(DurationStats stats, Appendable out) throws IOException {
        Optional<Duration>[] q = Formats.medianAndP90(stats);
        cells(out, Long.toString(stats.count()), Formats.seconds(stats.mean()), Formats.seconds(q[0]),
                Formats.seconds(q[1]));
    }

    /**
     * Writes the header and the rows. With cross-tabs a {@code column} column follows {@code key}:
     * a cell's row key is under {@code key}, its column key or bucket date under {@code column}, and
     * the other rows leave it empty. Without cross-tabs the layout is {@link #HEADER}'s.
     */
    static void write(KpiReport report, Appendable out) throws IOException {
        boolean crossTabs = !report.spec().crossTabs().isEmpty();
        out.append(crossTabs ? HEADER.replace("group,key,", "group,key,column,") : HEADER).append("\r\n");
        String none = crossTabs ? "" : null;
        row("overall", "", none, report.overall(), out);
        for (Dimension dimension : report.spec().dimensions()) {
            for (Map.Entry<String, KpiSet> entry : report.groups(dimension).entrySet()) {
                row(dimension.label(), entry.getKey(), none, entry.getValue(), out);
            }
        }
        String bucket = report.spec().bucket().label();
        for (Map.Entry<LocalDate, KpiSet> entry : report.buckets().entrySet()) {
            row(bucket, entry.getKey().toString(), none, entry.getValue(), out);
        }
        for (CrossTab tab : report.spec().crossTabs()) {
            Map<String, ? extends Map<?, KpiSet>> rows = report.cells(tab);
            for (Map.Entry<String, ? extends Map<?, KpiSet>> row : rows.entrySet()) {
                for (Map.Entry<?, KpiSet> cell : row.getValue().entrySet()) {
                    row(tab.label(report.spec().bucket()), row.getKey(), cell.getKey().toString(), cell.getValue(), out);
                }
            }
        }
    }

    /** One row; {@code column} is null when the report has no column column. */
    private static void row(String group, String key, String column, KpiSet set, Appendable out) throws IOException {
        Optional<Duration>[] frt = Formats.medianAndP90(set.firstResponse().stats());
        Optional<Duration>[] res = Formats.medianAndP90(set.resolution().stats());
        field(group, out);
        out.append(',');
        field(key, out);
        if (column != null) {
            out.append(',');
            field(column, out);
        }
        cells(out, Long.toString(set.tickets()),
                Long.toString(set.csat().satisfied()), Long.toString(set.csat().total()),
                Formats.number(set.csat().percent()),
                Long.toString(set.nps().promoters()), Long.toString(set.nps().passives()),
                Long.toString(set.nps().detractors()), Long.toString(set.nps().total()),
                Formats.number(set.nps().score()),
                Long.toString(set.ces().total()), Formats.number(set.ces().mean()),
                Long.toString(set.firstResponse().answered()), Long.toString(set.firstResponse().unanswered()),
                Formats.seconds(set.firstResponse().stats().mean()),
                Formats.seconds(frt[0]),
                Formats.seconds(frt[1]),
                Long.toString(set.resolution().resolved()), Long.toString(set.resolution().open()),
                Formats.seconds(set.resolution().stats().mean()),
                Formats.seconds(res[0]),
                Formats.seconds(res[1]),
                Long.toString(set.fcr().oneTouch()), Long.toString(set.fcr().eligible()),
                Formats.number(set.fcr().percent()),
                Long.toString(set.aht().count()), Formats.seconds(set.aht().mean()));
        lifecycle(set.firstResolution(), out);
        lifecycle(set.agentWork(), out);
        lifecycle(set.agentWait(), out);
        lifecycle(set.onHold(), out);
        lifecycle(set.requesterWait(), out);
        Optional<Duration>[] next = Formats.medianAndP90(set.nextReply().stats());
        cells(out, Long.toString(set.nextReply().stats().count()), Long.toString(set.nextReply().awaiting()),
                Formats.seconds(set.nextReply().stats().mean()), Formats.seconds(next[0]), Formats.seconds(next[1]),
                Long.toString(set.frtBrackets().underOneHour()), Long.toString(set.frtBrackets().oneToEightHours()),
                Long.toString(set.frtBrackets().eightToTwentyFourHours()),
                Long.toString(set.frtBrackets().overTwentyFourHours()), Long.toString(set.conflicts()));
        out.append("\r\n");
    }

    private static void cells(Appendable out, String... values) throws IOException {
        for (String value : values) {
            out.append(',');
            if (value != null) {
                out.append(value);
            }
        }
    }

    /** Writes one field, quoted when it holds a comma, a quote, CR or LF (RFC 4180). */
    static void field(String value, Appendable out) throws IOException {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}

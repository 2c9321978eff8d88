package dev.cxmetrics.report;

import dev.cxmetrics.kpi.FirstResponseBrackets;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaReport;
import dev.cxmetrics.sla.SlaResult;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes a report as one self-contained HTML page; see {@link ReportFormat#HTML}. No script, no
 * external resource (a content security policy forbids both), system fonts, inline SVG charts.
 * Every piece of text from the data is escaped by {@link HtmlText}.
 */
final class HtmlRenderer {
    private final KpiReport report;
    private final StringBuilder out;
    private int charts;
    private TimeAxis axis;

    private HtmlRenderer(KpiReport report, StringBuilder out) {
        this.report = report;
        this.out = out;
    }

    static void write(KpiReport report, Appendable appendable) throws IOException {
        StringBuilder out = new StringBuilder(64 * 1024);
        new HtmlRenderer(report, out).page();
        appendable.append(out);
    }

    private void page() {
        ReportSpec spec = report.spec();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Customer service report: ").append(report.overall().tickets())
                .append(" tickets</title>\n<style>\n").append(HtmlStyle.CSS).append("\n</style>\n</head>\n<body>\n")
                .append("<header>\n<h1>Customer service report</h1>\n<p class=\"meta\">")
                .append(report.overall().tickets()).append(" tickets, ").append(spec.bucket().label())
                .append(" buckets in ");
        HtmlText.append(out, spec.zone().getId());
        if (!report.buckets().isEmpty()) {
            out.append(", ").append(report.buckets().firstKey()).append(" to ").append(report.buckets().lastKey());
        }
        if (spec.businessHours().isPresent()) {
            out.append(", times in business hours");
        }
        if (spec.relativeAccuracy().isPresent()) {
            out.append(", quantiles within ").append(Formats.fixed(OptionalDouble.of(
                    100 * spec.relativeAccuracy().getAsDouble()), 2, "%")).append(" (approximate)");
        }
        out.append("</p>\n");
        if (report.unmatchedResponses() > 0 || report.unmatchedAnswers() > 0) {
            out.append("<p class=\"meta\">Not matched to a ticket: ").append(report.unmatchedResponses())
                    .append(" responses, ").append(report.unmatchedAnswers()).append(" survey answers.</p>\n");
        }
        out.append("</header>\n");
        tiles();
        trends();
        brackets();
        for (Dimension dimension : spec.dimensions()) {
            dimension(dimension);
        }
        out.append("<section id=\"tables\">\n<h2>Tables</h2>\n");
        HtmlTables.all(report, out);
        out.append("</section>\n<footer>\n<p class=\"note\">CSAT = % of answers scored 4-5; NPS = % promoters"
                + " - % detractors; CES = mean of 1-7; FRT = first response time; RES = resolution time;"
                + " FCR = % of resolved tickets resolved with one agent reply; AHT = mean handle time;"
                + " p90 = 90th percentile; n = sample size; - = no data.</p>\n</footer>\n</body>\n</html>\n");
    }

    private void tiles() {
        KpiSet all = report.overall();
        Optional<Duration>[] frt = Formats.medianAndP90(all.firstResponse().stats());
        Optional<Duration>[] res = Formats.medianAndP90(all.resolution().stats());
        out.append("<section class=\"tiles\" id=\"kpis\">\n");
        tile("Tickets", Long.toString(all.tickets()), "created");
        tile("CSAT", Formats.fixed(all.csat().percent(), 1, "%"), all.csat().total() + " answers");
        tile("NPS", Formats.fixed(all.nps().score(), 1, ""), all.nps().total() + " answers");
        tile("CES", Formats.fixed(all.ces().mean(), 2, ""), all.ces().total() + " answers");
        tile("First response, median", Formats.human(frt[0]), "p90 " + Formats.human(frt[1]) + ", n="
                + all.firstResponse().stats().count() + ", " + all.firstResponse().unanswered() + " unanswered");
        tile("Resolution, median", Formats.human(res[0]), "p90 " + Formats.human(res[1]) + ", n="
                + all.resolution().stats().count() + ", " + all.resolution().open() + " open");
        tile("FCR", Formats.fixed(all.fcr().percent(), 1, "%"), all.fcr().eligible() + " resolved with replies");
        tile("AHT", Formats.human(all.aht().mean()), all.aht().count() + " responses");
        if (report.sla().isPresent()) {
            for (SlaResult result : SlaRows.shown(report.sla().get(), report.spec())) {
                tile("SLA " + SlaRows.name(result.metric()), Formats.fixed(result.percent(), 1, "%"),
                        result.met() + " met, " + result.breached() + " breached");
            }
        }
        out.append("</section>\n");
    }

    private void tile(String name, String value, String sample) {
        out.append("<div class=\"tile\"><div class=\"k\">").append(name).append("</div><div class=\"v")
                .append(value.equals("-") ? " none\">no data" : "\">" + value).append("</div><div class=\"n\">")
                .append(sample).append("</div></div>\n");
    }

    private void trends() {
        Map<LocalDate, KpiSet> buckets = report.buckets();
        String per = "per " + report.spec().bucket().label();
        SlaReport sla = report.sla().orElse(null);
        List<LocalDate> dates = new ArrayList<>(buckets.keySet());
        if (sla != null) {
            for (SlaResult result : SlaRows.shown(sla, report.spec())) {
                dates.addAll(result.breachesByDeadlineBucket().keySet());
                dates.addAll(result.metByDeadlineBucket().keySet());
            }
        }
        TimeAxis axis = TimeAxis.of(report.spec().bucket(), dates);
        int n = buckets.size();
        long[] slots = new long[n];
        double[][] v = new double[9][n];
        boolean replies = false;
        int i = 0;
        for (Map.Entry<LocalDate, KpiSet> entry : buckets.entrySet()) {
            KpiSet set = entry.getValue();
            slots[i] = axis.slot(entry.getKey());
            Optional<Duration>[] frt = Formats.medianAndP90(set.firstResponse().stats());
            Optional<Duration>[] res = Formats.medianAndP90(set.resolution().stats());
            v[0][i] = set.tickets();
            v[1][i] = seconds(frt[0]);
            v[2][i] = seconds(frt[1]);
            v[3][i] = seconds(res[0]);
            v[4][i] = seconds(res[1]);
            v[5][i] = value(set.csat().percent());
            v[6][i] = value(set.nps().score());
            Optional<Duration>[] next = Formats.medianAndP90(set.nextReply().stats());
            v[7][i] = seconds(next[0]);
            v[8][i] = seconds(next[1]);
            replies |= set.nextReply().stats().count() > 0;
            i++;
        }
        out.append("<section id=\"trends\">\n<h2>Trends ").append(per).append("</h2>\n<div class=\"grid\">\n");
        this.axis = axis;
        trend("Tickets created " + per, "Number of tickets created in each " + report.spec().bucket().label()
                        + "; a gap is a bucket without tickets.", ValueAxis.counts(max(v[0]), "tickets"),
                List.of(new TrendChart.Series("created", Svg.BLUE, "box", slots, v[0])));
        trend("First response time " + per, "Median and 90th percentile of first response time of the tickets"
                        + " created in each bucket; a gap is a bucket without answered tickets.",
                ValueAxis.durations(Math.max(max(v[1]), max(v[2]))),
                List.of(new TrendChart.Series("median", Svg.BLUE, "solid", slots, v[1]),
                        new TrendChart.Series("p90", Svg.VERMILLION, "dashed", slots, v[2])));
        trend("Resolution time " + per, "Median and 90th percentile of resolution time of the tickets resolved"
                        + " in each bucket; a gap is a bucket without resolutions.",
                ValueAxis.durations(Math.max(max(v[3]), max(v[4]))),
                List.of(new TrendChart.Series("median", Svg.BLUE, "solid", slots, v[3]),
                        new TrendChart.Series("p90", Svg.VERMILLION, "dashed", slots, v[4])));
        trend("CSAT " + per, "Percentage of CSAT answers scored 4 or 5, by day of the answer; a gap is a"
                        + " bucket without answers.", ValueAxis.percent(min(v[5]), max(v[5])),
                List.of(new TrendChart.Series("CSAT %", Svg.GREEN, "solid", slots, v[5])));
        trend("NPS " + per, "Net Promoter Score (% promoters minus % detractors) of the NPS answers in each"
                        + " bucket, from -100 to 100; a gap is a bucket without answers.",
                ValueAxis.nps(min(v[6]), max(v[6])),
                List.of(new TrendChart.Series("NPS", Svg.PURPLE, "solid", slots, v[6])));
        if (replies) {
            trend("Next reply time " + per, "Median and 90th percentile of next reply time (from a customer"
                            + " message after an agent reply to the next agent reply), by the reply's bucket; a gap is"
                            + " a bucket without such replies.", ValueAxis.durations(Math.max(max(v[7]), max(v[8]))),
                    List.of(new TrendChart.Series("median", Svg.BLUE, "solid", slots, v[7]),
                            new TrendChart.Series("p90", Svg.VERMILLION, "dashed", slots, v[8])));
        }
        if (sla != null) {
            slaTrend(sla, per);
        }
        out.append("</div>\n</section>\n");
    }

    private void slaTrend(SlaReport sla, String per) {
        List<SlaResult> shown = SlaRows.shown(sla, report.spec());
        List<TrendChart.Series> breaches = new ArrayList<>();
        List<TrendChart.Series> attainment = new ArrayList<>();
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            SlaResult result = shown.get(i);
            breaches.add(slaSeries(result.metric(), "box", result.breachesByDeadlineBucket()));
            // Buckets with no met or breached ticket have no attainment, so the lines break there.
            attainment.add(slaSeries(result.metric(), i % 2 == 0 ? "solid" : "dashed",
                    result.attainmentByDeadlineBucket()));
            names.append(i == 0 ? "" : i == shown.size() - 1 ? " or " : ", ").append(SlaRows.name(result.metric()));
        }
        double most = max(values(breaches));
        trend("SLA breaches " + per + " of the deadline", "Tickets that missed their " + names
                + " target, counted in the bucket of the deadline (next reply: each reply), as of " + sla.asOf() + ".",
                ValueAxis.counts(Double.isNaN(most) ? 0 : most, "breaches"), breaches);
        double[] percents = values(attainment);
        trend("SLA attainment " + per + " of the deadline", "Percentage of the tickets with a " + names
                + " deadline in each bucket that met it (met / (met + breached), pending tickets left"
                + " out), as of " + sla.asOf() + "; a gap is a bucket without met or breached tickets.",
                ValueAxis.percent(min(percents), max(percents)), attainment);
    }

    /** One SLA metric's values per deadline bucket as a series. */
    private TrendChart.Series slaSeries(SlaMetric metric, String style, Map<LocalDate, ? extends Number> byBucket) {
        long[] slots = new long[byBucket.size()];
        double[] values = new double[byBucket.size()];
        int i = 0;
        for (Map.Entry<LocalDate, ? extends Number> entry : byBucket.entrySet()) {
            slots[i] = axis.slot(entry.getKey());
            values[i++] = entry.getValue().doubleValue();
        }
        String colour = switch (metric) {
            case FIRST_RESPONSE -> Svg.ORANGE;
            case RESOLUTION -> Svg.SKY;
            case NEXT_REPLY -> Svg.VERMILLION;
            case AGENT_WORK -> Svg.GREEN;
            case REQUESTER_WAIT -> Svg.PURPLE;
        };
        return new TrendChart.Series(SlaRows.name(metric), colour, style, slots, values);
    }

    /** The values of all series, one after the other. */
    private static double[] values(List<TrendChart.Series> series) {
        double[] all = new double[0];
        for (TrendChart.Series s : series) {
            double[] more = Arrays.copyOf(all, all.length + s.values().length);
            System.arraycopy(s.values(), 0, more, all.length, s.values().length);
            all = more;
        }
        return all;
    }

    private void trend(String title, String desc, ValueAxis values, List<TrendChart.Series> series) {
        out.append("<figure><figcaption>");
        HtmlText.append(out, title).append("</figcaption>\n");
        TrendChart.write(out, nextId(), title, desc, axis, values, series);
        out.append("</figure>\n");
    }

    /** First response brackets as Zendesk reports them, counted by the report in either quantile mode. */
    private void brackets() {
        FirstResponseBrackets brackets = report.overall().frtBrackets();
        out.append("<section id=\"brackets\">\n<h2>First response brackets</h2>\n");
        long[] counts = {brackets.underOneHour(), brackets.oneToEightHours(), brackets.eightToTwentyFourHours(),
            brackets.overTwentyFourHours(), brackets.unanswered()};
        String[] labels = {"0-1h", "1-8h", "8-24h", "24h+", "unanswered"};
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            long count = counts[i];
            String share = total == 0 ? "" : " (" + Formats.fixed(OptionalDouble.of(100.0 * count / total), 1, "%)");
            bars.add(new BarChart.Bar(labels[i], count, count + share, total));
        }
        String title = "First response brackets";
        out.append("<div class=\"grid\">\n<figure><figcaption>").append(title).append("</figcaption>\n");
        BarChart.write(out, nextId(), title, "Tickets by first response time: under 1 hour, 1 to 8 hours,"
                + " 8 to 24 hours, 24 hours or more, and never answered; n is all tickets.",
                ValueAxis.counts(HtmlRenderer.max(barValues(bars)), "tickets"), bars, false);
        out.append("</figure>\n</div>\n</section>\n");
    }

    /** Bar charts of one dimension: volume, median first response and resolution, CSAT, NPS. */
    private void dimension(Dimension dimension) {
        Map<String, KpiSet> groups = report.groups(dimension);
        String by = "by " + dimension.label();
        out.append("<section id=\"by-").append(HtmlText.id(dimension.label())).append("\">\n<h2>By ");
        HtmlText.append(out, dimension.label()).append("</h2>\n<div class=\"grid\">\n");
        List<List<BarChart.Bar>> bars = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            bars.add(new ArrayList<>(groups.size()));
        }
        for (Map.Entry<String, KpiSet> entry : groups.entrySet()) {
            String key = HtmlText.key(entry.getKey());
            KpiSet set = entry.getValue();
            Optional<Duration> frt = set.firstResponse().stats().median();
            Optional<Duration> res = set.resolution().stats().median();
            bars.get(0).add(new BarChart.Bar(key, set.tickets(), Long.toString(set.tickets()), set.tickets()));
            bars.get(1).add(new BarChart.Bar(key, seconds(frt), Formats.human(frt), set.firstResponse().stats().count()));
            bars.get(2).add(new BarChart.Bar(key, seconds(res), Formats.human(res), set.resolution().stats().count()));
            bars.get(3).add(new BarChart.Bar(key, value(set.csat().percent()),
                    Formats.fixed(set.csat().percent(), 1, "%"), set.csat().total()));
            bars.get(4).add(new BarChart.Bar(key, value(set.nps().score()),
                    Formats.fixed(set.nps().score(), 1, ""), set.nps().total()));
        }
        bars(("Tickets " + by), "Tickets per " + dimension.label() + ", most first; n = tickets.",
                ValueAxis.counts(max(barValues(bars.get(0))), "tickets"), bars.get(0));
        bars("Median first response time " + by, "Median first response time per " + dimension.label()
                + ", slowest first; n = answered tickets.",
                ValueAxis.durations(max(barValues(bars.get(1)))), bars.get(1));
        bars("Median resolution time " + by, "Median resolution time per " + dimension.label()
                + ", slowest first; n = resolved tickets.",
                ValueAxis.durations(max(barValues(bars.get(2)))), bars.get(2));
        double[] csat = barValues(bars.get(3));
        bars("CSAT " + by, "Percentage of CSAT answers scored 4 or 5 per " + dimension.label()
                + ", highest first; n = CSAT answers.", ValueAxis.percent(Math.min(0, min(csat)), max(csat)),
                bars.get(3));
        double[] nps = barValues(bars.get(4));
        bars("NPS " + by, "Net Promoter Score per " + dimension.label() + ", highest first; n = NPS answers.",
                ValueAxis.nps(min(nps), max(nps)), bars.get(4));
        out.append("</div>\n</section>\n");
    }

    private void bars(String title, String desc, ValueAxis values, List<BarChart.Bar> bars) {
        out.append("<figure><figcaption>");
        HtmlText.append(out, title).append("</figcaption>\n");
        BarChart.write(out, nextId(), title, desc, values, bars, true);
        out.append("</figure>\n");
    }

    private static double[] barValues(List<BarChart.Bar> bars) {
        double[] values = new double[bars.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = bars.get(i).value();
        }
        return values;
    }

    private String nextId() {
        return "chart-" + ++charts;
    }

    static double seconds(Optional<Duration> duration) {
        if (duration.isEmpty()) {
            return Double.NaN;
        }
        return duration.get().getSeconds() + duration.get().getNano() / 1e9;
    }

    static double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : Double.NaN;
    }

    /** The largest value that is not NaN, or NaN when there is none. */
    static double max(double[] values) {
        double max = Double.NaN;
        for (double v : values) {
            max = Double.isNaN(max) || v > max ? v : max;
        }
        return max;
    }

    /** The smallest value that is not NaN, or NaN when there is none. */
    static double min(double[] values) {
        double min = Double.NaN;
        for (double v : values) {
            min = Double.isNaN(min) || v < min ? v : min;
        }
        return min;
    }
}

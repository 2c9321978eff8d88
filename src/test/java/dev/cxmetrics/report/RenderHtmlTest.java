package dev.cxmetrics.report;

import dev.cxmetrics.TicketEvent;

import dev.cxmetrics.Priority;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.kpi.FirstResponseBrackets;
import dev.cxmetrics.sample.SampleData;
import dev.cxmetrics.sample.SampleDataset;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML page: self-contained, escaped, empty metrics empty, brackets exact. */
class RenderHtmlTest {
    /** Names that try to end the SVG, the attribute or the page, or to run a script. */
    static final List<String> HOSTILE = List.of(
            "</svg><script>alert(1)</script>",
            "\" onload=\"alert(2)\" x=\"",
            "' onmouseover='alert(3)",
            "<img src=x onerror=alert(4)>",
            "&lt;script&gt; & &amp;",
            "<!-- -->]]><![CDATA[",
            "مرحبا بالعالم",
            "\u202Eevil\u202C rtl override",
            "emoji 😀👩‍💻",
            "</title></desc></text></style></textarea>",
            "nul\u0000 bell\u0007 lone \ud800");
    private static final Instant MONDAY = Instant.parse("2026-01-05T08:00:00Z");

    static List<Ticket> hostileTickets() {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String name = HOSTILE.get(i);
            Instant created = MONDAY.plus(Duration.ofHours(7L * i));
            tickets.add(Ticket.builder("T-" + i, created).agent(name).channel(name).type(name)
                    .priority(Priority.values()[i % 4]).firstResponseAt(created.plusSeconds(600L * (i + 1)))
                    .agentReplies(1).resolvedAt(created.plus(Duration.ofHours(i + 1))).build());
        }
        return tickets;
    }

    static KpiReport hostileReport() {
        List<Ticket> tickets = hostileTickets();
        List<SurveyAnswer> answers = new ArrayList<>();
        for (int i = 0; i < tickets.size(); i++) {
            Ticket t = tickets.get(i);
            answers.add(new SurveyAnswer(t.id(), null, t.agentId(), SurveyKind.NPS, i % 11, t.resolvedAt()));
        }
        return ReportSpec.builder().zone(ZoneId.of("Europe/Rome")).bucket(TimeBucket.DAY)
                .by(Dimension.values()).build().compute(tickets, List.of(), answers);
    }

    @Test
    void hostileNamesCannotAddMarkupOrScript() {
        String html = hostileReport().toHtml();
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script").doesNotContain("<img").doesNotContain("<![cdata[")
                .doesNotContain("<!--").doesNotContain("\u0000").doesNotContain("\u0007");
        assertThat(html).contains("&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot; onload=&quot;alert(2)&quot;").contains("&#39; onmouseover=&#39;alert(3)")
                .contains("&amp;lt;script&amp;gt; &amp; &amp;amp;").contains("مرحبا بالعالم")
                .contains("emoji 😀👩‍💻").contains("nul\\u0000 bell\\u0007 lone \\ud800");
        // Every element that opens is one the renderer writes, with attributes it writes.
        Matcher tag = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>").matcher(html);
        while (tag.find()) {
            Matcher attribute = Pattern.compile("\\s([^\\s=]+)=\"[^\"]*\"").matcher(tag.group(2));
            while (attribute.find()) {
                assertThat(attribute.group(1)).as(tag.group()).isIn("lang", "charset", "http-equiv", "content",
                        "name", "class", "id", "xmlns", "viewBox", "role", "aria-labelledby", "x", "y", "x1", "y1",
                        "x2", "y2", "cx", "cy", "r", "d", "width", "height", "fill", "stroke", "text-anchor", "scope");
            }
            assertThat(tag.group(2).replaceAll("\\s[^\\s=]+=\"[^\"]*\"", "").trim()).as(tag.group()).isIn("", "/");
            assertThat(tag.group(1)).isIn("html", "head", "meta", "title", "style", "body", "header", "h1", "h2",
                    "h3", "p", "section", "div", "figure", "figcaption", "svg", "desc", "text", "line", "rect",
                    "path", "circle", "g", "table", "thead", "tbody", "tr", "th", "td", "bdi", "footer");
        }
        // The page is valid UTF-8: no unpaired surrogate survives.
        assertThat(new String(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(html);
    }

    @Test
    void everyChartIsWellFormedWithATitleAndADescription() {
        String html = hostileReport().toHtml();
        Matcher svg = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        int charts = 0;
        while (svg.find()) {
            charts++;
            String chart = svg.group();
            assertThat(chart).containsPattern("^<svg [^>]*><title id=\"chart-\\d+-t\">[^<]+</title><desc id=\"chart-\\d+-d\">[^<]+</desc>");
            assertBalanced(chart);
        }
        // 5 trends, the brackets, 5 per dimension.
        assertThat(charts).isEqualTo(5 + 1 + 5 * Dimension.values().length);
    }

    /** Elements nest properly (the page's SVG is XML): every open tag is closed in order. */
    private static void assertBalanced(String xml) {
        Matcher tag = Pattern.compile("<(/?)([a-zA-Z]+)[^>]*?(/?)>").matcher(xml);
        List<String> open = new ArrayList<>();
        while (tag.find()) {
            if (!tag.group(3).isEmpty()) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                open.add(tag.group(2));
            } else {
                assertThat(open).as(xml).isNotEmpty();
                assertThat(open.remove(open.size() - 1)).as(xml).isEqualTo(tag.group(2));
            }
        }
        assertThat(open).as(xml).isEmpty();
        assertThat(xml.replaceAll("<[^>]*>", "")).as("text outside tags has no markup characters")
                .doesNotContain("<").doesNotContain(">");
    }

    @Test
    void aCustomFieldDimensionGetsAnEscapedHeadingAndASafeId() {
        String name = "Märke-1";
        Ticket t = Ticket.builder("T-1", MONDAY).field(name, "</h2><script>x</script>").build();
        String html = ReportSpec.builder().by(Dimension.field(name)).build().compute(List.of(t), List.of(), List.of())
                .toHtml();
        assertThat(html).contains("<section id=\"by-field-4dc3a4726b652d31\">").contains("<h2>By Märke-1</h2>")
                .contains("<table id=\"table-field-4dc3a4726b652d31\">").contains("&lt;/h2&gt;&lt;script&gt;x")
                .doesNotContain("<script");
        assertThat(HtmlText.id("agent")).isEqualTo("agent");
    }

    @Test
    void theAbsentKeyReadsNone() {
        Ticket t = Ticket.builder("T-1", MONDAY).build();
        String html = ReportSpec.builder().by(Dimension.AGENT).build().compute(List.of(t), List.of(), List.of()).toHtml();
        assertThat(html).contains("<bdi>(none)</bdi>").contains(">(none)</text>");
    }

    @Test
    void anEmptyReportRendersWithNoDataInsteadOfZeros() {
        String html = ReportSpec.builder().by(Dimension.AGENT, Dimension.CHANNEL).build()
                .compute(List.of(), List.of(), List.of()).toHtml();
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("no data")
                .doesNotContain("0.0%").doesNotContain(">NaN").doesNotContain("Infinity");
        assertThat(html).contains("<div class=\"v none\">no data</div>");
    }

    @Test
    void surveyMetricsOfATicketOnlyReportAreEmptyNotZero() {
        Ticket t = Ticket.builder("T-1", MONDAY).agent("ann").firstResponseAt(MONDAY.plusSeconds(90)).agentReplies(1)
                .build();
        String html = ReportSpec.builder().by(Dimension.AGENT).build().compute(List.of(t), List.of(), List.of()).toHtml();
        assertThat(html).contains("<div class=\"k\">CSAT</div><div class=\"v none\">no data</div>")
                .contains("<div class=\"k\">First response, median</div><div class=\"v\">1m 30s</div>")
                .contains("<th scope=\"row\"><bdi>ann</bdi></th><td>1</td><td class=\"none\">-</td><td>0</td>");
    }

    @Test
    void thePageFetchesNothingAndRunsNoScript() {
        String html = RenderJsonTest.randomSpec(new SplittableRandom(7)).compute(
                NastyData.generate(7, 50).tickets, List.of(), List.of()).toHtml();
        assertThat(html).contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"")
                .doesNotContain("<script").doesNotContain("http://example").doesNotContain("https:")
                .doesNotContain("url(").doesNotContain("@import").doesNotContain("<link");
    }

    @Test
    void bracketsAreTheReportsOwnCountsInExactAndApproximateMode() {
        SampleDataset data = SampleData.generate(3, 3_000);
        for (ReportSpec spec : List.of(ReportSpec.builder().build(), ReportSpec.builder().approximateQuantiles().build())) {
            KpiReport report = spec.compute(data.tickets(), data.responses(), data.answers());
            FirstResponseBrackets b = report.overall().frtBrackets();
            long total = b.underOneHour() + b.oneToEightHours() + b.eightToTwentyFourHours() + b.overTwentyFourHours()
                    + b.unanswered();
            assertThat(total).isEqualTo(report.overall().tickets());
            String brackets = section(report.toHtml(), "brackets");
            for (long count : new long[] {b.underOneHour(), b.oneToEightHours(), b.eightToTwentyFourHours(),
                b.overTwentyFourHours(), b.unanswered()}) {
                assertThat(brackets).contains(">" + count + " (" + String.format(java.util.Locale.ROOT, "%.1f%%)",
                        100.0 * count / total));
            }
            assertThat(brackets).doesNotContain("Not available");
        }
    }

    @Test
    void nextReplyTimeIsChartedOnlyWhenTheReportHasNextReplies() {
        Instant t0 = Instant.parse("2026-01-05T09:00:00Z");
        List<Ticket> tickets = List.of(Ticket.builder("T-1", t0).agent("ann").build());
        List<TicketEvent> events = List.of(
                new TicketEvent("T-1", t0.plusSeconds(600), TicketEvent.Type.AGENT_REPLY, "ann"),
                new TicketEvent("T-1", t0.plusSeconds(3_600), TicketEvent.Type.CUSTOMER_MESSAGE, null),
                new TicketEvent("T-1", t0.plusSeconds(7_200), TicketEvent.Type.AGENT_REPLY, "ann"));
        ReportSpec spec = ReportSpec.builder().zone(java.time.ZoneOffset.UTC).build();

        KpiReport withReplies = spec.compute(tickets, List.of(), List.of(), events);
        assertThat(withReplies.overall().nextReply().stats().count()).isEqualTo(1);
        assertThat(section(withReplies.toHtml(), "trends")).contains("Next reply time per day");
        assertThat(section(spec.compute(tickets, List.of(), List.of()).toHtml(), "trends"))
                .doesNotContain("Next reply time");
    }

    @Test
    void slaAttainmentIsChartedPerDeadlineDayWithGapsWhereNothingWasDecided() {
        Instant monday = Instant.parse("2026-01-05T09:00:00Z");
        Instant wednesday = monday.plus(Duration.ofDays(2));
        List<Ticket> tickets = List.of(
                Ticket.builder("a", monday).priority(Priority.HIGH).firstResponseAt(monday.plusSeconds(600)).build(),
                Ticket.builder("b", monday).priority(Priority.HIGH).firstResponseAt(monday.plusSeconds(7_200)).build(),
                Ticket.builder("c", monday.plus(Duration.ofDays(1))).build(),            // Tuesday: no target
                Ticket.builder("d", wednesday).priority(Priority.HIGH).firstResponseAt(wednesday.plusSeconds(60)).build());
        dev.cxmetrics.sla.SlaPolicy policy = dev.cxmetrics.sla.SlaPolicy.builder().target(
                dev.cxmetrics.sla.SlaMetric.FIRST_RESPONSE, Priority.HIGH,
                dev.cxmetrics.sla.SlaTarget.calendar(Duration.ofHours(1))).build();
        KpiReport report = ReportSpec.builder().zone(java.time.ZoneOffset.UTC).bucket(TimeBucket.DAY)
                .sla(policy, monday.plus(Duration.ofDays(4))).build().compute(tickets, List.of(), List.of());
        String trends = section(report.toHtml(), "trends");
        assertThat(trends).contains("SLA breaches per day of the deadline");
        Matcher chart = Pattern.compile("<svg [^>]*><title[^>]*>SLA attainment per day of the deadline</title>.*?</svg>",
                Pattern.DOTALL).matcher(trends);
        assertThat(chart.find()).as("attainment chart").isTrue();
        String svg = chart.group();
        // Monday 1 of 2 met (50 %), Tuesday nothing decided (a gap), Wednesday 1 of 1 (100 %).
        TimeAxis axis = TimeAxis.of(TimeBucket.DAY, List.of(java.time.LocalDate.parse("2026-01-05"),
                java.time.LocalDate.parse("2026-01-07")));
        ValueAxis percent = ValueAxis.percent(50, 100);
        StringBuilder path = new StringBuilder("M");
        Svg.num(path, TrendChart.x(axis, 0)).append(' ');
        Svg.num(path, percent.map(50, TrendChart.BOTTOM, TrendChart.TOP)).append('M');
        Svg.num(path, TrendChart.x(axis, 2)).append(' ');
        Svg.num(path, percent.map(100, TrendChart.BOTTOM, TrendChart.TOP));
        assertThat(svg).contains("<path d=\"" + path + "\" stroke=\"" + Svg.ORANGE + "\" class=\"solid\"/>")
                .contains("first response").contains("resolution").contains("%")
                .doesNotContainPattern("<path [^>]*stroke=\"" + Svg.SKY + "\"");  // no resolution target
        // Without a policy there is no SLA chart at all.
        assertThat(section(ReportSpec.builder().zone(java.time.ZoneOffset.UTC).build()
                .compute(tickets, List.of(), List.of()).toHtml(), "trends")).doesNotContain("SLA");
    }

    private static String section(String html, String id) {
        int from = html.indexOf("<section id=\"" + id + "\">");
        assertThat(from).as("section %s", id).isNotNegative();
        return html.substring(from, html.indexOf("</section>", from));
    }

    @Test
    void aHundredThousandTicketsByFourDimensionsAndDayStayUnderThreeMegabytes() {
        SampleDataset data = SampleData.generate(2026, 100_000);
        KpiReport report = ReportSpec.builder().zone(ZoneId.of("Europe/Rome")).bucket(TimeBucket.DAY)
                .by(Dimension.values()).build().compute(data.tickets(), data.responses(), data.answers());
        String html = report.toHtml();
        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(3_000_000);
        assertThat(html).contains("id=\"by-agent\"").contains("id=\"table-day\"");
    }
}

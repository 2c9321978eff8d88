package dev.cxmetrics.report;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A worked example of cross-tabs computed by hand, their renderings and the builder's checks. */
class CrossTabTest {
    private static final LocalDate WEEK_1 = LocalDate.parse("2026-01-05");
    private static final LocalDate WEEK_2 = LocalDate.parse("2026-01-12");

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /**
     * T1 (ann, billing, high) answered in 30 min and resolved in 3 h in week 1; T2 (ann, billing,
     * low) answered in 1 h in week 1, two replies, resolved a week later; T3 (bob, tech, high)
     * open and unanswered in week 2. Responses by ann (5 and 10 min) and bob (20 min, on T2 in
     * week 2); CSAT 5 and 2 for ann's tickets and a 4 for bob on a ticket never added.
     */
    private static KpiReport example() {
        List<Ticket> tickets = List.of(
                Ticket.builder("T1", at("2026-01-05T09:00:00Z")).agent("ann").type("billing").priority(Priority.HIGH)
                        .firstResponseAt(at("2026-01-05T09:30:00Z")).resolvedAt(at("2026-01-05T12:00:00Z"))
                        .agentReplies(1).build(),
                Ticket.builder("T2", at("2026-01-06T10:00:00Z")).agent("ann").type("billing").priority(Priority.LOW)
                        .firstResponseAt(at("2026-01-06T11:00:00Z")).resolvedAt(at("2026-01-13T10:00:00Z"))
                        .agentReplies(2).build(),
                Ticket.builder("T3", at("2026-01-12T08:00:00Z")).agent("bob").type("tech").priority(Priority.HIGH)
                        .build());
        List<Response> responses = List.of(
                new Response("T1", "ann", at("2026-01-05T09:30:00Z"), Duration.ofMinutes(5), false),
                new Response("T2", "ann", at("2026-01-06T11:00:00Z"), Duration.ofMinutes(10), false),
                new Response("T2", "bob", at("2026-01-13T09:00:00Z"), Duration.ofMinutes(20), false));
        List<SurveyAnswer> answers = List.of(
                new SurveyAnswer("T1", null, "ann", SurveyKind.CSAT, 5, at("2026-01-05T13:00:00Z")),
                new SurveyAnswer("T2", null, "ann", SurveyKind.CSAT, 2, at("2026-01-13T11:00:00Z")),
                new SurveyAnswer("T9", null, "bob", SurveyKind.CSAT, 4, at("2026-01-12T12:00:00Z")));
        ReportSpec spec = ReportSpec.builder().bucket(TimeBucket.WEEK).by(Dimension.AGENT)
                .crossTab(Dimension.TYPE, Dimension.PRIORITY).crossTab(Dimension.AGENT, TimeBucket.WEEK).build();
        return spec.compute(tickets, responses, answers);
    }

    @Test
    void typeByPriorityHasOneCellPerPairThatOccurs() {
        Map<String, ? extends Map<String, KpiSet>> cells = example().crossTab(Dimension.TYPE, Dimension.PRIORITY);

        // Absent first (the answer of an unknown ticket), then types; priorities by urgency.
        assertThat(cells.keySet()).containsExactly(Ticket.ABSENT, "billing", "tech");
        assertThat(cells.get("billing").keySet()).containsExactly("LOW", "HIGH");
        assertThat(cells.get(Ticket.ABSENT).keySet()).containsExactly(Ticket.ABSENT);
        assertThat(cells.get("tech").keySet()).containsExactly("HIGH");

        KpiSet high = cells.get("billing").get("HIGH");
        assertThat(high.tickets()).isEqualTo(1);
        assertThat(high.firstResponse().stats().mean()).contains(Duration.ofMinutes(30));
        assertThat(high.resolution().stats().mean()).contains(Duration.ofHours(3));
        assertThat(high.fcr().oneTouch()).isEqualTo(1);
        assertThat(high.fcr().eligible()).isEqualTo(1);
        assertThat(high.aht().stats().mean()).contains(Duration.ofMinutes(5));
        assertThat(high.csat().satisfied()).isEqualTo(1);
        assertThat(high.csat().total()).isEqualTo(1);

        KpiSet low = cells.get("billing").get("LOW");
        assertThat(low.tickets()).isEqualTo(1);
        assertThat(low.resolution().stats().mean()).contains(Duration.ofDays(7));
        assertThat(low.fcr().oneTouch()).isZero();
        assertThat(low.fcr().eligible()).isEqualTo(1);
        // Bob's response on ann's ticket counts with the ticket's type and priority.
        assertThat(low.aht().count()).isEqualTo(2);
        assertThat(low.aht().stats().mean()).contains(Duration.ofMinutes(15));
        assertThat(low.csat().total()).isEqualTo(1);
        assertThat(low.csat().satisfied()).isZero();

        KpiSet tech = cells.get("tech").get("HIGH");
        assertThat(tech.tickets()).isEqualTo(1);
        assertThat(tech.firstResponse().unanswered()).isEqualTo(1);
        assertThat(tech.resolution().open()).isEqualTo(1);
        assertThat(tech.aht().count()).isZero();

        KpiSet none = cells.get(Ticket.ABSENT).get(Ticket.ABSENT);
        assertThat(none.tickets()).isZero();
        assertThat(none.csat().satisfied()).isEqualTo(1);
        assertThat(none.csat().total()).isEqualTo(1);
    }

    @Test
    void agentByWeekBucketsEachKpiWhenItHappened() {
        KpiReport report = example();
        Map<String, ? extends Map<LocalDate, KpiSet>> cells = report.crossTabByBucket(Dimension.AGENT);

        assertThat(cells.keySet()).containsExactly("ann", "bob");
        assertThat(cells.get("ann").keySet()).containsExactly(WEEK_1, WEEK_2);
        assertThat(cells.get("bob").keySet()).containsExactly(WEEK_2);

        // Week 1: both of ann's tickets created, T1 resolved; her two responses and the 5.
        KpiSet ann1 = cells.get("ann").get(WEEK_1);
        assertThat(ann1.tickets()).isEqualTo(2);
        assertThat(ann1.firstResponse().answered()).isEqualTo(2);
        assertThat(ann1.firstResponse().stats().mean()).contains(Duration.ofMinutes(45));
        assertThat(ann1.resolution().resolved()).isEqualTo(1);
        assertThat(ann1.resolution().stats().mean()).contains(Duration.ofHours(3));
        assertThat(ann1.fcr().oneTouch()).isEqualTo(1);
        assertThat(ann1.fcr().eligible()).isEqualTo(1);
        assertThat(ann1.aht().stats().mean()).contains(Duration.ofSeconds(450));
        assertThat(ann1.csat().satisfied()).isEqualTo(1);

        // Week 2: T2 resolved after 7 days, two replies, and rated 2.
        KpiSet ann2 = cells.get("ann").get(WEEK_2);
        assertThat(ann2.tickets()).isZero();
        assertThat(ann2.resolution().resolved()).isEqualTo(1);
        assertThat(ann2.resolution().stats().mean()).contains(Duration.ofDays(7));
        assertThat(ann2.fcr().eligible()).isEqualTo(1);
        assertThat(ann2.fcr().oneTouch()).isZero();
        assertThat(ann2.aht().count()).isZero();
        assertThat(ann2.csat().total()).isEqualTo(1);
        assertThat(ann2.csat().satisfied()).isZero();

        // Bob: his open ticket, his response on ann's ticket, and the 4 on a ticket never added.
        KpiSet bob = cells.get("bob").get(WEEK_2);
        assertThat(bob.tickets()).isEqualTo(1);
        assertThat(bob.resolution().open()).isEqualTo(1);
        assertThat(bob.aht().stats().mean()).contains(Duration.ofMinutes(20));
        assertThat(bob.csat().satisfied()).isEqualTo(1);

        // The cells of a row add up to the agent's group.
        assertThat(report.groups(Dimension.AGENT).get("ann").tickets()).isEqualTo(ann1.tickets() + ann2.tickets());
        assertThat(report.groups(Dimension.AGENT).get("ann").aht().count()).isEqualTo(2);
        assertThat(report.groups(Dimension.AGENT).get("bob").aht().count()).isEqualTo(1);
    }

    @Test
    void jsonNestsCellsUnderTheCrossTabLabel() {
        KpiReport report = example();
        Map<?, ?> groups = (Map<?, ?>) ((Map<?, ?>) TestJson.parse(report.toJson())).get("groups");

        assertThat(new java.util.ArrayList<Object>(groups.keySet())).containsExactly("agent", "week", "type/priority", "agent/week");
        Map<?, ?> annWeek1 = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) groups.get("agent/week")).get("ann")).get("2026-01-05");
        assertThat(annWeek1.get("tickets")).isEqualTo(new BigDecimal(2));
        Map<?, ?> billingHigh = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) groups.get("type/priority")).get("billing")).get("HIGH");
        assertThat(((Map<?, ?>) billingHigh.get("frt")).get("mean")).isEqualTo(new BigDecimal(1800));
        RenderJsonTest.assertJsonMatches(report, report.toJson(), "example");
    }

    @Test
    void textCsvAndHtmlListEveryCell() {
        KpiReport report = example();
        String text = report.toText();
        assertThat(text).contains("By type/priority", "By agent/week");
        assertThat(text.lines().filter(line -> line.startsWith("  billing / HIGH  "))).hasSize(1);
        assertThat(text.lines().filter(line -> line.startsWith("  (none) / (none)  "))).hasSize(1);
        assertThat(text.lines().filter(line -> line.startsWith("  ann / 2026-01-12  "))).hasSize(1);

        List<List<String>> csv = TestCsv.parse(report.toCsv());
        assertThat(csv.get(0).subList(0, 4)).containsExactly("group", "key", "column", "tickets");
        assertThat(csv).anySatisfy(row -> assertThat(row.subList(0, 4)).containsExactly("agent/week", "ann", "2026-01-05", "2"));
        assertThat(csv).anySatisfy(row -> assertThat(row.subList(0, 4)).containsExactly("type/priority", "", "", "0"));
        assertThat(csv).anySatisfy(row -> assertThat(row.subList(0, 4)).containsExactly("agent", "ann", "", "2"));

        String html = report.toHtml();
        assertThat(html).contains("id=\"table-x-type-priority\"", "id=\"table-x-agent-week\"", "By agent/week");
    }

    @Test
    void aReportWithoutTheCrossTabSaysWhichItHas() {
        KpiReport report = example();
        assertThatThrownBy(() -> report.crossTab(Dimension.PRIORITY, Dimension.TYPE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the report has no cross-tab priority/type; it has type/priority, agent/week");
        assertThatThrownBy(() -> report.crossTabByBucket(Dimension.TYPE))
                .hasMessage("the report has no cross-tab type/week; it has type/priority, agent/week");
        assertThatThrownBy(() -> ReportSpec.builder().build().compute(List.of(), List.of(), List.of())
                .crossTab(Dimension.TYPE, Dimension.AGENT))
                .hasMessage("the report has no cross-tab type/agent; it has none");
    }

    @Test
    void theBuilderRejectsBadCrossTabsNamingThem() {
        assertThatThrownBy(() -> ReportSpec.builder().crossTab(Dimension.AGENT, Dimension.AGENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a cross-tab needs two different dimensions, not agent twice");
        assertThatThrownBy(() -> ReportSpec.builder().crossTab(Dimension.TYPE, Dimension.PRIORITY)
                .crossTab(Dimension.PRIORITY, Dimension.TYPE))
                .hasMessage("cross-tab type/priority was already given");
        assertThatThrownBy(() -> ReportSpec.builder().crossTab(Dimension.AGENT, TimeBucket.WEEK)
                .crossTab(Dimension.AGENT, TimeBucket.WEEK))
                .hasMessage("cross-tab agent/week was already given");
        // A report has one bucket size.
        assertThatThrownBy(() -> ReportSpec.builder().crossTab(Dimension.AGENT, TimeBucket.WEEK).build())
                .hasMessage("cross-tab agent/week needs week buckets, but the spec's bucket is day");
        assertThat(ReportSpec.builder().crossTab(Dimension.AGENT, TimeBucket.WEEK).bucket(TimeBucket.WEEK).build()
                .crossTabs()).containsExactly(CrossTab.byBucket(Dimension.AGENT));
        assertThatThrownBy(() -> CrossTab.of(Dimension.field("brand"), Dimension.field("brand")))
                .hasMessage("a cross-tab needs two different dimensions, not brand twice");
    }

    @Test
    void specsWithDifferentCrossTabsDifferAndDoNotMerge() {
        ReportSpec a = ReportSpec.builder().crossTab(Dimension.TYPE, Dimension.PRIORITY).build();
        ReportSpec b = ReportSpec.builder().crossTab(Dimension.PRIORITY, Dimension.TYPE).build();
        assertThat(a).isNotEqualTo(b);
        assertThat(a).isEqualTo(ReportSpec.builder().crossTab(Dimension.TYPE, Dimension.PRIORITY).build());
        assertThat(a.toString()).contains("crossTabs=[TYPE/PRIORITY]");
        assertThatThrownBy(() -> ReportAccumulator.fromByteArray(b, a.accumulator().toByteArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cross-tabs [TYPE/PRIORITY]").hasMessageContaining("cross-tabs [PRIORITY/TYPE]");
        assertThatThrownBy(() -> ReportAccumulator.fromByteArray(ReportSpec.builder().build(),
                a.accumulator().toByteArray()))
                .hasMessageContaining("cross-tabs [TYPE/PRIORITY]");
        assertThatThrownBy(() -> a.accumulator().merge(b.accumulator())).isInstanceOf(IllegalArgumentException.class);
        assertThat(Optional.of(CrossTab.byBucket(Dimension.AGENT).label(TimeBucket.MONTH))).contains("agent/month");
    }
}

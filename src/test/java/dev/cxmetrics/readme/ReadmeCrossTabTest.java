package dev.cxmetrics.readme;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.KpiSet;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's cross-tab example, verbatim between the markers. */
class ReadmeCrossTabTest {

    @Test
    void crossTabExampleRunsAsWritten() {
        Instant monday = Instant.parse("2026-01-05T09:00:00Z");
        List<Ticket> tickets = List.of(
                Ticket.builder("T-1", monday).agent("ann").type("billing").priority(Priority.HIGH)
                        .firstResponseAt(monday.plusSeconds(1800)).agentReplies(1).build(),
                Ticket.builder("T-2", monday.plusSeconds(7 * 86_400)).agent("ann").type("billing")
                        .priority(Priority.LOW).build());
        List<Response> responses = List.of(
                new Response("T-1", "ann", monday.plusSeconds(1800), Duration.ofMinutes(6), false));
        List<SurveyAnswer> answers = List.of(
                new SurveyAnswer("T-1", null, "ann", SurveyKind.CSAT, 5, monday.plusSeconds(3600)));
        // README-BEGIN crosstab
        ReportSpec spec = ReportSpec.builder()
                .bucket(TimeBucket.WEEK)
                .by(Dimension.AGENT)
                .crossTab(Dimension.AGENT, TimeBucket.WEEK)         // a weekly scorecard per agent
                .crossTab(Dimension.TYPE, Dimension.PRIORITY)       // volume by type and priority
                .build();
        KpiReport report = spec.compute(tickets, responses, answers);

        SortedMap<LocalDate, KpiSet> ann = report.crossTabByBucket(Dimension.AGENT).get("ann");
        KpiSet firstWeek = ann.get(LocalDate.parse("2026-01-05"));            // T-1, its reply, its 5
        long billingHigh = report.crossTab(Dimension.TYPE, Dimension.PRIORITY)
                .get("billing").get("HIGH").tickets();                         // 1
        // README-END crosstab

        assertThat(ann.keySet()).containsExactly(LocalDate.parse("2026-01-05"), LocalDate.parse("2026-01-12"));
        assertThat(firstWeek.tickets()).isEqualTo(1);
        assertThat(firstWeek.csat().percent()).hasValue(100.0);
        assertThat(firstWeek.aht().stats().mean()).contains(Duration.ofMinutes(6));
        assertThat(billingHigh).isEqualTo(1);
        assertThat(report.crossTab(Dimension.TYPE, Dimension.PRIORITY).get("billing").keySet())
                .containsExactly("LOW", "HIGH");
        assertThat(report.toJson()).contains("\"agent/week\":{\"ann\":{\"2026-01-05\":{\"tickets\":1,");
    }
}

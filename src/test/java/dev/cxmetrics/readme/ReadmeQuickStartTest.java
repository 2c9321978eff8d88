package dev.cxmetrics.readme;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.kpi.Aht;
import dev.cxmetrics.kpi.Ces;
import dev.cxmetrics.kpi.Churn;
import dev.cxmetrics.kpi.Csat;
import dev.cxmetrics.kpi.Fcr;
import dev.cxmetrics.kpi.FirstResponseTime;
import dev.cxmetrics.kpi.Nps;
import dev.cxmetrics.kpi.ResolutionTime;
import dev.cxmetrics.kpi.Retention;
import dev.cxmetrics.kpi.TicketVolume;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The README quick start, verbatim between the markers, so that it always compiles and holds. */
class ReadmeQuickStartTest {

    @Test
    void quickStartRunsAsWritten() {
        // README-BEGIN quick-start
        Instant t0 = Instant.parse("2026-01-05T09:00:00Z");
        List<Ticket> tickets = List.of(
                Ticket.builder("T-1", t0).agent("ann").channel("email").type("billing")
                        .priority(Priority.NORMAL)
                        .firstResponseAt(t0.plus(Duration.ofMinutes(5)))
                        .resolvedAt(t0.plus(Duration.ofHours(2)))
                        .build(),
                Ticket.builder("T-2", t0).agent("bob").channel("chat")
                        .firstResponseAt(t0.plus(Duration.ofMinutes(33)))
                        .resolvedAt(t0.plus(Duration.ofHours(30)))
                        .agentReplies(3).reopens(1)
                        .build(),
                Ticket.builder("T-3", t0).agent("ann").channel("email")
                        .firstResponseAt(t0.plus(Duration.ofMinutes(75)))
                        .build());
        List<Response> responses = List.of(
                Response.byAgent("T-1", "ann", t0.plus(Duration.ofMinutes(5)), Duration.ofMinutes(6)),
                Response.automated("T-2", t0.plusSeconds(1)));
        List<SurveyAnswer> answers = List.of(
                new SurveyAnswer("T-1", "c-1", "ann", SurveyKind.CSAT, 5, t0.plus(Duration.ofHours(3))),
                new SurveyAnswer("T-2", "c-2", "bob", SurveyKind.NPS, 9, t0.plus(Duration.ofDays(2))));

        // Survey KPIs: from answers, or from raw scores.
        Csat csat = Csat.ofScores(5, 4, 3);                     // 2 of 3 satisfied
        double csatPercent = csat.percent().orElseThrow();      // 66.67
        Nps nps = Nps.of(answers);                              // 1 promoter of 1 answer
        double npsScore = nps.score().orElseThrow();            // 100.0
        Ces ces = Ces.ofScores(7, 6, 2);
        double effort = ces.mean().orElseThrow();               // 5.0

        // Time KPIs: exact statistics, empty when nothing was measured.
        FirstResponseTime frt = FirstResponseTime.of(tickets);
        Duration meanFrt = frt.stats().mean().orElseThrow();    // 37m 40s
        Duration p90Frt = frt.stats().percentile(90).orElseThrow();
        ResolutionTime resolution = ResolutionTime.of(tickets); // resolution.open() == 1
        Fcr fcr = Fcr.of(tickets);                              // 1 of 2 resolved in one touch
        Aht aht = Aht.of(responses);                            // mean 6m over 1 tracked response

        // Customers.
        Retention retention = Retention.of(200, 190, 10);       // 90%
        Churn churn = Churn.of(Set.of("a", "b", "c", "d"), Set.of("a", "b", "c"));  // 25%

        // Volume per day, week or month in a zone, with the backlog at each bucket's end.
        TicketVolume volume = TicketVolume.of(tickets, TimeBucket.DAY, ZoneId.of("Europe/Rome"));

        // Everything at once, overall, per agent and channel, per week: one pass.
        KpiReport report = ReportSpec.builder()
                .zone(ZoneId.of("Europe/Rome"))
                .bucket(TimeBucket.WEEK)
                .by(Dimension.AGENT, Dimension.CHANNEL)
                .build()
                .compute(tickets, responses, answers);
        double annCsat = report.groups(Dimension.AGENT).get("ann").csat().percent().orElseThrow();
        String json = report.toJson();
        // README-END quick-start

        assertThat(csatPercent).isCloseTo(66.6667, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(npsScore).isEqualTo(100.0);
        assertThat(effort).isEqualTo(5.0);
        assertThat(meanFrt).isEqualTo(Duration.ofMinutes(37).plusSeconds(40));
        assertThat(p90Frt).isEqualTo(Duration.ofMinutes(66).plusSeconds(36));
        assertThat(resolution.open()).isEqualTo(1);
        assertThat(resolution.resolved()).isEqualTo(2);
        assertThat(fcr.percent().orElseThrow()).isEqualTo(50.0);
        assertThat(aht.mean()).contains(Duration.ofMinutes(6));
        assertThat(retention.percent().orElseThrow()).isEqualTo(90.0);
        assertThat(churn.percent().orElseThrow()).isEqualTo(25.0);
        assertThat(volume.created()).isEqualTo(3);
        assertThat(volume.resolved()).isEqualTo(2);
        assertThat(annCsat).isEqualTo(100.0);
        assertThat(json).startsWith("{\"overall\":{\"tickets\":3,");
    }
}

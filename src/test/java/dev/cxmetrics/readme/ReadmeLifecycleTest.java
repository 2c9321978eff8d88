package dev.cxmetrics.readme;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.TicketEvent.Type;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.KpiSet;
import dev.cxmetrics.report.ReportSpec;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's worked ticket timeline, verbatim between the markers, with the numbers it states. */
class ReadmeLifecycleTest {

    @Test
    void workedTimelineGivesTheNumbersTheReadmeStates() {
        // README-BEGIN lifecycle
        Instant t0 = Instant.parse("2026-01-05T09:00:00Z");
        Ticket ticket = Ticket.builder("T-1", t0).agent("ann").team("billing").field("brand", "acme").build();
        List<TicketEvent> events = List.of(
                TicketEvent.of("T-1", t0, Type.CUSTOMER_MESSAGE),                            // 09:00 asks
                new TicketEvent("T-1", Instant.parse("2026-01-05T09:10:00Z"), Type.AGENT_REPLY, "ann"),
                new TicketEvent("T-1", Instant.parse("2026-01-05T09:10:00Z"), Type.PENDING, "ann"),
                TicketEvent.of("T-1", Instant.parse("2026-01-05T11:00:00Z"), Type.CUSTOMER_MESSAGE),
                TicketEvent.of("T-1", Instant.parse("2026-01-05T11:00:00Z"), Type.OPEN),
                new TicketEvent("T-1", Instant.parse("2026-01-05T11:45:00Z"), Type.AGENT_REPLY, "bob"),
                new TicketEvent("T-1", Instant.parse("2026-01-05T11:45:00Z"), Type.SOLVED, "bob"),
                TicketEvent.of("T-1", Instant.parse("2026-01-05T13:45:00Z"), Type.CLOSED));
        KpiReport report = ReportSpec.builder().by(Dimension.AGENT, Dimension.TEAM, Dimension.field("brand"))
                .build()
                .compute(List.of(ticket), List.of(), List.of(), events);
        KpiSet all = report.overall();
        Duration firstResponse = all.firstResponse().stats().mean().orElseThrow();   // 10m: ann at 09:10
        Duration firstResolution = all.firstResolution().mean().orElseThrow();        // 2h 45m: solved at 11:45
        Duration resolution = all.resolution().stats().mean().orElseThrow();          // 2h 45m: the last SOLVED
        Duration agentWork = all.agentWork().mean().orElseThrow();        // 55m: NEW 09:00-09:10 + OPEN 11:00-11:45
        Duration agentWait = all.agentWait().mean().orElseThrow();        // 1h 50m: PENDING 09:10-11:00
        Duration requesterWait = all.requesterWait().mean().orElseThrow(); // 55m: agent work + on hold (0)
        Duration nextReply = report.groups(Dimension.AGENT).get("bob").nextReply().stats().mean().orElseThrow(); // 45m
        long underAnHour = all.frtBrackets().underOneHour();              // 1
        long oneTouch = all.fcr().oneTouch();                             // 0: two agent replies
        // README-END lifecycle

        assertThat(firstResponse).isEqualTo(Duration.ofMinutes(10));
        assertThat(firstResolution).isEqualTo(Duration.ofMinutes(165));
        assertThat(resolution).isEqualTo(Duration.ofMinutes(165));
        assertThat(agentWork).isEqualTo(Duration.ofMinutes(55));
        assertThat(agentWait).isEqualTo(Duration.ofMinutes(110));
        assertThat(requesterWait).isEqualTo(Duration.ofMinutes(55));
        assertThat(nextReply).isEqualTo(Duration.ofMinutes(45));
        assertThat(underAnHour).isEqualTo(1);
        assertThat(oneTouch).isZero();
        assertThat(all.fcr().eligible()).isEqualTo(1);
        assertThat(report.groups(Dimension.TEAM).keySet()).containsExactly("billing");
        assertThat(report.groups(Dimension.field("brand")).get("acme").agentWork().count()).isEqualTo(1);
    }
}

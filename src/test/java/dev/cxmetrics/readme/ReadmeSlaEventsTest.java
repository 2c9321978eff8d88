package dev.cxmetrics.readme;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.TicketEvent.Type;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaReport;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's example of the SLA targets measured from events, verbatim between the markers. */
class ReadmeSlaEventsTest {

    @Test
    void slaTargetsFromEventsExampleRunsAsWritten() {
        // README-BEGIN sla-events
        Ticket ticket = Ticket.builder("T-1", Instant.parse("2026-03-02T09:00:00Z"))
                .agent("carl").priority(Priority.NORMAL).build();
        List<TicketEvent> events = List.of(
                new TicketEvent("T-1", Instant.parse("2026-03-02T09:10:00Z"), Type.AGENT_REPLY, "ann"),
                new TicketEvent("T-1", Instant.parse("2026-03-02T09:10:00Z"), Type.PENDING, "ann"),
                TicketEvent.of("T-1", Instant.parse("2026-03-02T10:00:00Z"), Type.CUSTOMER_MESSAGE),
                TicketEvent.of("T-1", Instant.parse("2026-03-02T10:00:00Z"), Type.OPEN),
                new TicketEvent("T-1", Instant.parse("2026-03-02T10:45:00Z"), Type.AGENT_REPLY, "bob"),
                TicketEvent.of("T-1", Instant.parse("2026-03-02T11:00:00Z"), Type.CUSTOMER_MESSAGE),
                new TicketEvent("T-1", Instant.parse("2026-03-02T13:00:00Z"), Type.AGENT_REPLY, "ann"),
                new TicketEvent("T-1", Instant.parse("2026-03-02T13:05:00Z"), Type.SOLVED, "ann"));
        SlaPolicy policy = SlaPolicy.builder()
                .target(SlaMetric.NEXT_REPLY, Priority.NORMAL, SlaTarget.calendar(Duration.ofHours(1)))
                .target(SlaMetric.AGENT_WORK, Priority.NORMAL, SlaTarget.calendar(Duration.ofHours(3)))
                .target(SlaMetric.REQUESTER_WAIT, Priority.NORMAL, SlaTarget.calendar(Duration.ofHours(4)))
                .build();
        Instant asOf = Instant.parse("2026-03-03T00:00:00Z");
        SlaReport sla = SlaReport.of(List.of(ticket), events, policy, asOf, TimeBucket.DAY, ZoneOffset.UTC);
        long repliesOnTime = sla.nextReply().met();        // 1: bob, 45m after the 10:00 message
        long repliesLate = sla.nextReply().breached();     // 1: ann, 2h after the 11:00 message
        Map<String, Long> lateBy = sla.nextReply().breachesByAgent();     // {ann=1}: the replying agent
        long workBreached = sla.agentWork().breached();    // 1: 10m NEW + 3h 5m OPEN = 3h 15m > 3h
        long waitMet = sla.requesterWait().met();          // 1: 3h 15m (no on hold) <= 4h

        // The same in the grouped report, from the same events.
        SlaReport inReport = ReportSpec.builder().zone(ZoneOffset.UTC).sla(policy, asOf).build()
                .compute(List.of(ticket), List.of(), List.of(), events).sla().orElseThrow();
        // README-END sla-events

        assertThat(repliesOnTime).isOne();
        assertThat(repliesLate).isOne();
        assertThat(lateBy).isEqualTo(Map.of("ann", 1L));
        assertThat(workBreached).isOne();
        assertThat(waitMet).isOne();
        assertThat(inReport).isEqualTo(sla);
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.TicketEvent.Type;
import dev.cxmetrics.stats.DurationStats;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked cases of each lifecycle metric, computed by hand from the definitions. */
class TicketLifecycleTest {
    /** Monday 2026-01-05, 09:00 UTC. */
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final ReportSpec BY_AGENT = ReportSpec.builder().bucket(TimeBucket.DAY).by(Dimension.AGENT).build();

    private static Instant at(int hours, int minutes) {
        return T0.plus(Duration.ofHours(hours).plusMinutes(minutes));
    }

    private static TicketEvent event(Instant at, Type type, String agent) {
        return new TicketEvent("T-1", at, type, agent);
    }

    /** Computes the report with the events added in every given order; all orders must agree. */
    private static KpiReport report(ReportSpec spec, Ticket ticket, List<TicketEvent> events) {
        KpiReport first = spec.compute(List.of(ticket), List.of(), List.of(), events);
        List<TicketEvent> reversed = new ArrayList<>(events);
        Collections.reverse(reversed);
        ReportAccumulator eventsFirst = spec.accumulator();
        reversed.forEach(eventsFirst::add);
        eventsFirst.add(ticket);
        assertThat(eventsFirst.snapshot()).isEqualTo(first);
        return first;
    }

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    private static void assertOnly(DurationStats stats, Duration value) {
        assertThat(stats.count()).isEqualTo(1);
        assertThat(stats.min()).contains(value);
    }

    @Test
    void replyThenPendingThenCustomerMessageThenReply() {
        Ticket ticket = Ticket.builder("T-1", T0).agent("ann").build();
        List<TicketEvent> events = List.of(
                event(at(0, 0), Type.CUSTOMER_MESSAGE, null),
                event(at(0, 10), Type.AGENT_REPLY, "ann"),
                event(at(0, 10), Type.PENDING, "ann"),
                event(at(2, 0), Type.CUSTOMER_MESSAGE, null),
                event(at(2, 0), Type.OPEN, null),
                event(at(2, 45), Type.AGENT_REPLY, "bob"),
                event(at(2, 45), Type.SOLVED, "bob"),
                event(at(4, 45), Type.CLOSED, null));
        KpiReport report = report(BY_AGENT, ticket, events);
        KpiSet all = report.overall();

        assertOnly(all.firstResponse().stats(), minutes(10));
        assertThat(all.frtBrackets().underOneHour()).isEqualTo(1);
        assertOnly(all.firstResolution(), minutes(165));
        assertOnly(all.resolution().stats(), minutes(165)); // the last SOLVED, not the close
        assertOnly(all.agentWork(), minutes(10 + 45));
        assertOnly(all.agentWait(), minutes(110));
        assertOnly(all.onHold(), Duration.ZERO);
        assertOnly(all.requesterWait(), minutes(55));
        assertOnly(all.nextReply().stats(), minutes(45));
        assertThat(all.nextReply().awaiting()).isZero();
        assertThat(all.fcr().eligible()).isEqualTo(1);
        assertThat(all.fcr().oneTouch()).isZero(); // two agent replies
        assertThat(all.conflicts()).isZero();
        // The next reply counts for the agent who replied; the ticket's metrics for its owner.
        assertThat(report.groups(Dimension.AGENT).get("bob").nextReply().stats().count()).isEqualTo(1);
        assertThat(report.groups(Dimension.AGENT).get("bob").tickets()).isZero();
        assertThat(report.groups(Dimension.AGENT).get("ann").nextReply().stats().count()).isZero();
        assertThat(report.groups(Dimension.AGENT).get("ann").agentWork().count()).isEqualTo(1);
    }

    @Test
    void reopenAfterSolveCountsAndResolvesAtTheLastSolve() {
        Ticket ticket = Ticket.builder("T-1", T0).agent("ann").build();
        List<TicketEvent> events = List.of(
                event(at(0, 30), Type.AGENT_REPLY, "ann"),
                event(at(1, 0), Type.SOLVED, "ann"),
                event(at(3, 0), Type.CUSTOMER_MESSAGE, null),
                event(at(3, 0), Type.OPEN, null),
                event(at(4, 0), Type.AGENT_REPLY, "ann"),
                event(at(5, 0), Type.SOLVED, "ann"));
        KpiSet all = report(BY_AGENT, ticket, events).overall();

        assertOnly(all.firstResolution(), minutes(60));
        assertOnly(all.resolution().stats(), minutes(300));
        assertOnly(all.agentWork(), minutes(60 + 120)); // NEW 09:00-10:00, OPEN 12:00-14:00; SOLVED counts nowhere
        assertOnly(all.agentWait(), Duration.ZERO);
        assertOnly(all.nextReply().stats(), minutes(60));
        assertThat(all.fcr().eligible()).isEqualTo(1);
        assertThat(all.fcr().oneTouch()).isZero();
    }

    @Test
    void closedWithoutSolveResolvesAtTheClose() {
        Ticket ticket = Ticket.builder("T-1", T0).build();
        List<TicketEvent> events = List.of(
                event(at(0, 20), Type.AGENT_REPLY, "ann"),
                event(at(1, 0), Type.CLOSED, "ann"));
        KpiSet all = report(BY_AGENT, ticket, events).overall();

        assertThat(all.firstResolution().count()).isZero(); // never SOLVED
        assertOnly(all.resolution().stats(), minutes(60));
        assertOnly(all.agentWork(), minutes(60));
        assertThat(all.fcr().oneTouch()).isEqualTo(1);
        assertThat(all.fcr().eligible()).isEqualTo(1);
    }

    @Test
    void aBotReplyIsNeverAResponseAndStartsNoNextReplyClock() {
        Ticket ticket = Ticket.builder("T-1", T0).build();
        List<TicketEvent> events = List.of(
                event(at(0, 1), Type.BOT_REPLY, null),
                event(at(0, 5), Type.CUSTOMER_MESSAGE, null),
                event(at(1, 30), Type.AGENT_REPLY, "ann"),
                event(at(2, 0), Type.BOT_REPLY, null));
        KpiSet all = report(BY_AGENT, ticket, events).overall();

        assertOnly(all.firstResponse().stats(), minutes(90));
        assertThat(all.frtBrackets().oneToEightHours()).isEqualTo(1);
        assertThat(all.nextReply().stats().count()).isZero();
        assertThat(all.nextReply().awaiting()).isZero();
        assertThat(all.resolution().open()).isEqualTo(1);
        assertThat(all.agentWork().count()).isZero(); // time in status only for resolved tickets
    }

    @Test
    void atTheSameInstantMessagesComeBeforeStatusChanges() {
        Ticket ticket = Ticket.builder("T-1", T0).agent("ann").build();
        // Given in the "wrong" order: the solve, then the messages at the same instant.
        List<TicketEvent> events = List.of(
                event(at(1, 0), Type.SOLVED, "ann"),
                event(at(1, 0), Type.AGENT_REPLY, "ann"),
                event(at(1, 0), Type.CUSTOMER_MESSAGE, null),
                event(at(1, 30), Type.CUSTOMER_MESSAGE, null));
        KpiReport report = report(BY_AGENT, ticket, events);
        KpiSet all = report.overall();

        assertOnly(all.firstResponse().stats(), minutes(60)); // the reply, before the solve
        assertOnly(all.resolution().stats(), minutes(60));
        assertThat(all.resolution().open()).isZero();
        assertOnly(all.agentWork(), minutes(60));
        // The customer message at 10:00 came before the reply (customer first at the same instant),
        // so only the one at 10:30 starts a clock, and nobody replied to it.
        assertThat(all.nextReply().stats().count()).isZero();
        assertThat(all.nextReply().awaiting()).isEqualTo(1);
        assertThat(report.groups(Dimension.AGENT).get("ann").nextReply().awaiting()).isEqualTo(1);
        assertThat(report.buckets().get(LocalDate.parse("2026-01-05")).nextReply().awaiting()).isEqualTo(1);
    }

    @Test
    void onHoldCountsForTheRequesterButPendingDoesNot() {
        Ticket ticket = Ticket.builder("T-1", T0).build();
        List<TicketEvent> events = List.of(
                event(at(0, 15), Type.AGENT_REPLY, "ann"),
                event(at(0, 15), Type.ON_HOLD, "ann"),
                event(at(2, 15), Type.PENDING, "ann"),
                event(at(3, 0), Type.OPEN, "ann"),
                event(at(3, 30), Type.SOLVED, "ann"));
        KpiSet all = report(BY_AGENT, ticket, events).overall();

        assertOnly(all.agentWork(), minutes(15 + 30));
        assertOnly(all.onHold(), minutes(120));
        assertOnly(all.agentWait(), minutes(45));
        assertOnly(all.requesterWait(), minutes(45 + 120));
    }

    @Test
    void businessHoursCountOnlyOpenTime() {
        BusinessCalendar office = BusinessCalendar.builder(ZoneOffset.UTC)
                .open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .open(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .open(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .build();
        ReportSpec spec = ReportSpec.builder().businessHours(office).build();
        Instant friday = Instant.parse("2026-01-09T16:00:00Z");
        Ticket ticket = Ticket.builder("T-1", friday).build();
        List<TicketEvent> events = List.of(
                event(Instant.parse("2026-01-12T09:30:00Z"), Type.AGENT_REPLY, "ann"),
                event(Instant.parse("2026-01-12T09:30:00Z"), Type.PENDING, "ann"),
                event(Instant.parse("2026-01-12T16:30:00Z"), Type.CUSTOMER_MESSAGE, null),
                event(Instant.parse("2026-01-13T09:15:00Z"), Type.AGENT_REPLY, "ann"),
                event(Instant.parse("2026-01-13T09:15:00Z"), Type.SOLVED, "ann"));
        KpiSet all = report(spec, ticket, events).overall();

        assertOnly(all.firstResponse().stats(), minutes(60 + 30)); // Friday 16-17, Monday 9-9:30
        assertOnly(all.agentWork(), minutes(90));
        assertOnly(all.agentWait(), minutes(7 * 60 + 30 + 15)); // Monday 9:30-17, Tuesday 9-9:15
        assertOnly(all.nextReply().stats(), minutes(30 + 15)); // Monday 16:30-17, Tuesday 9-9:15
        assertOnly(all.resolution().stats(), minutes(90 + 7 * 60 + 45));
    }

    @Test
    void aHumanResponseIsAReplyWhenTheTicketSaysNothing() {
        // The new user: a human response, no firstResponseAt on the ticket.
        Ticket ticket = Ticket.builder("T-1", T0).agent("ann").build();
        Response reply = Response.byAgent("T-1", "ann", at(0, 40), Duration.ofMinutes(5));
        Response bot = Response.automated("T-1", at(0, 1));
        KpiSet all = BY_AGENT.compute(List.of(ticket), List.of(bot, reply), List.of()).overall();

        assertOnly(all.firstResponse().stats(), minutes(40));
        assertThat(all.firstResponse().unanswered()).isZero();
        assertThat(all.conflicts()).isZero(); // the ticket stated nothing to disagree with
    }

    @Test
    void responsesWinOverOwnFieldsAndADifferenceIsCounted() {
        Ticket ticket = Ticket.builder("T-1", T0).firstResponseAt(at(0, 5)).resolvedAt(at(5, 0)).build();
        List<Response> responses = List.of(Response.byAgent("T-1", "ann", at(0, 30), null),
                Response.byAgent("T-1", "ann", at(1, 0), null));
        KpiSet all = BY_AGENT.compute(List.of(ticket), responses, List.of()).overall();

        assertOnly(all.firstResponse().stats(), minutes(30));
        assertOnly(all.resolution().stats(), minutes(300)); // responses say nothing about resolution
        assertThat(all.fcr().oneTouch()).isZero(); // two replies
        assertThat(all.conflicts()).isEqualTo(1);
    }

    @Test
    void eventsWinOverResponsesAndOwnFields() {
        Ticket ticket = Ticket.builder("T-1", T0).firstResponseAt(at(0, 5)).resolvedAt(at(9, 0)).reopens(2).build();
        List<Response> responses = List.of(Response.byAgent("T-1", "ann", at(0, 20), null));
        List<TicketEvent> events = List.of(event(at(0, 20), Type.AGENT_REPLY, "ann"),
                event(at(1, 0), Type.SOLVED, "ann"));
        KpiSet all = BY_AGENT.compute(List.of(ticket), responses, List.of(), events).overall();

        assertOnly(all.firstResponse().stats(), minutes(20));
        assertOnly(all.resolution().stats(), minutes(60));
        assertThat(all.fcr().oneTouch()).isEqualTo(1); // 1 reply, no reopen: the events' count, not the 2 given
        assertThat(all.conflicts()).isEqualTo(1);

        // Agreeing sources are no conflict.
        Ticket agreeing = Ticket.builder("T-1", T0).firstResponseAt(at(0, 20)).resolvedAt(at(1, 0)).build();
        assertThat(BY_AGENT.compute(List.of(agreeing), responses, List.of(), events).overall().conflicts()).isZero();
    }

    @Test
    void anEmptyReportHasEmptyLifecycleMetrics() {
        KpiSet all = BY_AGENT.compute(List.of(), List.of(), List.of(), List.of()).overall();
        assertThat(all.firstResolution().mean()).isEmpty();
        assertThat(all.agentWork().median()).isEmpty();
        assertThat(all.nextReply().stats().percentile(90)).isEmpty();
        assertThat(all.nextReply().awaiting()).isZero();
        assertThat(all.frtBrackets().answered()).isZero();
        assertThat(all.conflicts()).isZero();
    }
}

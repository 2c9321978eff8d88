package dev.cxmetrics.sla;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.TicketEvent.Type;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Worked cases of the SLA targets measured from events: next reply, agent work, requester wait. */
class SlaEventTargetsTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

    private static Instant at(String time) {
        return Instant.parse("2026-03-02T" + time + "Z");
    }

    private static TicketEvent event(String ticket, String time, Type type, String agent) {
        return new TicketEvent(ticket, at(time), type, agent);
    }

    private static SlaPolicy policy(SlaMetric metric, SlaTarget target) {
        return SlaPolicy.builder().target(metric, Priority.NORMAL, target).build();
    }

    private static SlaResult evaluate(SlaPolicy policy, SlaMetric metric, Instant asOf, Ticket ticket,
                                      List<TicketEvent> events) {
        return SlaReport.of(List.of(ticket), events, policy, asOf, TimeBucket.DAY, UTC).result(metric);
    }

    // Created 09:00; reply 09:10 then pending; customer writes 10:00 and it opens; bob replies 10:45;
    // customer writes 11:00; ann replies 13:00; solved 13:05.
    private static final Ticket WORKED = Ticket.builder("T-1", at("09:00:00")).agent("carl").priority(Priority.NORMAL)
            .build();
    private static final List<TicketEvent> WORKED_EVENTS = List.of(
            event("T-1", "09:10:00", Type.AGENT_REPLY, "ann"), event("T-1", "09:10:00", Type.PENDING, null),
            event("T-1", "10:00:00", Type.CUSTOMER_MESSAGE, null), event("T-1", "10:00:00", Type.OPEN, null),
            event("T-1", "10:45:00", Type.AGENT_REPLY, "bob"), event("T-1", "11:00:00", Type.CUSTOMER_MESSAGE, null),
            event("T-1", "13:00:00", Type.AGENT_REPLY, "ann"), event("T-1", "13:05:00", Type.SOLVED, "ann"));
    private static final Instant LATER = Instant.parse("2026-03-05T00:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-10T00:00:00Z");

    @Test
    void everyNextReplyIsMeasuredAndBreachesCountForTheReplyingAgent() {
        // Samples: 10:00 -> 10:45 (45 min, bob) and 11:00 -> 13:00 (2 h, ann); the first reply is not one.
        SlaResult result = evaluate(policy(SlaMetric.NEXT_REPLY, SlaTarget.calendar(Duration.ofHours(1))),
                SlaMetric.NEXT_REPLY, LATER, WORKED, WORKED_EVENTS);
        assertThat(new long[] {result.met(), result.breached(), result.pending(), result.noTarget(), result.unmeasured()})
                .containsExactly(1, 1, 0, 0, 0);
        assertThat(result.breachesByAgent()).isEqualTo(Map.of("ann", 1L));
        assertThat(result.breachesByDeadlineBucket()).isEqualTo(Map.of(MONDAY, 1L));
        assertThat(result.metByDeadlineBucket()).isEqualTo(Map.of(MONDAY, 1L));
        assertThat(result.percent()).hasValue(50.0);
    }

    @Test
    void agentWorkPausesWhilePendingAndIsBreachedPastTheLimit() {
        // New 09:00-09:10 (10 min), pending 09:10-10:00 (paused), open 10:00-13:05 (3 h 5 min): 3 h 15 min.
        SlaPolicy threeHours = policy(SlaMetric.AGENT_WORK, SlaTarget.calendar(Duration.ofHours(3)));
        SlaResult result = evaluate(threeHours, SlaMetric.AGENT_WORK, LATER, WORKED, WORKED_EVENTS);
        assertThat(new long[] {result.met(), result.breached(), result.pending()}).containsExactly(0, 1, 0);
        assertThat(result.breachesByAgent()).isEqualTo(Map.of("carl", 1L));
        // The deadline is where 3 h ran: 10 min before the pause, 2 h 50 min after 10:00, so 12:50.
        Instant deadline = at("12:50:00");
        assertThat(evaluate(threeHours, SlaMetric.AGENT_WORK, deadline, WORKED, WORKED_EVENTS).pending()).isOne();
        assertThat(evaluate(threeHours, SlaMetric.AGENT_WORK, deadline.plusNanos(1), WORKED, WORKED_EVENTS).breached())
                .isOne();
        SlaResult exactly = evaluate(policy(SlaMetric.AGENT_WORK, SlaTarget.calendar(Duration.ofMinutes(195))),
                SlaMetric.AGENT_WORK, LATER, WORKED, WORKED_EVENTS);
        assertThat(exactly.met()).as("exactly the limit is met").isOne();
    }

    @Test
    void onHoldPausesAgentWorkButNotRequesterWait() {
        // New 09:00-09:30, on hold 09:30-11:30, open 11:30-12:00, solved at 12:00.
        Ticket ticket = Ticket.builder("T-2", at("09:00:00")).agent("dana").priority(Priority.NORMAL).build();
        List<TicketEvent> events = List.of(event("T-2", "09:30:00", Type.AGENT_REPLY, "dana"),
                event("T-2", "09:30:00", Type.ON_HOLD, "dana"), event("T-2", "11:30:00", Type.OPEN, "dana"),
                event("T-2", "12:00:00", Type.SOLVED, "dana"));
        SlaPolicy policy = SlaPolicy.builder()
                .target(SlaMetric.AGENT_WORK, Priority.NORMAL, SlaTarget.calendar(Duration.ofHours(1)))
                .target(SlaMetric.REQUESTER_WAIT, Priority.NORMAL, SlaTarget.calendar(Duration.ofMinutes(150)))
                .build();
        SlaReport report = SlaReport.of(List.of(ticket), events, policy, LATER, TimeBucket.DAY, UTC);
        // Agent work: 30 + 30 min = exactly 1 h, met. Requester wait: 30 min + 2 h + 30 min = 3 h > 2 h 30 min.
        assertThat(report.agentWork().met()).isOne();
        assertThat(report.requesterWait().breached()).isOne();
        assertThat(report.requesterWait().breachesByAgent()).isEqualTo(Map.of("dana", 1L));
        // Requester wait reached 2 h 30 min at 11:30, the end of the hold: pending then, breached just after.
        Instant deadline = at("11:30:00");
        assertThat(SlaReport.of(List.of(ticket), events, policy, deadline, TimeBucket.DAY, UTC).requesterWait().pending())
                .isOne();
        SlaReport after = SlaReport.of(List.of(ticket), events, policy, deadline.plusSeconds(1), TimeBucket.DAY, UTC);
        assertThat(after.requesterWait().breached()).isOne();
        assertThat(after.agentWork().pending()).as("30 min 1 s of agent work by then").isOne();
    }

    @Test
    void aRunningNextReplyClockIsPendingUntilItsDeadlineThenBreachedForTheTicketsAgent() {
        Ticket ticket = Ticket.builder("T-3", at("09:00:00")).agent("carl").priority(Priority.NORMAL).build();
        List<TicketEvent> events = List.of(event("T-3", "09:05:00", Type.AGENT_REPLY, "ann"),
                event("T-3", "09:20:00", Type.CUSTOMER_MESSAGE, null));
        SlaPolicy policy = SlaPolicy.builder()
                .target(SlaMetric.NEXT_REPLY, Priority.NORMAL, SlaTarget.calendar(Duration.ofHours(1)))
                .target(SlaMetric.AGENT_WORK, Priority.NORMAL, SlaTarget.calendar(Duration.ofHours(3)))
                .build();
        Instant deadline = at("10:20:00");
        SlaReport before = SlaReport.of(List.of(ticket), events, policy, deadline, TimeBucket.DAY, UTC);
        assertThat(before.nextReply().pending()).isOne();
        assertThat(before.nextReply().breached()).isZero();
        SlaReport past = SlaReport.of(List.of(ticket), events, policy, deadline.plusNanos(1), TimeBucket.DAY, UTC);
        assertThat(past.nextReply().breached()).isOne();
        assertThat(past.nextReply().breachesByAgent()).isEqualTo(Map.of("carl", 1L));
        // Before the customer wrote, nothing is measured: the message has not happened as of then.
        SlaReport early = SlaReport.of(List.of(ticket), events, policy, at("09:19:00"), TimeBucket.DAY, UTC);
        assertThat(new long[] {early.nextReply().met(), early.nextReply().breached(), early.nextReply().pending()})
                .containsExactly(0, 0, 0);
        // Agent work of the unresolved ticket runs until as-of: exactly 3 h at 12:00 is pending, then breached.
        assertThat(SlaReport.of(List.of(ticket), events, policy, at("12:00:00"), TimeBucket.DAY, UTC).agentWork()
                .pending()).isOne();
        assertThat(SlaReport.of(List.of(ticket), events, policy, at("12:00:00").plusNanos(1), TimeBucket.DAY, UTC)
                .agentWork().breached()).isOne();
    }

    @Test
    void aReplyExactlyAtTheDeadlineMeetsIt() {
        Ticket ticket = Ticket.builder("T-4", at("09:00:00")).priority(Priority.NORMAL).build();
        SlaPolicy policy = policy(SlaMetric.NEXT_REPLY, SlaTarget.calendar(Duration.ofHours(1)));
        List<TicketEvent> onTime = List.of(event("T-4", "09:01:00", Type.AGENT_REPLY, "ann"),
                event("T-4", "09:02:00", Type.CUSTOMER_MESSAGE, null), event("T-4", "10:02:00", Type.AGENT_REPLY, "ann"));
        assertThat(evaluate(policy, SlaMetric.NEXT_REPLY, LATER, ticket, onTime).met()).isOne();
        List<TicketEvent> late = List.of(onTime.get(0), onTime.get(1),
                new TicketEvent("T-4", at("10:02:00").plusNanos(1), Type.AGENT_REPLY, "ann"));
        assertThat(evaluate(policy, SlaMetric.NEXT_REPLY, LATER, ticket, late).breached()).isOne();
    }

    @Test
    void ticketsWithoutEventsAreUnmeasuredNeverMet() {
        SlaPolicy policy = SlaPolicy.builder()
                .target(SlaMetric.FIRST_RESPONSE, Priority.NORMAL, SlaTarget.calendar(Duration.ofHours(1)))
                .target(SlaMetric.NEXT_REPLY, Priority.NORMAL, SlaTarget.calendar(Duration.ofHours(1)))
                .target(SlaMetric.AGENT_WORK, Priority.NORMAL, SlaTarget.calendar(Duration.ofHours(1)))
                .target(SlaMetric.REQUESTER_WAIT, Priority.NORMAL, SlaTarget.calendar(Duration.ofHours(1)))
                .build();
        Ticket normal = Ticket.builder("T-5", at("09:00:00")).priority(Priority.NORMAL).firstResponseAt(at("09:10:00"))
                .agentReplies(1).resolvedAt(at("09:20:00")).build();
        Ticket low = Ticket.builder("T-6", at("09:00:00")).priority(Priority.LOW).build();
        SlaReport report = SlaReport.of(List.of(normal, low), policy, LATER, TimeBucket.DAY, UTC);
        assertThat(report.firstResponse().met()).isOne();
        for (SlaMetric metric : List.of(SlaMetric.NEXT_REPLY, SlaMetric.AGENT_WORK, SlaMetric.REQUESTER_WAIT)) {
            SlaResult result = report.result(metric);
            assertThat(new long[] {result.met(), result.breached(), result.pending(), result.noTarget(),
                result.unmeasured()}).as("%s", metric).containsExactly(0, 0, 0, 1, 1);
            assertThat(result.percent()).isEmpty();
            assertThat(policy.status(metric, normal, LATER)).isEqualTo(SlaStatus.UNMEASURED);
            assertThat(policy.status(metric, low, LATER)).isEqualTo(SlaStatus.NO_TARGET);
        }
        assertThatThrownBy(() -> policy.deadline(SlaMetric.AGENT_WORK, normal))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agent_work deadlines depend on")
                .hasMessageContaining("T-5");
    }

    @Test
    void requesterWaitAcrossTheNightClocksGoForwardCountsRealTime() {
        // Saturday 23:00 in Rome (22:00Z) on hold until Sunday 03:30 (01:30Z): 3 h 30 min, not 4 h 30 min
        // of wall clock; then open until solved at 04:00 (02:00Z): 4 h in all.
        Ticket ticket = Ticket.builder("T-7", Instant.parse("2026-03-28T22:00:00Z")).priority(Priority.NORMAL).build();
        List<TicketEvent> events = List.of(
                new TicketEvent("T-7", Instant.parse("2026-03-28T22:00:00Z"), Type.ON_HOLD, null),
                new TicketEvent("T-7", Instant.parse("2026-03-29T01:30:00Z"), Type.OPEN, null),
                new TicketEvent("T-7", Instant.parse("2026-03-29T02:00:00Z"), Type.SOLVED, null));
        SlaPolicy fourHours = policy(SlaMetric.REQUESTER_WAIT, SlaTarget.calendar(Duration.ofHours(4)));
        SlaResult result = SlaReport.of(List.of(ticket), events, fourHours, APRIL, TimeBucket.DAY, ROME).requesterWait();
        assertThat(result.met()).isOne();
        assertThat(result.metByDeadlineBucket()).isEqualTo(Map.of(LocalDate.parse("2026-03-29"), 1L));
        SlaPolicy less = policy(SlaMetric.REQUESTER_WAIT, SlaTarget.calendar(Duration.ofHours(4).minusNanos(1)));
        assertThat(SlaReport.of(List.of(ticket), events, less, APRIL, TimeBucket.DAY, ROME).requesterWait().breached())
                .isOne();
    }

    @Test
    void businessTimeClocksSkipTheWeekendOfTheClockChange() {
        BusinessCalendar office = BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-17:00").build();
        // Friday 16:00 in Rome (15:00Z); reply and pending at 16:30; the customer writes and it opens on
        // Monday 10:00 (08:00Z, summer time since Sunday); solved at 11:00.
        Ticket ticket = Ticket.builder("T-8", Instant.parse("2026-03-27T15:00:00Z")).agent("eve")
                .priority(Priority.NORMAL).build();
        List<TicketEvent> events = List.of(
                new TicketEvent("T-8", Instant.parse("2026-03-27T15:30:00Z"), Type.AGENT_REPLY, "eve"),
                new TicketEvent("T-8", Instant.parse("2026-03-27T15:30:00Z"), Type.PENDING, "eve"),
                new TicketEvent("T-8", Instant.parse("2026-03-30T08:00:00Z"), Type.CUSTOMER_MESSAGE, null),
                new TicketEvent("T-8", Instant.parse("2026-03-30T08:00:00Z"), Type.OPEN, null),
                new TicketEvent("T-8", Instant.parse("2026-03-30T09:00:00Z"), Type.SOLVED, "eve"));
        SlaPolicy policy = SlaPolicy.builder().businessHours(office)
                .target(SlaMetric.AGENT_WORK, Priority.NORMAL, SlaTarget.business(Duration.ofHours(1)))
                .target(SlaMetric.NEXT_REPLY, Priority.NORMAL, SlaTarget.business(Duration.ofMinutes(30)))
                .build();
        // Agent work: 30 business minutes on Friday, 1 h on Monday: breached; 1 h reached at Monday 10:30 (08:30Z).
        SlaReport report = SlaReport.of(List.of(ticket), events, policy, APRIL, TimeBucket.DAY, ROME);
        assertThat(report.agentWork().breached()).isOne();
        assertThat(report.agentWork().breachesByDeadlineBucket()).isEqualTo(Map.of(LocalDate.parse("2026-03-30"), 1L));
        Instant deadline = Instant.parse("2026-03-30T08:30:00Z");
        assertThat(SlaReport.of(List.of(ticket), events, policy, deadline, TimeBucket.DAY, ROME).agentWork().pending())
                .isOne();
        SlaReport after = SlaReport.of(List.of(ticket), events, policy, deadline.plusNanos(1), TimeBucket.DAY, ROME);
        assertThat(after.agentWork().breached()).isOne();
        // The customer's Monday message is never answered: 30 business minutes end at 08:30Z too.
        assertThat(SlaReport.of(List.of(ticket), events, policy, deadline, TimeBucket.DAY, ROME).nextReply().pending())
                .isOne();
        assertThat(after.nextReply().breached()).isOne();
        assertThat(after.nextReply().breachesByAgent()).isEqualTo(Map.of("eve", 1L));
    }

    @Test
    void pausedClockDeadlineIsWhereTheRunTimeReachesTheLimit() {
        SlaPolicy policy = policy(SlaMetric.AGENT_WORK, SlaTarget.calendar(Duration.ofHours(1)));
        SlaTarget hour = SlaTarget.calendar(Duration.ofHours(1));
        PausedClock clock = new PausedClock(policy, SlaMetric.AGENT_WORK, hour, "T-9");
        clock.run(true, at("09:00:00"), at("09:40:00"));
        clock.run(false, at("09:40:00"), at("12:00:00"));
        clock.run(true, at("12:00:00"), at("12:10:00"));
        assertThat(clock.exceeded()).isFalse();
        // 50 min ran; had it run on from 12:10, the hour would end at 12:20.
        assertThat(clock.deadline(at("12:10:00"))).isEqualTo(at("12:20:00"));
        clock.run(true, at("13:00:00"), at("13:30:00"));
        assertThat(clock.exceeded()).isTrue();
        assertThat(clock.deadline(at("13:30:00"))).isEqualTo(at("13:10:00"));
        PausedClock exact = new PausedClock(policy, SlaMetric.AGENT_WORK, hour, "T-9");
        exact.run(true, at("09:00:00"), at("10:00:00"));
        exact.run(false, at("10:00:00"), at("11:00:00"));
        assertThat(exact.exceeded()).as("exactly the limit is not more than it").isFalse();
        assertThat(exact.deadline(at("11:00:00"))).isEqualTo(at("10:00:00"));
        exact.run(true, at("11:00:00"), at("11:00:00").plusNanos(1));
        assertThat(exact.exceeded()).isTrue();
        assertThat(exact.deadline(at("12:00:00"))).isEqualTo(at("10:00:00"));
    }

    @Test
    void badEventsAreRejectedNamingTicketAndEvent() {
        SlaPolicy policy = policy(SlaMetric.AGENT_WORK, SlaTarget.calendar(Duration.ofHours(1)));
        SlaAccumulator accumulator = SlaReport.accumulator(policy, LATER, TimeBucket.DAY, UTC);
        Ticket ticket = Ticket.builder("T-10", at("09:00:00")).priority(Priority.NORMAL).build();
        assertThatThrownBy(() -> accumulator.add(ticket, List.of(event("T-10", "08:59:59", Type.OPEN, null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("open event at 2026-03-02T08:59:59Z comes before the creation of ticket T-10 at "
                        + "2026-03-02T09:00:00Z");
        assertThatThrownBy(() -> accumulator.add(ticket, List.of(event("T-10", "10:00:00", Type.CLOSED, null),
                event("T-10", "10:00:01", Type.CUSTOMER_MESSAGE, null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer_message event at 2026-03-02T10:00:01Z comes after ticket T-10 was closed at "
                        + "2026-03-02T10:00:00Z");
        assertThatThrownBy(() -> accumulator.add(ticket, List.of(event("T-10", "10:00:00", Type.CLOSED, null),
                event("T-10", "10:00:00", Type.CLOSED, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("second close of ticket T-10");
        assertThatThrownBy(() -> accumulator.add(ticket, List.of(event("T-11", "10:00:00", Type.OPEN, null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("open event at 2026-03-02T10:00:00Z is for ticket T-11, not for ticket T-10");
        assertThatThrownBy(() -> SlaReport.of(List.of(ticket), List.of(event("T-12", "10:00:00", Type.OPEN, null)),
                policy, LATER, TimeBucket.DAY, UTC)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("open event at 2026-03-02T10:00:00Z is for ticket T-12, which was not given");
        // A rejected ticket leaves no trace.
        assertThat(accumulator.snapshot()).isEqualTo(SlaReport.of(List.of(), policy, LATER, TimeBucket.DAY, UTC));
    }

    @Test
    void mergingRandomSplitsOfTicketsGivesTheOnePassResult() {
        SlaPolicy policy = SlaPolicy.builder()
                .target(SlaMetric.NEXT_REPLY, Priority.NORMAL, SlaTarget.calendar(Duration.ofMinutes(40)))
                .target(SlaMetric.AGENT_WORK, Priority.NORMAL, SlaTarget.calendar(Duration.ofHours(2)))
                .target(SlaMetric.REQUESTER_WAIT, Priority.HIGH, SlaTarget.calendar(Duration.ofHours(3)))
                .build();
        Type[] types = {Type.OPEN, Type.PENDING, Type.ON_HOLD, Type.SOLVED, Type.CUSTOMER_MESSAGE, Type.AGENT_REPLY,
            Type.BOT_REPLY};
        for (long seed = 1; seed <= 50; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Ticket> tickets = new ArrayList<>();
            List<List<TicketEvent>> logs = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Instant created = at("08:00:00").plusSeconds(random.nextInt(48) * 900L);
                tickets.add(Ticket.builder("T-" + i, created).agent(random.nextBoolean() ? "ann" : null)
                        .priority(random.nextBoolean() ? Priority.NORMAL : Priority.HIGH).build());
                List<TicketEvent> log = new ArrayList<>();
                for (int k = random.nextInt(8); k > 0; k--) {
                    log.add(new TicketEvent("T-" + i, created.plusSeconds(random.nextInt(40) * 900L),
                            types[random.nextInt(types.length)], random.nextBoolean() ? "bob" : null));
                }
                Collections.shuffle(log, new java.util.Random(seed + i));
                logs.add(log);
            }
            Instant asOf = at("16:00:00");
            SlaAccumulator one = SlaReport.accumulator(policy, asOf, TimeBucket.DAY, UTC);
            List<SlaAccumulator> parts = List.of(SlaReport.accumulator(policy, asOf, TimeBucket.DAY, UTC),
                    SlaReport.accumulator(policy, asOf, TimeBucket.DAY, UTC),
                    SlaReport.accumulator(policy, asOf, TimeBucket.DAY, UTC));
            for (int i = 0; i < tickets.size(); i++) {
                one.add(tickets.get(i), logs.get(i));
                parts.get(random.nextInt(parts.size())).add(tickets.get(i), logs.get(i));
            }
            SlaReport merged = parts.get(2).merge(parts.get(0)).merge(parts.get(1)).snapshot();
            assertThat(merged).as("seed %d", seed).isEqualTo(one.snapshot());
            // Restored from its report and merged again, the counts add up.
            SlaReport twice = merged.toAccumulator(policy, TimeBucket.DAY, UTC).merge(one).snapshot();
            assertThat(twice.nextReply().met()).as("seed %d", seed).isEqualTo(2 * merged.nextReply().met());
            assertThat(twice.agentWork().unmeasured()).as("seed %d", seed).isEqualTo(2 * merged.agentWork().unmeasured());
        }
    }

    @Test
    void randomLogsAreAcceptedOrRejectedExactlyAsTheReportDoesAndARejectedTicketLeavesNoTrace() {
        SlaPolicy policy = SlaPolicy.builder()
                .target(SlaMetric.NEXT_REPLY, Priority.NORMAL, SlaTarget.calendar(Duration.ofMinutes(40)))
                .target(SlaMetric.REQUESTER_WAIT, Priority.NORMAL, SlaTarget.calendar(Duration.ofHours(2)))
                .build();
        Type[] types = Type.values();
        Instant created = at("09:00:00");
        Ticket ticket = Ticket.builder("T-1", created).priority(Priority.NORMAL).build();
        int rejected = 0;
        for (long seed = 1; seed <= 400; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<TicketEvent> log = new ArrayList<>();
            for (int k = random.nextInt(7); k > 0; k--) {
                log.add(new TicketEvent("T-1", created.plusSeconds(random.nextInt(-2, 10) * 1800L),
                        types[random.nextInt(types.length)], null));
            }
            SlaAccumulator sla = SlaReport.accumulator(policy, LATER, TimeBucket.DAY, UTC);
            SlaReport before = sla.snapshot();
            boolean slaAccepts;
            try {
                sla.add(ticket, log);
                slaAccepts = true;
            } catch (IllegalArgumentException e) {
                slaAccepts = false;
                assertThat(e.getMessage()).as("seed %d", seed).contains("T-1");
                assertThat(sla.snapshot()).as("seed %d", seed).isEqualTo(before);
                rejected++;
            }
            dev.cxmetrics.report.ReportAccumulator report = dev.cxmetrics.report.ReportSpec.builder().zone(UTC)
                    .sla(policy, LATER).build().accumulator();
            boolean reportAccepts = true;
            try {
                report.add(ticket);
                for (TicketEvent event : log) {
                    report.add(event);
                }
            } catch (IllegalArgumentException e) {
                reportAccepts = false;
            }
            assertThat(slaAccepts).as("seed %d: %s", seed, log).isEqualTo(reportAccepts);
            if (slaAccepts) {
                assertThat(report.snapshot().sla()).as("seed %d", seed).contains(sla.snapshot());
            }
        }
        assertThat(rejected).as("some logs are invalid").isBetween(40, 360);
    }
}

package dev.cxmetrics.benchmarks;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.TicketEvent.Type;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.KpiSet;
import dev.cxmetrics.report.ReportAccumulator;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.time.TimeBucket;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Tickets with about 8 events each (customer message, reply, pending, customer message, open,
 * reply, solved, closed; a fifth of them reopened once more) added to a report by agent and team
 * per day with exact quantiles, then a snapshot: every lifecycle KPI of every group. Beside it a
 * floor that only reads the same fields of the same events and tickets. Divide ns/op by the
 * event count (printed at setup) for ns/event. The {@code reportWithSla*} variants add an SLA
 * policy: first response and resolution only, or with the three targets measured from events too;
 * {@code reportCompacting} uses {@code compactClosedTickets()}, which keeps a fixed summary instead
 * of the events of each closed ticket (every ticket here closes after its other events).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
public class EventsBenchmark {
    @Param({"1000000"})
    int size;

    List<Ticket> tickets;
    List<TicketEvent> events;
    ReportSpec spec;
    ReportSpec twoTargets;
    ReportSpec fiveTargets;
    ReportSpec compacting;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(2026);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        String[] agents = new String[40];
        for (int a = 0; a < agents.length; a++) {
            agents[a] = "agent-" + a;
        }
        String[] teams = {"tier-1", "tier-2", "billing", "returns"};
        tickets = new ArrayList<>(size);
        events = new ArrayList<>(size * 9);
        for (int i = 0; i < size; i++) {
            String id = "T-" + i;
            Instant created = start.plusSeconds(i * 7L + random.nextInt(7));
            String agent = agents[random.nextInt(agents.length)];
            tickets.add(Ticket.builder(id, created).agent(agent).team(teams[random.nextInt(teams.length)]).build());
            Instant t = created;
            events.add(new TicketEvent(id, t, Type.CUSTOMER_MESSAGE, null));
            t = t.plusSeconds(60 + random.nextInt(4 * 3600));
            events.add(new TicketEvent(id, t, Type.AGENT_REPLY, agent));
            events.add(new TicketEvent(id, t, Type.PENDING, agent));
            t = t.plusSeconds(60 + random.nextInt(24 * 3600));
            events.add(new TicketEvent(id, t, Type.CUSTOMER_MESSAGE, null));
            events.add(new TicketEvent(id, t, Type.OPEN, null));
            t = t.plusSeconds(60 + random.nextInt(8 * 3600));
            events.add(new TicketEvent(id, t, Type.AGENT_REPLY, agent));
            events.add(new TicketEvent(id, t, Type.SOLVED, agent));
            if (random.nextInt(5) == 0) {
                t = t.plusSeconds(3600 + random.nextInt(48 * 3600));
                events.add(new TicketEvent(id, t, Type.OPEN, null));
                t = t.plusSeconds(60 + random.nextInt(3600));
                events.add(new TicketEvent(id, t, Type.SOLVED, agent));
            }
            events.add(new TicketEvent(id, t.plusSeconds(4 * 24 * 3600), Type.CLOSED, null));
        }
        spec = ReportSpec.builder().zone(ZoneId.of("Europe/Rome")).bucket(TimeBucket.DAY)
                .by(Dimension.AGENT, Dimension.TEAM).build();
        Instant asOf = start.plusSeconds(size * 7L + 30 * 24 * 3600L);
        SlaPolicy.Builder two = SlaPolicy.builder().unprioritizedAs(Priority.NORMAL)
                .target(SlaMetric.FIRST_RESPONSE, Priority.NORMAL, SlaTarget.calendar(Duration.ofHours(2)))
                .target(SlaMetric.RESOLUTION, Priority.NORMAL, SlaTarget.calendar(Duration.ofDays(1)));
        twoTargets = ReportSpec.builder().zone(ZoneId.of("Europe/Rome")).bucket(TimeBucket.DAY)
                .by(Dimension.AGENT, Dimension.TEAM).sla(two.build(), asOf).build();
        SlaPolicy five = two
                .target(SlaMetric.NEXT_REPLY, Priority.NORMAL, SlaTarget.calendar(Duration.ofHours(4)))
                .target(SlaMetric.AGENT_WORK, Priority.NORMAL, SlaTarget.calendar(Duration.ofHours(6)))
                .target(SlaMetric.REQUESTER_WAIT, Priority.NORMAL, SlaTarget.calendar(Duration.ofHours(12))).build();
        fiveTargets = ReportSpec.builder().zone(ZoneId.of("Europe/Rome")).bucket(TimeBucket.DAY)
                .by(Dimension.AGENT, Dimension.TEAM).sla(five, asOf).build();
        compacting = ReportSpec.builder().zone(ZoneId.of("Europe/Rome")).bucket(TimeBucket.DAY)
                .by(Dimension.AGENT, Dimension.TEAM).compactClosedTickets().build();
        System.out.printf("%n%,d tickets, %,d events (%.2f per ticket)%n", tickets.size(), events.size(),
                events.size() / (double) tickets.size());
    }

    /** The library: add the tickets and their events, then snapshot every KPI of every group. */
    @Benchmark
    public long report() {
        return run(spec);
    }

    /** The same, compacting each ticket's events into a summary when its close arrives. */
    @Benchmark
    public long reportCompacting() {
        return run(compacting);
    }

    /** The same with an SLA policy of first-response and resolution targets. */
    @Benchmark
    public long reportWithSlaTwoTargets() {
        return run(twoTargets);
    }

    /** The same with next-reply, agent-work and requester-wait targets as well. */
    @Benchmark
    public long reportWithSlaFiveTargets() {
        return run(fiveTargets);
    }

    private long run(ReportSpec spec) {
        ReportAccumulator accumulator = spec.accumulator();
        for (Ticket ticket : tickets) {
            accumulator.add(ticket);
        }
        for (TicketEvent event : events) {
            accumulator.add(event);
        }
        KpiReport report = accumulator.snapshot();
        KpiSet overall = report.overall();
        long sla = report.sla().map(r -> r.nextReply().met() + r.resolution().met()).orElse(0L);
        return overall.agentWork().count() + overall.nextReply().stats().count() + overall.firstResolution().count() + sla;
    }

    /** The floor: read the same fields of the same tickets and events, and sum them. */
    @Benchmark
    public long floor() {
        long sum = 0;
        for (Ticket ticket : tickets) {
            sum += ticket.id().hashCode() + ticket.createdAt().getEpochSecond() + ticket.agentId().hashCode()
                    + ticket.team().hashCode();
        }
        for (TicketEvent event : events) {
            sum += event.ticketId().hashCode() + event.at().getEpochSecond() + event.at().getNano()
                    + event.type().ordinal() + (event.agentId() == null ? 0 : event.agentId().hashCode());
        }
        return sum;
    }
}

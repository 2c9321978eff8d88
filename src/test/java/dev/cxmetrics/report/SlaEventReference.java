package dev.cxmetrics.report;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.TicketEvent.Type;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaResult;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The SLA targets measured from events, computed the slow, obvious way: keep the events at or
 * before the as-of instant, sort them, list the status intervals, and write the run time of a
 * clock as a function of time; a deadline is the first instant at which that function reaches the
 * limit, found by bisection to the nanosecond (no {@code plus}, no remaining-time bookkeeping).
 */
final class SlaEventReference {
    static final SlaMetric[] METRICS = {SlaMetric.NEXT_REPLY, SlaMetric.AGENT_WORK, SlaMetric.REQUESTER_WAIT};

    private SlaEventReference() {
    }

    private static final class Tally {
        long met;
        long breached;
        long pending;
        long noTarget;
        long unmeasured;
        final TreeMap<String, Long> byAgent = new TreeMap<>();
        final TreeMap<LocalDate, Long> byBucket = new TreeMap<>();
        final TreeMap<LocalDate, Long> metByBucket = new TreeMap<>();
    }

    /** The results of {@link #METRICS}, in that order. */
    static List<SlaResult> results(SlaPolicy policy, Instant asOf, TimeBucket bucket, ZoneId zone, List<Ticket> tickets,
                                   List<TicketEvent> events) {
        Map<String, List<TicketEvent>> byTicket = new HashMap<>();
        for (TicketEvent e : events) {
            byTicket.computeIfAbsent(e.ticketId(), k -> new ArrayList<>()).add(e);
        }
        BusinessCalendar hours = policy.businessHours().orElse(null);
        Tally[] tallies = {new Tally(), new Tally(), new Tally()};
        for (Ticket t : tickets) {
            List<TicketEvent> all = byTicket.getOrDefault(t.id(), List.of());
            List<TicketEvent> seen = new ArrayList<>();
            for (TicketEvent e : all) {
                if (!e.at().isAfter(asOf)) {
                    seen.add(e);
                }
            }
            seen.sort(LifecycleReference.ORDER);
            for (int m = 0; m < METRICS.length; m++) {
                SlaMetric metric = METRICS[m];
                Tally tally = tallies[m];
                Optional<SlaTarget> target = policy.target(metric, t.priority());
                if (target.isEmpty()) {
                    tally.noTarget++;
                } else if (all.isEmpty()) {
                    tally.unmeasured++;
                } else if (t.createdAt().isAfter(asOf)) {
                    tally.pending += metric == SlaMetric.NEXT_REPLY ? 0 : 1;
                } else if (metric == SlaMetric.NEXT_REPLY) {
                    nextReply(t, seen, target.get(), hours, asOf, bucket, zone, tally);
                } else {
                    paused(metric, t, seen, target.get(), hours, asOf, bucket, zone, tally);
                }
            }
        }
        List<SlaResult> results = new ArrayList<>();
        for (int m = 0; m < METRICS.length; m++) {
            Tally x = tallies[m];
            results.add(new SlaResult(METRICS[m], x.met, x.breached, x.pending, x.noTarget, x.unmeasured, x.byAgent,
                    x.byBucket, x.metByBucket));
        }
        return results;
    }

    private static void nextReply(Ticket t, List<TicketEvent> seen, SlaTarget target, BusinessCalendar hours,
                                  Instant asOf, TimeBucket bucket, ZoneId zone, Tally tally) {
        boolean replied = false;
        Instant clock = null;
        for (TicketEvent e : seen) {
            if (e.type() == Type.AGENT_REPLY) {
                if (clock != null) {
                    Instant start = clock;
                    Instant deadline = firstReaching(start, x -> timeBetween(target, hours, start, x), target.limit());
                    count(tally, e.at().isAfter(deadline), e.agentId(), deadline, bucket, zone);
                    clock = null;
                }
                replied = true;
            } else if (e.type() == Type.CUSTOMER_MESSAGE && replied && clock == null) {
                clock = e.at();
            }
        }
        if (clock != null) {
            Instant start = clock;
            Instant deadline = firstReaching(start, x -> timeBetween(target, hours, start, x), target.limit());
            if (asOf.isAfter(deadline)) {
                count(tally, true, t.agentId(), deadline, bucket, zone);
            } else {
                tally.pending++;
            }
        }
    }

    private static void paused(SlaMetric metric, Ticket t, List<TicketEvent> seen, SlaTarget target,
                               BusinessCalendar hours, Instant asOf, TimeBucket bucket, ZoneId zone, Tally tally) {
        List<Instant> starts = new ArrayList<>(List.of(t.createdAt()));
        List<Type> statuses = new ArrayList<>();
        statuses.add(null);
        Instant lastSolved = null;
        Instant closed = null;
        for (TicketEvent e : seen) {
            if (e.type().isStatus()) {
                starts.add(e.at());
                statuses.add(e.type());
                lastSolved = e.type() == Type.SOLVED ? e.at() : lastSolved;
                closed = e.type() == Type.CLOSED ? e.at() : closed;
            }
        }
        Type last = statuses.get(statuses.size() - 1);
        Instant resolved = last == Type.SOLVED || last == Type.CLOSED ? (lastSolved != null ? lastSolved : closed) : null;
        Instant end = resolved != null ? resolved : asOf;
        // Run time until x; after the end the clock counts as running, which only places a met deadline.
        Function<Instant, Duration> run = x -> {
            Duration sum = Duration.ZERO;
            for (int i = 0; i < statuses.size(); i++) {
                Type s = statuses.get(i);
                boolean runs = s == null || s == Type.OPEN || metric == SlaMetric.REQUESTER_WAIT && s == Type.ON_HOLD;
                Instant from = starts.get(i);
                Instant to = i + 1 < starts.size() ? starts.get(i + 1) : Instant.MAX;
                to = min(min(to, end), x);
                if (runs && to.isAfter(from)) {
                    sum = sum.plus(timeBetween(target, hours, from, to));
                }
            }
            return x.isAfter(end) ? sum.plus(timeBetween(target, hours, end, x)) : sum;
        };
        Duration total = run.apply(end);
        boolean breached = total.compareTo(target.limit()) > 0;
        if (breached || resolved != null) {
            count(tally, breached, t.agentId(), firstReaching(t.createdAt(), run, target.limit()), bucket, zone);
        } else {
            tally.pending++;
        }
    }

    private static void count(Tally tally, boolean breached, String agent, Instant deadline,
                              TimeBucket bucket, ZoneId zone) {
        LocalDate date = bucket.startOf(deadline, zone);
        if (breached) {
            tally.breached++;
            tally.byAgent.merge(agent == null ? Ticket.ABSENT : agent, 1L, Long::sum);
            tally.byBucket.merge(date, 1L, Long::sum);
        } else {
            tally.met++;
            tally.metByBucket.merge(date, 1L, Long::sum);
        }
    }

    private static Duration timeBetween(SlaTarget target, BusinessCalendar hours, Instant from, Instant to) {
        return target.businessTime() ? hours.between(from, to) : Duration.between(from, to);
    }

    /** The first instant x >= from with f(x) >= limit, for a non-decreasing f; by bisection over nanoseconds. */
    static Instant firstReaching(Instant from, Function<Instant, Duration> f, Duration limit) {
        long hi = 1_000_000_000L;
        while (f.apply(from.plusNanos(hi)).compareTo(limit) < 0) {
            hi *= 2;
        }
        long lo = 0;
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (f.apply(from.plusNanos(mid)).compareTo(limit) >= 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return from.plusNanos(lo);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

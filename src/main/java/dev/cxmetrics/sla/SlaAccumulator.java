package dev.cxmetrics.sla;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.time.TimeBucket;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Evaluates tickets against an {@link SlaPolicy} one at a time and builds an {@link SlaReport};
 * accumulators over disjoint tickets can be merged. <b>Not thread-safe.</b>
 */
public final class SlaAccumulator {
    private final SlaPolicy policy;
    private final Instant asOf;
    private final TimeBucket bucket;
    private final ZoneId zone;
    private final Tally[] tallies = new Tally[SlaMetric.values().length];
    private final EventTargets eventTargets;
    private final List<EventTargets.Outcome> outcomes = new ArrayList<>();

    SlaAccumulator(SlaPolicy policy, Instant asOf, TimeBucket bucket, ZoneId zone) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.zone = Objects.requireNonNull(zone, "zone");
        for (int i = 0; i < tallies.length; i++) {
            tallies[i] = new Tally();
        }
        this.eventTargets = new EventTargets(policy, asOf);
    }

    /** An accumulator holding the counts of a report; see {@link SlaReport#toAccumulator}. */
    static SlaAccumulator of(SlaReport report, SlaPolicy policy, TimeBucket bucket, ZoneId zone) {
        SlaAccumulator accumulator = new SlaAccumulator(policy, report.asOf(), bucket, zone);
        for (SlaMetric metric : SlaMetric.values()) {
            accumulator.tallies[metric.ordinal()].restore(report.result(metric), bucket);
        }
        return accumulator;
    }

    /**
     * Evaluates one ticket without events: against the first-response and resolution targets; the
     * targets measured from events count it as {@link SlaStatus#UNMEASURED} (or no target).
     *
     * @param ticket the ticket
     * @return this accumulator
     * @throws IllegalArgumentException naming the ticket when a deadline cannot be computed or
     *     placed in a calendar bucket; the accumulator is then unchanged
     */
    public SlaAccumulator add(Ticket ticket) {
        return add(ticket, List.of());
    }

    /**
     * Evaluates one ticket with its events against every target. A ticket with events takes its
     * first response and resolution from them, as the report does (its own fields are replaced;
     * see {@link TicketEvent}); a ticket without events keeps its own. The targets measured from events
     * ({@link SlaMetric#fromEvents()}) use the events at or before the as-of instant, applied in
     * the order {@link TicketEvent} defines; a ticket without events is
     * {@link SlaStatus#UNMEASURED} for them. {@link SlaMetric#NEXT_REPLY} gives one evaluation per
     * reply (its breaches count for the replying agent) and one per clock still running (for the
     * ticket's agent); {@link SlaMetric#AGENT_WORK} and {@link SlaMetric#REQUESTER_WAIT} one per
     * ticket, for the ticket's agent.
     *
     * @param given the ticket
     * @param events all of the ticket's events, in any order; may be empty
     * @return this accumulator
     * @throws IllegalArgumentException naming the ticket when a deadline cannot be computed or
     *     placed in a calendar bucket, or naming ticket and event when an event is for another
     *     ticket, before the ticket's creation, after its close or a second close; the accumulator
     *     is then unchanged
     */
    public SlaAccumulator add(Ticket given, Collection<TicketEvent> events) {
        Objects.requireNonNull(given, "ticket");
        Objects.requireNonNull(events, "events");
        EventTargets.check(given, events);
        Ticket ticket = eventTargets.derived(given, events);
        // Evaluate every metric before counting any, so that a rejected ticket leaves no trace.
        outcomes.clear();
        for (SlaMetric metric : new SlaMetric[] {SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION}) {
            Instant deadline = policy.deadline(metric, ticket).orElse(null);
            SlaStatus status = deadline == null ? SlaStatus.NO_TARGET : SlaPolicy.status(metric, ticket, asOf, deadline);
            outcomes.add(new EventTargets.Outcome(metric, status, ticket.agentId(), deadline));
        }
        eventTargets.evaluate(ticket, events, outcomes);
        LocalDate[] buckets = new LocalDate[outcomes.size()];
        for (int i = 0; i < buckets.length; i++) {
            EventTargets.Outcome outcome = outcomes.get(i);
            if (decided(outcome.status())) {
                buckets[i] = bucketOf(outcome.metric(), outcome.deadline(), ticket);
            }
        }
        for (int i = 0; i < buckets.length; i++) {
            EventTargets.Outcome outcome = outcomes.get(i);
            tallies[outcome.metric().ordinal()].count(outcome.status(), outcome.agentId(), buckets[i]);
        }
        return this;
    }

    /** Met and breached tickets are counted per deadline bucket; pending and untargeted ones are not. */
    private static boolean decided(SlaStatus status) {
        return status == SlaStatus.MET || status == SlaStatus.BREACHED;
    }

    private LocalDate bucketOf(SlaMetric metric, Instant deadline, Ticket ticket) {
        try {
            return bucket.startOf(deadline, zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("the " + metric.label() + " deadline " + deadline
                    + " cannot be placed in a calendar bucket of " + zone + " (ticket " + ticket.id() + ")", e);
        }
    }

    /**
     * Adds the counts of another accumulator over other tickets; {@code other} is unchanged.
     *
     * @param other an accumulator with the same policy, as-of instant, bucket and zone
     * @return this accumulator
     * @throws IllegalArgumentException when the settings differ
     */
    public SlaAccumulator merge(SlaAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!policy.equals(other.policy) || !asOf.equals(other.asOf) || bucket != other.bucket
                || !zone.equals(other.zone)) {
            throw new IllegalArgumentException("cannot merge SLA accumulators with different policies or settings");
        }
        for (int i = 0; i < tallies.length; i++) {
            tallies[i].merge(other.tallies[i]);
        }
        return this;
    }

    /**
     * Builds the report of the tickets added so far; the accumulator stays usable.
     *
     * @return an immutable report
     */
    public SlaReport snapshot() {
        SlaResult[] results = new SlaResult[tallies.length];
        for (SlaMetric metric : SlaMetric.values()) {
            results[metric.ordinal()] = tallies[metric.ordinal()].result(metric);
        }
        return new SlaReport(asOf, results[0], results[1], results[2], results[3], results[4]);
    }

    private static final class Tally {
        long met;
        long breached;
        long pending;
        long noTarget;
        long unmeasured;
        final Map<String, Long> byAgent = new HashMap<>();
        final Map<LocalDate, Long> byBucket = new HashMap<>();
        final Map<LocalDate, Long> metByBucket = new HashMap<>();

        void count(SlaStatus status, String agentId, LocalDate deadlineBucket) {
            switch (status) {
                case NO_TARGET -> noTarget++;
                case UNMEASURED -> unmeasured++;
                case PENDING -> pending++;
                case MET -> {
                    met++;
                    metByBucket.merge(deadlineBucket, 1L, Long::sum);
                }
                case BREACHED -> {
                    breached++;
                    byAgent.merge(agentId == null ? Ticket.ABSENT : agentId, 1L, Long::sum);
                    byBucket.merge(deadlineBucket, 1L, Long::sum);
                }
            }
        }

        void merge(Tally other) {
            met += other.met;
            breached += other.breached;
            pending += other.pending;
            noTarget += other.noTarget;
            unmeasured += other.unmeasured;
            other.byAgent.forEach((k, v) -> byAgent.merge(k, v, Long::sum));
            other.byBucket.forEach((k, v) -> byBucket.merge(k, v, Long::sum));
            other.metByBucket.forEach((k, v) -> metByBucket.merge(k, v, Long::sum));
        }

        /** Takes the counts of a result, checking that its breach maps add up to its breaches. */
        void restore(SlaResult result, TimeBucket bucket) {
            String metric = result.metric().label();
            met = result.met();
            breached = result.breached();
            pending = result.pending();
            noTarget = result.noTarget();
            unmeasured = result.unmeasured();
            long total = 0;
            for (Map.Entry<String, Long> entry : result.breachesByAgent().entrySet()) {
                String agent = entry.getKey();
                if (!agent.equals(Ticket.ABSENT) && agent.isBlank()) {
                    throw new IllegalArgumentException(metric + " breaches name the blank agent '" + agent
                            + "'; an agent id is non-blank, or Ticket.ABSENT for none");
                }
                total = addBreaches(total, entry.getValue(), metric + " breaches of agent '" + agent + "'");
                byAgent.put(agent, entry.getValue());
            }
            checkTotal(total, metric + " breaches per agent");
            total = 0;
            for (Map.Entry<LocalDate, Long> entry : result.breachesByDeadlineBucket().entrySet()) {
                LocalDate start = entry.getKey();
                checkBucketStart(start, bucket, metric + " breaches");
                total = addBreaches(total, entry.getValue(), metric + " breaches in the bucket of " + start);
                byBucket.put(start, entry.getValue());
            }
            checkTotal(total, metric + " breaches per deadline bucket");
            // The result itself checked that met per bucket are positive and add up to met.
            for (Map.Entry<LocalDate, Long> entry : result.metByDeadlineBucket().entrySet()) {
                checkBucketStart(entry.getKey(), bucket, metric + " met tickets");
                metByBucket.put(entry.getKey(), entry.getValue());
            }
        }

        private static void checkBucketStart(LocalDate start, TimeBucket bucket, String what) {
            boolean isStart;
            try {
                isStart = bucket.startOf(start).equals(start);
            } catch (DateTimeException e) {
                isStart = false;
            }
            if (!isStart) {
                throw new IllegalArgumentException(what + " are counted in a deadline bucket " + start
                        + " that is not the start of a " + bucket.label());
            }
        }

        private static long addBreaches(long total, Long count, String what) {
            if (count == null || count < 1) {
                throw new IllegalArgumentException(what + " are " + count + ", not a positive count");
            }
            try {
                return Math.addExact(total, count);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(what + " overflow the breach total", e);
            }
        }

        private void checkTotal(long total, String what) {
            if (total != breached) {
                throw new IllegalArgumentException(what + " add up to " + total + ", not to the " + breached
                        + " breaches");
            }
        }

        SlaResult result(SlaMetric metric) {
            return new SlaResult(metric, met, breached, pending, noTarget, unmeasured, new TreeMap<>(byAgent), new TreeMap<>(byBucket),
                    new TreeMap<>(metByBucket));
        }
    }
}

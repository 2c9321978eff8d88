package dev.cxmetrics.sla;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.internal.DistinctIds;
import dev.cxmetrics.time.TimeBucket;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SLA attainment of a set of tickets as of an instant: per metric, the met, breached and
 * pending counts, attainment in percent, breaches per agent and per calendar bucket of the
 * deadline, and met tickets (hence attainment) per calendar bucket of the deadline. Immutable and thread-safe.
 *
 * @param asOf the instant of evaluation
 * @param firstResponse attainment of the first-response targets
 * @param resolution attainment of the resolution targets
 * @param nextReply attainment of the next-reply targets, counted per reply
 * @param agentWork attainment of the agent-work targets (paused while pending or on hold)
 * @param requesterWait attainment of the requester-wait targets (paused while pending)
 */
public record SlaReport(Instant asOf, SlaResult firstResponse, SlaResult resolution, SlaResult nextReply,
                        SlaResult agentWork, SlaResult requesterWait) {

    /**
     * Creates an instance after validating every component.
     *
     * @param asOf the instant of evaluation
     * @param firstResponse attainment of the first-response targets
     * @param resolution attainment of the resolution targets
     * @param nextReply attainment of the next-reply targets
     * @param agentWork attainment of the agent-work targets
     * @param requesterWait attainment of the requester-wait targets
     * @throws IllegalArgumentException when a result is for the wrong metric
     */
    public SlaReport {
        Objects.requireNonNull(asOf, "asOf");
        SlaResult[] results = {firstResponse, resolution, nextReply, agentWork, requesterWait};
        for (SlaMetric metric : SlaMetric.values()) {
            SlaResult result = Objects.requireNonNull(results[metric.ordinal()], metric.label());
            if (result.metric() != metric) {
                throw new IllegalArgumentException("SLA result for " + result.metric() + " was given as the "
                        + metric + " result");
            }
        }
    }

    /**
     * Creates a report of the first-response and resolution targets alone, as before targets
     * measured from events existed: the other results are {@link SlaResult#empty(SlaMetric)}.
     *
     * @param asOf the instant of evaluation
     * @param firstResponse attainment of the first-response targets
     * @param resolution attainment of the resolution targets
     * @throws IllegalArgumentException when a result is for the wrong metric
     */
    public SlaReport(Instant asOf, SlaResult firstResponse, SlaResult resolution) {
        this(asOf, firstResponse, resolution, SlaResult.empty(SlaMetric.NEXT_REPLY),
                SlaResult.empty(SlaMetric.AGENT_WORK), SlaResult.empty(SlaMetric.REQUESTER_WAIT));
    }

    /**
     * Evaluates tickets without events against a policy: the targets measured from events leave
     * every ticket {@link SlaStatus#UNMEASURED}.
     *
     * @param tickets the tickets
     * @param policy the targets
     * @param asOf the instant of evaluation; later events count as not yet happened
     * @param bucket the size of the deadline buckets breaches are counted in
     * @param zone the zone of the deadline buckets
     * @return the report
     * @throws IllegalArgumentException when a ticket id is given twice (the report rejects it too)
     */
    public static SlaReport of(Iterable<Ticket> tickets, SlaPolicy policy, Instant asOf, TimeBucket bucket, ZoneId zone) {
        return of(tickets, List.of(), policy, asOf, bucket, zone);
    }

    /**
     * Evaluates tickets and their events against a policy; each ticket is measured as
     * {@link SlaAccumulator#add(Ticket, java.util.Collection)} says.
     *
     * @param tickets the tickets
     * @param events their events, in any order
     * @param policy the targets
     * @param asOf the instant of evaluation; later events count as not yet happened
     * @param bucket the size of the deadline buckets breaches are counted in
     * @param zone the zone of the deadline buckets
     * @return the report
     * @throws IllegalArgumentException when a ticket id is given twice, an event names a ticket not
     *     given, or an event is invalid for its ticket (naming ticket and event)
     */
    public static SlaReport of(Iterable<Ticket> tickets, Iterable<TicketEvent> events, SlaPolicy policy, Instant asOf,
                               TimeBucket bucket, ZoneId zone) {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(events, "events");
        Map<String, List<TicketEvent>> byTicket = new HashMap<>();
        for (TicketEvent event : events) {
            byTicket.computeIfAbsent(Objects.requireNonNull(event, "event").ticketId(), id -> new ArrayList<>()).add(event);
        }
        SlaAccumulator accumulator = accumulator(policy, asOf, bucket, zone);
        DistinctIds ids = new DistinctIds();
        for (Ticket ticket : tickets) {
            ids.add(ticket.id());
            List<TicketEvent> own = byTicket.remove(ticket.id());
            accumulator.add(ticket, own == null ? List.of() : own);
        }
        if (!byTicket.isEmpty()) {
            TicketEvent orphan = byTicket.values().iterator().next().get(0);
            throw new IllegalArgumentException(orphan.type().label() + " event at " + orphan.at() + " is for ticket "
                    + orphan.ticketId() + ", which was not given");
        }
        return accumulator.snapshot();
    }

    /**
     * Starts an accumulator that evaluates tickets one at a time.
     *
     * @param policy the targets
     * @param asOf the instant of evaluation
     * @param bucket the size of the deadline buckets
     * @param zone the zone of the deadline buckets
     * @return a new accumulator; not thread-safe
     */
    public static SlaAccumulator accumulator(SlaPolicy policy, Instant asOf, TimeBucket bucket, ZoneId zone) {
        return new SlaAccumulator(policy, asOf, bucket, zone);
    }

    /**
     * Starts an accumulator that already holds this report's counts and goes on from there:
     * adding tickets to it, or merging it with accumulators over other tickets, gives the report
     * of this report's tickets and the others. Use it to resume an evaluation from a stored or
     * transmitted report, e.g. when decoding a report accumulator; the settings must be those the
     * report was computed with (its as-of instant is {@link #asOf()}), which cannot be checked.
     *
     * @param policy the targets the report was computed with
     * @param bucket the size of its deadline buckets
     * @param zone the zone of its deadline buckets
     * @return a new accumulator; not thread-safe
     * @throws IllegalArgumentException when the report cannot come from an accumulator: breaches per
     *     agent or per deadline bucket that are not positive or do not add up to the breaches of
     *     their metric, a blank agent, or a deadline bucket key (of breaches or of met tickets) that
     *     is not the start of a bucket
     */
    public SlaAccumulator toAccumulator(SlaPolicy policy, TimeBucket bucket, ZoneId zone) {
        return SlaAccumulator.of(this, policy, bucket, zone);
    }

    /**
     * Returns the result of one metric.
     *
     * @param metric the metric
     * @return its result
     */
    public SlaResult result(SlaMetric metric) {
        return switch (metric) {
            case FIRST_RESPONSE -> firstResponse;
            case RESOLUTION -> resolution;
            case NEXT_REPLY -> nextReply;
            case AGENT_WORK -> agentWork;
            case REQUESTER_WAIT -> requesterWait;
        };
    }

    /**
     * Returns the results of every metric, in the order of {@link SlaMetric}.
     *
     * @return the five results; unmodifiable
     */
    public List<SlaResult> results() {
        return List.of(firstResponse, resolution, nextReply, agentWork, requesterWait);
    }
}

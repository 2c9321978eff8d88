package dev.cxmetrics.sla;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.internal.DistinctIds;
import dev.cxmetrics.time.TimeBucket;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * SLA attainment of a set of tickets as of an instant: per metric, the met, breached and
 * pending counts, attainment in percent, breaches per agent and per calendar bucket of the
 * deadline, and met tickets (hence attainment) per calendar bucket of the deadline. Immutable and thread-safe.
 *
 * @param asOf the instant of evaluation
 * @param firstResponse attainment of the first-response targets
 * @param resolution attainment of the resolution targets
 */
public record SlaReport(Instant asOf, SlaResult firstResponse, SlaResult resolution) {

    /**
     * Creates an instance after validating every component.
     *
     * @param asOf the instant of evaluation
     * @param firstResponse attainment of the first-response targets
     * @param resolution attainment of the resolution targets
     * @throws IllegalArgumentException when a result is for the wrong metric
     */
    public SlaReport {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolution, "resolution");
        if (firstResponse.metric() != SlaMetric.FIRST_RESPONSE || resolution.metric() != SlaMetric.RESOLUTION) {
            throw new IllegalArgumentException("SLA results are for " + firstResponse.metric() + " and "
                    + resolution.metric() + ", expected FIRST_RESPONSE and RESOLUTION");
        }
    }

    /**
     * Evaluates tickets against a policy.
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
        Objects.requireNonNull(tickets, "tickets");
        SlaAccumulator accumulator = accumulator(policy, asOf, bucket, zone);
        DistinctIds ids = new DistinctIds();
        for (Ticket ticket : tickets) {
            ids.add(ticket.id());
            accumulator.add(ticket);
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
     * @param metric first response or resolution
     * @return its result
     */
    public SlaResult result(SlaMetric metric) {
        return metric == SlaMetric.FIRST_RESPONSE ? firstResponse : resolution;
    }
}

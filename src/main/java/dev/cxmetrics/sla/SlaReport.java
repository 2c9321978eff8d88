package dev.cxmetrics.sla;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.time.TimeBucket;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * SLA attainment of a set of tickets as of an instant: per metric, the met, breached and
 * pending counts, attainment in percent, and breaches per agent and per calendar bucket of the
 * deadline. Immutable and thread-safe.
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
     */
    public static SlaReport of(Iterable<Ticket> tickets, SlaPolicy policy, Instant asOf, TimeBucket bucket, ZoneId zone) {
        Objects.requireNonNull(tickets, "tickets");
        SlaAccumulator accumulator = accumulator(policy, asOf, bucket, zone);
        for (Ticket ticket : tickets) {
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
     * Returns the result of one metric.
     *
     * @param metric first response or resolution
     * @return its result
     */
    public SlaResult result(SlaMetric metric) {
        return metric == SlaMetric.FIRST_RESPONSE ? firstResponse : resolution;
    }
}

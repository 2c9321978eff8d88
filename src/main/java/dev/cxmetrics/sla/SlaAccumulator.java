package dev.cxmetrics.sla;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.time.TimeBucket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
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
    private final Tally[] tallies = {new Tally(), new Tally()};

    SlaAccumulator(SlaPolicy policy, Instant asOf, TimeBucket bucket, ZoneId zone) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Evaluates one ticket against both metrics.
     *
     * @param ticket the ticket
     * @return this accumulator
     */
    public SlaAccumulator add(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        for (SlaMetric metric : SlaMetric.values()) {
            Tally tally = tallies[metric.ordinal()];
            Instant deadline = policy.deadline(metric, ticket).orElse(null);
            if (deadline == null) {
                tally.noTarget++;
                continue;
            }
            switch (SlaPolicy.status(metric, ticket, asOf, deadline)) {
                case MET:
                    tally.met++;
                    break;
                case PENDING:
                    tally.pending++;
                    break;
                default:
                    tally.breached++;
                    String agent = ticket.agentId() == null ? Ticket.ABSENT : ticket.agentId();
                    tally.byAgent.merge(agent, 1L, Long::sum);
                    tally.byBucket.merge(bucket.startOf(deadline, zone), 1L, Long::sum);
                    break;
            }
        }
        return this;
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
        return new SlaReport(asOf, tallies[0].result(SlaMetric.FIRST_RESPONSE), tallies[1].result(SlaMetric.RESOLUTION));
    }

    private static final class Tally {
        long met;
        long breached;
        long pending;
        long noTarget;
        final Map<String, Long> byAgent = new HashMap<>();
        final Map<LocalDate, Long> byBucket = new HashMap<>();

        void merge(Tally other) {
            met += other.met;
            breached += other.breached;
            pending += other.pending;
            noTarget += other.noTarget;
            other.byAgent.forEach((k, v) -> byAgent.merge(k, v, Long::sum));
            other.byBucket.forEach((k, v) -> byBucket.merge(k, v, Long::sum));
        }

        SlaResult result(SlaMetric metric) {
            return new SlaResult(metric, met, breached, pending, noTarget, new TreeMap<>(byAgent), new TreeMap<>(byBucket));
        }
    }
}

package dev.cxmetrics.sla;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Attainment of one SLA metric over a set of tickets, as of an instant.
 *
 * <p>{@link #percent()} {@code = 100 × met / (met + breached)}: pending tickets and tickets
 * without a target are left out; empty when nothing was met or breached. Breaches are counted per
 * agent (tickets without an agent under {@link dev.cxmetrics.Ticket#ABSENT}) and per calendar
 * bucket of their deadline — "how many times a day did we miss the reply target". Immutable and
 * thread-safe.
 *
 * @param metric the metric
 * @param met tickets whose event happened by the deadline
 * @param breached tickets late, or still waiting past the deadline
 * @param pending tickets still waiting before the deadline
 * @param noTarget tickets whose priority has no target
 * @param breachesByAgent breaches per agent, sorted
 * @param breachesByDeadlineBucket breaches per bucket of the deadline, keyed by the bucket's first day
 */
public record SlaResult(SlaMetric metric, long met, long breached, long pending, long noTarget,
                        SortedMap<String, Long> breachesByAgent, SortedMap<LocalDate, Long> breachesByDeadlineBucket) {

    /**
     * Creates an instance after validating every component.
     *
     * @param metric the metric
     * @param met tickets met, {@code >= 0}
     * @param breached tickets breached, {@code >= 0}
     * @param pending tickets pending, {@code >= 0}
     * @param noTarget tickets without a target, {@code >= 0}
     * @param breachesByAgent breaches per agent
     * @param breachesByDeadlineBucket breaches per deadline bucket
     * @throws IllegalArgumentException when a count is negative
     */
    public SlaResult {
        Objects.requireNonNull(metric, "metric");
        for (long count : new long[] {met, breached, pending, noTarget}) {
            if (count < 0) {
                throw new IllegalArgumentException("SLA count " + count + " is negative");
            }
        }
        breachesByAgent = Collections.unmodifiableSortedMap(new TreeMap<>(breachesByAgent));
        breachesByDeadlineBucket = Collections.unmodifiableSortedMap(new TreeMap<>(breachesByDeadlineBucket));
    }

    /**
     * Returns the attainment in percent, in [0, 100].
     *
     * @return {@code 100 × met / (met + breached)}, or empty when both are 0
     */
    public OptionalDouble percent() {
        long decided = met + breached;
        return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * met / decided);
    }
}

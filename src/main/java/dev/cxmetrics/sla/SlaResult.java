package dev.cxmetrics.sla;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Attainment of one SLA metric over a set of tickets, as of an instant.
 *
 * <p>{@link #percent()} {@code = 100 × met / (met + breached)}: pending tickets and tickets
 * without a target are left out; empty when nothing was met or breached. Breaches are counted per
 * agent (tickets without an agent under {@link dev.cxmetrics.Ticket#ABSENT}) and per calendar
 * bucket of their deadline — "how many times a day did we miss the reply target"; met tickets are
 * counted per bucket of their deadline too, so that {@link #attainmentByDeadlineBucket()} gives
 * the attainment per bucket. For {@link SlaMetric#NEXT_REPLY} the met, breached and pending counts
 * are replies (and clocks still running), not tickets; {@code noTarget} and {@code unmeasured}
 * always count tickets. Immutable and thread-safe.
 *
 * @param metric the metric
 * @param met tickets whose event happened by the deadline
 * @param breached tickets late, or still waiting past the deadline
 * @param pending tickets still waiting before the deadline
 * @param noTarget tickets whose priority has no target
 * @param unmeasured tickets without events, for a metric measured from events
 *     ({@link SlaMetric#fromEvents()}); always 0 for the others
 * @param breachesByAgent breaches per agent, sorted
 * @param breachesByDeadlineBucket breaches per bucket of the deadline, keyed by the bucket's first day
 * @param metByDeadlineBucket met tickets per bucket of the deadline, keyed by the bucket's first day
 */
public record SlaResult(SlaMetric metric, long met, long breached, long pending, long noTarget, long unmeasured,
                        SortedMap<String, Long> breachesByAgent, SortedMap<LocalDate, Long> breachesByDeadlineBucket,
                        SortedMap<LocalDate, Long> metByDeadlineBucket) {

    /**
     * Creates an instance after validating every component.
     *
     * @param metric the metric
     * @param met tickets met, {@code >= 0}
     * @param breached tickets breached, {@code >= 0}
     * @param pending tickets pending, {@code >= 0}
     * @param noTarget tickets without a target, {@code >= 0}
     * @param unmeasured tickets without events, {@code >= 0}; 0 unless the metric is measured from events
     * @param breachesByAgent breaches per agent
     * @param breachesByDeadlineBucket breaches per deadline bucket
     * @param metByDeadlineBucket met tickets per deadline bucket: each count {@code >= 1}, adding up
     *     to {@code met}
     * @throws IllegalArgumentException when a count is negative, {@code unmeasured} is not 0 for a
     *     metric not measured from events, or a met count per bucket is not positive or the met
     *     counts per bucket do not add up to {@code met}
     */
    public SlaResult {
        Objects.requireNonNull(metric, "metric");
        for (long count : new long[] {met, breached, pending, noTarget, unmeasured}) {
            if (count < 0) {
                throw new IllegalArgumentException("SLA count " + count + " is negative");
            }
        }
        if (unmeasured != 0 && !metric.fromEvents()) {
            throw new IllegalArgumentException(metric.label() + " unmeasured is " + unmeasured
                    + ", but only targets measured from events leave tickets unmeasured");
        }
        breachesByAgent = Collections.unmodifiableSortedMap(new TreeMap<>(breachesByAgent));
        breachesByDeadlineBucket = Collections.unmodifiableSortedMap(new TreeMap<>(breachesByDeadlineBucket));
        metByDeadlineBucket = Collections.unmodifiableSortedMap(new TreeMap<>(metByDeadlineBucket));
        checkMetByBucket(metric, met, metByDeadlineBucket);
    }

    /**
     * Creates a result of a metric that leaves no ticket unmeasured, as before targets measured
     * from events existed: {@code unmeasured} is 0.
     *
     * @param metric the metric
     * @param met tickets met, {@code >= 0}
     * @param breached tickets breached, {@code >= 0}
     * @param pending tickets pending, {@code >= 0}
     * @param noTarget tickets without a target, {@code >= 0}
     * @param breachesByAgent breaches per agent
     * @param breachesByDeadlineBucket breaches per deadline bucket
     * @param metByDeadlineBucket met tickets per deadline bucket, adding up to {@code met}
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public SlaResult(SlaMetric metric, long met, long breached, long pending, long noTarget,
                     SortedMap<String, Long> breachesByAgent, SortedMap<LocalDate, Long> breachesByDeadlineBucket,
                     SortedMap<LocalDate, Long> metByDeadlineBucket) {
        this(metric, met, breached, pending, noTarget, 0, breachesByAgent, breachesByDeadlineBucket,
                metByDeadlineBucket);
    }

    /**
     * Returns the result of a metric over no ticket: every count 0, every map empty.
     *
     * @param metric the metric
     * @return the empty result
     */
    public static SlaResult empty(SlaMetric metric) {
        return new SlaResult(metric, 0, 0, 0, 0, 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    private static void checkMetByBucket(SlaMetric metric, long met, SortedMap<LocalDate, Long> byBucket) {
        long total = 0;
        for (var entry : byBucket.entrySet()) {
            Long count = entry.getValue();
            if (count == null || count < 1) {
                throw new IllegalArgumentException(metric.label() + " metByDeadlineBucket is " + count + " in the bucket of "
                        + entry.getKey() + ", not a positive count");
            }
            total += count;
            if (total < 0) {
                throw new IllegalArgumentException(metric.label() + " metByDeadlineBucket overflows in the bucket of "
                        + entry.getKey());
            }
        }
        if (total != met) {
            throw new IllegalArgumentException(metric.label() + " metByDeadlineBucket adds up to " + total
                    + ", not to the " + met + " met");
        }
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

    /**
     * Returns the attainment in percent per calendar bucket of the deadline: for each bucket
     * with a met or breached ticket, {@code 100 × met / (met + breached)} of that bucket, in
     * [0, 100]. Pending tickets are left out, as in {@link #percent()}; a bucket with neither
     * met nor breached tickets has no entry (a gap, not 0).
     *
     * @return the attainment per bucket, keyed by the bucket's first day; unmodifiable, may be empty
     */
    public SortedMap<LocalDate, Double> attainmentByDeadlineBucket() {
        TreeMap<LocalDate, Double> attainment = new TreeMap<>();
        for (LocalDate bucket : union(metByDeadlineBucket.keySet(), breachesByDeadlineBucket.keySet())) {
            long bucketMet = metByDeadlineBucket.getOrDefault(bucket, 0L);
            long bucketBreached = breachesByDeadlineBucket.getOrDefault(bucket, 0L);
            long decided = bucketMet + bucketBreached;
            if (decided > 0) {
                attainment.put(bucket, 100.0 * bucketMet / decided);
            }
        }
        return Collections.unmodifiableSortedMap(attainment);
    }

    private static TreeSet<LocalDate> union(Set<LocalDate> a, Set<LocalDate> b) {
        TreeSet<LocalDate> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}

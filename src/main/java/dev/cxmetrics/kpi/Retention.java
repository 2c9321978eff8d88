package dev.cxmetrics.kpi;

import java.util.Set;
import java.util.OptionalDouble;

/**
 * Customer retention rate over a period: {@code 100 × (E − N) / S}, where {@code S} is the number
 * of customers at the start, {@code E} at the end and {@code N} the customers acquired during
 * the period. {@code E − N} are the start customers still there at the end.
 *
 * <p>{@link #percent()} is in [0, 100] and empty when {@code S == 0}. Inconsistent counts
 * (negative, {@code N > E}, or more retained than there were at the start) are rejected.
 * Immutable and thread-safe.
 *
 * @param atStart customers at the start of the period, {@code S}
 * @param atEnd customers at the end of the period, {@code E}
 * @param acquired customers acquired during the period and present at its end, {@code N}
 */
public record Retention(long atStart, long atEnd, long acquired) {

    /**
     * Creates an instance after validating every component.
     *
     * @param atStart customers at the start of the period, {@code S}
     * @param atEnd customers at the end of the period, {@code E}
     * @param acquired customers acquired during the period and present at its end, {@code N}
     * @throws IllegalArgumentException when a component is out of its range, naming it and its value
     */
    public Retention {
        Ratios.nonNegative(atStart, "atStart");
        Ratios.nonNegative(atEnd, "atEnd");
        Ratios.nonNegative(acquired, "acquired");
        Ratios.atMost(acquired, "acquired", atEnd, "atEnd");
        Ratios.atMost(atEnd - acquired, "retained (atEnd - acquired)", atStart, "atStart");
    }

    /**
     * Builds the rate from counts.
     *
     * @param atStart customers at the start, {@code S}
     * @param atEnd customers at the end, {@code E}
     * @param acquired customers acquired during the period, {@code N}
     * @return the result
     * @throws IllegalArgumentException when the counts are inconsistent
     */
    public static Retention of(long atStart, long atEnd, long acquired) {
        return new Retention(atStart, atEnd, acquired);
    }

    /**
     * Builds the rate from the customer ids present at the start and at the end; acquired
     * customers are those at the end that were not there at the start.
     *
     * @param atStart the customer ids at the start
     * @param atEnd the customer ids at the end
     * @return the result
     * @throws IllegalArgumentException when a set contains null
     * @throws NullPointerException when a set is null
     */
    public static Retention of(Set<String> atStart, Set<String> atEnd) {
        CustomerSets.check(atStart, "atStart");
        CustomerSets.check(atEnd, "atEnd");
        return new Retention(atStart.size(), atEnd.size(), CustomerSets.countNotIn(atEnd, atStart));
    }

    /**
     * Returns the number of start customers still present at the end.
     *
     * @return {@code atEnd − acquired}
     */
    public long retained() {
        return atEnd - acquired;
    }

    /**
     * Returns the retention rate in percent.
     *
     * @return {@code 100 × (E − N) / S} in [0, 100], or empty when {@code S == 0}
     */
    public OptionalDouble percent() {
        return Ratios.percent(retained(), atStart);
    }
}

package dev.cxmetrics.kpi;

import java.util.OptionalDouble;
import java.util.Set;

/**
 * Customer churn rate over a period: {@code 100 × L / S}, where {@code S} is the number of
 * customers at the start and {@code L} the number of them lost by the end.
 *
 * <p>{@link #percent()} is in [0, 100] and empty when {@code S == 0}. Negative counts and
 * {@code L > S} are rejected. Immutable and thread-safe.
 *
 * @param atStart customers at the start of the period, {@code S}
 * @param lost start customers no longer present at the end, {@code L}
 */
public record Churn(long atStart, long lost) {

    /**
     * Creates an instance after validating every component.
     *
     * @param atStart customers at the start of the period, {@code S}
     * @param lost start customers no longer present at the end, {@code L}
     * @throws IllegalArgumentException when a component is out of its range, naming it and its value
     */
    public Churn {
        Ratios.nonNegative(atStart, "atStart");
        Ratios.nonNegative(lost, "lost");
        Ratios.atMost(lost, "lost", atStart, "atStart");
    }

    /**
     * Builds the rate from counts.
     *
     * @param atStart customers at the start, {@code S}
     * @param lost customers lost during the period, {@code L}
     * @return the result
     * @throws IllegalArgumentException when the counts are inconsistent
     */
    public static Churn of(long atStart, long lost) {
        return new Churn(atStart, lost);
    }

    /**
     * Builds the rate from the customer ids present at the start and at the end; lost customers
     * are those at the start that are not there at the end.
     *
     * @param atStart the customer ids at the start
     * @param atEnd the customer ids at the end
     * @return the result
     * @throws IllegalArgumentException when a set contains null
     * @throws NullPointerException when a set is null
     */
    public static Churn of(Set<String> atStart, Set<String> atEnd) {
        CustomerSets.check(atStart, "atStart");
        CustomerSets.check(atEnd, "atEnd");
        return new Churn(atStart.size(), CustomerSets.countNotIn(atStart, atEnd));
    }

    /**
     * Returns the churn rate in percent.
     *
     * @return {@code 100 × L / S} in [0, 100], or empty when {@code S == 0}
     */
    public OptionalDouble percent() {
        return Ratios.percent(lost, atStart);
    }
}

package dev.cxmetrics.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * One SLA target: a time limit, counted in calendar (wall-clock) time or in the business hours
 * of the policy's {@link dev.cxmetrics.time.BusinessCalendar}. Immutable and thread-safe.
 *
 * @param limit the time allowed, positive
 * @param businessTime true to count only business hours, false for calendar time
 */
public record SlaTarget(Duration limit, boolean businessTime) {

    /**
     * Creates an instance after validating every component.
     *
     * @param limit the time allowed, positive
     * @param businessTime true to count only business hours
     * @throws IllegalArgumentException when {@code limit} is zero or negative
     */
    public SlaTarget {
        Objects.requireNonNull(limit, "limit");
        if (limit.isZero() || limit.isNegative()) {
            throw new IllegalArgumentException("SLA limit " + limit + " is not positive");
        }
    }

    /**
     * A target in calendar time.
     *
     * @param limit the time allowed, positive
     * @return the target
     */
    public static SlaTarget calendar(Duration limit) {
        return new SlaTarget(limit, false);
    }

    /**
     * A target in business hours.
     *
     * @param limit the business time allowed, positive
     * @return the target
     */
    public static SlaTarget business(Duration limit) {
        return new SlaTarget(limit, true);
    }
}

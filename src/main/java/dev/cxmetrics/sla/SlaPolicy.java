package dev.cxmetrics.sla;

import dev.cxmetrics.InvalidRecordException;
import dev.cxmetrics.Priority;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.time.BusinessCalendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Service-level targets per {@link Priority}: how long a first response and a resolution may
 * take, each in calendar time or in business hours.
 *
 * <pre>{@code
 * SlaPolicy policy = SlaPolicy.builder()
 *         .businessHours(calendar)
 *         .target(SlaMetric.FIRST_RESPONSE, Priority.URGENT, SlaTarget.calendar(Duration.ofMinutes(30)))
 *         .target(SlaMetric.FIRST_RESPONSE, Priority.NORMAL, SlaTarget.business(Duration.ofHours(4)))
 *         .target(SlaMetric.RESOLUTION, Priority.NORMAL, SlaTarget.business(Duration.ofDays(2)))
 *         .build();
 * }</pre>
 *
 * <p>A ticket's deadline is {@code createdAt + limit} in calendar time, or the instant at which
 * {@code limit} of business time has elapsed since {@code createdAt}. Evaluated as of an instant,
 * a target is {@link SlaStatus#MET} when the event happened by the deadline,
 * {@link SlaStatus#BREACHED} when it happened later or has not happened and the deadline has
 * passed, and {@link SlaStatus#PENDING} otherwise; events after the as-of instant count as not
 * yet happened. Tickets whose priority has no target are {@link SlaStatus#NO_TARGET}; tickets
 * without a priority are evaluated as {@link Builder#unprioritizedAs(Priority)} says, or have no
 * target.
 *
 * <p>The targets measured from a ticket's events ({@link SlaMetric#fromEvents()}) are evaluated by
 * {@link SlaAccumulator#add(Ticket, java.util.Collection)}: a {@link SlaMetric#NEXT_REPLY}
 * deadline is each next-reply clock's start plus the limit; an {@link SlaMetric#AGENT_WORK} or
 * {@link SlaMetric#REQUESTER_WAIT} deadline is the instant at which the time the paused clock ran
 * reaches the limit. Immutable and thread-safe.
 */
public final class SlaPolicy {
    private final Map<SlaMetric, Map<Priority, SlaTarget>> targets;
    private final BusinessCalendar calendar;
    private final Priority unprioritizedAs;

    private SlaPolicy(Builder builder) {
        Map<SlaMetric, Map<Priority, SlaTarget>> copy = new EnumMap<>(SlaMetric.class);
        for (SlaMetric metric : SlaMetric.values()) {
            copy.put(metric, new EnumMap<>(builder.targets.get(metric)));
        }
        this.targets = copy;
        this.calendar = builder.calendar;
        this.unprioritizedAs = builder.unprioritizedAs;
    }

    /**
     * Starts a builder with no targets.
     *
     * @return a new builder; not thread-safe
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the target of a metric for a priority.
     *
     * @param metric the metric
     * @param priority the priority, or null for tickets without one
     * @return the target, or empty when there is none
     */
    public Optional<SlaTarget> target(SlaMetric metric, Priority priority) {
        Objects.requireNonNull(metric, "metric");
        Priority effective = priority != null ? priority : unprioritizedAs;
        return effective == null ? Optional.empty() : Optional.ofNullable(targets.get(metric).get(effective));
    }

    /**
     * Returns the priority whose targets apply to tickets without a priority.
     *
     * @return the priority set by {@link Builder#unprioritizedAs(Priority)}, or empty when such
     *     tickets have no target
     */
    public Optional<Priority> unprioritizedAs() {
        return Optional.ofNullable(unprioritizedAs);
    }

    /**
     * Tells whether the policy sets a target of a metric for some priority.
     *
     * @param metric the metric
     * @return true when at least one priority has a target for it
     */
    public boolean hasTargets(SlaMetric metric) {
        return !targets.get(Objects.requireNonNull(metric, "metric")).isEmpty();
    }

    /**
     * Returns the business calendar of the business-time targets.
     *
     * @return the calendar, or empty when every target is in calendar time
     */
    public Optional<BusinessCalendar> businessHours() {
        return Optional.ofNullable(calendar);
    }

    /**
     * Returns a ticket's deadline for a metric measured from its creation.
     *
     * @param metric first response or resolution
     * @param ticket the ticket
     * @return the deadline, or empty when the policy has no target for the ticket's priority
     * @throws IllegalArgumentException naming the ticket when the deadline is past {@link Instant#MAX}
     *     (an {@link InvalidRecordException} naming the field the deadline counts from) or, in business
     *     time, more than about 292 years after the ticket's creation; or when the metric is measured
     *     from events, whose deadlines depend on the events
     */
    public Optional<Instant> deadline(SlaMetric metric, Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        if (metric.fromEvents()) {
            throw new IllegalArgumentException(metric.label() + " deadlines depend on the ticket's events;"
                    + " evaluate them with SlaAccumulator.add(ticket, events) (ticket " + ticket.id() + ")");
        }
        Optional<SlaTarget> target = target(metric, ticket.priority());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(plus(metric, target.get(), "createdAt", ticket.createdAt(), target.get().limit(), ticket.id()));
    }

    /**
     * The instant {@code time} after {@code from} in the target's time (calendar or business).
     *
     * @throws IllegalArgumentException naming the ticket when it is past the representable range
     */
    Instant plus(SlaMetric metric, SlaTarget target, String what, Instant from, Duration time, String ticketId) {
        try {
            return target.businessTime() ? calendar.plus(from, time) : from.plus(time);
        } catch (DateTimeException | ArithmeticException e) {
            String added = time.equals(target.limit()) ? "the " + metric.label() + " target " + time
                    : time + " left of the " + metric.label() + " target";
            InvalidRecordException invalid = new InvalidRecordException(what, from.toString(), ticketId,
                    from + " plus " + added + " is past the last representable instant");
            invalid.initCause(e);
            throw invalid;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (ticket " + ticketId + ")", e);
        }
    }

    /** The time from {@code from} to {@code to} in the target's time (calendar or business). */
    Duration elapsed(SlaTarget target, Instant from, Instant to) {
        return target.businessTime() ? calendar.between(from, to) : Duration.between(from, to);
    }

    /**
     * Evaluates a ticket against the target of a metric, as of an instant.
     *
     * @param metric the metric
     * @param ticket the ticket, without its events
     * @param asOf the instant of evaluation; later events count as not yet happened
     * @return met, breached, pending, or no target; for a metric measured from events (which
     *     needs the ticket's events) no target or {@link SlaStatus#UNMEASURED}
     * @throws IllegalArgumentException when the deadline cannot be computed, as for
     *     {@link #deadline(SlaMetric, Ticket)}
     */
    public SlaStatus status(SlaMetric metric, Ticket ticket, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (metric.fromEvents()) {
            return target(metric, Objects.requireNonNull(ticket, "ticket").priority()).isEmpty() ? SlaStatus.NO_TARGET
                    : SlaStatus.UNMEASURED;
        }
        Optional<Instant> deadline = deadline(metric, ticket);
        if (deadline.isEmpty()) {
            return SlaStatus.NO_TARGET;
        }
        return status(metric, ticket, asOf, deadline.get());
    }

    static SlaStatus status(SlaMetric metric, Ticket ticket, Instant asOf, Instant deadline) {
        Instant event = metric == SlaMetric.FIRST_RESPONSE ? ticket.firstResponseAt() : ticket.resolvedAt();
        if (event != null && !event.isAfter(asOf)) {
            return event.isAfter(deadline) ? SlaStatus.BREACHED : SlaStatus.MET;
        }
        return asOf.isAfter(deadline) ? SlaStatus.BREACHED : SlaStatus.PENDING;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SlaPolicy)) {
            return false;
        }
        SlaPolicy other = (SlaPolicy) o;
        return targets.equals(other.targets) && Objects.equals(calendar, other.calendar)
                && unprioritizedAs == other.unprioritizedAs;
    }

    @Override
    public int hashCode() {
        return Objects.hash(targets, calendar, unprioritizedAs);
    }

    @Override
    public String toString() {
        // Metrics without targets beyond the first two are left out, so that a policy of the first
        // two reads (and fingerprints) exactly as it did before the others existed.
        Map<SlaMetric, Map<Priority, SlaTarget>> shown = new EnumMap<>(SlaMetric.class);
        for (Map.Entry<SlaMetric, Map<Priority, SlaTarget>> entry : targets.entrySet()) {
            if (!entry.getKey().fromEvents() || !entry.getValue().isEmpty()) {
                shown.put(entry.getKey(), entry.getValue());
            }
        }
        return "SlaPolicy{targets=" + shown + ", unprioritizedAs=" + unprioritizedAs
                + (calendar == null ? "" : ", businessHours=" + calendar) + "}";
    }

    /**
     * A fluent builder of {@link SlaPolicy}; {@link #build()} checks that business-time targets
     * have a calendar. Not thread-safe.
     */
    public static final class Builder {
        private final Map<SlaMetric, Map<Priority, SlaTarget>> targets = new EnumMap<>(SlaMetric.class);
        private BusinessCalendar calendar;
        private Priority unprioritizedAs;

        private Builder() {
            for (SlaMetric metric : SlaMetric.values()) {
                targets.put(metric, new EnumMap<>(Priority.class));
            }
        }

        /**
         * Sets a target.
         *
         * @param metric the metric
         * @param priority the priority it applies to
         * @param target the limit
         * @return this builder
         * @throws IllegalArgumentException when that metric already has a target for that priority
         */
        public Builder target(SlaMetric metric, Priority priority, SlaTarget target) {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(target, "target");
            SlaTarget previous = targets.get(metric).putIfAbsent(priority, target);
            if (previous != null) {
                throw new IllegalArgumentException(metric.label() + " target for " + priority
                        + " was already set to " + previous.limit());
            }
            return this;
        }

        /**
         * Sets the business hours in which business-time targets are counted.
         *
         * @param calendar the business calendar
         * @return this builder
         */
        public Builder businessHours(BusinessCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * Evaluates tickets without a priority against the targets of a priority.
         *
         * @param priority the priority to apply to tickets without one
         * @return this builder
         */
        public Builder unprioritizedAs(Priority priority) {
            this.unprioritizedAs = Objects.requireNonNull(priority, "priority");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws IllegalArgumentException when there is no target, or a business-time target but no calendar
         */
        public SlaPolicy build() {
            boolean any = false;
            for (Map.Entry<SlaMetric, Map<Priority, SlaTarget>> entry : targets.entrySet()) {
                for (Map.Entry<Priority, SlaTarget> target : entry.getValue().entrySet()) {
                    any = true;
                    if (target.getValue().businessTime() && calendar == null) {
                        throw new IllegalArgumentException(entry.getKey().label() + " target for " + target.getKey()
                                + " is in business time but no business hours were set");
                    }
                }
            }
            if (!any) {
                throw new IllegalArgumentException("an SLA policy needs at least one target");
            }
            return new SlaPolicy(this);
        }
    }
}

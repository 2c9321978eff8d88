package dev.cxmetrics.kpi;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.stats.DurationStats;
import dev.cxmetrics.time.BusinessCalendar;

import java.util.Objects;

/**
 * Resolution time: per ticket {@code resolvedAt − createdAt}, over resolved tickets; the
 * others are counted as {@link #open()}.
 *
 * <p>Measured in calendar (wall-clock) time by default, or in business hours. {@link #stats()} gives count, mean, median,
 * percentiles, min, max and sum, each empty when no ticket was resolved. Immutable and
 * thread-safe.
 *
 * @param stats the exact statistics of the resolution times of resolved tickets
 * @param open the number of tickets not resolved
 */
public record ResolutionTime(DurationStats stats, long open) {

    /**
     * Creates an instance after validating every component.
     *
     * @param stats the exact statistics of the resolution times of resolved tickets
     * @param open the number of tickets not resolved
     * @throws IllegalArgumentException when a component is out of its range, naming it and its value
     */
    public ResolutionTime {
        Objects.requireNonNull(stats, "stats");
        Ratios.nonNegative(open, "open");
    }

    /**
     * Computes resolution times in calendar (wall-clock) time.
     *
     * @param tickets the tickets
     * @return the result
     * @throws IllegalArgumentException when a time exceeds about 292 years, naming the ticket,
     *     or when a ticket id is given twice (the report rejects it too)
     */
    public static ResolutionTime of(Iterable<Ticket> tickets) {
        return measure(tickets, null);
    }

    /**
     * Computes resolution times in business time: only the time the calendar is open counts, so a
     * ticket opened on Friday evening and handled on Monday morning counts the Monday hours.
     *
     * @param tickets the tickets
     * @param businessHours the business calendar to count in
     * @return the result
     * @throws IllegalArgumentException when a span exceeds about 292 years, naming the ticket,
     *     or when a ticket id is given twice (the report rejects it too)
     */
    public static ResolutionTime of(Iterable<Ticket> tickets, BusinessCalendar businessHours) {
        return measure(tickets, Objects.requireNonNull(businessHours, "businessHours"));
    }

    private static ResolutionTime measure(Iterable<Ticket> tickets, BusinessCalendar businessHours) {
        TicketSpans.Measured measured = TicketSpans.measure(tickets, businessHours, Ticket::resolvedAt, "resolution time");
        return new ResolutionTime(measured.stats(), measured.withoutEnd());
    }

    /**
     * Returns the number of resolved tickets, the sample size of {@link #stats()}.
     *
     * @return the count of resolved tickets
     */
    public long resolved() {
        return stats.count();
    }

    /**
     * Returns the number of tickets considered, resolved or open.
     *
     * @return {@code resolved() + open()}
     */
    public long tickets() {
        return stats.count() + open;
    }
}

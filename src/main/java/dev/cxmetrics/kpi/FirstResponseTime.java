package dev.cxmetrics.kpi;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.stats.DurationStats;
import dev.cxmetrics.time.BusinessCalendar;

import java.util.Objects;

/**
 * First response time: per ticket {@code firstResponseAt − createdAt}, over the tickets that
 * have a first response; the others are counted as {@link #unanswered()}.
 *
 * <p>Measured in calendar (wall-clock) time by default, or in business hours. {@link #stats()} gives count, mean, median,
 * percentiles, min, max and sum, each empty when no ticket was answered. Immutable and
 * thread-safe.
 *
 * @param stats the exact statistics of the first response times of answered tickets
 * @param unanswered the number of tickets without a first response
 */
public record FirstResponseTime(DurationStats stats, long unanswered) {

    /**
     * Creates an instance after validating every component.
     *
     * @param stats the exact statistics of the first response times of answered tickets
     * @param unanswered the number of tickets without a first response
     * @throws IllegalArgumentException when a component is out of its range, naming it and its value
     */
    public FirstResponseTime {
        Objects.requireNonNull(stats, "stats");
        Ratios.nonNegative(unanswered, "unanswered");
    }

    /**
     * Computes first response times in calendar (wall-clock) time.
     *
     * @param tickets the tickets
     * @return the result
     * @throws IllegalArgumentException when a time exceeds about 292 years, naming the ticket,
     *     or when a ticket id is given twice (the report rejects it too)
     */
    public static FirstResponseTime of(Iterable<Ticket> tickets) {
        return measure(tickets, null);
    }

    /**
     * Computes first response times in business time: only the time the calendar is open counts, so a
     * ticket opened on Friday evening and handled on Monday morning counts the Monday hours.
     *
     * @param tickets the tickets
     * @param businessHours the business calendar to count in
     * @return the result
     * @throws IllegalArgumentException when a span exceeds about 292 years, naming the ticket,
     *     or when a ticket id is given twice (the report rejects it too)
     */
    public static FirstResponseTime of(Iterable<Ticket> tickets, BusinessCalendar businessHours) {
        return measure(tickets, Objects.requireNonNull(businessHours, "businessHours"));
    }

    private static FirstResponseTime measure(Iterable<Ticket> tickets, BusinessCalendar businessHours) {
        TicketSpans.Measured measured = TicketSpans.measure(tickets, businessHours, Ticket::firstResponseAt, "first response time");
        return new FirstResponseTime(measured.stats(), measured.withoutEnd());
    }

    /**
     * Returns the number of answered tickets, the sample size of {@link #stats()}.
     *
     * @return the count of tickets with a first response
     */
    public long answered() {
        return stats.count();
    }

    /**
     * Returns the number of tickets considered, answered or not.
     *
     * @return {@code answered() + unanswered()}
     */
    public long tickets() {
        return stats.count() + unanswered;
    }
}

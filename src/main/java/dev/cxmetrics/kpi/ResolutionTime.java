package dev.cxmetrics.kpi;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.internal.Nanos;
import dev.cxmetrics.stats.DurationStats;

import java.util.Objects;

/**
 * Resolution time: per ticket {@code resolvedAt − createdAt}, over resolved tickets; the
 * others are counted as {@link #open()}.
 *
 * <p>Measured in calendar (wall-clock) time. {@link #stats()} gives count, mean, median,
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
     * Computes resolution times in calendar time.
     *
     * @param tickets the tickets
     * @return the result
     * @throws IllegalArgumentException when a resolution time exceeds about 292 years, naming the ticket
     */
    public static ResolutionTime of(Iterable<Ticket> tickets) {
        Objects.requireNonNull(tickets, "tickets");
        DurationStats.Builder times = DurationStats.builder();
        long open = 0;
        for (Ticket ticket : tickets) {
            if (ticket.resolvedAt() == null) {
                open++;
            } else {
                times.recordNanos(Nanos.between(ticket.createdAt(), ticket.resolvedAt(),
                        "resolution time", ticket.id()));
            }
        }
        return new ResolutionTime(times.build(), open);
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

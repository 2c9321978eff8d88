package dev.cxmetrics.kpi;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.internal.DistinctIds;
import dev.cxmetrics.internal.Nanos;
import dev.cxmetrics.stats.DurationStats;
import dev.cxmetrics.time.BusinessCalendar;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/** The one rule of the ticket duration KPIs: {@code end - createdAt} over tickets that have an end. */
final class TicketSpans {
    private TicketSpans() {
    }

    /**
     * The spans of the tickets that have an end, and how many have none.
     *
     * @param stats the spans
     * @param withoutEnd tickets whose end has not happened
     */
    record Measured(DurationStats stats, long withoutEnd) {
    }

    /**
     * Measures each ticket once, from {@code createdAt} to {@code end}.
     *
     * @param tickets the tickets; an id given twice is rejected, as the report rejects it
     * @param businessHours the calendar to measure in, or null for calendar time
     * @param end the span's end of a ticket, null while it has not happened
     * @param what names the span in error messages
     */
    static Measured measure(Iterable<Ticket> tickets, BusinessCalendar businessHours,
                            Function<Ticket, Instant> end, String what) {
        Objects.requireNonNull(tickets, "tickets");
        DistinctIds ids = new DistinctIds();
        DurationStats.Builder spans = DurationStats.builder();
        long withoutEnd = 0;
        for (Ticket ticket : tickets) {
            ids.add(ticket.id());
            Instant to = end.apply(ticket);
            if (to == null) {
                withoutEnd++;
            } else {
                long nanos = Nanos.between(ticket.createdAt(), to, what, ticket.id());
                spans.recordNanos(businessHours == null ? nanos : businessHours.betweenNanos(ticket.createdAt(), to));
            }
        }
        return new Measured(spans.build(), withoutEnd);
    }
}

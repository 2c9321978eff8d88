package dev.cxmetrics.kpi;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.internal.DistinctIds;
import dev.cxmetrics.time.TimeBucket;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Ticket volume per calendar bucket (day, ISO week or month in a zone): tickets created (also
 * split by type and by channel), tickets resolved, and the backlog — tickets open at the end
 * of the bucket.
 *
 * <p>A ticket is created in the bucket holding its {@code createdAt} and resolved in the bucket
 * holding its {@code resolvedAt}. The backlog at the end of a bucket counts the tickets created
 * before the bucket's end and not resolved before it. {@link #periods()} holds the buckets in
 * which a ticket was created or resolved, so the result grows with the input, not with the span
 * it covers (tickets in years 1 and 9999 give two periods); {@link #period(LocalDate)} answers
 * for any bucket, an empty one included, and {@link #periodsBetween(LocalDate, LocalDate)} lists
 * every bucket of a range, empty ones included, for a chart. Tickets without a type or channel
 * are split under {@link Ticket#ABSENT}. Empty input gives no periods. Immutable and thread-safe.
 *
 * @param bucket the bucket size
 * @param zone the zone whose calendar defines the buckets
 * @param periods the counts per bucket with at least one ticket created or resolved, keyed and
 *     sorted by the bucket's start date
 */
public record TicketVolume(TimeBucket bucket, ZoneId zone, SortedMap<LocalDate, Period> periods) {

    /**
     * Creates an instance after validating every component.
     *
     * @param bucket the bucket size
     * @param zone the zone whose calendar defines the buckets
     * @param periods the counts per bucket, keyed and sorted by the bucket's start date
     * @throws IllegalArgumentException when a component is out of its range, naming it and its value
     */
    public TicketVolume {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(zone, "zone");
        periods = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(periods, "periods")));
    }

    /**
     * The counts of one bucket.
     *
     * @param start the bucket's first day
     * @param created tickets created in the bucket
     * @param resolved tickets resolved in the bucket
     * @param backlog tickets open at the end of the bucket
     * @param createdByType tickets created in the bucket per type, sorted; absent types under {@link Ticket#ABSENT}
     * @param createdByChannel tickets created in the bucket per channel, sorted; absent channels under {@link Ticket#ABSENT}
     */
    public record Period(LocalDate start, long created, long resolved, long backlog,
                         SortedMap<String, Long> createdByType, SortedMap<String, Long> createdByChannel) {
        /**
         * Creates an instance after validating every component.
         *
         * @param start the bucket's first day
         * @param created tickets created in the bucket
         * @param resolved tickets resolved in the bucket
         * @param backlog tickets open at the end of the bucket
         * @param createdByType tickets created in the bucket per type, sorted; absent types under {@link Ticket#ABSENT}
         * @param createdByChannel tickets created in the bucket per channel, sorted; absent channels under {@link Ticket#ABSENT}
         * @throws IllegalArgumentException when a component is out of its range, naming it and its value
         */
        public Period {
            Objects.requireNonNull(start, "start");
            Ratios.nonNegative(created, "created");
            Ratios.nonNegative(resolved, "resolved");
            Ratios.nonNegative(backlog, "backlog");
            createdByType = Collections.unmodifiableSortedMap(new TreeMap<>(createdByType));
            createdByChannel = Collections.unmodifiableSortedMap(new TreeMap<>(createdByChannel));
        }
    }

    /**
     * Counts ticket volume per bucket.
     *
     * @param tickets the tickets
     * @param bucket the bucket size
     * @param zone the zone whose calendar defines the buckets
     * @return the volume per bucket
     * @throws IllegalArgumentException when an instant has no date in {@code zone} (near
     *     {@link java.time.Instant#MAX} or {@link java.time.Instant#MIN}) or a ticket id is given
     *     twice, naming the ticket; the report rejects both too
     */
    public static TicketVolume of(Iterable<Ticket> tickets, TimeBucket bucket, ZoneId zone) {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(zone, "zone");
        DistinctIds ids = new DistinctIds();
        Map<LocalDate, Counter> counters = new HashMap<>();
        for (Ticket ticket : tickets) {
            ids.add(ticket.id());
            LocalDate created = startOf(bucket, zone, ticket.createdAt(), "createdAt", ticket);
            LocalDate resolved = ticket.resolvedAt() == null ? null
                    : startOf(bucket, zone, ticket.resolvedAt(), "resolvedAt", ticket);
            Counter counter = counters.computeIfAbsent(created, d -> new Counter());
            counter.created++;
            counter.byType.merge(key(ticket.type()), 1L, Long::sum);
            counter.byChannel.merge(key(ticket.channel()), 1L, Long::sum);
            if (resolved != null) {
                counters.computeIfAbsent(resolved, d -> new Counter()).resolved++;
            }
        }
        SortedMap<LocalDate, Period> periods = new TreeMap<>();
        long open = 0;
        for (Map.Entry<LocalDate, Counter> entry : new TreeMap<>(counters).entrySet()) {
            Counter counter = entry.getValue();
            open += counter.created - counter.resolved;
            periods.put(entry.getKey(), new Period(entry.getKey(), counter.created, counter.resolved, open,
                    new TreeMap<>(counter.byType), new TreeMap<>(counter.byChannel)));
        }
        return new TicketVolume(bucket, zone, periods);
    }

    /**
     * Returns the counts of the bucket holding a date: the stored period when a ticket was created
     * or resolved in it, else an empty period whose backlog is that of the last bucket before it
     * (0 before the first).
     *
     * @param date any day of the bucket
     * @return the bucket's counts
     */
    public Period period(LocalDate date) {
        LocalDate start = bucket.startOf(Objects.requireNonNull(date, "date"));
        Period stored = periods.get(start);
        if (stored != null) {
            return stored;
        }
        SortedMap<LocalDate, Period> before = periods.headMap(start);
        long backlog = before.isEmpty() ? 0 : before.get(before.lastKey()).backlog();
        return new Period(start, 0, 0, backlog, new TreeMap<>(), new TreeMap<>());
    }

    /**
     * Returns every bucket from the one holding {@code from} up to the one holding {@code to},
     * both included, empty buckets included (as {@link #period(LocalDate)} gives them). The map
     * has one entry per bucket of the range, so its size is the caller's choice.
     *
     * @param from a day of the first bucket
     * @param to a day of the last bucket, not before {@code from}
     * @return the periods, keyed and sorted by start date
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public SortedMap<LocalDate, Period> periodsBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        LocalDate last = bucket.startOf(to);
        SortedMap<LocalDate, Period> range = new TreeMap<>();
        for (LocalDate start = bucket.startOf(from); ; start = bucket.next(start)) {
            range.put(start, period(start));
            if (!start.isBefore(last)) {
                break;
            }
        }
        return Collections.unmodifiableSortedMap(range);
    }

    /**
     * Returns the number of tickets created over all periods.
     *
     * @return the total created
     */
    public long created() {
        long total = 0;
        for (Period period : periods.values()) {
            total += period.created();
        }
        return total;
    }

    /**
     * Returns the number of tickets resolved over all periods.
     *
     * @return the total resolved
     */
    public long resolved() {
        long total = 0;
        for (Period period : periods.values()) {
            total += period.resolved();
        }
        return total;
    }

    private static String key(String value) {
        return value == null ? Ticket.ABSENT : value;
    }

    private static LocalDate startOf(TimeBucket bucket, ZoneId zone, Instant instant, String field, Ticket ticket) {
        try {
            return bucket.startOf(instant, zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(field + " " + instant + " cannot be placed in a calendar bucket of "
                    + zone + " (ticket " + ticket.id() + ")", e);
        }
    }

    private static final class Counter {
        long created;
        long resolved;
        final Map<String, Long> byType = new HashMap<>();
        final Map<String, Long> byChannel = new HashMap<>();
    }
}

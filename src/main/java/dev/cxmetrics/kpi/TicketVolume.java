package dev.cxmetrics.kpi;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.time.TimeBucket;

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
 * before the bucket's end and not resolved before it. {@link #periods()} holds every bucket from
 * the first to the last one with an event, empty buckets included, so the backlog can be read
 * off every period. Tickets without a type or channel are split under {@link Ticket#ABSENT}.
 * Empty input gives no periods. Immutable and thread-safe.
 *
 * @param bucket the bucket size
 * @param zone the zone whose calendar defines the buckets
 * @param periods the counts per bucket, keyed and sorted by the bucket's start date
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
     */
    public static TicketVolume of(Iterable<Ticket> tickets, TimeBucket bucket, ZoneId zone) {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(zone, "zone");
        Map<LocalDate, Counter> counters = new HashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        for (Ticket ticket : tickets) {
            LocalDate created = bucket.startOf(ticket.createdAt(), zone);
            Counter counter = counters.computeIfAbsent(created, d -> new Counter());
            counter.created++;
            counter.byType.merge(key(ticket.type()), 1L, Long::sum);
            counter.byChannel.merge(key(ticket.channel()), 1L, Long::sum);
            first = min(first, created);
            last = max(last, created);
            if (ticket.resolvedAt() != null) {
                LocalDate resolved = bucket.startOf(ticket.resolvedAt(), zone);
                counters.computeIfAbsent(resolved, d -> new Counter()).resolved++;
                last = max(last, resolved);
            }
        }
        SortedMap<LocalDate, Period> periods = new TreeMap<>();
        long open = 0;
        for (LocalDate start = first; start != null && !start.isAfter(last); start = bucket.next(start)) {
            Counter counter = counters.getOrDefault(start, Counter.NONE);
            open += counter.created - counter.resolved;
            periods.put(start, new Period(start, counter.created, counter.resolved, open,
                    new TreeMap<>(counter.byType), new TreeMap<>(counter.byChannel)));
        }
        return new TicketVolume(bucket, zone, periods);
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

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static final class Counter {
        static final Counter NONE = new Counter();
        long created;
        long resolved;
        final Map<String, Long> byType = new HashMap<>();
        final Map<String, Long> byChannel = new HashMap<>();
    }
}

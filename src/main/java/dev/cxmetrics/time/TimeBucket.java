package dev.cxmetrics.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * A calendar period in a time zone that events are counted in: a day, an ISO week (Monday
 * first) or a month.
 *
 * <p>A bucket is identified by the local date it starts on and lasts from the start of that
 * day in the zone to the start of the next bucket's first day. Days on which daylight saving
 * time starts or ends are 23 or 25 hours long and are still one bucket; a day whose midnight
 * falls into a DST gap starts at the first valid instant of the day. This enum is immutable
 * and thread-safe.
 */
public enum TimeBucket {
    /** One calendar day. */
    DAY,
    /** One ISO week, Monday to Sunday. */
    WEEK,
    /** One calendar month. */
    MONTH;

    /**
     * Returns the first day of the bucket that holds a local date.
     *
     * @param date any date
     * @return the bucket's start date: the date itself, its week's Monday, or its month's first day
     */
    public LocalDate startOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        switch (this) {
            case DAY:
                return date;
            case WEEK:
                return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            default:
                return date.withDayOfMonth(1);
        }
    }

    /**
     * Returns the first day of the bucket that holds an instant in a zone.
     *
     * @param instant the instant
     * @param zone the zone whose calendar applies
     * @return the bucket's start date
     */
    public LocalDate startOf(Instant instant, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(zone, "zone");
        return startOf(LocalDate.ofInstant(instant, zone));
    }

    /**
     * Returns the start date of the bucket after the one starting on {@code start}.
     *
     * @param start a bucket start date, as returned by {@link #startOf(LocalDate)}
     * @return the next bucket's start date
     */
    public LocalDate next(LocalDate start) {
        Objects.requireNonNull(start, "start");
        switch (this) {
            case DAY:
                return start.plusDays(1);
            case WEEK:
                return start.plusWeeks(1);
            default:
                return start.plusMonths(1);
        }
    }

    /**
     * Returns the instant a bucket starts: the start of its first day in the zone.
     *
     * @param start the bucket's start date
     * @param zone the zone
     * @return the first instant of the bucket
     */
    public static Instant startInstant(LocalDate start, ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }

    /**
     * Returns the lower-case name used in JSON keys and on the command line: {@code day},
     * {@code week} or {@code month}.
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a label as returned by {@link #label()}, ignoring case.
     *
     * @param label {@code day}, {@code week} or {@code month}
     * @return the bucket
     * @throws IllegalArgumentException naming the value when it is not one of the three
     */
    public static TimeBucket parse(String label) {
        Objects.requireNonNull(label, "label");
        for (TimeBucket bucket : values()) {
            if (bucket.name().equalsIgnoreCase(label.trim())) {
                return bucket;
            }
        }
        throw new IllegalArgumentException("bucket '" + label + "' is not one of day, week, month");
    }
}

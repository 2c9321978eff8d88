package dev.cxmetrics.time;

import dev.cxmetrics.internal.Nanos;

import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Business hours in a time zone: a weekly schedule of open intervals and holidays, and the
 * business time elapsed between two instants.
 *
 * <p><b>Definition.</b> An instant is <em>open</em> when its local date-time in the zone falls
 * inside an open interval {@code [from, to)} of its day of the week and its local date is not a
 * holiday. The business time between {@code a} and {@code b} is the real time, in nanoseconds,
 * during which the calendar is open between them; an instant has no duration, so whether the
 * end points are included does not matter. Open intervals are wall-clock times, and holidays are
 * whole local days (23 or 25 hours long on days when the clocks change). Across daylight saving
 * changes this means:
 * <ul>
 *   <li>an interval 01:00-04:00 on a day when the clocks jump from 02:00 to 03:00 lasts 2 real
 *       hours, and 4 real hours on a day when they fall back from 03:00 to 02:00; a day open
 *       00:00-24:00 lasts 23 or 25 hours;</li>
 *   <li>a bound inside a gap takes effect when the wall clock passes it: an interval opening at
 *       02:30 on a day when the clocks jump from 02:00 to 03:00 opens at the jump, 03:00 local
 *       time (not at 03:30, where {@code ZonedDateTime.of} would put 02:30);</li>
 *   <li>the wall clock passes a time inside an overlap twice: an interval opening at 02:30 on a
 *       day when the clocks fall back from 03:00 to 02:00 is open from the first 02:30 to the
 *       change, closed during the repeated 02:00-02:30 and open again from the second 02:30.</li>
 * </ul>
 *
 * <p><b>Precision and limits.</b> Exact to the nanosecond: instants are never rounded. Spans
 * are limited to about 292 years ({@link Long#MAX_VALUE} nanoseconds), like every duration in
 * this library.
 *
 * <p><b>Cost.</b> {@link #between} and {@link #isOpen} take a few indexed look-ups (in the day's
 * intervals, the holidays and the zone's offset transitions), whatever the span: whole weeks
 * count as the weekly total, and the open time that transitions skip or repeat and that holidays
 * remove comes from prefix sums. The zone's transitions are stored up to the end of a 400-year
 * cycle after its last irregular change (about 800 for a zone with daylight saving time); later
 * instants fold back by whole cycles, over which the yearly rules repeat. {@link #plus} finds the
 * last whole week before the deadline by jumping at the weekly pace and bisecting (a handful of
 * evaluations of the same arithmetic, logarithmic in the worst case) and walks the intervals of
 * the week after.
 *
 * <p>Instances are immutable and thread-safe. Two calendars are equal when they have the same
 * zone, the same merged weekly schedule and the same holidays.
 */
public final class BusinessCalendar {
    private final ZoneId zone;
    private final WeekSchedule week;
    private final List<LocalDate> holidays;
    private final BusinessClock clock;

    private BusinessCalendar(ZoneId zone, WeekSchedule week, List<LocalDate> holidays) {
        this.zone = zone;
        this.week = week;
        this.holidays = holidays;
        long[] days = new long[holidays.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = holidays.get(i).toEpochDay();
        }
        this.clock = new BusinessClock(week, ZoneTimeline.of(zone), days);
    }

    /**
     * Starts a calendar in a zone; add open intervals and holidays, then {@link Builder#build()}.
     *
     * @param zone the zone whose wall clock the open intervals and holidays follow
     * @return a new, empty builder
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    /**
     * Returns a calendar that is always open, without holidays: business time equals elapsed
     * time.
     *
     * @param zone the zone; it does not change any result
     * @return the calendar
     */
    public static BusinessCalendar always(ZoneId zone) {
        return builder(zone).open24x7().build();
    }

    /**
     * Parses a comma-separated list of ISO dates such as {@code 2026-01-01, 2026-12-25}, as a
     * command line passes holidays. Blanks around dates are ignored; blank text gives an empty
     * list.
     *
     * @param text the list
     * @return the dates in the order given, unmodifiable
     * @throws IllegalArgumentException naming the bad date and its 0-based index in the text
     */
    public static List<LocalDate> parseHolidays(String text) {
        return ScheduleParser.parseHolidays(Objects.requireNonNull(text, "text"));
    }

    /**
     * Returns the zone whose wall clock the calendar follows.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the weekly schedule in the syntax of {@link Builder#schedule(String)}, with each
     * day's intervals merged, e.g. {@code Mon-Fri 09:00-17:30; Sat 10:00-14:00}, or {@code 24/7}.
     *
     * @return the schedule
     */
    public String schedule() {
        return week.format();
    }

    /**
     * Returns the holidays.
     *
     * @return the distinct holidays in ascending order, unmodifiable
     */
    public List<LocalDate> holidays() {
        return holidays;
    }

    /**
     * Returns the open time of a standard week: the sum of the open intervals of the seven days,
     * in local time, without holidays or clock changes.
     *
     * @return the weekly open time, positive and at most 7 days
     */
    public Duration weeklyOpenTime() {
        return Duration.ofNanos(week.total());
    }

    /**
     * Returns the business time between two instants: the real time during which the calendar is
     * open from {@code a} to {@code b}. Exact to the nanosecond; the cost does not depend on the
     * span.
     *
     * @param a the start
     * @param b the end, not before {@code a}; {@code a == b} gives zero
     * @return the business time, from zero to {@code b - a}
     * @throws IllegalArgumentException when {@code a} is after {@code b}, or they are more than
     *     about 292 years apart, naming both
     */
    public Duration between(Instant a, Instant b) {
        return Duration.ofNanos(betweenNanos(a, b));
    }

    /**
     * Returns the business time between two instants in nanoseconds, as {@link #between} does,
     * without allocating.
     *
     * @param a the start
     * @param b the end, not before {@code a}
     * @return the business time in nanoseconds, from zero to {@code b - a}
     * @throws IllegalArgumentException when {@code a} is after {@code b}, or they are more than
     *     about 292 years apart, naming both
     */
    public long betweenNanos(Instant a, Instant b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.isAfter(b)) {
            throw new IllegalArgumentException("business time from a " + a + " to b " + b + ": a is after b");
        }
        Nanos.between(a, b, "business time", null);
        return clock.between(a.getEpochSecond(), a.getNano(), b.getEpochSecond(), b.getNano());
    }

    /**
     * Returns whether the calendar is open at an instant: its local time is inside an open
     * interval {@code [from, to)} and its local date is not a holiday.
     *
     * @param instant the instant
     * @return whether the calendar is open then
     */
    public boolean isOpen(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return clock.isOpen(instant.getEpochSecond(), instant.getNano());
    }

    /**
     * Returns the earliest instant at which {@code businessTime} of business time has elapsed
     * since {@code start}: the business-time deadline. The result {@code t} satisfies
     * {@code between(start, t).equals(businessTime)}, and no earlier instant does. A positive
     * amount therefore ends inside or at the close of an open interval (a one-hour target set at
     * 16:30 with hours 09:00-17:00 ends at 09:30 on the next open day), and zero gives
     * {@code start} itself, even when the calendar is closed then.
     *
     * @param start the instant the clock starts
     * @param businessTime the business time to let elapse, not negative
     * @return the deadline, not before {@code start}
     * @throws IllegalArgumentException when {@code businessTime} is negative, or the deadline is
     *     more than about 292 years after {@code start} or after {@link Instant#MAX}, naming both
     */
    public Instant plus(Instant start, Duration businessTime) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(businessTime, "businessTime");
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("businessTime " + businessTime + " is negative");
        }
        if (businessTime.isZero()) {
            return start;
        }
        long nanos;
        try {
            nanos = businessTime.toNanos();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("businessTime " + businessTime
                    + " exceeds about 292 years, the longest duration measured", e);
        }
        try {
            return clock.plus(start.getEpochSecond(), start.getNano(), nanos);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("businessTime " + businessTime + " after " + start
                    + " ends after the last representable instant " + Instant.MAX, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("businessTime " + businessTime + " after " + start + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Compares zone, merged weekly schedule and holidays.
     *
     * @param o the other object
     * @return whether {@code o} is a calendar with the same zone, schedule and holidays
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BusinessCalendar)) {
            return false;
        }
        BusinessCalendar other = (BusinessCalendar) o;
        return zone.equals(other.zone) && week.equals(other.week) && holidays.equals(other.holidays);
    }

    /**
     * Hashes zone, merged weekly schedule and holidays.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(zone, week, holidays);
    }

    /**
     * Shows the zone, the schedule in the syntax of {@link Builder#schedule(String)} and the
     * holidays (their number and range when there are more than five), e.g.
     * {@code BusinessCalendar[zone=Europe/Rome, schedule=Mon-Fri 09:00-17:30, holidays=[2026-12-25]]}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        String days = holidays.size() <= 5 ? holidays.toString()
                : holidays.size() + " from " + holidays.get(0) + " to " + holidays.get(holidays.size() - 1);
        return "BusinessCalendar[zone=" + zone + ", schedule=" + schedule() + ", holidays=" + days + "]";
    }

    /**
     * Collects open intervals and holidays for a {@link BusinessCalendar}. Intervals accumulate:
     * every call adds to the schedule, and intervals of the same day that overlap or touch merge.
     * Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private final ZoneId zone;
        private final List<long[]> intervals = new ArrayList<>();
        private final TreeSet<LocalDate> holidays = new TreeSet<>();

        private Builder(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        /**
         * Opens an interval {@code [from, to)} of wall-clock time on a day of the week. A
         * {@code to} of {@link LocalTime#MIDNIGHT} means the end of the day (24:00), so
         * {@code open(day, MIDNIGHT, MIDNIGHT)} opens the whole day; {@link LocalTime#MAX} is
         * taken literally and closes one nanosecond before midnight. An interval cannot cross
         * midnight: open 22:00-24:00 on one day and 00:00-06:00 on the next.
         *
         * @param day the day of the week
         * @param from the opening time
         * @param to the closing time, after {@code from}, or midnight for the end of the day
         * @return this builder
         * @throws IllegalArgumentException when {@code from} is not before {@code to}, naming the
         *     day and both times
         */
        public Builder open(DayOfWeek day, LocalTime from, LocalTime to) {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            long start = from.toNanoOfDay();
            long end = to.equals(LocalTime.MIDNIGHT) ? WeekSchedule.DAY : to.toNanoOfDay();
            if (start >= end) {
                throw new IllegalArgumentException("open interval on " + day + " from " + from + " to " + to
                        + " is empty: from must be before to (to = 00:00 means the end of the day)");
            }
            intervals.add(new long[] {day.ordinal(), start, end});
            return this;
        }

        /**
         * Opens a whole day of the week, 00:00 to 24:00.
         *
         * @param day the day of the week
         * @return this builder
         */
        public Builder openAllDay(DayOfWeek day) {
            return open(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        }

        /**
         * Opens every day all day. Holidays still close their days.
         *
         * @return this builder
         */
        public Builder open24x7() {
            for (DayOfWeek day : DayOfWeek.values()) {
                openAllDay(day);
            }
            return this;
        }

        /**
         * Opens the intervals of a schedule written as text. The syntax, with free whitespace
         * between tokens:
         * <pre>{@code
         * schedule = clause { ";" clause }
         * clause   = "24/7" | days ranges
         * days     = day [ "-" day ] { "," day [ "-" day ] }
         * ranges   = time "-" time { "," time "-" time }
         * day      = Mon | Tue | Wed | Thu | Fri | Sat | Sun, or the full English name, any case
         * time     = H:mm | HH:mm | HH:mm:ss | HH:mm:ss.fffffffff, or 24:00 to close at midnight
         * }</pre>
         * Examples: {@code Mon-Fri 09:00-17:30; Sat 10:00-14:00},
         * {@code Mon,Wed 08:00-12:00,13:00-17:00}, {@code 24/7}, {@code Sun 00:00-24:00}. A day
         * range may wrap past Sunday: {@code Fri-Mon} is Friday to Monday. {@link
         * BusinessCalendar#schedule()} prints a calendar's schedule in this syntax.
         *
         * @param schedule the schedule text
         * @return this builder
         * @throws IllegalArgumentException naming the offending token and its 0-based index in
         *     the text: an unknown day, a malformed or out-of-range time, an interval whose
         *     opening is not before its closing, a missing or unexpected token
         */
        public Builder schedule(String schedule) {
            Objects.requireNonNull(schedule, "schedule");
            List<long[]> parsed = new ArrayList<>();
            ScheduleParser.parse(schedule, (day, from, to) -> parsed.add(new long[] {day, from, to}));
            intervals.addAll(parsed); // all or nothing: a bad schedule adds no interval
            return this;
        }

        /**
         * Closes a whole local day, whatever its schedule.
         *
         * @param date the holiday
         * @return this builder
         */
        public Builder holiday(LocalDate date) {
            holidays.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * Closes whole local days; duplicates are ignored.
         *
         * @param dates the holidays, none null
         * @return this builder
         */
        public Builder holidays(Collection<LocalDate> dates) {
            for (LocalDate date : Objects.requireNonNull(dates, "dates")) {
                holiday(date);
            }
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return the immutable calendar
         * @throws IllegalStateException when no open interval was added: a calendar that is
         *     never open has no business time and no deadlines
         */
        public BusinessCalendar build() {
            if (intervals.isEmpty()) {
                throw new IllegalStateException("business calendar in " + zone + " has no open interval: call open, "
                        + "openAllDay, open24x7 or schedule before build()");
            }
            return new BusinessCalendar(zone, WeekSchedule.of(intervals.toArray(new long[0][])),
                    List.copyOf(holidays));
        }
    }
}

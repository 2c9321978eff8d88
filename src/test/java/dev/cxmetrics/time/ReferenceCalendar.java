package dev.cxmetrics.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The obviously correct, slow definition of business time used as the reference in tests: step
 * through real time and ask, at each step, whether the local date-time is inside an open interval
 * of its weekday and its date is not a holiday. Exact when every change (interval bounds, offset
 * transitions, instants compared) lies on the step grid.
 */
final class ReferenceCalendar {
    final ZoneId zone;
    /** {day ordinal 0..6, from second of day, to second of day (86400 = midnight)}. */
    final List<int[]> intervals = new ArrayList<>();
    final Set<LocalDate> holidays = new HashSet<>();

    ReferenceCalendar(ZoneId zone) {
        this.zone = zone;
    }

    ReferenceCalendar open(DayOfWeek day, int fromSecond, int toSecond) {
        intervals.add(new int[] {day.ordinal(), fromSecond, toSecond});
        return this;
    }

    ReferenceCalendar holiday(LocalDate date) {
        holidays.add(date);
        return this;
    }

    /** The same calendar built through the public builder. */
    BusinessCalendar build() {
        BusinessCalendar.Builder builder = BusinessCalendar.builder(zone).holidays(holidays);
        for (int[] interval : intervals) {
            builder.open(DayOfWeek.of(interval[0] + 1), LocalTime.ofSecondOfDay(interval[1]),
                    interval[2] == 86_400 ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(interval[2]));
        }
        return builder.build();
    }

    boolean isOpen(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        if (holidays.contains(local.toLocalDate())) {
            return false;
        }
        int day = local.getDayOfWeek().ordinal();
        int second = local.toLocalTime().toSecondOfDay();
        for (int[] interval : intervals) {
            if (interval[0] == day && interval[1] <= second && second < interval[2]) {
                return true;
            }
        }
        return false;
    }

    /** Business time in [a, b), stepping by {@code step} seconds; a and b on the grid. */
    Duration between(Instant a, Instant b, long step) {
        long open = 0;
        for (Instant t = a; t.isBefore(b); t = t.plusSeconds(step)) {
            if (isOpen(t)) {
                open++;
            }
        }
        return Duration.ofSeconds(open * step);
    }

    /** The first grid instant at which {@code steps} open steps have elapsed since start. */
    Instant plus(Instant start, long steps, long step) {
        if (steps == 0) {
            return start;
        }
        long open = 0;
        for (Instant t = start; ; t = t.plusSeconds(step)) {
            if (isOpen(t) && ++open == steps) {
                return t.plusSeconds(step);
            }
        }
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.time.TimeBucket;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The time axis of a trend chart: one slot per calendar bucket from the first bucket with data
 * to the last, including the buckets without data in between, so that a missing day is a gap.
 * Slots are counted in calendar buckets, not in hours: a 23- or 25-hour DST day is one slot like
 * any other.
 *
 * @param bucket the bucket size
 * @param first the first bucket's start date
 * @param slots the number of slots; 0 when there is no data
 */
record TimeAxis(TimeBucket bucket, LocalDate first, long slots) {

    /** One labelled tick: its slot, the label, and a second line (the year) or an empty string. */
    record Tick(long slot, String label, String year) {
    }

    /** The axis from the earliest to the latest of {@code starts} (bucket start dates). */
    static TimeAxis of(TimeBucket bucket, Collection<LocalDate> starts) {
        if (starts.isEmpty()) {
            return new TimeAxis(bucket, LocalDate.EPOCH, 0);
        }
        LocalDate min = null;
        LocalDate max = null;
        for (LocalDate date : starts) {
            min = min == null || date.isBefore(min) ? date : min;
            max = max == null || date.isAfter(max) ? date : max;
        }
        return new TimeAxis(bucket, min, between(bucket, min, max) + 1);
    }

    private static long between(TimeBucket bucket, LocalDate from, LocalDate to) {
        return switch (bucket) {
            case DAY -> ChronoUnit.DAYS.between(from, to);
            case WEEK -> ChronoUnit.WEEKS.between(from, to);
            case MONTH -> ChronoUnit.MONTHS.between(from, to);
        };
    }

    /** The slot of a bucket start date. */
    long slot(LocalDate start) {
        return between(bucket, first, start);
    }

    /**
     * At most {@code maxTicks} ticks on calendar boundaries people read: every day, 2 days, week
     * (Mondays), 2 weeks, month (the 1st), 2, 3 or 6 months, year, or a nice number of years;
     * the finest that fits. The year is shown under the first tick and wherever it changes.
     */
    List<Tick> ticks(int maxTicks) {
        if (slots == 0) {
            return List.of();
        }
        LocalDate last = date(slots - 1);
        long[] slotSteps = switch (bucket) {
            case DAY -> new long[] {1, 2, 7, 14};
            case WEEK -> new long[] {1, 2};
            case MONTH -> new long[] {};
        };
        for (long step : slotSteps) {
            if (slots / step <= maxTicks) {
                List<Tick> ticks = new ArrayList<>();
                long mondayAlign = bucket == TimeBucket.DAY && step >= 7 ? 4 : 0;
                for (long s = 0; s < slots; s++) {
                    LocalDate date = date(s);
                    long index = bucket == TimeBucket.DAY ? date.toEpochDay() - mondayAlign
                            : Math.floorDiv(date.toEpochDay() - 4, 7);
                    if (Math.floorMod(index, step) == 0) {
                        ticks.add(new Tick(s, date.getDayOfMonth() + " " + month(date), Integer.toString(date.getYear())));
                    }
                }
                return withYears(ticks);
            }
        }
        long months = ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last.withDayOfMonth(1)) + 1;
        long monthStep = 0;
        for (long step : new long[] {1, 2, 3, 6, 12}) {
            if (months / step <= maxTicks) {
                monthStep = step;
                break;
            }
        }
        if (monthStep == 0) {
            monthStep = 12 * (long) NiceScale.niceStep((double) months / 12 / maxTicks);
        }
        List<Tick> ticks = new ArrayList<>();
        LocalDate month = first.withDayOfMonth(1);
        long index = month.getYear() * 12L + month.getMonthValue() - 1;
        month = month.plusMonths(Math.floorMod(-index, monthStep));
        for (; !month.isAfter(last); month = month.plusMonths(monthStep)) {
            long s = slot(bucket.startOf(month));
            if (s >= 0) {
                ticks.add(new Tick(s, monthStep >= 12 ? Integer.toString(month.getYear()) : month(month),
                        monthStep >= 12 ? "" : Integer.toString(month.getYear())));
            }
        }
        return monthStep >= 12 ? ticks : withYears(ticks);
    }

    /** The start date of a slot. */
    LocalDate date(long slot) {
        return switch (bucket) {
            case DAY -> first.plusDays(slot);
            case WEEK -> first.plusWeeks(slot);
            case MONTH -> first.plusMonths(slot);
        };
    }

    /** Keeps the year (built into each tick) only under the first tick and where it changes. */
    private static List<Tick> withYears(List<Tick> ticks) {
        List<Tick> result = new ArrayList<>(ticks.size());
        String year = "";
        for (Tick tick : ticks) {
            result.add(new Tick(tick.slot(), tick.label(), tick.year().equals(year) ? "" : tick.year()));
            year = tick.year();
        }
        return result;
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}

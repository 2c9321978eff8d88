package dev.cxmetrics.time;

import java.time.LocalTime;
import java.util.Arrays;

/**
 * The open intervals of a standard week in local time, as sorted half-open intervals in
 * nanoseconds since Monday 00:00, with prefix sums so that the open time before any point of the
 * week is found by scanning one day's few intervals. Intervals of one day are merged when they overlap or touch;
 * intervals of different days are kept apart, even when one ends at 24:00 and the next starts
 * at 00:00, so that each day's schedule can be printed. Immutable and thread-safe.
 */
final class WeekSchedule {
    static final long DAY = 86_400_000_000_000L;
    static final long WEEK = 7 * DAY;

    private final long[] starts;
    private final long[] ends;
    /** {@code before[i]} is the open time from Monday 00:00 to {@code starts[i]}. */
    private final long[] before;
    /** {@code firstOfDay[d]} is the index of day d's first interval; {@code firstOfDay[7] == size}. */
    private final int[] firstOfDay;
    private final long[] dayBefore;

    private WeekSchedule(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
        int n = starts.length;
        before = new long[n];
        firstOfDay = new int[8];
        dayBefore = new long[8];
        long sum = 0;
        int day = 0;
        for (int i = 0; i < n; i++) {
            while (starts[i] >= (day + 1) * DAY) {
                day++;
                firstOfDay[day] = i;
                dayBefore[day] = sum;
            }
            before[i] = sum;
            sum += ends[i] - starts[i];
        }
        while (day < 7) {
            day++;
            firstOfDay[day] = n;
            dayBefore[day] = sum;
        }
    }

    /**
     * Merges intervals given as {@code {dayIndex, fromNanosOfDay, toNanosOfDay}} with
     * {@code 0 <= from < to <= DAY}; Monday is day 0.
     */
    static WeekSchedule of(long[][] intervals) {
        long[][] sorted = intervals.clone();
        Arrays.sort(sorted, (x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        long[] starts = new long[sorted.length];
        long[] ends = new long[sorted.length];
        int n = 0;
        for (long[] interval : sorted) {
            long from = interval[0] * DAY + interval[1];
            long to = interval[0] * DAY + interval[2];
            if (n > 0 && from <= ends[n - 1] && from / DAY == starts[n - 1] / DAY) {
                ends[n - 1] = Math.max(ends[n - 1], to);
            } else {
                starts[n] = from;
                ends[n] = to;
                n++;
            }
        }
        return new WeekSchedule(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** Open time of the whole week, in nanoseconds. */
    long total() {
        return dayBefore[7];
    }

    /** Open time from Monday 00:00 to {@code position}, a point in {@code [0, WEEK]}. */
    long openBefore(long position) {
        int day = (int) (position / DAY);
        if (day == 7) {
            return dayBefore[7];
        }
        int i = lastStartAtOrBefore(day, position);
        return i < 0 ? dayBefore[day] : before[i] + Math.min(position, ends[i]) - starts[i];
    }

    /** Open time of one day of the week; Monday is 0. */
    long openOnDay(int day) {
        return dayBefore[day + 1] - dayBefore[day];
    }

    /** Open time of day {@code day} from its 00:00 to {@code nanoOfDay}. */
    long openOnDayBefore(int day, long nanoOfDay) {
        return openBefore(day * DAY + nanoOfDay) - dayBefore[day];
    }

    /** Whether the point {@code position} of the week, before {@code WEEK}, lies inside an open interval. */
    boolean isOpen(long position) {
        int i = lastStartAtOrBefore((int) (position / DAY), position);
        return i >= 0 && position < ends[i];
    }

    /** Index of day {@code day}'s first interval; day 7 gives the number of intervals. */
    int firstOfDay(int day) {
        return firstOfDay[day];
    }

    /** Start of interval i in nanoseconds of its day. */
    long startOfDay(int i) {
        return starts[i] % DAY;
    }

    /** End of interval i in nanoseconds of its day; {@code DAY} when it runs to midnight. */
    long endOfDay(int i) {
        return ends[i] - starts[i] / DAY * DAY;
    }

    /** The last interval of {@code day} starting at or before {@code position}, or -1: a day has few intervals. */
    private int lastStartAtOrBefore(int day, long position) {
        int i = firstOfDay[day + 1] - 1;
        while (i >= firstOfDay[day] && starts[i] > position) {
            i--;
        }
        return i >= firstOfDay[day] ? i : -1;
    }

    /** The schedule in the syntax {@link ScheduleParser} reads, e.g. {@code Mon-Fri 09:00-17:30; Sat 10:00-14:00}. */
    String format() {
        String[] ranges = new String[7];
        boolean allDay = true;
        for (int d = 0; d < 7; d++) {
            StringBuilder text = new StringBuilder();
            for (int i = firstOfDay[d]; i < firstOfDay[d + 1]; i++) {
                if (text.length() > 0) {
                    text.append(',');
                }
                text.append(time(startOfDay(i))).append('-').append(time(endOfDay(i)));
            }
            ranges[d] = text.length() == 0 ? null : text.toString();
            allDay &= openOnDay(d) == DAY;
        }
        if (allDay) {
            return "24/7";
        }
        StringBuilder out = new StringBuilder();
        boolean[] done = new boolean[7];
        for (int d = 0; d < 7; d++) {
            if (ranges[d] == null || done[d]) {
                continue;
            }
            boolean[] group = new boolean[7];
            for (int e = d; e < 7; e++) {
                if (ranges[d].equals(ranges[e])) {
                    group[e] = true;
                    done[e] = true;
                }
            }
            if (out.length() > 0) {
                out.append("; ");
            }
            appendDays(out, group);
            out.append(' ').append(ranges[d]);
        }
        return out.toString();
    }

    /** Days as runs: three or more consecutive days as {@code Mon-Wed}, others listed with commas. */
    private static void appendDays(StringBuilder out, boolean[] days) {
        boolean first = true;
        for (int d = 0; d < 7; d++) {
            if (!days[d]) {
                continue;
            }
            int end = d;
            while (end + 1 < 7 && days[end + 1]) {
                end++;
            }
            int last = end - d >= 2 ? end : d;
            if (!first) {
                out.append(',');
            }
            out.append(dayName(d));
            if (last > d) {
                out.append('-').append(dayName(last));
            }
            first = false;
            d = last;
        }
    }

    private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    static String dayName(int day) {
        return DAY_NAMES[day];
    }

    static String time(long nanoOfDay) {
        return nanoOfDay == DAY ? "24:00" : LocalTime.ofNanoOfDay(nanoOfDay).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeekSchedule && Arrays.equals(starts, ((WeekSchedule) o).starts)
                && Arrays.equals(ends, ((WeekSchedule) o).ends);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
    }
}

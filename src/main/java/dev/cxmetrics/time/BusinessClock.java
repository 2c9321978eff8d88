package dev.cxmetrics.time;

import java.time.Instant;
import java.util.Arrays;

/**
 * The arithmetic behind {@link BusinessCalendar}: a "business clock" {@code C(t)} that advances
 * exactly while the calendar is open, so that business time in {@code [a, b]} is
 * {@code C(b) - C(a)}.
 *
 * <p>Let {@code G(x)} be the open time of the schedule, holidays removed, from a fixed origin to
 * the local date-time {@code x}, measured in local time; let {@code L(t)} be the local
 * date-time of instant {@code t}. Between two offset transitions {@code L} runs at the speed of
 * real time, so business time there is a difference of {@code G}. At a transition {@code T}
 * the local clock jumps from {@code L(T-)} to {@code L(T)}; the business clock must not jump,
 * so each transition carries the effect {@code D(T) = G(L(T-)) - G(L(T))}: the open time of a
 * skipped gap (negative) or of a repeated overlap (positive). Hence
 * {@code C(t) = G(L(t)) + sum of D(T) over transitions T <= t}.
 *
 * <p>{@code G} is whole weeks times the weekly total plus a scan of the day's intervals, minus a
 * look-up in the sorted holidays with prefix sums of their open time. The transition sum
 * splits into the weekly part, with prefix sums over the zone's stored transitions and whole
 * 400-year cycles beyond them, and a holiday part for the few transitions that touch a holiday.
 * Every look-up goes through a {@link LongRank} bucket index, so the cost does not depend on the
 * span.
 *
 * <p>Values are nanoseconds in wrapping {@code long} arithmetic: a difference {@code C(b) - C(a)}
 * is exact whenever the true value fits in a {@code long}, which holds when {@code b - a} does.
 * Immutable and thread-safe.
 */
final class BusinessClock {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long SECONDS_PER_DAY = 86_400L;
    static final long WEEK_SECONDS = 7 * SECONDS_PER_DAY;

    private final WeekSchedule week;
    private final ZoneTimeline zone;
    /** Holidays as epoch days, ascending, distinct. */
    private final long[] holidays;
    private final LongRank holidayRank;
    /** {@code holidayBefore[i]}: local open time of the first i holidays. */
    private final long[] holidayBefore;
    /** {@code effectBefore[i]}: weekly part of D summed over the first i stored transitions. */
    private final long[] effectBefore;
    /** Weekly part of D summed over one 400-year cycle. */
    private final long cycleEffect;
    /** Transitions (epoch seconds, ascending) whose jump touches a holiday's open time. */
    private final LongRank holidayTransitions;
    /** {@code holidayEffectBefore[i]}: holiday part of D summed over the first i of them. */
    private final long[] holidayEffectBefore;

    BusinessClock(WeekSchedule week, ZoneTimeline zone, long[] holidays) {
        this.week = week;
        this.zone = zone;
        this.holidays = holidays;
        this.holidayRank = LongRank.of(holidays);
        holidayBefore = new long[holidays.length + 1];
        for (int i = 0; i < holidays.length; i++) {
            holidayBefore[i + 1] = holidayBefore[i] + week.openOnDay(dayOfWeek(holidays[i]));
        }
        int n = zone.size();
        effectBefore = new long[n + 1];
        for (int i = 0; i < n; i++) {
            long t = zone.transition(i);
            long effect = weekClock(t + zone.offsetBefore(i), 0) - weekClock(t + zone.offsetAfter(i), 0);
            effectBefore[i + 1] = effectBefore[i] + effect;
        }
        cycleEffect = zone.periodic() ? effectBefore[n] - effectBefore[zone.cycleFirst()] : 0;

        long[] touching = new long[Math.min(16, 2 * holidays.length + 1)];
        long[] touchingBefore = new long[touching.length + 1];
        int m = 0;
        long last = Long.MIN_VALUE;
        for (long day : holidays) {
            // Offsets are within 18 hours of UTC: a jump touching this day lies within two days of it.
            long from = (day - 2) * SECONDS_PER_DAY;
            long to = (day + 3) * SECONDS_PER_DAY;
            for (long t = zone.nextTransitionAfter(Math.max(from, last)); t <= to; t = zone.nextTransitionAfter(t)) {
                last = t;
                long effect = holidayOpenBefore(t + zone.offsetAt(t - 1), 0) - holidayOpenBefore(t + zone.offsetAt(t), 0);
                if (effect != 0) {
                    if (m == touching.length) {
                        touching = Arrays.copyOf(touching, 2 * m);
                        touchingBefore = Arrays.copyOf(touchingBefore, 2 * m + 1);
                    }
                    touching[m] = t;
                    touchingBefore[m + 1] = touchingBefore[m] + effect;
                    m++;
                }
            }
        }
        holidayTransitions = LongRank.of(Arrays.copyOf(touching, m));
        holidayEffectBefore = Arrays.copyOf(touchingBefore, m + 1);
    }

    /** Business time from instant a to instant b, in nanoseconds; exact when the span fits in a long. */
    long between(long aSecond, int aNano, long bSecond, int bNano) {
        return clock(bSecond, bNano) - clock(aSecond, aNano);
    }

    /** {@code C(t)} for the instant {@code epochSecond + nano}. */
    long clock(long epochSecond, int nano) {
        long cycles = zone.cyclesAfter(epochSecond);
        int count = zone.countAtOrBefore(zone.fold(epochSecond, cycles));
        long local = epochSecond + zone.offsetAfterCount(count);
        long jumps = effectBefore[count] + cycles * cycleEffect;
        if (holidayTransitions.size() > 0) {
            jumps -= holidayEffectBefore[holidayTransitions.countAtOrBelow(epochSecond)];
        }
        return weekClock(local, nano) - holidayOpenBefore(local, nano) + jumps;
    }

    /** Whether the calendar is open at the instant {@code epochSecond + nano}. */
    boolean isOpen(long epochSecond, int nano) {
        long local = epochSecond + zone.offsetAt(epochSecond);
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        return !isHoliday(day) && week.isOpen(dayOfWeek(day) * WeekSchedule.DAY + nanoOfDay(local, nano));
    }

    /**
     * The earliest instant at which {@code nanos > 0} of business time have elapsed since the start.
     * First finds the number of whole real weeks after the start that still hold less than
     * {@code nanos}: jumps ahead by the weeks the remaining amount needs at the weekly total
     * (doubling the jump where holidays slow progress down), then bisects. Then walks the open
     * intervals of the week after. About five evaluations of {@code C} in practice, a logarithmic
     * number in the worst case.
     *
     * @throws IllegalArgumentException when that instant is more than about 292 years after the start
     */
    Instant plus(long startSecond, int startNano, long nanos) {
        long origin = clock(startSecond, startNano);
        long maxWeeks = Long.MAX_VALUE / (WEEK_SECONDS * NANOS_PER_SECOND);
        long lo = 0; // weeks after the start holding less than `nanos`
        long elapsed = 0; // business time in those weeks
        long hi = -1; // weeks after the start holding at least `nanos`; -1 while unknown
        long boost = 1;
        while (hi < 0) {
            long k = lo + Math.min(Math.max((nanos - elapsed) / week.total(), boost), maxWeeks - lo);
            long at = clock(startSecond + k * WEEK_SECONDS, startNano) - origin;
            if (at >= nanos) {
                hi = k;
            } else if (k == maxWeeks) {
                throw new IllegalArgumentException("the deadline is more than about 292 years after the start");
            } else {
                // Less than half the weekly pace (holidays): jump further next time.
                boost = at - elapsed < (k - lo) * (week.total() / 2) ? 2 * (k - lo) : 1;
                lo = k;
                elapsed = at;
            }
        }
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            long at = clock(startSecond + mid * WEEK_SECONDS, startNano) - origin;
            if (at < nanos) {
                lo = mid;
                elapsed = at;
            } else {
                hi = mid;
            }
        }
        long base = startSecond + lo * WEEK_SECONDS;
        return walk(base, startNano, nanos - elapsed, WEEK_SECONDS * NANOS_PER_SECOND + startNano);
    }

    /**
     * Walks the open pieces after {@code base + position} in real-time order, segment by segment
     * between offset transitions, and returns the instant at which {@code remaining > 0} of them
     * has been covered. Positions are nanoseconds after the epoch second {@code base}.
     */
    private Instant walk(long base, long position, long remaining, long limit) {
        long limitSecond = base + limit / NANOS_PER_SECOND + 1;
        while (position < limit) {
            long second = base + Math.floorDiv(position, NANOS_PER_SECOND);
            int offset = zone.offsetAt(second);
            long next = zone.nextTransitionAfter(second);
            long end = next >= limitSecond ? limit : Math.min(limit, (next - base) * NANOS_PER_SECOND);
            // In this segment local = real + offset: find the local day of `position` and walk days.
            long day = Math.floorDiv(base + offset + Math.floorDiv(position, NANOS_PER_SECOND), SECONDS_PER_DAY);
            long dayStart = (day * SECONDS_PER_DAY - base - offset) * NANOS_PER_SECOND;
            for (; dayStart < end; day++, dayStart += WeekSchedule.DAY) {
                if (isHoliday(day)) {
                    continue;
                }
                int dow = dayOfWeek(day);
                for (int i = week.firstOfDay(dow); i < week.firstOfDay(dow + 1); i++) {
                    long from = Math.max(position, dayStart + week.startOfDay(i));
                    long to = Math.min(end, dayStart + week.endOfDay(i));
                    if (from < to) {
                        if (to - from >= remaining) {
                            return Instant.ofEpochSecond(base, from + remaining);
                        }
                        remaining -= to - from;
                    }
                }
            }
            position = end;
        }
        throw new IllegalStateException("business time walk overran its week; please report this as a bug");
    }

    /** {@code W(x)}: open time of the weekly schedule, holidays ignored, up to local time {@code x}. */
    private long weekClock(long localSecond, int nano) {
        long day = Math.floorDiv(localSecond, SECONDS_PER_DAY);
        long weeks = Math.floorDiv(day + 3, 7); // epoch day 0 was a Thursday
        return weeks * week.total() + week.openBefore(dayOfWeek(day) * WeekSchedule.DAY + nanoOfDay(localSecond, nano));
    }

    /** {@code H(x)}: open time of holidays up to local time {@code x}. */
    private long holidayOpenBefore(long localSecond, int nano) {
        if (holidays.length == 0) {
            return 0;
        }
        long day = Math.floorDiv(localSecond, SECONDS_PER_DAY);
        int i = holidayRank.countBelow(day);
        long open = holidayBefore[i];
        if (i < holidays.length && holidays[i] == day) {
            open += week.openOnDayBefore(dayOfWeek(day), nanoOfDay(localSecond, nano));
        }
        return open;
    }

    private boolean isHoliday(long day) {
        return holidayRank.contains(day);
    }

    private static long nanoOfDay(long localSecond, int nano) {
        return Math.floorMod(localSecond, SECONDS_PER_DAY) * NANOS_PER_SECOND + nano;
    }

    /** Monday is 0. */
    private static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L);
    }
}

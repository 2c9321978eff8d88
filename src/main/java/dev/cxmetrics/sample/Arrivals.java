package dev.cxmetrics.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Ticket creation instants over the period, in ascending order, one at a time.
 *
 * <p>The arrival intensity is constant within each local clock hour and proportional to an
 * hour-of-day weight, a day-of-week weight, a per-day factor (lognormal, shape 0.1: some days
 * are busier than others) and the hour's real length (0 or 2 hours across DST changes). The
 * {@code n} creation instants are the {@code n} order statistics of that density, drawn in
 * ascending order by the sequential method (each next point is uniform over what is left), so
 * nothing is stored per ticket. Not thread-safe.
 */
final class Arrivals {
    /** Relative arrivals per local hour 0..23: quiet nights, peaks late morning and mid-afternoon. */
    static final double[] HOUR_WEIGHTS = {
        0.10, 0.06, 0.04, 0.03, 0.03, 0.05, 0.12, 0.30, 0.65, 0.95, 1.00, 0.98,
        0.80, 0.78, 0.92, 0.95, 0.88, 0.72, 0.55, 0.45, 0.40, 0.33, 0.24, 0.16,
    };

    /** Relative arrivals per weekday, Monday first: a Monday peak and a quiet weekend. */
    static final double[] DAY_WEIGHTS = {1.18, 1.10, 1.04, 1.00, 0.92, 0.48, 0.40};

    private static final double DAY_FACTOR_SIGMA = 0.1;

    /** Slot i covers [slotStart[i], slotStart[i + 1]) in epoch milliseconds. */
    private final long[] slotStart;
    /** Running sum of slot weights, normalised to end at 1. */
    private final double[] cumulative;
    private int remaining;
    private double position;
    private int slot;

    private Arrivals(long[] slotStart, double[] cumulative, int count) {
        this.slotStart = slotStart;
        this.cumulative = cumulative;
        this.remaining = count;
    }

    /**
     * Prepares {@code count} arrivals over {@code days} days from the start of {@code start} in
     * {@code zone}; {@code setup} draws the per-day factors.
     */
    static Arrivals over(LocalDate start, int days, ZoneId zone, int count, Rng setup) {
        int slots = days * 24;
        long[] starts = new long[slots + 1];
        double[] weights = new double[slots];
        for (int d = 0; d < days; d++) {
            LocalDate date = start.plusDays(d);
            double day = DAY_WEIGHTS[date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()]
                    * setup.lognormal(1.0, DAY_FACTOR_SIGMA);
            for (int h = 0; h < 24; h++) {
                // In a DST gap the hour resolves to the instant after the gap: a slot of length 0.
                ZonedDateTime at = h == 0 ? date.atStartOfDay(zone)
                        : ZonedDateTime.of(date, LocalTime.of(h, 0), zone);
                starts[d * 24 + h] = at.toInstant().toEpochMilli();
                weights[d * 24 + h] = day * HOUR_WEIGHTS[h];
            }
        }
        starts[slots] = start.plusDays(days).atStartOfDay(zone).toInstant().toEpochMilli();
        double total = 0;
        double[] sums = new double[slots];
        for (int i = 0; i < slots; i++) {
            starts[i + 1] = Math.max(starts[i + 1], starts[i]);
            total += weights[i] * (starts[i + 1] - starts[i]);
            sums[i] = total;
        }
        for (int i = 0; i < slots; i++) {
            sums[i] /= total;
        }
        sums[slots - 1] = 1.0;
        return new Arrivals(starts, sums, count);
    }

    /** The next creation instant in epoch milliseconds: never earlier than the previous one. */
    long next(Rng rng) {
        // The minimum of m uniforms over [position, 1) is position + (1 - position)(1 - U^(1/m)).
        double step = -StrictMath.expm1(StrictMath.log(rng.openUniform()) / remaining);
        remaining--;
        position += (1.0 - position) * step;
        while (slot < cumulative.length - 1 && position >= cumulative[slot]) {
            slot++;
        }
        double from = slot == 0 ? 0.0 : cumulative[slot - 1];
        double width = cumulative[slot] - from;
        long start = slotStart[slot];
        long length = slotStart[slot + 1] - start;
        double fraction = width > 0 ? (position - from) / width : 0.0;
        long offset = (long) (fraction * length);
        return start + Math.max(0, Math.min(length - 1, offset));
    }
}

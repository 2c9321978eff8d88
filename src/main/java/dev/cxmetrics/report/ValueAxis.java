package dev.cxmetrics.report;

/**
 * The value axis of a chart: a {@link NiceScale} in a unit people read, and the divisor that
 * converts raw values (counts, seconds, percent, score points) into that unit.
 *
 * @param scale the ticks, in the unit
 * @param unit the unit's name, shown on the axis
 * @param divisor raw value ÷ divisor = value in the unit
 */
record ValueAxis(NiceScale scale, String unit, double divisor) {
    private static final int INTERVALS = 5;

    /** Counts from 0 up to {@code max}, integral ticks. */
    static ValueAxis counts(double max, String unit) {
        return new ValueAxis(NiceScale.of(0, finite(max, 1), INTERVALS, true), unit, 1);
    }

    /**
     * Durations from 0 up to {@code maxSeconds}, in the largest of seconds, minutes, hours and days
     * that keeps the top of the axis at 2 units or more.
     */
    static ValueAxis durations(double maxSeconds) {
        double max = finite(maxSeconds, 1);
        String unit;
        double divisor;
        if (max < 120) {
            unit = "seconds";
            divisor = 1;
        } else if (max < 120 * 60) {
            unit = "minutes";
            divisor = 60;
        } else if (max < 72 * 3600) {
            unit = "hours";
            divisor = 3600;
        } else {
            unit = "days";
            divisor = 86400;
        }
        return new ValueAxis(NiceScale.of(0, max / divisor, INTERVALS, false), unit, divisor);
    }

    /** Percentages: the data's nice range, within 0..100; 0..100 when there is no data. */
    static ValueAxis percent(double min, double max) {
        if (Double.isNaN(min)) {
            return new ValueAxis(NiceScale.of(0, 100, INTERVALS, false), "%", 1);
        }
        return new ValueAxis(NiceScale.of(min, max, INTERVALS, false).clamp(0, 100), "%", 1);
    }

    /** Net Promoter Scores: the data's nice range and 0, within -100..100. */
    static ValueAxis nps(double min, double max) {
        if (Double.isNaN(min)) {
            return new ValueAxis(NiceScale.of(-100, 100, INTERVALS, false), "NPS", 1);
        }
        return new ValueAxis(NiceScale.of(Math.min(min, 0), Math.max(max, 0), INTERVALS, false).clamp(-100, 100),
                "NPS", 1);
    }

    private static double finite(double value, double otherwise) {
        return Double.isNaN(value) || value <= 0 ? 0 : value == Double.POSITIVE_INFINITY ? otherwise : value;
    }

    /** The y (or x) pixel of a raw value. */
    double map(double raw, double from, double to) {
        return scale.map(raw / divisor, from, to);
    }
}

package dev.cxmetrics.report;

/**
 * A linear axis whose ends and ticks fall on "nice" numbers: steps of 1, 2 or 5 times a power of
 * ten, at most a given number of intervals, ends that are multiples of the step and cover the
 * data. Maps values to pixels linearly over {@code [lo, hi]}.
 *
 * @param lo the lower end, a multiple of {@code step}
 * @param hi the upper end, a multiple of {@code step}, greater than {@code lo}
 * @param step the distance between ticks, positive
 */
record NiceScale(double lo, double hi, double step) {

    /**
     * The nice axis over {@code [min, max]} with at most {@code maxIntervals} intervals. An empty
     * range widens around its value (by a tenth of it, or to {@code [0, 1]} at zero) so that it
     * still has an extent. With {@code integral}, the step is at least 1 (counts). A range across
     * zero takes two intervals even when {@code maxIntervals} is 1.
     */
    static NiceScale of(double min, double max, int maxIntervals, boolean integral) {
        if (!(min <= max) || Double.isInfinite(min) || Double.isInfinite(max) || maxIntervals < 1) {
            throw new IllegalArgumentException("no axis over [" + min + ", " + max + "] in " + maxIntervals);
        }
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) / 10;
            min = min == 0 ? 0 : min - pad;
            max = max + pad;
        }
        double step = niceStep((max - min) / maxIntervals);
        if (integral && step < 1) {
            step = 1;
        }
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max / step) * step;
        // A range across zero needs two intervals whatever the step.
        int limit = Math.max(maxIntervals, 2);
        while ((hi - lo) / step > limit + 1e-9) {
            // Rounding both ends out can add an interval; a larger nice step fits.
            step = niceStep(step * 1.01);
            lo = Math.floor(min / step) * step;
            hi = Math.ceil(max / step) * step;
        }
        if (hi == lo) {
            hi = lo + step;
        }
        return new NiceScale(lo, hi, step);
    }

    /** The smallest step of 1, 2 or 5 times a power of ten that is at least {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= raw * (1 - 1e-12)) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /** The same ticks with ends clamped to {@code [floor, ceiling]}, which must be multiples of the step. */
    NiceScale clamp(double floor, double ceiling) {
        double newLo = Math.max(lo, floor);
        double newHi = Math.min(hi, ceiling);
        return newHi > newLo ? new NiceScale(newLo, newHi, step) : this;
    }

    /** The tick values from {@code lo} to {@code hi}, computed from integers so they carry no drift. */
    double[] ticks() {
        long first = Math.round(lo / step);
        int count = (int) Math.round((hi - lo) / step) + 1;
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = (first + i) * step;
        }
        return ticks;
    }

    /** The pixel of {@code value} when {@code lo} maps to {@code from} and {@code hi} to {@code to}. */
    double map(double value, double from, double to) {
        return from + (value - lo) / (hi - lo) * (to - from);
    }

    /** A tick value as text: no decimals past what the step needs, no {@code -0}. */
    String label(double value) {
        int decimals = Math.max(0, new java.math.BigDecimal(Double.toString(step)).stripTrailingZeros().scale());
        String text = String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }
}

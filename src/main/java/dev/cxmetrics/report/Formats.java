package dev.cxmetrics.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/** Number and duration formatting shared by the renderers; {@code null} stands for "no value". */
final class Formats {
    private Formats() {
    }

    /** The median and the 90th percentile of some durations, from one selection pass. */
    static Optional<Duration>[] medianAndP90(dev.cxmetrics.stats.DurationStats stats) {
        java.util.List<Duration> q = stats.percentiles(50, 90);
        @SuppressWarnings("unchecked")
        Optional<Duration>[] result = new Optional[] {
            q.isEmpty() ? Optional.empty() : Optional.of(q.get(0)),
            q.isEmpty() ? Optional.empty() : Optional.of(q.get(1))};
        return result;
    }

    /** Decimal seconds, exact to the nanosecond, without exponent: {@code 2260}, {@code 0.5}. */
    static String seconds(Optional<Duration> duration) {
        if (duration.isEmpty()) {
            return null;
        }
        Duration d = duration.get();
        BigDecimal seconds = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
        return seconds.stripTrailingZeros().toPlainString();
    }

    /** The shortest decimal that reads back as the same double, without exponent. */
    static String number(OptionalDouble value) {
        if (value.isEmpty()) {
            return null;
        }
        return new BigDecimal(Double.toString(value.getAsDouble())).stripTrailingZeros().toPlainString();
    }

    /** A fixed number of decimals for people, or {@code -}; a value that rounds to zero has no minus sign. */
    static String fixed(OptionalDouble value, int decimals, String suffix) {
        if (value.isEmpty()) {
            return "-";
        }
        String text = String.format(java.util.Locale.ROOT, "%." + decimals + "f", value.getAsDouble());
        if (text.startsWith("-") && isZero(text)) {
            // An NPS of -0.04 reads 0.0, not -0.0.
            text = text.substring(1);
        }
        return text + suffix;
    }

    private static boolean isZero(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A duration for people, in its two largest units: {@code 350ms}, {@code 12s}, {@code 37m 40s},
     * {@code 2h 05m}, {@code 3d 04h}. Rounds half-up once, from the exact value, to the last unit
     * shown (so 1h 00m 29.5s reads {@code 1h 00m}, and 999.5ms reads {@code 1s}).
     */
    static String human(Optional<Duration> duration) {
        if (duration.isEmpty()) {
            return "-";
        }
        Duration d = duration.get();
        if (d.compareTo(Duration.ofSeconds(1)) < 0) {
            long millis = (d.toNanos() + 500_000) / 1_000_000;
            if (millis < 1000) {
                return millis + "ms";
            }
        }
        if (d.getSeconds() < 3600) {
            long seconds = rounded(d, 1);
            if (seconds < 60) {
                return seconds + "s";
            }
            if (seconds < 3600) {
                return seconds / 60 + "m " + two(seconds % 60) + "s";
            }
        }
        long minutes = rounded(d, 60);
        if (minutes < 24 * 60) {
            return minutes / 60 + "h " + two(minutes % 60) + "m";
        }
        long hours = rounded(d, 3600);
        return hours / 24 + "d " + two(hours % 24) + "h";
    }

    /** {@code d} in whole units of {@code unitSeconds}, rounded half-up; {@code d} is not negative. */
    private static long rounded(Duration d, long unitSeconds) {
        long units = d.getSeconds() / unitSeconds;
        long remainderNanos = (d.getSeconds() % unitSeconds) * 1_000_000_000L + d.getNano();
        return remainderNanos * 2 >= unitSeconds * 1_000_000_000L ? units + 1 : units;
    }

    private static String two(long value) {
        return value < 10 ? "0" + value : Long.toString(value);
    }
}

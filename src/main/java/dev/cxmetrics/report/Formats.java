package dev.cxmetrics.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/** Number and duration formatting shared by the renderers; {@code null} stands for "no value". */
final class Formats {
    private Formats() {
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

    /** A fixed number of decimals for people, or {@code -}. */
    static String fixed(OptionalDouble value, int decimals, String suffix) {
        if (value.isEmpty()) {
            return "-";
        }
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value.getAsDouble()) + suffix;
    }

    /** A duration for people: {@code 37m 40s}, {@code 2h 05m}, {@code 3d 04h}, {@code 12s}, {@code 350ms}. */
    static String human(Optional<Duration> duration) {
        if (duration.isEmpty()) {
            return "-";
        }
        Duration d = duration.get();
        if (d.compareTo(Duration.ofSeconds(1)) < 0) {
            return (d.toNanos() + 500_000) / 1_000_000 + "ms";
        }
        long seconds = d.getSeconds() + (d.getNano() >= 500_000_000 ? 1 : 0);
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m " + two(seconds % 60) + "s";
        }
        long minutes = (seconds + 30) / 60;
        if (minutes < 24 * 60) {
            return minutes / 60 + "h " + two(minutes % 60) + "m";
        }
        long hours = (minutes + 30) / 60;
        return hours / 24 + "d " + two(hours % 24) + "h";
    }

    private static String two(long value) {
        return value < 10 ? "0" + value : Long.toString(value);
    }
}

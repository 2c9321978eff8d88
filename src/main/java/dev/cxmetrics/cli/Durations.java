package dev.cxmetrics.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations written like {@code 30m}, {@code 4h}, {@code 1h30m}, {@code 2d} or ISO {@code PT4H},
 * at most {@link #MAX} (100 years): a longer SLA target is a typo, and would put deadlines past the
 * last instant Java can represent.
 */
final class Durations {
    static final Duration MAX = Duration.ofDays(36_525);

    private static final Pattern COMPACT = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    private Durations() {
    }

    static Duration parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("p")) {
            try {
                return checked(text, Duration.parse(value.toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a duration such as 30m, 4h, 1h30m, 2d or PT4H");
            }
        }
        Matcher m = COMPACT.matcher(value);
        if (value.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 30m, 4h, 1h30m, 2d or PT4H");
        }
        try {
            Duration d = Duration.ZERO;
            d = d.plusDays(group(m, 1)).plusHours(group(m, 2)).plusMinutes(group(m, 3)).plusSeconds(group(m, 4));
            return checked(text, d);
        } catch (ArithmeticException e) {
            throw tooLong(text);
        }
    }

    private static Duration checked(String text, Duration d) {
        if (d.compareTo(MAX) > 0) {
            throw tooLong(text);
        }
        return d;
    }

    private static IllegalArgumentException tooLong(String text) {
        return new IllegalArgumentException("'" + text + "' is too long a duration; the most is " + MAX.toDays()
                + "d (100 years)");
    }

    private static long group(Matcher m, int group) {
        String digits = m.group(group);
        if (digits == null) {
            return 0;
        }
        if (digits.length() > 12) {
            throw new ArithmeticException("too many digits");
        }
        return Long.parseLong(digits);
    }
}

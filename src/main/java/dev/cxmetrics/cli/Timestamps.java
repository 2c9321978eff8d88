package dev.cxmetrics.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Parses the timestamps helpdesk exports write, into instants.
 *
 * <p>Accepted: everything {@link IsoInstants} accepts (ISO-8601 with {@code Z} or an offset), and
 * {@code yyyy-MM-dd} followed by {@code T} or one space and {@code HH:mm}, optionally {@code :ss}
 * and a fraction of 1 to 9 digits after {@code .} or {@code ,}, optionally followed (after an
 * optional space) by {@code Z} or an offset {@code +HH}, {@code +HHMM} or {@code +HH:MM}. Without
 * an offset it is a local time in the input zone; a date alone is the start of that day there. A
 * local time in a gap is moved forward by the gap's length, one in an overlap takes the earlier
 * offset, as {@link ZonedDateTime#ofLocal} does. Thread-safe.
 */
final class Timestamps {
    private Timestamps() {
    }

    /**
     * Parses a timestamp.
     *
     * @return the instant, or null when the text is not a timestamp in a form above
     */
    static Instant parse(String text, ZoneId zone) {
        Instant fast = IsoInstants.parseUtc(text);
        if (fast != null) {
            return fast;
        }
        Instant flexible = parseFlexible(text, zone);
        return flexible != null ? flexible : IsoInstants.parse(text);
    }

    private static Instant parseFlexible(String s, ZoneId zone) {
        int n = s.length();
        if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        if ((year | month | day) < 0) {
            return null;
        }
        try {
            if (n == 10) {
                return LocalDate.of(year, month, day).atStartOfDay(zone).toInstant();
            }
            char separator = s.charAt(10);
            if (n < 16 || (separator != 'T' && separator != ' ') || s.charAt(13) != ':') {
                return null;
            }
            int hour = digits(s, 11, 2);
            int minute = digits(s, 14, 2);
            int second = 0;
            int nanos = 0;
            int i = 16;
            if (i < n && s.charAt(i) == ':') {
                if (i + 3 > n) {
                    return null;
                }
                second = digits(s, i + 1, 2);
                i += 3;
                if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                    int from = ++i;
                    while (i < n && i - from < 10 && isDigit(s.charAt(i))) {
                        i++;
                    }
                    int length = i - from;
                    if (length < 1 || length > 9) {
                        return null;
                    }
                    nanos = digits(s, from, length);
                    for (int k = length; k < 9; k++) {
                        nanos *= 10;
                    }
                }
            }
            if ((hour | minute | second) < 0) {
                return null;
            }
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
            if (i == n) {
                return ZonedDateTime.ofLocal(local, zone, null).toInstant();
            }
            if (s.charAt(i) == ' ') {
                i++;
            }
            ZoneOffset offset = offset(s, i);
            return offset == null ? null : local.toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code Z}, {@code +HH}, {@code +HHMM} or {@code +HH:MM} running to the end; null otherwise. */
    private static ZoneOffset offset(String s, int i) {
        int n = s.length();
        if (i == n - 1 && s.charAt(i) == 'Z') {
            return ZoneOffset.UTC;
        }
        if (i >= n || (s.charAt(i) != '+' && s.charAt(i) != '-')) {
            return null;
        }
        int sign = s.charAt(i) == '-' ? -1 : 1;
        int rest = n - i - 1;
        int hours;
        int minutes = 0;
        if (rest == 2) {
            hours = digits(s, i + 1, 2);
        } else if (rest == 4) {
            hours = digits(s, i + 1, 2);
            minutes = digits(s, i + 3, 2);
        } else if (rest == 5 && s.charAt(i + 3) == ':') {
            hours = digits(s, i + 1, 2);
            minutes = digits(s, i + 4, 2);
        } else {
            return null;
        }
        if ((hours | minutes) < 0) {
            return null;
        }
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /** The value of {@code length} ASCII digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(String s, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

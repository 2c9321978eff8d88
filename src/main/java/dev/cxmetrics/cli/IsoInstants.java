package dev.cxmetrics.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Parses ISO-8601 instants: what {@link Instant#parse} accepts ({@code 2026-01-31T10:00:00Z},
 * fractions of a second, and on Java 17 an offset such as {@code +01:00}), plus what
 * {@link OffsetDateTime#parse} accepts (for example {@code 2026-01-31T10:00+01:00} without
 * seconds). A date-time without {@code Z} or an offset is rejected: it names no instant.
 *
 * <p>The common UTC form {@code yyyy-MM-ddTHH:mm:ss[.fffffffff]Z}, what the writer produces, is
 * parsed by hand: a {@link java.time.format.DateTimeFormatter} would otherwise be the largest
 * cost of a row. Any other text, and any value the fast path is unsure of (hour 24, second 60,
 * an impossible date), goes to the formatters, so the result is always theirs. Thread-safe.
 */
final class IsoInstants {
    private static final long DAYS_0000_TO_1970 = 719_528L;

    private IsoInstants() {
    }

    /**
     * Parses an instant.
     *
     * @return the instant, or null when {@code text} is not an ISO-8601 instant
     */
    static Instant parse(String text) {
        Instant fast = parseUtc(text);
        if (fast != null) {
            return fast;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeException again) {
                return null;
            }
        }
    }

    /** The fast path; null when the text is not in the plain UTC form or not surely valid. */
    static Instant parseUtc(String s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0
                || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
                || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            int fraction = n - 21;
            if (s.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nanos = digits(s, 20, fraction);
            if (nanos < 0) {
                return null;
            }
            for (int i = fraction; i < 9; i++) {
                nanos *= 10;
            }
        }
        long epochSecond = epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /** The value of {@code length} ASCII digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(String s, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return isLeap(year) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Days from 1970-01-01 to a valid date of a year 0..9999 (the algorithm of LocalDate). */
    private static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367L * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!isLeap(year)) {
                total--;
            }
        }
        return total - DAYS_0000_TO_1970;
    }
}

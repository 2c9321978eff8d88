package dev.cxmetrics.cli;

import java.time.Duration;
import java.util.Locale;

/**
 * Conversions between cell text and values, shared by the three file formats. Parsers return a
 * sentinel (null, or a negative number where values are never negative) for a bad value and leave
 * the message to the caller, who knows the row and column. Thread-safe.
 */
final class Cells {
    /** Values longer than this are cut in messages, so a forged cell cannot flood a terminal. */
    private static final int QUOTE_LIMIT = 60;

    private Cells() {
    }

    /**
     * Quotes a cell value for a message: in single quotes, control characters escaped, cut after
     * {@value #QUOTE_LIMIT} characters.
     */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), QUOTE_LIMIT) + 8).append('\'');
        int n = Math.min(value.length(), QUOTE_LIMIT);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('\'');
        if (value.length() > n) {
            out.append("... (").append(value.length()).append(" characters)");
        }
        return out.toString();
    }

    /** What {@link #parseInt} returns for text that is not an int. */
    static final long NOT_AN_INT = Long.MIN_VALUE;

    /**
     * Parses a decimal int: an optional sign and ASCII digits, no spaces.
     *
     * @return the value, or {@link #NOT_AN_INT} when the text is not an int
     */
    static long parseInt(String text) {
        int n = text.length();
        if (n == 0 || n > 11) {
            return NOT_AN_INT;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!(isDigit(c) || i == 0 && n > 1 && (c == '-' || c == '+'))) {
                return NOT_AN_INT;
            }
        }
        long value = Long.parseLong(text);
        return value == (int) value ? value : NOT_AN_INT;
    }

    /**
     * Parses a non-negative decimal number of seconds ({@code 312}, {@code 312.5}) into an exact
     * duration. Digits past the ninth decimal are rounded half up to the nanosecond, the only
     * rounding; the text is never converted through a {@code double}.
     *
     * @return the duration, or null when the text is not such a number or exceeds a {@code long}
     *     of seconds
     */
    static Duration parseSeconds(String text) {
        int n = text.length();
        int i = 0;
        long seconds = 0;
        while (i < n && isDigit(text.charAt(i))) {
            int digit = text.charAt(i) - '0';
            if (seconds > (Long.MAX_VALUE - digit) / 10) {
                return null;
            }
            seconds = seconds * 10 + digit;
            i++;
        }
        if (i == 0) {
            return null;
        }
        long nanos = 0;
        if (i < n) {
            if (text.charAt(i) != '.' || i + 1 == n) {
                return null;
            }
            i++;
            int scale = 0;
            boolean roundUp = false;
            for (; i < n; i++, scale++) {
                char c = text.charAt(i);
                if (!isDigit(c)) {
                    return null;
                }
                if (scale < 9) {
                    nanos = nanos * 10 + (c - '0');
                } else if (scale == 9) {
                    roundUp = c >= '5';
                }
            }
            for (; scale < 9; scale++) {
                nanos *= 10;
            }
            if (roundUp && ++nanos == 1_000_000_000L) {
                if (seconds == Long.MAX_VALUE) {
                    return null;
                }
                seconds++;
                nanos = 0;
            }
        }
        return Duration.ofSeconds(seconds, nanos);
    }

    /** Formats a non-negative duration as decimal seconds, without trailing zeros. */
    static String formatSeconds(Duration duration) {
        String whole = Long.toString(duration.getSeconds());
        int nanos = duration.getNano();
        if (nanos == 0) {
            return whole;
        }
        String fraction = Integer.toString(1_000_000_000 + nanos).substring(1);
        int end = fraction.length();
        while (fraction.charAt(end - 1) == '0') {
            end--;
        }
        return whole + "." + fraction.substring(0, end);
    }

    /**
     * Parses {@code true}/{@code false}/{@code 1}/{@code 0}, ignoring case.
     *
     * @return the value, or null when the text is none of these
     */
    static Boolean parseBoolean(String text) {
        if (text.equals("1") || text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (text.equals("0") || text.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        return null;
    }

    /**
     * Finds an enum constant by name, ignoring case.
     *
     * @return the constant, or null when none has that name
     */
    static <E extends Enum<E>> E parseEnum(E[] constants, String text) {
        for (E constant : constants) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        return null;
    }

    /** The constants' names in lower case, comma-separated, for messages. */
    static <E extends Enum<E>> String names(E[] constants) {
        StringBuilder out = new StringBuilder();
        for (E constant : constants) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(constant.name().toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

package dev.cxmetrics.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Reads the weekly schedule syntax of {@link BusinessCalendar.Builder#schedule(String)} and the
 * holiday list of {@link BusinessCalendar#parseHolidays(String)}. Errors name the offending
 * token and its 0-based index in the text.
 */
final class ScheduleParser {
    /** Receives one parsed interval: day (Monday is 0) and nanoseconds of day. */
    interface Sink {
        void open(int day, long from, long to);
    }

    private static final String[] FULL_NAMES = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

    private final String text;
    private final List<String> tokens = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();
    private int next;

    private ScheduleParser(String text) {
        this.text = text;
    }

    static void parse(String text, Sink sink) {
        ScheduleParser parser = new ScheduleParser(text);
        parser.lex();
        if (parser.tokens.isEmpty()) {
            throw new IllegalArgumentException("schedule is empty; expected e.g. \"Mon-Fri 09:00-17:00\" or \"24/7\"");
        }
        while (true) {
            parser.clause(sink);
            if (parser.atEnd()) {
                return;
            }
            parser.expect(";", "';' between clauses");
        }
    }

    private void lex() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == ',' || c == '-' || c == ';') {
                i++;
            } else if (isLetter(c)) {
                while (i < text.length() && isLetter(text.charAt(i))) {
                    i++;
                }
            } else if (isDigit(c)) {
                while (i < text.length() && (isDigit(text.charAt(i)) || ":./".indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
            } else {
                throw new IllegalArgumentException("unexpected character '" + c + "' at index " + i + where());
            }
            tokens.add(text.substring(start, i));
            positions.add(start);
        }
    }

    private void clause(Sink sink) {
        if (!atEnd() && tokens.get(next).equals("24/7")) {
            next++;
            for (int d = 0; d < 7; d++) {
                sink.open(d, 0, WeekSchedule.DAY);
            }
            return;
        }
        boolean[] days = new boolean[7];
        while (true) {
            int from = day();
            int to = from;
            if (peek("-")) {
                next++;
                to = day();
            }
            for (int d = from; ; d = (d + 1) % 7) { // a range may wrap past Sunday: Fri-Mon
                days[d] = true;
                if (d == to) {
                    break;
                }
            }
            if (!peek(",")) {
                break;
            }
            next++;
        }
        while (true) {
            int at = next;
            long from = time(false);
            expect("-", "'-' between the opening and closing time");
            long to = time(true);
            if (from >= to) {
                throw new IllegalArgumentException("empty interval '" + text.substring(positions.get(at),
                        positions.get(next - 1) + tokens.get(next - 1).length()) + "' at index " + positions.get(at)
                        + ": the opening time must be before the closing time" + where());
            }
            for (int d = 0; d < 7; d++) {
                if (days[d]) {
                    sink.open(d, from, to);
                }
            }
            if (!peek(",")) {
                return;
            }
            next++;
        }
    }

    private int day() {
        String token = take("a day such as Mon");
        if (!isLetter(token.charAt(0))) {
            throw error("unexpected", next - 1, "expected a day such as Mon, or 24/7");
        }
        String lower = token.toLowerCase(Locale.ROOT);
        for (int d = 0; d < 7; d++) {
            if (lower.equals(FULL_NAMES[d]) || lower.equals(FULL_NAMES[d].substring(0, 3))) {
                return d;
            }
        }
        throw error("unknown day", next - 1, "expected Mon, Tue, Wed, Thu, Fri, Sat or Sun");
    }

    /** Reads {@code H:mm}, {@code HH:mm}, {@code HH:mm:ss} or {@code HH:mm:ss.fffffffff}; 24:00 only as an end. */
    private long time(boolean end) {
        String token = take("a time such as 09:00");
        String[] parts = token.split(":", -1);
        boolean ok = parts.length == 2 || parts.length == 3;
        ok = ok && parts[0].length() >= 1 && parts[0].length() <= 2 && digits(parts[0]) && parts[1].length() == 2
                && digits(parts[1]);
        long fraction = 0;
        int seconds = 0;
        if (ok && parts.length == 3) {
            String[] sec = parts[2].split("\\.", -1);
            ok = sec.length <= 2 && sec[0].length() == 2 && digits(sec[0])
                    && (sec.length == 1 || (sec[1].length() >= 1 && sec[1].length() <= 9 && digits(sec[1])));
            if (ok) {
                seconds = Integer.parseInt(sec[0]);
                fraction = sec.length == 1 ? 0 : Long.parseLong((sec[1] + "00000000").substring(0, 9));
            }
        }
        if (!ok) {
            throw error("bad time", next - 1, "expected HH:mm, HH:mm:ss or HH:mm:ss.fffffffff");
        }
        int hour = Integer.parseInt(parts[0]);
        int minute = Integer.parseInt(parts[1]);
        if (hour == 24 && minute == 0 && seconds == 0 && fraction == 0) {
            if (!end) {
                throw error("bad time", next - 1, "24:00 may only close an interval");
            }
            return WeekSchedule.DAY;
        }
        if (hour > 23 || minute > 59 || seconds > 59) {
            throw error("bad time", next - 1, "hours run 00..23 (or 24:00 to close), minutes and seconds 00..59");
        }
        return ((hour * 60L + minute) * 60 + seconds) * 1_000_000_000L + fraction;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private boolean atEnd() {
        return next == tokens.size();
    }

    private boolean peek(String token) {
        return !atEnd() && tokens.get(next).equals(token);
    }

    private String take(String expected) {
        if (atEnd()) {
            throw new IllegalArgumentException("expected " + expected + " at index " + text.length()
                    + " (end of schedule)" + where());
        }
        return tokens.get(next++);
    }

    private void expect(String token, String expected) {
        if (atEnd()) {
            throw new IllegalArgumentException("expected " + expected + " at index " + text.length()
                    + " (end of schedule)" + where());
        }
        if (!peek(token)) {
            throw error("unexpected", next, "expected " + expected);
        }
        next++;
    }

    private IllegalArgumentException error(String what, int token, String hint) {
        return new IllegalArgumentException(what + " '" + tokens.get(token) + "' at index " + positions.get(token)
                + ": " + hint + where());
    }

    private String where() {
        return " in schedule \"" + text + "\"";
    }

    /** Comma-separated ISO dates; blank text gives an empty list. */
    static List<LocalDate> parseHolidays(String text) {
        List<LocalDate> dates = new ArrayList<>();
        if (text.isBlank()) {
            return Collections.unmodifiableList(dates);
        }
        int start = 0;
        while (true) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            String raw = text.substring(start, end);
            String token = raw.strip();
            int at = start + raw.indexOf(token.isEmpty() ? raw : token);
            try {
                dates.add(LocalDate.parse(token));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad holiday date '" + token + "' at index " + at
                        + " in \"" + text + "\": expected an ISO date such as 2026-12-25", e);
            }
            if (comma < 0) {
                return Collections.unmodifiableList(dates);
            }
            start = comma + 1;
        }
    }
}

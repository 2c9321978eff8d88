package dev.cxmetrics.cli;

import dev.cxmetrics.InvalidRecordException;
import dev.cxmetrics.Priority;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Typed access to the cells of the current record, by column index of a {@link RowFormat}.
 *
 * <p>A cell is trimmed, and then an empty cell or a lone {@code -} reads as null (or the given
 * default), as does every cell of an absent optional column. The one exception is a quoted text
 * cell (an id, agent, channel...), taken literally (only {@code ""} is null) so that any string
 * can be written and read back; a quoted number, timestamp or priority is trimmed like the rest. A cell
 * that cannot be converted is a {@link CsvException} naming the column by its header in the file
 * and quoting the value. Not thread-safe: it reads through its reader.
 */
final class Row {
    private static final Priority[] PRIORITIES = Priority.values();
    /** The end of the message of a cell that is not a timestamp. */
    static final String LOCAL_HINT = " or a local date-time (like 2026-01-31 10:00:00 or 2026-01-31)";

    private final CsvReader reader;
    private final RowFormat<?> format;
    private final int[] positions;
    private final ZoneId zone;
    private final List<String> unused;

    Row(CsvReader reader, RowFormat<?> format, int[] positions, ZoneId zone, List<String> unused) {
        this.reader = reader;
        this.format = format;
        this.positions = positions;
        this.zone = zone;
        this.unused = List.copyOf(unused);
    }

    /** The header columns no column reads, quoted for messages, in file order. */
    List<String> unused() {
        return unused;
    }

    /** Whether the file has the column at all. */
    boolean has(int column) {
        return positions[column] >= 0;
    }

    /**
     * The cell's text, or null when it is empty, a lone {@code -} or the column is absent; a
     * quoted cell is literal.
     */
    String text(int column) {
        int position = positions[column];
        if (position < 0 || position >= reader.fieldCount()) {
            return null;
        }
        String value = reader.field(position);
        if (reader.quoted(position)) {
            return value.isEmpty() ? null : value;
        }
        return trimmed(value);
    }

    /** The cell's text trimmed, quoted or not, for cells that hold a value rather than free text. */
    private String value(int column) {
        int position = positions[column];
        return position < 0 || position >= reader.fieldCount() ? null : trimmed(reader.field(position));
    }

    /** Trimmed; null when that is empty or a lone {@code -}. */
    private static String trimmed(String value) {
        if (!value.isEmpty() && (value.charAt(0) <= ' ' || value.charAt(value.length() - 1) <= ' '
                || Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1)))) {
            value = value.strip();
        }
        return value.isEmpty() || value.equals("-") ? null : value;
    }

    boolean isEmpty(int column) {
        return text(column) == null;
    }

    String requiredText(int column) {
        String text = text(column);
        if (text == null) {
            throw error(column, "required, but the cell is empty");
        }
        return text;
    }

    /** Whether a value cell (a number, timestamp, priority) is empty, quoted or not. */
    boolean isEmptyValue(int column) {
        return value(column) == null;
    }

    private String requiredValue(int column) {
        String text = value(column);
        if (text == null) {
            throw error(column, "required, but the cell is empty");
        }
        return text;
    }

    Instant instant(int column) {
        String text = value(column);
        return text == null ? null : toInstant(column, text);
    }

    Instant requiredInstant(int column) {
        return toInstant(column, requiredValue(column));
    }

    private Instant toInstant(int column, String text) {
        Instant value = Timestamps.parse(text, zone);
        if (value == null) {
            throw error(column, Cells.quote(text) + " is not an ISO-8601 instant (like 2026-01-31T10:00:00Z or"
                    + " 2026-01-31T11:00:00+01:00)" + LOCAL_HINT);
        }
        return value;
    }

    /** The cell as an int, or {@code absent} when it is empty. */
    int integer(int column, int absent) {
        String text = value(column);
        return text == null ? absent : toInt(column, text);
    }

    int requiredInteger(int column) {
        return toInt(column, requiredValue(column));
    }

    private int toInt(int column, String text) {
        long value = Cells.parseInt(text);
        if (value == Cells.NOT_AN_INT) {
            throw error(column, Cells.quote(text) + " is not an integer");
        }
        return (int) value;
    }

    /** The cell as a decimal number of seconds, or null when it is empty. */
    Duration seconds(int column) {
        return decimal(column, 1, "seconds");
    }

    /**
     * The cell as a non-negative decimal number of {@code unitSeconds}-second units (60 for
     * minutes), exact to the nanosecond of the unit; null when it is empty.
     */
    Duration decimal(int column, int unitSeconds, String unit) {
        String text = value(column);
        if (text == null) {
            return null;
        }
        Duration value = Cells.parseSeconds(text);
        if (value != null && unitSeconds != 1) {
            try {
                value = value.multipliedBy(unitSeconds);
            } catch (ArithmeticException e) {
                value = null;
            }
        }
        if (value == null) {
            throw error(column, Cells.quote(text) + " is not a non-negative number of " + unit
                    + " (like 312 or 312.5)");
        }
        return value;
    }

    /**
     * The instant a decimal number of units (as {@link #decimal}) after {@code start}; null when
     * the cell is empty.
     */
    Instant after(Instant start, int column, int unitSeconds, String unit) {
        Duration elapsed = decimal(column, unitSeconds, unit);
        if (elapsed == null) {
            return null;
        }
        try {
            return start.plus(elapsed);
        } catch (DateTimeException | ArithmeticException e) {
            throw error(column, Cells.quote(value(column)) + " is too large: it ends after the last instant");
        }
    }

    /** The cell as a boolean ({@code true/false/1/0}), or {@code absent} when it is empty. */
    boolean bool(int column, boolean absent) {
        String text = value(column);
        if (text == null) {
            return absent;
        }
        Boolean value = Cells.parseBoolean(text);
        if (value == null) {
            throw error(column, Cells.quote(text) + " is not a boolean (true, false, 1 or 0)");
        }
        return value;
    }

    /**
     * The cell as a priority, in any case, with the aliases {@code medium} (normal) and
     * {@code critical} (urgent); null when it is empty.
     */
    Priority priority(int column) {
        String text = value(column);
        if (text == null) {
            return null;
        }
        Priority value = Cells.parseEnum(PRIORITIES, text);
        if (value == null) {
            if (text.equalsIgnoreCase("medium")) {
                return Priority.NORMAL;
            }
            if (text.equalsIgnoreCase("critical")) {
                return Priority.URGENT;
            }
            throw error(column, Cells.quote(text) + " is not a priority (" + Cells.names(PRIORITIES)
                    + ", or medium for normal, critical for urgent)");
        }
        return value;
    }

    /** The cell as an enum constant named in any case, or null when it is empty. */
    <E extends Enum<E>> E constant(int column, E[] constants, String what) {
        String text = value(column);
        if (text == null) {
            return null;
        }
        E value = Cells.parseEnum(constants, text);
        if (value == null) {
            throw error(column, Cells.quote(text) + " is not " + what + " (" + Cells.names(constants) + ")");
        }
        return value;
    }

    <E extends Enum<E>> E requiredConstant(int column, E[] constants, String what) {
        requiredValue(column);
        return constant(column, constants, what);
    }

    /** The column's name in messages: its header as the file writes it, or our name when absent. */
    String name(int column) {
        int position = positions[column];
        return position < 0 ? format.column(column).name() : reader.header().get(position);
    }

    CsvException error(int column, String reason) {
        return reader.error(name(column), reason);
    }

    /**
     * Turns a validation error of the model or the report into a row error. An
     * {@link InvalidRecordException} names its field: the row error names that field's column and
     * gives the reason ({@code "reopens: -1 is negative (ticket T-1)"}), with the model's other
     * field names in it shown as column names too. Any other error is given as it is, without a
     * column.
     */
    CsvException translate(IllegalArgumentException e) {
        if (!(e instanceof InvalidRecordException invalid)) {
            return reader.error(null, String.valueOf(e.getMessage()));
        }
        String reason = invalid.reason();
        // Several columns may give one field (first_response_at, first_response_hours): the file's own wins.
        int column = -1;
        for (int c = 0; c < format.columnCount(); c++) {
            String field = format.column(c).field();
            if (field.equals(invalid.field())) {
                if (column < 0 || positions[column] < 0 && positions[c] >= 0) {
                    column = c;
                }
            } else if (!field.equals(name(c))) {
                reason = reason.replace(field, name(c));
            }
        }
        if (column < 0) {
            reason = invalid.getMessage();
        } else if (invalid.recordId().isPresent()) {
            reason += " (ticket " + invalid.recordId().get() + ")";
        }
        return reader.error(column < 0 ? null : name(column), reason);
    }
}

package dev.cxmetrics.cli;

import java.time.Duration;
import java.time.Instant;

/**
 * Typed access to the cells of the current record, by column index of a {@link RowFormat}.
 * An empty cell, and every cell of an absent optional column, reads as null (or the given
 * default). A cell that cannot be converted is a {@link CsvException} naming the column and
 * quoting the value. Not thread-safe: it reads through its reader.
 */
final class Row {
    private final CsvReader reader;
    private final RowFormat<?> format;
    private final int[] positions;

    Row(CsvReader reader, RowFormat<?> format, int[] positions) {
        this.reader = reader;
        this.format = format;
        this.positions = positions;
    }

    /** The cell's text, or null when it is empty or the column is absent. */
    String text(int column) {
        int position = positions[column];
        if (position < 0) {
            return null;
        }
        String value = reader.field(position);
        return value.isEmpty() ? null : value;
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

    Instant instant(int column) {
        String text = text(column);
        return text == null ? null : toInstant(column, text);
    }

    Instant requiredInstant(int column) {
        return toInstant(column, requiredText(column));
    }

    private Instant toInstant(int column, String text) {
        Instant value = IsoInstants.parse(text);
        if (value == null) {
            throw error(column, Cells.quote(text) + " is not an ISO-8601 instant (like 2026-01-31T10:00:00Z"
                    + " or 2026-01-31T11:00:00+01:00)");
        }
        return value;
    }

    /** The cell as an int, or {@code absent} when it is empty. */
    int integer(int column, int absent) {
        String text = text(column);
        return text == null ? absent : toInt(column, text);
    }

    int requiredInteger(int column) {
        return toInt(column, requiredText(column));
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
        String text = text(column);
        if (text == null) {
            return null;
        }
        Duration value = Cells.parseSeconds(text);
        if (value == null) {
            throw error(column, Cells.quote(text) + " is not a non-negative number of seconds (like 312 or 312.5)");
        }
        return value;
    }

    /** The cell as a boolean ({@code true/false/1/0}), or {@code absent} when it is empty. */
    boolean bool(int column, boolean absent) {
        String text = text(column);
        if (text == null) {
            return absent;
        }
        Boolean value = Cells.parseBoolean(text);
        if (value == null) {
            throw error(column, Cells.quote(text) + " is not a boolean (true, false, 1 or 0)");
        }
        return value;
    }

    /** The cell as an enum constant named in any case, or null when it is empty. */
    <E extends Enum<E>> E constant(int column, E[] constants, String what) {
        String text = text(column);
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
        requiredText(column);
        return constant(column, constants, what);
    }

    CsvException error(int column, String reason) {
        return reader.error(format.columnName(column), reason);
    }
}

package dev.cxmetrics;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A value of columnar input ({@link TicketColumns}, {@link ResponseColumns},
 * {@link SurveyAnswerColumns}) that the matching record would reject, or a column that does not
 * fit its batch. It carries what a caller needs to report the problem without reading the
 * message: the row (absent when the whole column is wrong, e.g. its length), the column, named
 * after the record field it fills, and the ticket id of the row when it has one. The message
 * starts with the row and column, then gives the record's own reason.
 *
 * <p>Immutable and thread-safe.
 */
public final class ColumnValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The rejected row, -1 when the problem is the whole column. */
    private final int row;
    /** The column, named after the record field it fills. */
    private final String column;
    /** The row's ticket id, or null. */
    private final String ticketId;

    ColumnValueException(int row, String column, String ticketId, String reason, Throwable cause) {
        super((row < 0 ? "" : "row " + row + ", ") + "column " + column + ": " + reason, cause);
        this.row = row;
        this.column = column;
        this.ticketId = ticketId;
    }

    /**
     * Returns the row (0-based index into the batch) of the rejected value.
     *
     * @return the row, or empty when the whole column was rejected (a length that does not match)
     */
    public OptionalInt row() {
        return row < 0 ? OptionalInt.empty() : OptionalInt.of(row);
    }

    /**
     * Returns the column, named after the record field it fills ({@code createdAt},
     * {@code agentReplies}, {@code agentId}, {@code handleTime}, {@code score}...).
     *
     * @return the column name, never null
     */
    public String column() {
        return column;
    }

    /**
     * Returns the ticket id of the rejected row, when the row has a valid one.
     *
     * @return the ticket id, or empty
     */
    public Optional<String> ticketId() {
        return Optional.ofNullable(ticketId);
    }
}

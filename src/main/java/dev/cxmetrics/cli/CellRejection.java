package dev.cxmetrics.cli;

/**
 * A row that was read well but that the report refuses for a reason about one of its columns,
 * such as an event before its ticket's creation; {@link CsvRecords#rejectCurrent(int, String)}
 * turns it into a {@code file:line: column: reason} error or a skipped row.
 */
final class CellRejection extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The column of the row's format the reason is about. */
    private final int column;

    CellRejection(int column, String reason) {
        super(reason);
        this.column = column;
    }

    int column() {
        return column;
    }
}

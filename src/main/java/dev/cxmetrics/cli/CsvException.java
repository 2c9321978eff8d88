package dev.cxmetrics.cli;

import java.util.Objects;
import java.util.Optional;

/**
 * A CSV file that cannot be read: malformed CSV, a bad header, or a row whose values are invalid.
 *
 * <p>The message has the form {@code file:line: column: reason}, or {@code file:line: reason}
 * when no single column is at fault, for example
 * {@code tickets.csv:17: created_at: '2026-13-01' is not an ISO-8601 instant}. {@code line} is
 * the 1-based physical line on which the record starts (line breaks inside quoted fields
 * count), so an editor can jump to it. Immutable.
 */
public final class CsvException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The file's name as the user gave it. */
    private final String fileName;
    /** The 1-based line on which the faulty record starts. */
    private final long line;
    /** The column at fault, or null. */
    private final String column;
    /** What is wrong, without the prefix. */
    private final String reason;

    /**
     * Creates an exception.
     *
     * @param fileName the file's name as the user gave it; required
     * @param line the 1-based line number, {@code >= 1}
     * @param column the column at fault, or null when none applies
     * @param reason what is wrong; required
     */
    CsvException(String fileName, long line, String column, String reason) {
        super(format(fileName, line, column, reason));
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    private static String format(String fileName, long line, String column, String reason) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(reason, "reason");
        return column == null
                ? fileName + ":" + line + ": " + reason
                : fileName + ":" + line + ": " + column + ": " + reason;
    }

    /**
     * Returns the name of the file, as the user gave it.
     *
     * @return the file name
     */
    public String fileName() {
        return fileName;
    }

    /**
     * Returns the 1-based physical line on which the faulty record starts.
     *
     * @return the line number, {@code >= 1}
     */
    public long line() {
        return line;
    }

    /**
     * Returns the column at fault.
     *
     * @return the column's header name, or empty when the error concerns no single column
     */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /**
     * Returns what is wrong, without the file, line and column prefix.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}

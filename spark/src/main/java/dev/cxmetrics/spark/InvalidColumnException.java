package dev.cxmetrics.spark;

import java.util.Objects;

/**
 * A DataFrame's schema does not fit the input it is given as: a required column is missing or a
 * column has the wrong Spark type. Thrown by {@link SparkReports} and {@link ReportAggregator}
 * before any Spark job starts.
 */
public final class InvalidColumnException extends IllegalArgumentException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The input the column belongs to. */
    private final String input;
    /** The column name. */
    private final String column;

    InvalidColumnException(String input, String column, String reason) {
        super(input + " column " + column + ": " + reason);
        this.input = Objects.requireNonNull(input, "input");
        this.column = Objects.requireNonNull(column, "column");
    }

    /**
     * Returns which input the column belongs to.
     *
     * @return {@code tickets}, {@code responses} or {@code surveys}
     */
    public String input() {
        return input;
    }

    /**
     * Returns the column's name as the library expects it, e.g. {@code created_at}.
     *
     * @return the column name
     */
    public String column() {
        return column;
    }
}

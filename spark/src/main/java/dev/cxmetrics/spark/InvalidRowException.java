package dev.cxmetrics.spark;

import java.util.Objects;

/**
 * A row that the model rejects stopped the job (unless {@link SparkReportOptions#skipInvalidRows()}
 * asked to skip such rows). On the driver it is rethrown as itself, unwrapped from Spark's job
 * failure, with the row's input, ticket id and reason in {@link #row()}.
 */
public final class InvalidRowException extends IllegalArgumentException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The rejected row. */
    private final InvalidRow row;

    InvalidRowException(InvalidRow row, Throwable cause) {
        super(Objects.requireNonNull(row, "row").toString(), cause);
        this.row = row;
    }

    /**
     * Returns the rejected row: input, ticket id and reason.
     *
     * @return the row
     */
    public InvalidRow row() {
        return row;
    }
}

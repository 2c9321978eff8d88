package dev.cxmetrics.spark;

import java.util.OptionalInt;

/**
 * How {@link SparkReports#compute(dev.cxmetrics.report.ReportSpec, org.apache.spark.sql.Dataset,
 * org.apache.spark.sql.Dataset, org.apache.spark.sql.Dataset, SparkReportOptions)} runs: whether
 * invalid rows fail the job (the default) or are counted and skipped, and how many partitions the
 * records are hashed into by ticket id. Immutable and thread-safe; each {@code with} method returns
 * a new instance.
 */
public final class SparkReportOptions {
    private static final SparkReportOptions DEFAULTS = new SparkReportOptions(false, 0);

    private final boolean skipInvalidRows;
    private final int partitions;

    private SparkReportOptions(boolean skipInvalidRows, int partitions) {
        this.skipInvalidRows = skipInvalidRows;
        this.partitions = partitions;
    }

    /**
     * The defaults: an invalid row fails the job; as many partitions as the larger input has.
     *
     * @return the default options
     */
    public static SparkReportOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Counts and skips rows that the model rejects instead of failing the job; the result reports
     * how many and the first {@value Partial#SAMPLES}. A skipped ticket's responses and answers
     * count as unmatched, as on the command line with {@code --skip-invalid}.
     *
     * @return options that skip invalid rows
     */
    public SparkReportOptions withSkipInvalidRows() {
        return new SparkReportOptions(true, partitions);
    }

    /**
     * Sets the number of partitions that tickets, responses and answers are hashed into by ticket
     * id; each partition builds one partial accumulator.
     *
     * @param count the partition count, at least 1
     * @return options with that count
     * @throws IllegalArgumentException when {@code count} is below 1
     */
    public SparkReportOptions withPartitions(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("partitions " + count + " is below 1");
        }
        return new SparkReportOptions(skipInvalidRows, count);
    }

    /**
     * Returns whether invalid rows are skipped.
     *
     * @return true to count and skip, false to fail the job
     */
    public boolean skipInvalidRows() {
        return skipInvalidRows;
    }

    /**
     * Returns the partition count.
     *
     * @return the count, or empty for the larger input's own partition count
     */
    public OptionalInt partitions() {
        return partitions == 0 ? OptionalInt.empty() : OptionalInt.of(partitions);
    }

    @Override
    public String toString() {
        return "SparkReportOptions{skipInvalidRows=" + skipInvalidRows + ", partitions="
                + (partitions == 0 ? "as the input" : partitions) + "}";
    }
}

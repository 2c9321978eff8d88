package dev.cxmetrics.spark;

import dev.cxmetrics.report.KpiReport;

import java.util.List;
import java.util.Objects;

/**
 * A report computed on Spark and the rows skipped on the way.
 *
 * @param report the report of every valid row
 * @param skippedRows how many rows were skipped as invalid; 0 unless skipping was asked for
 * @param firstSkipped some of the skipped rows (at most ten), to show the user; unmodifiable
 */
public record SparkReportResult(KpiReport report, long skippedRows, List<InvalidRow> firstSkipped) {

    /**
     * Creates an instance.
     *
     * @param report the report
     * @param skippedRows the skipped row count, {@code >= 0}
     * @param firstSkipped some skipped rows, no more than {@code skippedRows}
     */
    public SparkReportResult {
        Objects.requireNonNull(report, "report");
        firstSkipped = List.copyOf(firstSkipped);
        if (skippedRows < firstSkipped.size()) {
            throw new IllegalArgumentException("skippedRows " + skippedRows + " is below the " + firstSkipped.size()
                    + " rows listed");
        }
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.time.TimeBucket;

import java.util.Objects;
import java.util.Optional;

/**
 * A cross-tabulation a report computes: one {@link KpiSet} per pair of keys, rows by a
 * {@link Dimension} and columns by another dimension ("type by priority") or by the spec's
 * calendar bucket ("agent by week").
 *
 * <p>Each record falls into exactly one cell: the one of its two keys, taken as the report's
 * groups take them (a response's or answer's own agent, the rest from its ticket; see
 * {@link Dimension}) and, for bucket columns, bucketed as the report's buckets are (volume and
 * first response by creation, resolution by resolution, surveys by answer, handle time by
 * sending, lifecycle KPIs as {@link KpiReport#buckets()} documents). A cell therefore equals the
 * group of its row key in a report of the records whose column key is that of the cell.
 *
 * <p>Ask for one with {@link ReportSpec.Builder#crossTab(Dimension, Dimension)} or
 * {@link ReportSpec.Builder#crossTab(Dimension, TimeBucket)}; read it with
 * {@link KpiReport#crossTab(Dimension, Dimension)} or {@link KpiReport#crossTabByBucket(Dimension)}.
 * Immutable and thread-safe; two cross-tabs are equal when their axes are.
 */
public final class CrossTab {
    private final Dimension rows;
    /** The column dimension, or null for the spec's bucket. */
    private final Dimension columns;

    private CrossTab(Dimension rows, Dimension columns) {
        this.rows = rows;
        this.columns = columns;
    }

    /**
     * Returns the cross-tab of two different dimensions.
     *
     * @param rows the dimension of the rows (the outer keys)
     * @param columns the dimension of the columns (the inner keys)
     * @return the cross-tab
     * @throws IllegalArgumentException when both are the same dimension
     * @throws NullPointerException when an argument is null
     */
    public static CrossTab of(Dimension rows, Dimension columns) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(columns, "columns");
        if (rows.equals(columns)) {
            throw new IllegalArgumentException("a cross-tab needs two different dimensions, not "
                    + rows.label() + " twice");
        }
        return new CrossTab(rows, columns);
    }

    /**
     * Returns the cross-tab of a dimension by the spec's calendar bucket.
     *
     * @param rows the dimension of the rows
     * @return the cross-tab
     * @throws NullPointerException when {@code rows} is null
     */
    public static CrossTab byBucket(Dimension rows) {
        return new CrossTab(Objects.requireNonNull(rows, "rows"), null);
    }

    /**
     * Returns the dimension of the rows.
     *
     * @return the row dimension
     */
    public Dimension rows() {
        return rows;
    }

    /**
     * Returns the dimension of the columns.
     *
     * @return the column dimension, or empty when the columns are the spec's calendar buckets
     */
    public Optional<Dimension> columns() {
        return Optional.ofNullable(columns);
    }

    /**
     * Tells whether the columns are the spec's calendar buckets.
     *
     * @return true for a cross-tab made by {@link #byBucket(Dimension)}
     */
    public boolean isByBucket() {
        return columns == null;
    }

    /**
     * Returns the name used in JSON, CSV, text and on the command line: the two labels joined by a
     * slash, {@code type/priority} or, with buckets of {@code bucket}, {@code agent/week}.
     *
     * @param bucket the spec's bucket, which names the columns of a cross-tab by bucket
     * @return the label
     */
    public String label(TimeBucket bucket) {
        Objects.requireNonNull(bucket, "bucket");
        return rows.label() + "/" + (columns == null ? bucket.label() : columns.label());
    }

    /** Column dimension, or null for buckets; for the package's internals. */
    Dimension columnsOrNull() {
        return columns;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CrossTab that && rows.equals(that.rows) && Objects.equals(columns, that.columns);
    }

    @Override
    public int hashCode() {
        return 31 * rows.hashCode() + Objects.hashCode(columns);
    }

    /**
     * Returns a description for messages: {@code TYPE/PRIORITY}, {@code AGENT/bucket}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return rows + "/" + (columns == null ? "bucket" : columns.toString());
    }
}

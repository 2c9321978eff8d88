package dev.cxmetrics.cli;

import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.time.TimeBucket;

import java.util.List;

/**
 * A cross-tab asked for on the command line as {@code ROWS/COLUMNS} in {@code --by}: two
 * dimensions ({@code type/priority}) or a dimension and the bucket ({@code agent/week}).
 *
 * @param rows the row dimension
 * @param columns the column dimension, or null for the bucket
 * @param bucket the bucket named, or null for a dimension column
 * @param text the words as given, trimmed, for messages
 */
record CrossTabOption(Dimension rows, Dimension columns, TimeBucket bucket, String text) {
    /**
     * Parses {@code a/b}, rejecting another number of parts, unknown names, a bucket in the rows,
     * the same dimension twice and a cross-tab given before (in either orientation).
     */
    static CrossTabOption parse(String label, List<CrossTabOption> given) {
        String text = label.trim();
        String[] parts = text.split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not a cross-tab of two names, like type/priority"
                    + " or agent/week");
        }
        Dimension rows = Dimension.parse(parts[0]);
        Dimension columns = null;
        TimeBucket bucket = null;
        try {
            bucket = TimeBucket.parse(parts[1]);
        } catch (IllegalArgumentException notABucket) {
            try {
                columns = Dimension.parse(parts[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + parts[1].trim() + "' in cross-tab '" + text
                        + "' is not one of agent, channel, type, priority, team, day, week, month");
            }
        }
        if (rows.equals(columns)) {
            throw new IllegalArgumentException("cross-tab '" + text + "' names " + rows.label()
                    + " twice; it needs two different dimensions");
        }
        for (CrossTabOption other : given) {
            boolean same = other.rows.equals(rows) && (columns == null ? other.columns == null : columns.equals(other.columns));
            boolean swapped = columns != null && other.rows.equals(columns) && rows.equals(other.columns);
            if (same || swapped) {
                throw new IllegalArgumentException("cross-tab '" + text + "' is given twice (as '" + other.text + "')");
            }
        }
        return new CrossTabOption(rows, columns, bucket, text);
    }

    /**
     * Makes the report's bucket that of the cross-tabs by bucket: without {@code --bucket} they set
     * it (and must agree), with it they must name it.
     */
    static void checkBucket(List<CrossTabOption> crossTabs, ReportOptions options, boolean bucketGiven) {
        CrossTabOption first = null;
        for (CrossTabOption crossTab : crossTabs) {
            if (crossTab.bucket == null) {
                continue;
            }
            if (bucketGiven && crossTab.bucket != options.bucket) {
                throw new CliException("option --by: cross-tab '" + crossTab.text + "' needs " + crossTab.bucket.label()
                        + " buckets, but --bucket is " + options.bucket.label());
            }
            if (first != null && crossTab.bucket != first.bucket) {
                throw new CliException("option --by: cross-tabs '" + first.text + "' and '" + crossTab.text
                        + "' need different buckets; a report has one bucket size");
            }
            first = first == null ? crossTab : first;
            options.bucket = crossTab.bucket;
        }
    }

    /** Adds this cross-tab to a spec whose bucket {@link #checkBucket} settled. */
    void addTo(ReportSpec.Builder builder) {
        if (columns == null) {
            builder.crossTab(rows, bucket);
        } else {
            builder.crossTab(rows, columns);
        }
    }
}

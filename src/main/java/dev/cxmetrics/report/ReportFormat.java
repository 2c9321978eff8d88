package dev.cxmetrics.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;

/**
 * The output formats of a {@link KpiReport}.
 *
 * <ul>
 *   <li>{@link #TEXT}: aligned tables for people, one section per dimension and one for buckets;
 *       durations like {@code 37m 40s} (two units, rounded half-up), empty values as {@code -},
 *       records without a dimension value as {@code (none)}, and control characters in keys as
 *       escapes such as {@code \n} so that each group stays on one line.</li>
 *   <li>{@link #JSON}: {@code {"overall": M, "groups": {"agent": {"<id>": M, ...}, "day":
 *       {"2026-01-31": M, ...}}}}, where {@code M} holds every KPI with its sample size;
 *       durations are decimal seconds, values of empty metrics are {@code null}, and records
 *       without a dimension value are under the key {@code ""}.</li>
 *   <li>{@link #CSV}: RFC 4180, a header row and one row per group (overall, each dimension
 *       value, each bucket), durations in decimal seconds, empty values as empty cells.</li>
 *   <li>{@link #HTML}: one self-contained page (inline CSS and SVG, no script, nothing fetched,
 *       system fonts; prints well and fits narrow screens): KPI tiles with their sample sizes,
 *       trends per bucket (volume, first response and resolution median and p90, CSAT, NPS, SLA
 *       breaches per bucket of the deadline when there is a policy), first-response brackets,
 *       per-dimension bar charts sorted by value with the sample size of each bar, then the same
 *       tables as {@link #TEXT}. Buckets without data are gaps, empty metrics read "no data",
 *       never 0, and every name from the data is escaped.</li>
 * </ul>
 * Rendering is deterministic: groups appear in the report's sorted order.
 */
public enum ReportFormat {
    /** Aligned text tables. */
    TEXT,
    /** JSON in the documented shape. */
    JSON,
    /** RFC 4180 CSV, one row per group. */
    CSV,
    /** One self-contained HTML page with SVG charts and the tables. */
    HTML;

    /**
     * Renders a report into a string.
     *
     * @param report the report
     * @return the rendered text
     */
    public String render(KpiReport report) {
        StringBuilder out = new StringBuilder(4096);
        write(report, out);
        return out.toString();
    }

    /**
     * Renders a report into an appendable, such as a {@link java.io.Writer}.
     *
     * @param report the report
     * @param out where to write
     * @throws UncheckedIOException when writing fails
     */
    public void write(KpiReport report, Appendable out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try {
            switch (this) {
                case TEXT:
                    TextRenderer.write(report, out);
                    break;
                case JSON:
                    JsonRenderer.write(report, out);
                    break;
                case CSV:
                    CsvRenderer.write(report, out);
                    break;
                default:
                    HtmlRenderer.write(report, out);
                    break;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the lower-case name used on the command line.
     *
     * @return {@code text}, {@code json}, {@code csv} or {@code html}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a label as returned by {@link #label()}, ignoring case.
     *
     * @param label {@code text}, {@code json}, {@code csv} or {@code html}
     * @return the format
     * @throws IllegalArgumentException naming the value when it is none of them
     */
    public static ReportFormat parse(String label) {
        Objects.requireNonNull(label, "label");
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(label.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("format '" + label + "' is not one of text, json, csv, html");
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.sla.SlaReport;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The KPIs of a data set: overall, per value of each requested {@link Dimension}, and per
 * calendar bucket.
 *
 * <p>Events are bucketed when they happened: ticket volume and first response time by
 * {@code createdAt}; resolution time and first contact resolution by {@code resolvedAt} (tickets
 * still open count in {@code resolution().open()} of the bucket they were created in); survey
 * KPIs by {@code answeredAt}; handle time by {@code sentAt}. {@link #buckets()} holds the buckets
 * in which something happened.
 *
 * <p>Render with {@link #toText()}, {@link #toJson()}, {@link #toCsv()} or {@link #toHtml()}. Immutable and
 * thread-safe.
 */
public final class KpiReport {
    private final ReportSpec spec;
    private final KpiSet overall;
    private final Map<Dimension, SortedMap<String, KpiSet>> groups;
    private final SortedMap<LocalDate, KpiSet> buckets;
    private final long unmatchedResponses;
    private final long unmatchedAnswers;
    private final long unmatchedEvents;
    private final SlaReport sla;
    private final CrossTabSets crossTabs;

    KpiReport(ReportSpec spec, KpiSet overall, Map<Dimension, Map<String, KpiSet>> groups,
              Map<LocalDate, KpiSet> buckets, long unmatchedResponses, long unmatchedAnswers, SlaReport sla) {
        this(spec, overall, groups, buckets, unmatchedResponses, unmatchedAnswers, 0, sla);
    }

    KpiReport(ReportSpec spec, KpiSet overall, Map<Dimension, Map<String, KpiSet>> groups,
              Map<LocalDate, KpiSet> buckets, long unmatchedResponses, long unmatchedAnswers, long unmatchedEvents,
              SlaReport sla) {
        this(spec, overall, groups, buckets, unmatchedResponses, unmatchedAnswers, unmatchedEvents, sla,
                CrossTabSets.none());
    }

    KpiReport(ReportSpec spec, KpiSet overall, Map<Dimension, Map<String, KpiSet>> groups,
              Map<LocalDate, KpiSet> buckets, long unmatchedResponses, long unmatchedAnswers, long unmatchedEvents,
              SlaReport sla, CrossTabSets crossTabs) {
        this.crossTabs = crossTabs;
        this.unmatchedEvents = unmatchedEvents;
        this.sla = sla;
        this.spec = spec;
        this.overall = overall;
        Map<Dimension, SortedMap<String, KpiSet>> sorted = new HashMap<>();
        for (Map.Entry<Dimension, Map<String, KpiSet>> entry : groups.entrySet()) {
            SortedMap<String, KpiSet> byKey = new TreeMap<>(entry.getKey().keyOrder());
            byKey.putAll(entry.getValue());
            sorted.put(entry.getKey(), Collections.unmodifiableSortedMap(byKey));
        }
        this.groups = Collections.unmodifiableMap(sorted);
        this.buckets = Collections.unmodifiableSortedMap(new TreeMap<>(buckets));
        this.unmatchedResponses = unmatchedResponses;
        this.unmatchedAnswers = unmatchedAnswers;
    }

    /**
     * Returns the spec the report was computed with.
     *
     * @return the spec
     */
    public ReportSpec spec() {
        return spec;
    }

    /**
     * Returns the KPIs over all records.
     *
     * @return the overall KPIs
     */
    public KpiSet overall() {
        return overall;
    }

    /**
     * Returns the KPIs per value of a dimension, sorted by {@link Dimension#keyOrder()}. Records
     * without a value are under {@link dev.cxmetrics.Ticket#ABSENT}.
     *
     * @param dimension one of the spec's dimensions
     * @return an unmodifiable sorted map from group key to KPIs; empty when there is no data
     * @throws IllegalArgumentException when the spec does not group by {@code dimension}
     */
    public SortedMap<String, KpiSet> groups(Dimension dimension) {
        Objects.requireNonNull(dimension, "dimension");
        SortedMap<String, KpiSet> byKey = groups.get(dimension);
        if (byKey == null) {
            throw new IllegalArgumentException("the report does not group by " + dimension.label()
                    + "; it groups by " + spec.dimensions());
        }
        return byKey;
    }

    /**
     * Returns the cells of a cross-tab of two dimensions, as added with
     * {@link ReportSpec.Builder#crossTab(Dimension, Dimension)}: per row key (sorted as
     * {@code rows} orders keys), per column key (sorted likewise), the KPIs of the records with
     * both keys. Only pairs some record has are present, so a row's map is never empty. A record
     * falls into exactly one cell; see {@link CrossTab} for which keys a record has.
     *
     * @param rows the row dimension, as given to the builder
     * @param columns the column dimension, as given to the builder
     * @return an unmodifiable sorted map of unmodifiable sorted maps, possibly empty
     * @throws IllegalArgumentException when the spec has no such cross-tab (in this orientation)
     * @throws NullPointerException when an argument is null
     */
    public SortedMap<String, SortedMap<String, KpiSet>> crossTab(Dimension rows, Dimension columns) {
        SortedMap<String, SortedMap<String, KpiSet>> cells = crossTabs.byDimension(CrossTab.of(rows, columns));
        if (cells == null) {
            throw noCrossTab(rows.label() + "/" + columns.label());
        }
        return cells;
    }

    /**
     * Returns the cells of a cross-tab of a dimension by the calendar bucket, as added with
     * {@link ReportSpec.Builder#crossTab(Dimension, dev.cxmetrics.time.TimeBucket)}: per row key
     * (sorted as {@code rows} orders keys), per bucket start date (ascending), the KPIs of the
     * records with that key in that bucket, bucketed as {@link #buckets()} are. Only buckets some
     * record of the key falls into are present.
     *
     * @param rows the row dimension
     * @return an unmodifiable sorted map of unmodifiable sorted maps, possibly empty
     * @throws IllegalArgumentException when the spec has no cross-tab of {@code rows} by bucket
     * @throws NullPointerException when {@code rows} is null
     */
    public SortedMap<String, SortedMap<LocalDate, KpiSet>> crossTabByBucket(Dimension rows) {
        SortedMap<String, SortedMap<LocalDate, KpiSet>> cells = crossTabs.byBucket(CrossTab.byBucket(rows));
        if (cells == null) {
            throw noCrossTab(rows.label() + "/" + spec.bucket().label());
        }
        return cells;
    }

    /** The cells of one of the spec's cross-tabs, whatever its columns; for the renderers. */
    Map<String, ? extends Map<?, KpiSet>> cells(CrossTab tab) {
        return tab.isByBucket() ? crossTabByBucket(tab.rows()) : crossTab(tab.rows(), tab.columnsOrNull());
    }

    private IllegalArgumentException noCrossTab(String label) {
        StringBuilder has = new StringBuilder();
        for (CrossTab tab : spec.crossTabs()) {
            has.append(has.length() == 0 ? "" : ", ").append(tab.label(spec.bucket()));
        }
        return new IllegalArgumentException("the report has no cross-tab " + label + "; it has "
                + (has.length() == 0 ? "none" : has));
    }

    /**
     * Returns the KPIs per calendar bucket in which something happened, keyed and sorted by the
     * bucket's first day.
     *
     * @return an unmodifiable sorted map
     */
    public SortedMap<LocalDate, KpiSet> buckets() {
        return buckets;
    }

    /**
     * Returns the number of responses whose ticket was never added; they are grouped under
     * {@link dev.cxmetrics.Ticket#ABSENT} for channel, type and priority. Always 0 when the
     * spec groups by none of those
     * and none of its cross-tabs uses them.
     *
     * @return the count
     */
    public long unmatchedResponses() {
        return unmatchedResponses;
    }

    /**
     * Returns the number of survey answers that name a ticket that was never added; they are
     * grouped under {@link dev.cxmetrics.Ticket#ABSENT} for channel, type and priority.
     *
     * @return the count
     */
    public long unmatchedAnswers() {
        return unmatchedAnswers;
    }

    /**
     * Returns the number of ticket events whose ticket was never added. They count in no KPI: a
     * lifecycle needs its ticket's creation. {@link ReportAccumulator#requireEventsMatched()} names
     * the first of them.
     *
     * @return the count
     */
    public long unmatchedEvents() {
        return unmatchedEvents;
    }

    /**
     * Returns the SLA attainment of the report's tickets, when the spec has an SLA policy.
     *
     * @return the SLA report, or empty when the spec has no policy
     */
    public Optional<SlaReport> sla() {
        return Optional.ofNullable(sla);
    }

    /**
     * Renders the report as an aligned text table, one row per group, durations like {@code 37m 40s}.
     *
     * @return the text
     */
    public String toText() {
        return ReportFormat.TEXT.render(this);
    }

    /**
     * Renders the report as JSON in the documented shape.
     *
     * @return the JSON text
     */
    public String toJson() {
        return ReportFormat.JSON.render(this);
    }

    /**
     * Renders the report as RFC 4180 CSV, one row per group.
     *
     * @return the CSV text
     */
    public String toCsv() {
        return ReportFormat.CSV.render(this);
    }

    /**
     * Renders the report as one self-contained HTML page with SVG charts and the tables; see
     * {@link ReportFormat#HTML}.
     *
     * @return the HTML text
     */
    public String toHtml() {
        return ReportFormat.HTML.render(this);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof KpiReport)) {
            return false;
        }
        KpiReport other = (KpiReport) o;
        return spec.equals(other.spec) && overall.equals(other.overall) && groups.equals(other.groups)
                && buckets.equals(other.buckets) && unmatchedResponses == other.unmatchedResponses
                && unmatchedAnswers == other.unmatchedAnswers && unmatchedEvents == other.unmatchedEvents
                && Objects.equals(sla, other.sla) && crossTabs.equals(other.crossTabs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, overall, groups, buckets, unmatchedResponses, unmatchedAnswers, unmatchedEvents, sla, crossTabs);
    }

    @Override
    public String toString() {
        return "KpiReport{" + spec + ", tickets=" + overall.tickets() + ", buckets=" + buckets.size() + "}";
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.ResponseColumns;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyAnswerColumns;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketColumns;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.stats.DurationSketch;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a {@link KpiReport} computes: the zone and size of its calendar buckets, the
 * dimensions it groups by and its {@linkplain CrossTab cross-tabs}.
 *
 * <pre>{@code
 * ReportSpec spec = ReportSpec.builder()
 *         .zone(ZoneId.of("Europe/Rome"))
 *         .bucket(TimeBucket.WEEK)
 *         .by(Dimension.AGENT, Dimension.CHANNEL)
 *         .crossTab(Dimension.AGENT, TimeBucket.WEEK)
 *         .build();
 * KpiReport report = spec.compute(tickets, responses, answers);
 * }</pre>
 *
 * <p>Defaults: zone UTC, daily buckets, no dimensions and no cross-tabs (overall and buckets only), times in
 * calendar time, no SLA section. Instances are
 * immutable and thread-safe; one spec can compute many reports concurrently.
 */
public final class ReportSpec {
    private final ZoneId zone;
    private final TimeBucket bucket;
    private final List<Dimension> dimensions;
    private final List<CrossTab> crossTabs;
    private final BusinessCalendar businessHours;
    private final SlaPolicy slaPolicy;
    private final Instant slaAsOf;
    private final double relativeAccuracy;
    private final boolean compactClosedTickets;

    private ReportSpec(Builder builder) {
        this.relativeAccuracy = builder.relativeAccuracy;
        this.compactClosedTickets = builder.compactClosedTickets;
        this.zone = builder.zone;
        this.bucket = builder.bucket;
        this.dimensions = Collections.unmodifiableList(new ArrayList<>(builder.dimensions));
        this.crossTabs = Collections.unmodifiableList(new ArrayList<>(builder.crossTabs));
        this.businessHours = builder.businessHours;
        this.slaPolicy = builder.slaPolicy;
        this.slaAsOf = builder.slaAsOf;
    }

    /**
     * Starts a builder with the defaults: UTC, daily buckets, no dimensions.
     *
     * @return a new builder; not thread-safe
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the zone whose calendar defines the buckets.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the bucket size.
     *
     * @return day, week or month
     */
    public TimeBucket bucket() {
        return bucket;
    }

    /**
     * Returns the dimensions grouped by, in the order given to the builder.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    /**
     * Returns the cross-tabs the report computes, in the order given to the builder.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<CrossTab> crossTabs() {
        return crossTabs;
    }

    /**
     * Returns the relative accuracy of approximate quantiles.
     *
     * @return the accuracy of the per-group sketches, or empty when quantiles are exact (the default)
     */
    public OptionalDouble relativeAccuracy() {
        return relativeAccuracy == 0 ? OptionalDouble.empty() : OptionalDouble.of(relativeAccuracy);
    }

    /**
     * Returns the business calendar that first response and resolution times are measured in.
     *
     * @return the calendar, or empty when they are measured in calendar (wall-clock) time
     */
    public Optional<BusinessCalendar> businessHours() {
        return Optional.ofNullable(businessHours);
    }

    /**
     * Returns the SLA policy the report evaluates tickets against.
     *
     * @return the policy, or empty when the report has no SLA section
     */
    public Optional<SlaPolicy> slaPolicy() {
        return Optional.ofNullable(slaPolicy);
    }

    /**
     * Returns the instant the SLA policy is evaluated as of.
     *
     * @return the instant, or empty when the report has no SLA section
     */
    public Optional<Instant> slaAsOf() {
        return Optional.ofNullable(slaAsOf);
    }

    /**
     * Computes a report in one pass over each input: tickets first, then responses, then answers.
     *
     * @param tickets the tickets; ids must be unique
     * @param responses the responses, possibly empty
     * @param answers the survey answers, possibly empty
     * @return the report
     * @throws IllegalArgumentException when a ticket id repeats or a duration cannot be measured,
     *     naming the ticket
     * @throws NullPointerException when an argument or an element is null
     */
    public KpiReport compute(Iterable<Ticket> tickets, Iterable<Response> responses, Iterable<SurveyAnswer> answers) {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(answers, "answers");
        ReportAccumulator accumulator = accumulator();
        accumulator.addTickets(tickets);
        accumulator.addResponses(responses);
        accumulator.addAnswers(answers);
        return accumulator.snapshot();
    }

    /**
     * Computes a report of columnar input, equal to {@link #compute(Iterable, Iterable, Iterable)}
     * over the batches' rows as records: tickets first, then responses, then answers.
     *
     * @param tickets the tickets; ids must be unique
     * @param responses the responses, possibly {@link ResponseColumns#empty() empty}
     * @param answers the survey answers, possibly {@link SurveyAnswerColumns#empty() empty}
     * @return the report
     * @throws IllegalArgumentException when a ticket id repeats or a row cannot be measured or
     *     bucketed, naming the ticket
     * @throws NullPointerException when an argument is null
     */
    public KpiReport compute(TicketColumns tickets, ResponseColumns responses, SurveyAnswerColumns answers) {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(answers, "answers");
        return accumulator().add(tickets).add(responses).add(answers).snapshot();
    }

    /**
     * Computes a report in one pass over each input, with the tickets' events: tickets, then
     * responses, answers and events. Each ticket's lifecycle comes from its events when it has
     * any (see {@link Ticket}).
     *
     * @param tickets the tickets; ids must be unique
     * @param responses the responses, possibly empty
     * @param answers the survey answers, possibly empty
     * @param events the ticket events, in any order, possibly empty
     * @return the report
     * @throws IllegalArgumentException when a ticket id repeats, a duration cannot be measured, an
     *     event is invalid for its ticket (before its creation, after its close) or names a ticket
     *     that is not among {@code tickets}; the message names the ticket and the event
     * @throws NullPointerException when an argument or an element is null
     */
    public KpiReport compute(Iterable<Ticket> tickets, Iterable<Response> responses, Iterable<SurveyAnswer> answers,
                             Iterable<TicketEvent> events) {
        Objects.requireNonNull(events, "events");
        ReportAccumulator accumulator = accumulator();
        accumulator.addTickets(Objects.requireNonNull(tickets, "tickets"));
        accumulator.addResponses(Objects.requireNonNull(responses, "responses"));
        accumulator.addAnswers(Objects.requireNonNull(answers, "answers"));
        for (TicketEvent event : events) {
            accumulator.add(event);
        }
        accumulator.requireEventsMatched();
        return accumulator.snapshot();
    }

    /**
     * Tells whether accumulators of this spec compact the event log of a ticket once it is closed;
     * see {@link Builder#compactClosedTickets()}.
     *
     * @return true when closed tickets are compacted; false by default
     */
    public boolean compactsClosedTickets() {
        return compactClosedTickets;
    }

    /**
     * Starts an empty accumulator that computes this report incrementally.
     *
     * @return a new accumulator; single-threaded
     */
    public ReportAccumulator accumulator() {
        return new ReportAccumulator(this);
    }

    /**
     * Encodes this spec, so that another process (a Spark executor, a worker) can rebuild it with
     * {@link #fromByteArray(byte[])}: zone, bucket, dimensions, quantile accuracy, business hours
     * (zone, schedule, every holiday) and SLA policy with its as-of instant. The format is
     * versioned; equal specs give equal bytes.
     *
     * @return a new byte array, typically a few dozen bytes
     */
    public byte[] toByteArray() {
        return SpecCodec.encode(this);
    }

    /**
     * Decodes a spec written by {@link #toByteArray()}; the result equals the encoded spec. Every
     * part is validated as the builders validate it, and any malformed input is rejected, never
     * another exception or a large allocation.
     *
     * @param bytes an encoded spec
     * @return the spec
     * @throws IllegalArgumentException when the input is malformed (wrong magic or version,
     *     truncation, trailing bytes, unknown section, a value the builders reject), naming the
     *     field and the byte offset
     * @throws NullPointerException when {@code bytes} is null
     */
    public static ReportSpec fromByteArray(byte[] bytes) {
        return SpecCodec.decode(bytes);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReportSpec)) {
            return false;
        }
        ReportSpec other = (ReportSpec) o;
        return zone.equals(other.zone) && bucket == other.bucket && dimensions.equals(other.dimensions)
                && crossTabs.equals(other.crossTabs)
                && Objects.equals(businessHours, other.businessHours) && Objects.equals(slaPolicy, other.slaPolicy)
                && Objects.equals(slaAsOf, other.slaAsOf) && relativeAccuracy == other.relativeAccuracy
                && compactClosedTickets == other.compactClosedTickets;
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, bucket, dimensions, crossTabs, businessHours, slaPolicy, slaAsOf, relativeAccuracy,
                compactClosedTickets);
    }

    @Override
    public String toString() {
        return "ReportSpec{zone=" + zone + ", bucket=" + bucket.label() + ", by=" + dimensions
                + (crossTabs.isEmpty() ? "" : ", crossTabs=" + crossTabs)
                + (businessHours == null ? "" : ", businessHours=" + businessHours)
                + (slaPolicy == null ? "" : ", sla=" + slaPolicy + " as of " + slaAsOf)
                + (relativeAccuracy == 0 ? "" : ", approximate quantiles to " + relativeAccuracy)
                + (compactClosedTickets ? ", compacting closed tickets" : "") + "}";
    }

    /**
     * A fluent builder of {@link ReportSpec}, validated as it goes. Not thread-safe.
     */
    public static final class Builder {
        private ZoneId zone = ZoneOffset.UTC;
        private TimeBucket bucket = TimeBucket.DAY;
        private final List<Dimension> dimensions = new ArrayList<>();
        private final List<CrossTab> crossTabs = new ArrayList<>();
        /** The bucket each cross-tab by bucket asked for, checked against the spec's at build(). */
        private final List<TimeBucket> crossTabBuckets = new ArrayList<>();
        private BusinessCalendar businessHours;
        private SlaPolicy slaPolicy;
        private Instant slaAsOf;
        private double relativeAccuracy;
        private boolean compactClosedTickets;

        private Builder() {
        }

        /**
         * Bounds the memory of each closed ticket by what its metrics need instead of its whole
         * history. As soon as an accumulator holds both a ticket and its {@code CLOSED} event (added
         * in any order, or brought together by {@link ReportAccumulator#merge}), it derives the
         * ticket's lifecycle and keeps only a fixed summary of it (first reply, agent replies,
         * reopens, first and full resolution, agent work, agent wait, on hold, whether a next-reply
         * clock still runs, and one sample per measured next reply: its time, bucket and agent)
         * instead of its events. Reports are the same, to the nanosecond, as without compaction.
         *
         * <p>The price is order: a {@code CLOSED} ticket is final (as in Zendesk, where a follow-up
         * is a new ticket), so once it was compacted any further event of it, even one timed
         * before the close, is rejected with an {@link IllegalArgumentException} naming the
         * ticket, the event and the close, by {@code add} and by {@code merge} (which then changes
         * nothing). Feed each ticket's {@code CLOSED} after its other events, or keep a ticket's
         * events in the accumulator of the ticket or in one other. Responses, answers and the
         * ticket's own values are unaffected: a human response after the close still counts where
         * responses count. Without this option events may come in any order and be split over
         * any number of accumulators, and every event is kept until a report is made.
         *
         * <p>The summary keeps no status history, so a spec that compacts cannot have an SLA policy
         * with targets measured from events ({@code NEXT_REPLY}, {@code AGENT_WORK},
         * {@code REQUESTER_WAIT}): {@link #build()} rejects that pair. First-response and
         * resolution targets are fine.
         *
         * @return this builder
         */
        public Builder compactClosedTickets() {
            this.compactClosedTickets = true;
            return this;
        }

        /**
         * Keeps a {@link DurationSketch} of 1% relative accuracy per group and duration kind instead
         * of every duration; see {@link #approximateQuantiles(double)}.
         *
         * @return this builder
         */
        public Builder approximateQuantiles() {
            return approximateQuantiles(DurationSketch.DEFAULT_RELATIVE_ACCURACY);
        }

        /**
         * Keeps a {@link DurationSketch} per group and duration kind instead of every duration.
         * Counts, sums, means, minimums and maximums stay exact; medians and percentiles are
         * within {@code relativeAccuracy} of the exact value at the lower closest rank. Memory per
         * group is bounded (a few KiB) whatever the number of tickets, and partial reports merge
         * and encode compactly. Use it for large or unbounded streams; keep the exact default
         * when every percentile must match a spreadsheet to the nanosecond.
         *
         * @param relativeAccuracy the relative accuracy, in [0.0001, 1), e.g. 0.01 for 1%
         * @return this builder
         * @throws IllegalArgumentException when the accuracy is out of range
         */
        public Builder approximateQuantiles(double relativeAccuracy) {
            DurationSketch.withRelativeAccuracy(relativeAccuracy); // validates, naming the value
            this.relativeAccuracy = relativeAccuracy;
            return this;
        }

        /**
         * Measures first response and resolution times in business hours instead of calendar
         * time. Buckets stay calendar days, weeks or months of the spec's zone.
         *
         * @param calendar the business calendar
         * @return this builder
         */
        public Builder businessHours(BusinessCalendar calendar) {
            this.businessHours = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * Adds an SLA section: every ticket is evaluated against the policy as of an instant;
         * breaches are counted per agent and per bucket of their deadline in the spec's zone.
         *
         * @param policy the targets
         * @param asOf the instant of evaluation, typically now or the end of the reported period
         * @return this builder
         */
        public Builder sla(SlaPolicy policy, Instant asOf) {
            this.slaPolicy = Objects.requireNonNull(policy, "policy");
            this.slaAsOf = Objects.requireNonNull(asOf, "asOf");
            return this;
        }

        /**
         * Sets the zone whose calendar defines the buckets.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Sets the bucket size.
         *
         * @param bucket day, week or month
         * @return this builder
         */
        public Builder bucket(TimeBucket bucket) {
            this.bucket = Objects.requireNonNull(bucket, "bucket");
            return this;
        }

        /**
         * Adds dimensions to group by; reports list them in this order.
         *
         * @param dimensions the dimensions
         * @return this builder
         * @throws IllegalArgumentException when a dimension is given twice
         */
        public Builder by(Dimension... dimensions) {
            Objects.requireNonNull(dimensions, "dimensions");
            HashSet<Dimension> seen = new HashSet<>(this.dimensions);
            for (Dimension dimension : dimensions) {
                Objects.requireNonNull(dimension, "dimension");
                if (!seen.add(dimension)) {
                    throw new IllegalArgumentException("dimension " + dimension.label() + " was already given");
                }
            }
            Collections.addAll(this.dimensions, dimensions);
            return this;
        }

        /**
         * Adds a cross-tab of two dimensions, such as type by priority: a {@link KpiSet} per pair of
         * keys that occurs, read with {@link KpiReport#crossTab(Dimension, Dimension)}. The
         * dimensions need not be among those of {@link #by(Dimension...)}. Reports list cross-tabs
         * in the order they were added.
         *
         * @param rows the dimension of the rows (outer keys)
         * @param columns the dimension of the columns (inner keys), another dimension
         * @return this builder
         * @throws IllegalArgumentException when both are the same dimension, or this cross-tab (in
         *     either orientation) was already added
         * @throws NullPointerException when an argument is null
         */
        public Builder crossTab(Dimension rows, Dimension columns) {
            return addCrossTab(CrossTab.of(rows, columns), null);
        }

        /**
         * Adds a cross-tab of a dimension by the calendar bucket, such as a weekly scorecard per
         * agent: a {@link KpiSet} per key and bucket that occur, read with
         * {@link KpiReport#crossTabByBucket(Dimension)}. A report has one bucket size: {@code bucket}
         * must be the spec's {@link #bucket(TimeBucket)} by the time {@link #build()} is called (a
         * daily spec cannot hold weekly cells), which is checked there.
         *
         * @param rows the dimension of the rows
         * @param bucket the bucket of the columns, which must be the spec's
         * @return this builder
         * @throws IllegalArgumentException when a cross-tab of {@code rows} by bucket was already added
         * @throws NullPointerException when an argument is null
         */
        public Builder crossTab(Dimension rows, TimeBucket bucket) {
            return addCrossTab(CrossTab.byBucket(rows), Objects.requireNonNull(bucket, "bucket"));
        }

        private Builder addCrossTab(CrossTab crossTab, TimeBucket columnBucket) {
            for (CrossTab given : crossTabs) {
                boolean swapped = !given.isByBucket() && !crossTab.isByBucket()
                        && given.rows().equals(crossTab.columnsOrNull()) && crossTab.rows().equals(given.columnsOrNull());
                if (given.equals(crossTab) || swapped) {
                    throw new IllegalArgumentException("cross-tab " + given.label(columnBucket == null ? bucket : columnBucket)
                            + " was already given");
                }
            }
            crossTabs.add(crossTab);
            crossTabBuckets.add(columnBucket);
            return this;
        }

        /**
         * Builds the spec.
         *
         * @return the spec
         * @throws IllegalArgumentException when a cross-tab by bucket asked for another bucket than
         *     the spec's, naming both; or when closed tickets are compacted and the SLA policy has
         *     a target measured from events, naming the metric
         */
        public ReportSpec build() {
            if (compactClosedTickets && slaPolicy != null) {
                for (SlaMetric metric : SlaMetric.values()) {
                    if (metric.fromEvents() && slaPolicy.hasTargets(metric)) {
                        throw new IllegalArgumentException("the SLA target " + metric.label() + " is measured from the"
                                + " status history of each ticket, which compactClosedTickets() does not keep");
                    }
                }
            }
            for (int i = 0; i < crossTabs.size(); i++) {
                TimeBucket wanted = crossTabBuckets.get(i);
                if (wanted != null && wanted != bucket) {
                    throw new IllegalArgumentException("cross-tab " + crossTabs.get(i).label(wanted)
                            + " needs " + wanted.label() + " buckets, but the spec's bucket is " + bucket.label());
                }
            }
            return new ReportSpec(this);
        }
    }
}

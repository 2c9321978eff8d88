package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.time.TimeBucket;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link KpiReport} computes: the zone and size of its calendar buckets and the
 * dimensions it groups by.
 *
 * <pre>{@code
 * ReportSpec spec = ReportSpec.builder()
 *         .zone(ZoneId.of("Europe/Rome"))
 *         .bucket(TimeBucket.WEEK)
 *         .by(Dimension.AGENT, Dimension.CHANNEL)
 *         .build();
 * KpiReport report = spec.compute(tickets, responses, answers);
 * }</pre>
 *
 * <p>Defaults: zone UTC, daily buckets, no dimensions (overall and buckets only). Instances are
 * immutable and thread-safe; one spec can compute many reports concurrently.
 */
public final class ReportSpec {
    private final ZoneId zone;
    private final TimeBucket bucket;
    private final List<Dimension> dimensions;

    private ReportSpec(Builder builder) {
        this.zone = builder.zone;
        this.bucket = builder.bucket;
        this.dimensions = Collections.unmodifiableList(new ArrayList<>(builder.dimensions));
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
        for (Ticket ticket : tickets) {
            accumulator.add(ticket);
        }
        for (Response response : responses) {
            accumulator.add(response);
        }
        for (SurveyAnswer answer : answers) {
            accumulator.add(answer);
        }
        return accumulator.snapshot();
    }

    /**
     * Starts an empty accumulator that computes this report incrementally.
     *
     * @return a new accumulator; single-threaded
     */
    public ReportAccumulator accumulator() {
        return new ReportAccumulator(this);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReportSpec)) {
            return false;
        }
        ReportSpec other = (ReportSpec) o;
        return zone.equals(other.zone) && bucket == other.bucket && dimensions.equals(other.dimensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, bucket, dimensions);
    }

    @Override
    public String toString() {
        return "ReportSpec{zone=" + zone + ", bucket=" + bucket.label() + ", by=" + dimensions + "}";
    }

    /**
     * A fluent builder of {@link ReportSpec}, validated as it goes. Not thread-safe.
     */
    public static final class Builder {
        private ZoneId zone = ZoneOffset.UTC;
        private TimeBucket bucket = TimeBucket.DAY;
        private final List<Dimension> dimensions = new ArrayList<>();

        private Builder() {
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
            EnumSet<Dimension> seen = this.dimensions.isEmpty() ? EnumSet.noneOf(Dimension.class)
                    : EnumSet.copyOf(this.dimensions);
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
         * Builds the spec.
         *
         * @return the spec
         */
        public ReportSpec build() {
            return new ReportSpec(this);
        }
    }
}

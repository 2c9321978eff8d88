package dev.cxmetrics.spark;

import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.ReportAccumulator;
import dev.cxmetrics.report.ReportSpec;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Objects;

/**
 * A Spark aggregate function over ticket rows that yields one encoded report accumulator per
 * group, for reports inside an existing aggregation:
 *
 * <pre>{@code
 * ReportAggregator reports = ReportAggregator.of(spec, tickets.schema());
 * Dataset<Row> perBrand = tickets.groupBy("brand").agg(reports.column().as("report"));
 * for (Row row : perBrand.collectAsList()) {
 *     KpiReport report = ReportAggregator.report(spec, row.getAs("report"));
 * }
 * }</pre>
 *
 * <p>The input rows are tickets with the columns of {@link SparkReports} (other columns, such as
 * the grouping key, are ignored); responses and answers are not part of it, so their KPIs are
 * empty. For a report per group with responses and answers, filter the three DataFrames to the
 * group and call {@link SparkReports#compute}. The typed API works too:
 * {@code tickets.groupByKey(...).agg(reports.toColumn())} over rows of the schema given to
 * {@link #of}.
 *
 * <p>Each task keeps one {@link ReportAccumulator} per group; partial aggregates travel as the
 * accumulator's binary encoding. A ticket row the model rejects fails the job with an
 * {@link InvalidRowException} in the cause chain of Spark's exception (the same ticket id twice in
 * a group included). The output is {@link ReportAccumulator#toByteArray()}; decode it with
 * {@link #report(ReportSpec, byte[])}. Instances are immutable and thread-safe.
 */
public final class ReportAggregator extends Aggregator<Row, ReportAggregator.Buffer, byte[]> {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The spec's encoding, which travels to the executors. */
    private final byte[] spec;
    /** The schema of the input rows. */
    private final StructType schema;
    /** The positions of the ticket columns in an input row, -1 for absent ones. */
    private final int[] positions;

    private ReportAggregator(byte[] spec, StructType schema, int[] positions) {
        this.spec = spec;
        this.schema = schema;
        this.positions = positions;
    }

    /**
     * Creates the aggregator for ticket rows of a schema.
     *
     * @param spec what to compute per group
     * @param schema the schema of the rows it aggregates, typically {@code tickets.schema()}
     * @return the aggregator
     * @throws InvalidColumnException when a required ticket column is missing or a column has
     *     another type, naming it
     */
    public static ReportAggregator of(ReportSpec spec, StructType schema) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(schema, "schema");
        return new ReportAggregator(spec.toByteArray(), schema, Input.TICKETS.positions(schema));
    }

    /**
     * Returns this aggregator as an untyped aggregate column over every column of the schema, for
     * {@code df.groupBy(...).agg(...)}; its values are encoded accumulators (Spark type binary).
     *
     * @return the column
     */
    public Column column() {
        Column[] columns = new Column[schema.fields().length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = functions.col("`" + schema.fields()[i].name() + "`");
        }
        return functions.udaf(this, Encoders.row(schema)).apply(columns);
    }

    /**
     * Decodes one output value into its report.
     *
     * @param spec the spec the aggregator was created with
     * @param encoded an output value of this aggregator
     * @return the report
     * @throws IllegalArgumentException when the bytes are malformed or were made with another spec
     */
    public static KpiReport report(ReportSpec spec, byte[] encoded) {
        return ReportAccumulator.fromByteArray(spec, encoded).snapshot();
    }

    /**
     * An empty accumulator.
     *
     * @return a new buffer
     */
    @Override
    public Buffer zero() {
        return new Buffer(spec, SpecCache.get(spec).accumulator());
    }

    /**
     * Adds one ticket row.
     *
     * @param buffer the group's buffer
     * @param row a row of the schema given to {@link #of}
     * @return the same buffer
     * @throws InvalidRowException when the model rejects the row
     */
    @Override
    public Buffer reduce(Buffer buffer, Row row) {
        try {
            buffer.accumulator.add(Rows.ticket(row, positions));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRowException(new InvalidRow(Input.TICKETS.label(), Rows.ticketId(row, positions[0]),
                    PartitionTask.reason(e)), e);
        }
        return buffer;
    }

    /**
     * Merges two partial aggregates of a group.
     *
     * @param a one buffer, which receives the other
     * @param b the other buffer
     * @return {@code a}
     * @throws InvalidRowException when a ticket id is in both
     */
    @Override
    public Buffer merge(Buffer a, Buffer b) {
        try {
            a.accumulator.merge(b.accumulator);
        } catch (IllegalArgumentException e) {
            // The same ticket id in two partial aggregates of a group: the reason names the id.
            throw new InvalidRowException(new InvalidRow(Input.TICKETS.label(), null, e.getMessage()), e);
        }
        return a;
    }

    /**
     * Encodes a group's accumulator.
     *
     * @param buffer the group's buffer
     * @return {@link ReportAccumulator#toByteArray()}
     */
    @Override
    public byte[] finish(Buffer buffer) {
        return buffer.accumulator.toByteArray();
    }

    /**
     * Partial aggregates are Java-serialized buffers that hold the accumulator's encoding.
     *
     * @return the buffer encoder
     */
    @Override
    public Encoder<Buffer> bufferEncoder() {
        return Encoders.javaSerialization(Buffer.class);
    }

    /**
     * The output is binary.
     *
     * @return the binary encoder
     */
    @Override
    public Encoder<byte[]> outputEncoder() {
        return Encoders.BINARY();
    }

    /**
     * A group's accumulator while Spark aggregates; serialized as the spec's and the accumulator's
     * encodings. Not thread-safe, as Spark never shares one between threads.
     */
    public static final class Buffer implements Serializable {
        /** Serialization version. */
    private static final long serialVersionUID = 1L;

        private transient byte[] spec;
        private transient ReportAccumulator accumulator;

        Buffer(byte[] spec, ReportAccumulator accumulator) {
            this.spec = spec;
            this.accumulator = accumulator;
        }

        /**
         * Writes the spec's and the accumulator's encodings.
         *
         * @param out the stream
         * @throws IOException when the stream fails
         * @serialData the spec's encoding, then the accumulator's, each as an int length and the bytes
         */
        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            Partial.writeBytes(out, spec);
            Partial.writeBytes(out, accumulator.toByteArray());
        }

        /**
         * Reads and decodes what {@link #writeObject} wrote.
         *
         * @param in the stream
         * @throws IOException when the stream fails
         * @throws ClassNotFoundException never in practice: the buffer has no object fields
         */
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            spec = Partial.readBytes(in);
            accumulator = ReportAccumulator.fromByteArray(SpecCache.get(spec), Partial.readBytes(in));
        }
    }
}

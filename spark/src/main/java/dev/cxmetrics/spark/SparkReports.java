package dev.cxmetrics.spark;

import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.ReportAccumulator;
import dev.cxmetrics.report.ReportSpec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;

/**
 * Computes a {@link KpiReport} over Spark DataFrames, with the same result as
 * {@link ReportSpec#compute} over the same records on one machine, whatever the partitioning.
 *
 * <p><b>Columns</b> are those of the command line's CSV files, matched ignoring case, with Spark
 * types: tickets {@code id} string, {@code customer_id, agent_id, channel, type, priority} string,
 * {@code created_at, first_response_at, resolved_at} timestamp, {@code agent_replies, reopens} int,
 * {@code team} string;
 * responses {@code ticket_id, agent_id} string, {@code sent_at} timestamp, {@code handle_seconds}
 * double, {@code automated} boolean; surveys {@code ticket_id, customer_id, agent_id, kind} string,
 * {@code score} int, {@code answered_at} timestamp. Required: tickets {@code id, created_at};
 * responses {@code ticket_id, sent_at}; surveys {@code kind, score, answered_at}. Absent optional
 * columns and null cells are null, as empty CSV cells are; other columns are ignored. A missing
 * required column or a column of another type fails with {@link InvalidColumnException} before
 * any Spark job starts. {@code priority} and {@code kind} are matched ignoring case;
 * {@code handle_seconds} is rounded half-even to the nanosecond from the double's shortest decimal
 * form.
 *
 * <p><b>How it runs.</b> Tickets, and responses and answers together, are hash-partitioned by
 * ticket id into the same number of partitions (one shuffle of each input), so that every
 * response and answer meets its ticket in the same task. Each task builds one
 * {@link ReportAccumulator} and encodes it; the encodings are merged pairwise on the executors
 * (a tree when there are many partitions), and the driver decodes the last one. Only the spec's
 * encoding ({@link ReportSpec#toByteArray()}) and the accumulators' travel; no model object is
 * serialized.
 *
 * <p><b>Invalid rows</b> fail the job with an {@link InvalidRowException} naming the input, the
 * ticket id and the model's reason, or, with {@link SparkReportOptions#withSkipInvalidRows()}, are
 * counted and skipped. Thread-safe: a static utility; concurrent calls run concurrent Spark jobs.
 */
public final class SparkReports {
    /** Marks a projected event row as a response or an answer. */
    private static final String RECORD = "__cxmetrics_record";
    /** The projected event row: the response and survey columns together, see {@link PartitionTask}. */
    private static final Input.Spec[] EVENT_LAYOUT = {
        Input.RESPONSES.column("ticket_id"), Input.RESPONSES.column("agent_id"), Input.SURVEYS.column("customer_id"),
        Input.RESPONSES.column("sent_at"), Input.RESPONSES.column("handle_seconds"),
        Input.RESPONSES.column("automated"), Input.SURVEYS.column("kind"), Input.SURVEYS.column("score"),
        Input.SURVEYS.column("answered_at"),
    };
    /** Above this many partitions the partials merge in two rounds on the executors. */
    private static final int FLAT_MERGE_LIMIT = 16;

    private SparkReports() {
    }

    /**
     * Computes a report, failing on the first invalid row.
     *
     * @param spec what to compute
     * @param tickets the tickets; ids must be unique
     * @param responses the responses, or null for none
     * @param surveys the survey answers, or null for none
     * @return the report, equal to {@code spec.compute} over the same records
     * @throws InvalidColumnException before any job runs, when a required column is missing or a
     *     column has another type, naming the input and the column
     * @throws InvalidRowException when the model rejects a row (a duplicate ticket id included),
     *     naming the input, the ticket id and the reason
     */
    public static KpiReport compute(ReportSpec spec, Dataset<Row> tickets, Dataset<Row> responses,
            Dataset<Row> surveys) {
        return compute(spec, tickets, responses, surveys, SparkReportOptions.defaults()).report();
    }

    /**
     * Computes a report with options: skipping invalid rows, a partition count.
     *
     * @param spec what to compute
     * @param tickets the tickets; ids must be unique
     * @param responses the responses, or null for none
     * @param surveys the survey answers, or null for none
     * @param options how to run
     * @return the report and the rows skipped
     * @throws InvalidColumnException before any job runs, when a required column is missing or a
     *     column has another type, naming the input and the column
     * @throws InvalidRowException unless skipping, when the model rejects a row
     */
    public static SparkReportResult compute(ReportSpec spec, Dataset<Row> tickets, Dataset<Row> responses,
            Dataset<Row> surveys, SparkReportOptions options) {
        Objects.requireNonNull(options, "options");
        JavaRDD<Partial> partials = partials(spec, tickets, responses, surveys, options);
        int partitions = partials.getNumPartitions();
        Partial total;
        try {
            total = partials.treeReduce(Partial::merge, partitions > FLAT_MERGE_LIMIT ? 2 : 1);
        } catch (Exception e) { // Spark throws its checked SparkException undeclared
            throw unwrap(e);
        }
        KpiReport report = total.accumulator().snapshot();
        return new SparkReportResult(report, total.skipped(), total.samples());
    }

    /**
     * The partials, one per partition, not yet computed: checks the schemas, projects, hashes
     * tickets and events into the same partitions and builds an accumulator per partition.
     */
    static JavaRDD<Partial> partials(ReportSpec spec, Dataset<Row> tickets, Dataset<Row> responses,
            Dataset<Row> surveys, SparkReportOptions options) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(tickets, "tickets");
        Dataset<Row> ticketRows = tickets.select(Input.TICKETS.project(tickets, Input.TICKETS.columns()));
        Dataset<Row> events = events(tickets.sparkSession(), responses, surveys);
        int partitions = options.partitions().orElse(Math.max(1, Math.max(tickets.rdd().getNumPartitions(),
                events.rdd().getNumPartitions())));
        byte[] encodedSpec = spec.toByteArray();
        boolean skip = options.skipInvalidRows();
        JavaRDD<Row> hashedTickets = ticketRows.repartition(partitions, ticketRows.col("id")).javaRDD();
        JavaRDD<Row> hashedEvents = events.repartition(partitions, events.col("ticket_id")).javaRDD();
        return hashedTickets.zipPartitions(hashedEvents,
                (t, e) -> Collections.singletonList(PartitionTask.run(encodedSpec, skip, t, e)).iterator());
    }

    /** Responses and answers as one DataFrame of {@link #EVENT_LAYOUT} and the record kind. */
    private static Dataset<Row> events(SparkSession session, Dataset<Row> responses, Dataset<Row> surveys) {
        Dataset<Row> events = null;
        if (responses != null) {
            events = responses.select(withRecord(Input.RESPONSES.project(responses, EVENT_LAYOUT),
                    PartitionTask.RESPONSE));
        }
        if (surveys != null) {
            Dataset<Row> answers = surveys.select(withRecord(Input.SURVEYS.project(surveys, EVENT_LAYOUT),
                    PartitionTask.SURVEY));
            events = events == null ? answers : events.union(answers);
        }
        if (events == null) {
            StructType schema = new StructType();
            for (Input.Spec column : EVENT_LAYOUT) {
                schema = schema.add(column.name(), column.type());
            }
            events = session.createDataFrame(Collections.<Row>emptyList(), schema.add(RECORD, DataTypes.IntegerType));
        }
        return events;
    }

    private static Column[] withRecord(Column[] columns, int record) {
        Column[] all = Arrays.copyOf(columns, columns.length + 1);
        all[columns.length] = functions.lit(record).cast(DataTypes.IntegerType).as(RECORD);
        return all;
    }

    /** Spark wraps a task's exception in its job failure; hand the caller ours when it is there. */
    static RuntimeException unwrap(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidRowException invalid) {
                return new InvalidRowException(invalid.row(), e);
            }
        }
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
    }
}

package dev.cxmetrics.spark;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.ReportAccumulator;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.sample.SampleData;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: the measurement behind the README's bytes-per-ticket figures (what is shuffled, what
 * the partials weigh, what reaches the driver, with and without co-partitioning), run only when
 * asked: {@code mvn -f spark/pom.xml test -Dtest=SparkTransferMeasurement -Dcxmetrics.scale=1000000
 * -Dspark.test.heap=10g}. Times are measured by JMH in {@code benchmarks/spark}. The sample data is
 * generated in {@value #CHUNKS} seeded chunks whose ids get the chunk as a prefix, on the executors
 * for Spark and in one thread for the library, so both see the same records; each Spark report is
 * checked equal to the library's.
 */
@EnabledIfSystemProperty(named = "cxmetrics.scale", matches = ".+")
class SparkTransferMeasurement {
    private static final int CHUNKS = 20;
    /** Encoded sizes are measured up to this many tickets. */
    private static final int BYTES_UP_TO = 1_000_000;
    private static final long SEED = 7L;
    private static final ReportSpec EXACT = ReportSpec.builder().zone(SampleData.DEFAULT_ZONE)
            .by(Dimension.AGENT, Dimension.CHANNEL, Dimension.TYPE, Dimension.PRIORITY).build();
    private static final ReportSpec APPROXIMATE = ReportSpec.builder().zone(SampleData.DEFAULT_ZONE)
            .by(Dimension.AGENT, Dimension.CHANNEL, Dimension.TYPE, Dimension.PRIORITY).approximateQuantiles().build();

    @Test
    void measure() {
        for (String size : System.getProperty("cxmetrics.scale").split(",")) {
            measure(Integer.parseInt(size.trim()));
        }
    }

    private static void measure(int tickets) {
        int perChunk = tickets / CHUNKS;
        // One thread, the library alone, over lists built beforehand.
        List<Ticket> ticketList = new ArrayList<>();
        List<Response> responseList = new ArrayList<>();
        List<SurveyAnswer> answerList = new ArrayList<>();
        for (int chunk = 0; chunk < CHUNKS; chunk++) {
            String prefix = "c" + chunk + "-";
            SampleData.builder().seed(SEED + chunk).tickets(perChunk).build().stream(
                    t -> ticketList.add(prefixed(prefix, t)), r -> responseList.add(prefixed(prefix, r)),
                    a -> answerList.add(prefixed(prefix, a)));
        }
        KpiReport[] expected = new KpiReport[2];
        ReportSpec[] specs = {EXACT, APPROXIMATE};
        for (int s = 0; s < 2; s++) {
            expected[s] = specs[s].compute(ticketList, responseList, answerList);
        }
        int records = ticketList.size() + responseList.size() + answerList.size();
        ticketList.clear();
        responseList.clear();
        answerList.clear();

        SparkSession spark = Frames.spark();
        AtomicLong shuffled = new AtomicLong();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskMetrics() != null) {
                    shuffled.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
                }
            }
        });
        Dataset<Row> chunks = spark.range(0, CHUNKS, 1, CHUNKS).toDF();
        Dataset<Row> t = generate(chunks, perChunk, 0, Frames.TICKETS);
        Dataset<Row> r = generate(chunks, perChunk, 1, Frames.RESPONSES);
        Dataset<Row> a = generate(chunks, perChunk, 2, Frames.SURVEYS);
        System.out.printf(Locale.ROOT, "%n%,d tickets, %,d records in all, %d input partitions each%n", tickets,
                records, CHUNKS);
        for (int s = 0; s < 2; s++) {
            ReportSpec spec = specs[s];
            String kind = spec.relativeAccuracy().isPresent() ? "approximate" : "exact";
            shuffled.set(0);
            KpiReport report = SparkReports.compute(spec, t, r, a);
            assertThat(report).isEqualTo(expected[s]);
            System.out.printf(Locale.ROOT, "%s: shuffle written %.1f B/ticket%n", kind,
                    (double) shuffled.get() / tickets);
            if (tickets > BYTES_UP_TO) {
                continue; // the sizes per ticket hardly change with the scale; each costs two more jobs
            }
            List<Partial> partials = SparkReports.partials(spec, t, r, a, SparkReportOptions.defaults()).collect();
            long toDriver = 0;
            ReportAccumulator all = spec.accumulator();
            for (Partial partial : partials) {
                toDriver += partial.accumulator().toByteArray().length;
                all.merge(partial.accumulator());
            }
            System.out.printf(Locale.ROOT, "%s: %d partials %.2f B/ticket, merged %.2f B/ticket; without "
                    + "co-partitioning %.2f B/ticket%n", kind, partials.size(), (double) toDriver / tickets,
                    (double) all.toByteArray().length / tickets, (double) withoutShuffle(spec, t, r, a) / tickets);
        }
        t.unpersist();
        r.unpersist();
        a.unpersist();
    }

    /** What reaches the driver when each input partition is accumulated where it lies, with no shuffle. */
    private static long withoutShuffle(ReportSpec spec, Dataset<Row> t, Dataset<Row> r, Dataset<Row> a) {
        byte[] encoded = spec.toByteArray();
        int[] ticketAt = Input.TICKETS.positions(t.schema());
        int[] responseAt = Input.RESPONSES.positions(r.schema());
        int[] answerAt = Input.SURVEYS.positions(a.schema());
        long total = 0;
        for (int input = 0; input < 3; input++) {
            int kind = input;
            Dataset<Row> frame = input == 0 ? t : input == 1 ? r : a;
            List<Integer> sizes = frame.mapPartitions((MapPartitionsFunction<Row, Integer>) rows -> {
                ReportAccumulator accumulator = SpecCache.get(encoded).accumulator();
                while (rows.hasNext()) {
                    Row row = rows.next();
                    switch (kind) {
                        case 0 -> accumulator.add(Rows.ticket(row, ticketAt));
                        case 1 -> accumulator.add(Rows.response(row, responseAt));
                        default -> accumulator.add(Rows.answer(row, answerAt));
                    }
                }
                return List.of(accumulator.toByteArray().length).iterator();
            }, Encoders.INT()).collectAsList();
            for (int size : sizes) {
                total += size;
            }
        }
        return total;
    }

    /** Sample data generated on the executors, one chunk per partition, cached and counted. */
    private static Dataset<Row> generate(Dataset<Row> chunks, int perChunk, int kind, StructType schema) {
        Dataset<Row> frame = chunks.mapPartitions((MapPartitionsFunction<Row, Row>) ids -> {
            List<Row> rows = new ArrayList<>();
            while (ids.hasNext()) {
                long chunk = ids.next().getLong(0);
                String prefix = "c" + chunk + "-";
                SampleData.builder().seed(SEED + chunk).tickets(perChunk).build().stream(
                        x -> {
                            if (kind == 0) {
                                rows.add(Frames.ticketRow(prefixed(prefix, x)));
                            }
                        },
                        x -> {
                            if (kind == 1) {
                                rows.add(Frames.responseRow(prefixed(prefix, x)));
                            }
                        },
                        x -> {
                            if (kind == 2) {
                                rows.add(Frames.surveyRow(prefixed(prefix, x)));
                            }
                        });
            }
            return rows.iterator();
        }, Encoders.row(schema)).persist(StorageLevel.MEMORY_ONLY());
        frame.count();
        return frame;
    }

    private static Ticket prefixed(String prefix, Ticket t) {
        return new Ticket(prefix + t.id(), t.customerId(), t.agentId(), t.channel(), t.type(), t.priority(),
                t.createdAt(), t.firstResponseAt(), t.resolvedAt(), t.agentReplies(), t.reopens());
    }

    private static Response prefixed(String prefix, Response r) {
        return new Response(prefix + r.ticketId(), r.agentId(), r.sentAt(), r.handleTime(), r.automated());
    }

    private static SurveyAnswer prefixed(String prefix, SurveyAnswer a) {
        return new SurveyAnswer(a.ticketId() == null ? null : prefix + a.ticketId(), a.customerId(), a.agentId(),
                a.kind(), a.score(), a.answeredAt());
    }
}

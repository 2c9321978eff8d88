package dev.cxmetrics.spark;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.sample.SampleData;
import dev.cxmetrics.sample.SampleDataset;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The report by agent, channel, type and priority over the same sample records: on Spark
 * {@code local[2]} from cached DataFrames ({@link SparkReports#compute}), beside the library in one
 * thread over lists ({@code ReportSpec.compute}). The setup checks both give the same report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx12g", "-XX:+IgnoreUnrecognizedVMOptions",
    "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
    "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
    "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
    "-Dio.netty.tryReflectionSetAccessible=true"})
public class SparkReportsBenchmark {
    private static final int PARTITIONS = 20;

    @Param({"1000000", "5000000"})
    int size;

    @Param({"exact", "approximate"})
    String quantiles;

    ReportSpec spec;
    List<Ticket> tickets;
    List<Response> responses;
    List<SurveyAnswer> answers;
    Dataset<Row> ticketFrame;
    Dataset<Row> responseFrame;
    Dataset<Row> surveyFrame;

    @Setup(Level.Trial)
    public void setUp() {
        ReportSpec.Builder builder = ReportSpec.builder().zone(SampleData.DEFAULT_ZONE)
                .by(Dimension.AGENT, Dimension.CHANNEL, Dimension.TYPE, Dimension.PRIORITY);
        spec = (quantiles.equals("approximate") ? builder.approximateQuantiles() : builder).build();
        SampleDataset data = SampleData.generate(7, size);
        tickets = data.tickets();
        responses = data.responses();
        answers = data.answers();
        ticketFrame = cached(Frames.tickets(tickets, PARTITIONS));
        responseFrame = cached(Frames.responses(responses, PARTITIONS));
        surveyFrame = cached(Frames.surveys(answers, PARTITIONS));
        KpiReport expected = spec.compute(tickets, responses, answers);
        if (!SparkReports.compute(spec, ticketFrame, responseFrame, surveyFrame).equals(expected)) {
            throw new IllegalStateException("the Spark report differs from the library's");
        }
    }

    private static Dataset<Row> cached(Dataset<Row> frame) {
        Dataset<Row> cached = frame.persist(StorageLevel.MEMORY_ONLY());
        cached.count();
        return cached;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        ticketFrame.unpersist();
        responseFrame.unpersist();
        surveyFrame.unpersist();
    }

    /** The library in one thread over the records. */
    @Benchmark
    public KpiReport library() {
        return spec.compute(tickets, responses, answers);
    }

    /** Spark {@code local[2]}: partials on the executors, co-partitioned by ticket id, merged in a tree. */
    @Benchmark
    public KpiReport sparkLocal2() {
        return SparkReports.compute(spec, ticketFrame, responseFrame, surveyFrame);
    }
}

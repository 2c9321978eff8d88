package dev.cxmetrics.benchmarks;

import dev.cxmetrics.Response;
import dev.cxmetrics.ResponseColumns;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.sample.SampleData;
import dev.cxmetrics.sample.SampleDataset;
import dev.cxmetrics.time.TimeBucket;
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

import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The core workload, every engine in one run over the same sample data: overall, per agent and
 * per UTC day, CSAT, NPS, CES, first response and resolution time (count, mean, exact median and
 * p90) and FCR. Beside the library: DuckDB in-process (two threads, the same SQL results, and
 * again on one thread), a hand-tuned pass over primitive arrays, Java streams with
 * {@code groupingBy} and sorts, and two floors that only read the same record fields or the same
 * arrays. The setup checks that every
 * engine gives the same figures before anything is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
public class CoreWorkloadBenchmark {
    @Param({"1000000"})
    int size;

    List<Ticket> tickets;
    List<Response> responses;
    List<SurveyAnswer> answers;
    WorkloadData columns;
    ReportSpec spec;
    ReportSpec fullSpec;
    DuckDbWorkload duckdb;
    DuckDbWorkload duckdbOneThread;
    ColumnarInput columnar;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        SampleDataset data = SampleData.generate(2026, size);
        tickets = data.tickets();
        responses = data.responses();
        answers = data.answers();
        columns = new WorkloadData(tickets, answers);
        spec = ReportSpec.builder().zone(ZoneOffset.UTC).bucket(TimeBucket.DAY).by(Dimension.AGENT).build();
        fullSpec = ReportSpec.builder().zone(ZoneOffset.UTC).bucket(TimeBucket.DAY).by(Dimension.values()).build();
        duckdb = new DuckDbWorkload(columns, 2);
        duckdbOneThread = new DuckDbWorkload(columns, 1);
        columnar = new ColumnarInput(tickets, responses, answers);

        WorkloadResult expected = LibraryWorkload.figures(spec.compute(tickets, List.of(), answers));
        LibraryWorkload.figures(spec.compute(columnar.tickets, ResponseColumns.empty(), columnar.answers))
                .assertSameAs(expected, "library over columns");
        HandTunedWorkload.figures(columns).assertSameAs(expected, "hand-tuned pass");
        if (!fullSpec.compute(columnar.tickets, columnar.responses, columnar.answers)
                .equals(fullSpec.compute(tickets, responses, answers))) {
            throw new AssertionError("the full report over columns differs from the one over records");
        }
        StreamsWorkload.figures(tickets, answers).assertSameAs(expected, "streams");
        duckdb.figures().assertSameAs(expected, "DuckDB");
        duckdbOneThread.figures().assertSameAs(expected, "DuckDB on one thread");
        // Tenure the data sets now: otherwise the first young collection of a timed iteration
        // copies them all, and that pause lands on whichever engine happens to allocate first.
        System.gc();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        duckdb.close();
        duckdbOneThread.close();
    }

    /** The library over records: {@code ReportSpec.compute}, then the figures read off the report. */
    @Benchmark
    public long library() {
        return LibraryWorkload.figures(spec.compute(tickets, List.of(), answers)).digest();
    }

    /** The library over columnar batches ({@code TicketColumns}, {@code SurveyAnswerColumns}), built beforehand. */
    @Benchmark
    public long libraryColumnar() {
        return LibraryWorkload.figures(spec.compute(columnar.tickets, ResponseColumns.empty(), columnar.answers))
                .digest();
    }

    /** The full report over columnar batches, responses included. */
    @Benchmark
    public long libraryFullReportColumnar() {
        return LibraryWorkload.figures(fullSpec.compute(columnar.tickets, columnar.responses, columnar.answers))
                .digest();
    }

    /** The full report with responses (AHT) and all dimensions, for scale. */
    @Benchmark
    public long libraryFullReport() {
        return LibraryWorkload.figures(fullSpec.compute(tickets, responses, answers)).digest();
    }

    /** DuckDB over the same data, loaded beforehand: three GROUPING SETS queries. */
    @Benchmark
    public long duckdb() throws Exception {
        return duckdb.figures().digest();
    }

    /** DuckDB on one thread, as the library computes a report: the per-core comparison. */
    @Benchmark
    public long duckdbOneThread() throws Exception {
        return duckdbOneThread.figures().digest();
    }

    /** A hand-tuned single pass over primitive arrays, exact quantiles by quickselect. */
    @Benchmark
    public long handTuned() {
        return HandTunedWorkload.figures(columns).digest();
    }

    /** Java streams, {@code groupingBy} and a sort per percentile. */
    @Benchmark
    public long streams() {
        return StreamsWorkload.figures(tickets, answers).digest();
    }

    /** The record floor: reads the record fields the workload reads, and sums them. */
    @Benchmark
    public long recordFloor() {
        long sum = 0;
        for (int i = 0, n = tickets.size(); i < n; i++) {
            Ticket t = tickets.get(i);
            sum += t.id().length() + t.createdAt().getEpochSecond() + t.agentReplies() + t.reopens();
            sum += t.firstResponseAt() == null ? 0 : t.firstResponseAt().getEpochSecond();
            sum += t.resolvedAt() == null ? 0 : t.resolvedAt().getEpochSecond();
            sum += t.agentId() == null ? 0 : t.agentId().hashCode();
        }
        for (int i = 0, n = answers.size(); i < n; i++) {
            SurveyAnswer a = answers.get(i);
            sum += a.score() + a.kind().ordinal() + a.answeredAt().getEpochSecond();
            sum += a.agentId() == null ? 0 : a.agentId().hashCode();
        }
        return sum;
    }

    /** The memory floor: reads the same primitive arrays the hand-tuned pass reads, and sums them. */
    @Benchmark
    public long arrayFloor() {
        WorkloadData d = columns;
        long sum = 0;
        for (int i = 0; i < d.tickets; i++) {
            sum += d.ticketAgent[i] + d.createdMs[i] + d.firstResponseMs[i] + d.resolvedMs[i]
                    + d.agentReplies[i] + d.reopens[i];
        }
        for (int i = 0; i < d.answers; i++) {
            sum += d.answerAgent[i] + d.answerKind[i] + d.answerScore[i] + d.answeredMs[i];
        }
        return sum;
    }
}

package dev.cxmetrics.benchmarks;

import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.KpiReport;
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
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Rendering a computed report: HTML (charts and tables) beside the text and JSON renderings of
 * the same report in the same run. The report is over {@code size} sample tickets, by day in
 * Europe/Rome and by agent, channel, type and priority, exact quantiles. The setup prints the
 * size of each rendering.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class HtmlReportBenchmark {
    @Param({"100000"})
    int size;

    KpiReport report;

    @Setup(Level.Trial)
    public void setUp() {
        SampleDataset data = SampleData.generate(2026, size);
        report = ReportSpec.builder().zone(SampleData.DEFAULT_ZONE).bucket(TimeBucket.DAY).by(Dimension.values())
                .build().compute(data.tickets(), data.responses(), data.answers());
        System.out.printf("%n%d tickets: html %d bytes, text %d bytes, json %d bytes%n", size,
                report.toHtml().getBytes(StandardCharsets.UTF_8).length,
                report.toText().getBytes(StandardCharsets.UTF_8).length,
                report.toJson().getBytes(StandardCharsets.UTF_8).length);
    }

    /** The self-contained HTML page. */
    @Benchmark
    public int html() {
        return report.toHtml().length();
    }

    /** Baseline: the text tables of the same report. */
    @Benchmark
    public int text() {
        return report.toText().length();
    }

    /** Baseline: the JSON of the same report. */
    @Benchmark
    public int json() {
        return report.toJson().length();
    }
}

package dev.cxmetrics.benchmarks;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.report.CrossTab;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.KpiSet;
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

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The full report (overall, by agent, channel, type and priority, by day, exact quantiles) over
 * sample data, beside (a) the streams-and-sort code a user would write and (b) a floor loop that
 * only reads the same fields of the same records. Divide ns/op by {@code size} for ns/ticket;
 * each ticket comes with about 2 responses and 0.45 survey answers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
public class ReportBenchmark {
    @Param({"10000", "100000", "1000000"})
    int size;

    List<Ticket> tickets;
    List<Response> responses;
    List<SurveyAnswer> answers;
    ReportSpec spec;
    ReportSpec approximateSpec;
    ReportSpec crossTabSpec;
    ZoneId zone;

    @Setup(Level.Trial)
    public void setUp() {
        SampleDataset data = SampleData.generate(2026, size);
        tickets = data.tickets();
        responses = data.responses();
        answers = data.answers();
        zone = ZoneId.of("Europe/Rome");
        spec = ReportSpec.builder().zone(zone).bucket(TimeBucket.DAY).by(Dimension.values()).build();
        approximateSpec = ReportSpec.builder().zone(zone).bucket(TimeBucket.DAY).by(Dimension.values())
                .approximateQuantiles().build();
        crossTabSpec = ReportSpec.builder().zone(zone).bucket(TimeBucket.DAY).by(Dimension.values())
                .crossTab(Dimension.TYPE, Dimension.PRIORITY).crossTab(Dimension.AGENT, TimeBucket.DAY).build();
    }

    /**
     * The library: one pass, every KPI of every group, then the exact mean, median and p90 of
     * first response and resolution time of every group, as the baseline computes them.
     */
    @Benchmark
    public long report() {
        return digest(spec);
    }

    /** The same report with approximate quantiles: a 1% sketch per group instead of every duration. */
    @Benchmark
    public long reportApproximate() {
        return digest(approximateSpec);
    }

    /**
     * The same report with two cross-tabs, type by priority and agent by day: one more cell lookup
     * per record and cross-tab, and a group per cell.
     */
    @Benchmark
    public long reportWithCrossTabs() {
        return digest(crossTabSpec);
    }

    private long digest(ReportSpec spec) {
        KpiReport report = spec.compute(tickets, responses, answers);
        long digest = quantiles(report.overall());
        for (Dimension dimension : spec.dimensions()) {
            for (KpiSet set : report.groups(dimension).values()) {
                digest += quantiles(set);
            }
        }
        for (KpiSet set : report.buckets().values()) {
            digest += quantiles(set);
        }
        for (CrossTab tab : spec.crossTabs()) {
            java.util.Map<String, ? extends java.util.Map<?, KpiSet>> rows = tab.isByBucket()
                    ? report.crossTabByBucket(tab.rows()) : report.crossTab(tab.rows(), tab.columns().orElseThrow());
            for (java.util.Map<?, KpiSet> cells : rows.values()) {
                for (KpiSet set : cells.values()) {
                    digest += quantiles(set);
                }
            }
        }
        return digest;
    }

    private static long quantiles(KpiSet set) {
        return nanos(set.firstResponse().stats().mean()) + sum(set.firstResponse().stats().percentiles(50, 90))
                + nanos(set.resolution().stats().mean()) + sum(set.resolution().stats().percentiles(50, 90))
                + nanos(set.aht().mean());
    }

    private static long sum(List<java.time.Duration> durations) {
        long sum = 0;
        for (java.time.Duration d : durations) {
            sum += d.toNanos();
        }
        return sum;
    }

    private static long nanos(java.util.Optional<java.time.Duration> duration) {
        return duration.isPresent() ? duration.get().toNanos() : 0;
    }

    /** Baseline (a): groupingBy per dimension and day, a stream per KPI, a sort per percentile. */
    @Benchmark
    public long streamsBaseline() {
        return StreamsBaseline.digest(StreamsBaseline.report(tickets, responses, answers, zone));
    }

    /** Baseline (b): the floor, reading the fields the report reads and summing them. */
    @Benchmark
    public long floor() {
        long sum = 0;
        for (int i = 0, n = tickets.size(); i < n; i++) {
            Ticket t = tickets.get(i);
            sum += t.id().length() + t.createdAt().getEpochSecond() + t.agentReplies() + t.reopens();
            sum += t.firstResponseAt() == null ? 0 : t.firstResponseAt().getEpochSecond();
            sum += t.resolvedAt() == null ? 0 : t.resolvedAt().getEpochSecond();
            sum += hash(t.agentId()) + hash(t.channel())
                    + hash(t.type()) + (t.priority() == null ? 0 : t.priority().ordinal());
        }
        for (int i = 0, n = responses.size(); i < n; i++) {
            Response r = responses.get(i);
            sum += r.ticketId().length() + r.sentAt().getEpochSecond() + hash(r.agentId());
            sum += r.handleTime() == null ? 0 : r.handleTime().getSeconds();
        }
        for (int i = 0, n = answers.size(); i < n; i++) {
            SurveyAnswer a = answers.get(i);
            sum += a.score() + a.kind().ordinal() + a.answeredAt().getEpochSecond() + hash(a.agentId());
        }
        return sum;
    }

    private static int hash(String s) {
        return s == null ? 0 : s.hashCode();
    }
}

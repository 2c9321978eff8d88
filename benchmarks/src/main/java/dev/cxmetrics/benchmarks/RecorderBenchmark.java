package dev.cxmetrics.benchmarks;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.report.ConcurrentReportRecorder;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.ReportAccumulator;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.sample.SampleData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recording throughput of tickets from one and two writer threads: the striped
 * {@link ConcurrentReportRecorder} against one accumulator behind {@code synchronized}.
 * Every call records a distinct ticket (fresh id over a pool of sample tickets); approximate
 * quantiles keep memory flat however long the run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RecorderBenchmark {
    List<Ticket> pool;
    ReportSpec spec;
    ConcurrentReportRecorder recorder;
    ReportAccumulator locked;
    final AtomicLong sequence = new AtomicLong();

    @Setup(Level.Trial)
    public void loadPool() {
        pool = SampleData.generate(7, 4096).tickets();
        spec = ReportSpec.builder().zone(ZoneId.of("Europe/Rome")).by(Dimension.AGENT).approximateQuantiles().build();
    }

    @Setup(Level.Iteration)
    public void freshRecorders() {
        recorder = ConcurrentReportRecorder.of(spec);
        locked = spec.accumulator();
    }

    /** Per-thread source of distinct tickets. */
    @State(Scope.Thread)
    public static class Source {
        int next;
        long prefix;
        String[] ids = new String[4096];

        Ticket next(RecorderBenchmark bench) {
            int i = next++ & 4095;
            if (i == 0) {
                prefix = bench.sequence.incrementAndGet();
            }
            Ticket template = bench.pool.get(i);
            // The id must be new each time; building it is part of the measured work for both.
            return new Ticket(prefix + "-" + i, template.customerId(), template.agentId(), template.channel(),
                template.type(), template.priority(), template.createdAt(), template.firstResponseAt(),
                template.resolvedAt(), template.agentReplies(), template.reopens());
        }
    }

    @Benchmark
    @Threads(1)
    public void stripedOneThread(Source source) {
        recorder.add(source.next(this));
    }

    @Benchmark
    @Threads(2)
    public void stripedTwoThreads(Source source) {
        recorder.add(source.next(this));
    }

    @Benchmark
    @Threads(1)
    public void synchronizedOneThread(Source source) {
        Ticket ticket = source.next(this);
        synchronized (locked) {
            locked.add(ticket);
        }
    }

    @Benchmark
    @Threads(2)
    public void synchronizedTwoThreads(Source source) {
        Ticket ticket = source.next(this);
        synchronized (locked) {
            locked.add(ticket);
        }
    }
}

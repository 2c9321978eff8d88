package dev.cxmetrics.benchmarks;

import dev.cxmetrics.stats.DurationStats;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Median and p90 of n durations: selection in {@link DurationStats} against sorting a copy,
 * what a hand-written percentile does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DurationStatsBenchmark {
    @Param({"10000", "1000000"})
    int size;

    DurationStats stats;
    long[] nanos;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        nanos = new long[size];
        for (int i = 0; i < size; i++) {
            nanos[i] = (long) (Math.exp(random.nextGaussian() * 1.2) * 2.4e12);
        }
        stats = DurationStats.ofNanos(nanos);
    }

    /** The library: two selections on copies. */
    @Benchmark
    public long medianAndP90Selection() {
        return stats.median().orElseThrow().toNanos() + stats.percentile(90).orElseThrow().toNanos();
    }

    /** Baseline: sort a copy, read two interpolated ranks. */
    @Benchmark
    public long medianAndP90Sort() {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return interpolate(sorted, 50) + interpolate(sorted, 90);
    }

    private static long interpolate(long[] sorted, double p) {
        double h = (sorted.length - 1) * p / 100;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + Math.round((h - lo) * (sorted[hi] - sorted[lo]));
    }
}

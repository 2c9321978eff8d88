package dev.cxmetrics.benchmarks;

import dev.cxmetrics.stats.DurationSketch;
import dev.cxmetrics.stats.DurationStats;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@link DurationSketch}: recording cost per value beside the exact {@link DurationStats.Builder}
 * and a floor that only appends to a {@code long[]}; merging two sketches; encoding and decoding.
 *
 * <p>The {@code record*} and {@code append*} results are per value. Encoded sizes are printed by
 * {@link #main(String[])}: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.cxmetrics.benchmarks.DurationSketchBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DurationSketchBenchmark {
    static final int VALUES = 100_000;

    @Param({"0.01", "0.001"})
    double alpha;

    long[] nanos;
    long[] appendBuffer;
    DurationSketch firstHalf;
    DurationSketch secondHalf;
    byte[] encoded;

    @Setup
    public void setUp() {
        nanos = lognormalResolutionTimes(VALUES, 42);
        appendBuffer = new long[VALUES];
        firstHalf = DurationSketch.withRelativeAccuracy(alpha);
        secondHalf = DurationSketch.withRelativeAccuracy(alpha);
        for (int i = 0; i < VALUES; i++) {
            (i < VALUES / 2 ? firstHalf : secondHalf).recordNanos(nanos[i]);
        }
        encoded = firstHalf.copy().merge(secondHalf).toByteArray();
    }

    /** Resolution times around 40 minutes, spread over two orders of magnitude. */
    static long[] lognormalResolutionTimes(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = (long) (Math.exp(random.nextGaussian() * 1.2) * 2.4e12);
        }
        return values;
    }

    /** The library: record into a new sketch (bucket range growth included). */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public long recordSketch() {
        DurationSketch sketch = DurationSketch.withRelativeAccuracy(alpha);
        for (long value : nanos) {
            sketch.recordNanos(value);
        }
        return sketch.count();
    }

    /** Baseline: the exact statistics builder, which keeps every value. */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public long recordDurationStatsBuilder() {
        DurationStats.Builder builder = DurationStats.builder();
        for (long value : nanos) {
            builder.recordNanos(value);
        }
        return builder.count();
    }

    /** Floor: append each value to a preallocated array, what any recorder must at least do. */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public long appendLongArrayFloor() {
        long[] buffer = appendBuffer;
        int size = 0;
        for (long value : nanos) {
            buffer[size++] = value;
        }
        return buffer[size - 1];
    }

    /** Merge two half sketches into a copy of the first (the copy is measured by copySketch). */
    @Benchmark
    public long mergeTwoSketches() {
        return firstHalf.copy().merge(secondHalf).count();
    }

    /** Baseline for mergeTwoSketches: the copy alone. */
    @Benchmark
    public long copySketch() {
        return firstHalf.copy().count();
    }

    @Benchmark
    public byte[] encode() {
        return secondHalf.toByteArray();
    }

    @Benchmark
    public DurationSketch decode() {
        return DurationSketch.fromByteArray(encoded);
    }

    /**
     * Prints the encoded size of sketches of lognormal resolution times, for a few counts and
     * accuracies.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.printf("%-8s %10s %14s %16s%n", "alpha", "values", "encoded bytes", "bytes per value");
        for (double alpha : new double[] {0.01, 0.001}) {
            for (int n : new int[] {1_000, 100_000, 10_000_000}) {
                DurationSketch sketch = DurationSketch.withRelativeAccuracy(alpha);
                for (long value : lognormalResolutionTimes(n, 42)) {
                    sketch.recordNanos(value);
                }
                int size = sketch.toByteArray().length;
                System.out.printf("%-8s %10d %14d %16.5f%n", alpha, n, size, size / (double) n);
            }
        }
    }
}

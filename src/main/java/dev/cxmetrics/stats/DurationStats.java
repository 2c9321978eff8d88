package dev.cxmetrics.stats;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.cxmetrics.internal.Nanos;

/**
 * Statistics of a multiset of non-negative durations: count, sum, mean, min, max, median and
 * any percentile. Two kinds, each with one percentile definition:
 * <ul>
 *   <li>{@link ExactDurationStats} keeps every value: percentiles are exact, with linear
 *       interpolation between closest ranks ({@code percentile_cont});</li>
 *   <li>{@link ApproximateDurationStats} keeps a {@link DurationSketch}: count, sum, mean, min and
 *       max are exact, percentiles are the sketch's, within its relative accuracy.</li>
 * </ul>
 * Use {@link #isExact()} or a pattern match ({@code stats instanceof ExactDurationStats exact})
 * to tell them apart.
 *
 * <p>Values are kept at nanosecond resolution, so a single duration may be at most
 * {@code Long.MAX_VALUE} nanoseconds (about 292 years); longer ones are rejected. Sums never
 * overflow silently: {@link #sum()} throws {@link ArithmeticException} only if the total exceeds
 * what {@link Duration} can hold. Every statistic of an empty multiset is {@link Optional#empty()};
 * {@link #count()} is 0.
 *
 * <p>Instances are immutable and thread-safe. Build exact ones with {@link #of(Iterable)},
 * {@link #ofNanos(long...)} or a {@link Builder}, approximate ones with {@link #ofSketch(DurationSketch)}.
 */
public sealed interface DurationStats permits ExactDurationStats, ApproximateDurationStats {

    /**
     * Returns the exact statistics of no durations.
     *
     * @return an empty instance
     */
    static DurationStats empty() {
        return ExactDurationStats.EMPTY;
    }

    /**
     * Computes the exact statistics of the given durations.
     *
     * @param durations the durations; none may be null or negative
     * @return the statistics
     * @throws NullPointerException when {@code durations} or an element is null
     * @throws IllegalArgumentException when a duration is negative or longer than about 292 years
     */
    static ExactDurationStats of(Iterable<Duration> durations) {
        Objects.requireNonNull(durations, "durations");
        Builder builder = builder();
        for (Duration duration : durations) {
            builder.record(duration);
        }
        return builder.build();
    }

    /**
     * Computes the exact statistics of durations given in nanoseconds.
     *
     * @param nanos the durations in nanoseconds; none may be negative
     * @return the statistics
     * @throws IllegalArgumentException when a value is negative
     */
    static ExactDurationStats ofNanos(long... nanos) {
        Objects.requireNonNull(nanos, "nanos");
        Builder builder = new Builder(nanos.length);
        for (long value : nanos) {
            builder.recordNanos(value);
        }
        return builder.build();
    }

    /**
     * Returns approximate statistics backed by a copy of a sketch.
     *
     * @param sketch the sketch; copied, so later changes to it do not show
     * @return approximate statistics
     */
    static ApproximateDurationStats ofSketch(DurationSketch sketch) {
        return new ApproximateDurationStats(sketch);
    }

    /**
     * Starts a mutable builder of exact statistics, the allocation-free way to collect many durations.
     *
     * @return a new empty builder; not thread-safe
     */
    static Builder builder() {
        return new Builder(16);
    }

    /**
     * Tells whether every statistic, percentiles included, is exact.
     *
     * @return true for {@link ExactDurationStats}
     */
    default boolean isExact() {
        return this instanceof ExactDurationStats;
    }

    /**
     * Returns the relative accuracy of approximate percentiles.
     *
     * @return the sketch's relative accuracy, or empty when the statistics are exact
     */
    OptionalDouble relativeAccuracy();

    /**
     * Returns the number of durations.
     *
     * @return the count, {@code >= 0}
     */
    long count();

    /**
     * Tells whether there are no durations.
     *
     * @return true when {@link #count()} is 0
     */
    default boolean isEmpty() {
        return count() == 0;
    }

    /**
     * Returns the exact total of all durations.
     *
     * @return the sum, or empty when there are no durations
     * @throws ArithmeticException when the total exceeds the range of {@link Duration}
     */
    Optional<Duration> sum();

    /**
     * Returns the exact arithmetic mean, rounded half-up to the nanosecond.
     *
     * @return the mean, or empty when there are no durations
     */
    Optional<Duration> mean();

    /**
     * Returns the shortest duration, exactly.
     *
     * @return the minimum, or empty when there are no durations
     */
    Optional<Duration> min();

    /**
     * Returns the longest duration, exactly.
     *
     * @return the maximum, or empty when there are no durations
     */
    Optional<Duration> max();

    /**
     * Returns the median, {@code percentile(50)}.
     *
     * @return the median, or empty when there are no durations
     */
    default Optional<Duration> median() {
        return percentile(50);
    }

    /**
     * Returns the {@code p}-th percentile, by the definition of the implementing type.
     * {@code percentile(0)} is the minimum and {@code percentile(100)} the maximum.
     *
     * @param p the percentile, in [0, 100]
     * @return the percentile, or empty when there are no durations
     * @throws IllegalArgumentException when {@code p} is NaN or outside [0, 100]
     */
    Optional<Duration> percentile(double p);

    /**
     * Returns several percentiles at once, in the order asked; each as {@link #percentile(double)}
     * computes it.
     *
     * @param ps the percentiles, each in [0, 100]
     * @return one duration per requested percentile, or an empty list when there are no durations
     * @throws IllegalArgumentException when a percentile is NaN or outside [0, 100]
     */
    List<Duration> percentiles(double... ps);

    /**
     * Rejects a percentile outside [0, 100].
     *
     * @param p the percentile
     * @throws IllegalArgumentException when {@code p} is NaN or outside [0, 100]
     */
    static void checkPercentile(double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile " + p + " is outside [0, 100]");
        }
    }

    /**
     * Rejects any percentile outside [0, 100].
     *
     * @param ps the percentiles
     * @return whether there are none
     * @throws IllegalArgumentException when one is NaN or outside [0, 100]
     */
    static boolean checkPercentiles(double... ps) {
        Objects.requireNonNull(ps, "ps");
        for (double p : ps) {
            checkPercentile(p);
        }
        return ps.length == 0;
    }

    /**
     * A mutable collector of durations that builds {@link DurationStats}. Recording appends a
     * primitive to a growing array: no boxing and, apart from amortised growth, no allocation.
     *
     * <p>Not thread-safe: confine a builder to one thread, or merge per-thread builders.
     */
    public static final class Builder {
        /** Values are kept in chunks of this size once past it, so growing never copies them. */
        private static final int CHUNK = 8192;
        private static final int MAX_COUNT = Integer.MAX_VALUE - 8;

        private static final long[][] NO_CHUNKS = new long[0][];
        private static final long[] NO_VALUES = new long[0];

        /** Full chunks, each holding {@link #CHUNK} values. */
        private long[][] chunks = NO_CHUNKS;
        private int fullChunks;
        /**
         * The chunk being filled; it doubles from {@link #firstCapacity} up to {@link #CHUNK}. None
         * is made before the first value: a report has many groups whose recorders stay empty.
         */
        private long[] current = NO_VALUES;
        private final int firstCapacity;
        private int used;
        private long sumHigh;
        private long sumLow;
        private long min = Long.MAX_VALUE;
        private long max = Long.MIN_VALUE;

        private Builder(int capacity) {
            firstCapacity = Math.max(1, Math.min(capacity, CHUNK));
        }

        /**
         * Records one duration.
         *
         * @param duration a non-negative duration of at most about 292 years
         * @return this builder
         * @throws NullPointerException when {@code duration} is null
         * @throws IllegalArgumentException when the duration is negative or too long
         */
        public Builder record(Duration duration) {
            long nanos = Nanos.of(duration);
            return recordNanos(nanos);
        }

        /**
         * Records one duration given in nanoseconds.
         *
         * @param nanos the duration in nanoseconds, {@code >= 0}
         * @return this builder
         * @throws IllegalArgumentException when {@code nanos} is negative
         */
        public Builder recordNanos(long nanos) {
            if (nanos < 0) {
                throw new IllegalArgumentException("duration " + nanos + " ns is negative");
            }
            if (used == current.length) {
                makeRoom();
            }
            current[used++] = nanos;
            long low = sumLow + nanos;
            if (Long.compareUnsigned(low, sumLow) < 0) {
                sumHigh++;
            }
            sumLow = low;
            if (nanos < min) {
                min = nanos;
            }
            if (nanos > max) {
                max = nanos;
            }
            return this;
        }

        /**
         * Adds every duration recorded by another builder; {@code other} is unchanged.
         *
         * @param other the builder to add
         * @return this builder
         * @throws IllegalStateException when the total would exceed the capacity of a builder
         */
        public Builder merge(Builder other) {
            Objects.requireNonNull(other, "other");
            if (other.count() == 0) {
                return this;
            }
            if (count() + other.count() > MAX_COUNT) {
                throw new IllegalStateException("a DurationStats.Builder holds at most " + MAX_COUNT + " durations");
            }
            // Read before appending: a builder merged with itself must not copy what it is appending.
            int theirChunks = other.fullChunks;
            long[] theirLast = other.current;
            int theirUsed = other.used;
            for (int c = 0; c < theirChunks; c++) {
                append(other.chunks[c], CHUNK);
            }
            append(theirLast, theirUsed);
            long low = sumLow + other.sumLow;
            sumHigh += other.sumHigh + (Long.compareUnsigned(low, sumLow) < 0 ? 1 : 0);
            sumLow = low;
            min = Math.min(min, other.min);
            max = Math.max(max, other.max);
            return this;
        }

        private void append(long[] source, int length) {
            int copied = 0;
            while (copied < length) {
                if (used == current.length) {
                    makeRoom();
                }
                int n = Math.min(length - copied, current.length - used);
                System.arraycopy(source, copied, current, used, n);
                used += n;
                copied += n;
            }
        }

        /**
         * Returns the number of durations recorded so far.
         *
         * @return the count
         */
        public long count() {
            return (long) fullChunks * CHUNK + used;
        }

        /**
         * Builds immutable exact statistics of what was recorded so far; the builder stays usable,
         * and what it records afterwards does not show in the result. Costs O(count / 8,192) plus
         * a copy of at most 8,192 values: the result shares the builder's full chunks, which are
         * never written again.
         *
         * @return the statistics
         */
        public ExactDurationStats build() {
            if (count() == 0) {
                return ExactDurationStats.EMPTY;
            }
            // Full chunks are never written again, so the result shares them; only the last is copied.
            long[][] parts = Arrays.copyOf(chunks, fullChunks + 1);
            parts[fullChunks] = Arrays.copyOf(current, used);
            return new ExactDurationStats(parts, sumHigh, sumLow, min, max);
        }

        private void makeRoom() {
            if (count() >= MAX_COUNT) {
                throw new IllegalStateException("a DurationStats.Builder holds at most " + MAX_COUNT + " durations");
            }
            if (current.length < CHUNK) {
                current = Arrays.copyOf(current, Math.min(CHUNK, Math.max(firstCapacity, current.length * 2)));
                return;
            }
            if (fullChunks == chunks.length) {
                chunks = Arrays.copyOf(chunks, Math.max(4, chunks.length * 2));
            }
            chunks[fullChunks++] = current;
            current = new long[CHUNK];
            used = 0;
        }
    }
}

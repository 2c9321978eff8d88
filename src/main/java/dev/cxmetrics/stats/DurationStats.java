package dev.cxmetrics.stats;

import dev.cxmetrics.internal.Nanos;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Exact statistics of a multiset of non-negative durations: count, sum, mean, min, max, median
 * and any percentile.
 *
 * <p>Values are kept at nanosecond resolution, so a single duration may be at most
 * {@code Long.MAX_VALUE} nanoseconds (about 292 years); longer ones are rejected. The sum is
 * accumulated in 128 bits and never overflows silently: {@link #sum()} throws
 * {@link ArithmeticException} only if the total exceeds what {@link Duration} can hold.
 *
 * <p>Percentiles are exact and use linear interpolation between closest ranks, the definition
 * of Excel {@code PERCENTILE.INC}, numpy's default and SQL {@code percentile_cont}: for
 * {@code n} sorted values {@code x[0..n-1]} and {@code p} in [0, 100], let
 * {@code h = (n - 1) * p / 100}; the result is {@code x[floor(h)] + (h - floor(h)) *
 * (x[floor(h) + 1] - x[floor(h)])}, computed exactly for the decimal {@code p} as written (its shortest decimal form, so {@code 99.9} means 99.9)
 * and rounded half-up to the nanosecond. Each percentile costs O(n) expected time (selection,
 * not a sort; it reorders the values in place under a lock, which no caller can observe).
 *
 * <p>Every statistic of an empty multiset is {@link Optional#empty()}; {@link #count()} is 0.
 *
 * <p>Approximate statistics ({@link #ofSketch(DurationSketch)}, {@link #isExact()} false) keep a
 * sketch instead of the values: everything but the percentiles stays exact.
 *
 * <p>Instances are immutable and thread-safe. Build them with {@link #of(Iterable)},
 * {@link #ofNanos(long...)} or a {@link Builder}.
 */
public final class DurationStats {
    private static final DurationStats EMPTY = new DurationStats(new long[0], 0, 0, 0, 0, null);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final long[] values;
    private final long sumHigh;
    private final long sumLow;
    private final long min;
    private final long max;
    /** Non-null for approximate statistics, which answer percentiles from the sketch. */
    private final DurationSketch sketch;

    private DurationStats(long[] values, long sumHigh, long sumLow, long min, long max, DurationSketch sketch) {
        this.sketch = sketch;
        this.values = values;
        this.sumHigh = sumHigh;
        this.sumLow = sumLow;
        this.min = min;
        this.max = max;
    }

    /**
     * Returns the statistics of no durations.
     *
     * @return an empty instance
     */
    public static DurationStats empty() {
        return EMPTY;
    }

    /**
     * Computes the statistics of the given durations.
     *
     * @param durations the durations; none may be null or negative
     * @return the statistics
     * @throws NullPointerException when {@code durations} or an element is null
     * @throws IllegalArgumentException when a duration is negative or longer than about 292 years
     */
    public static DurationStats of(Iterable<Duration> durations) {
        Objects.requireNonNull(durations, "durations");
        Builder builder = builder();
        for (Duration duration : durations) {
            builder.record(duration);
        }
        return builder.build();
    }

    /**
     * Computes the statistics of durations given in nanoseconds.
     *
     * @param nanos the durations in nanoseconds; none may be negative
     * @return the statistics
     * @throws IllegalArgumentException when a value is negative
     */
    public static DurationStats ofNanos(long... nanos) {
        Objects.requireNonNull(nanos, "nanos");
        Builder builder = new Builder(nanos.length);
        for (long value : nanos) {
            builder.recordNanos(value);
        }
        return builder.build();
    }

    /**
     * Returns approximate statistics backed by a copy of a sketch: count, sum, mean, min and max
     * are exact; percentiles and the median are the sketch's, within its relative accuracy (see
     * {@link DurationSketch#percentile(double)}: the value at the lower closest rank, not
     * interpolated). Memory is bounded by the sketch, whatever the count.
     *
     * @param sketch the sketch; copied, so later changes to it do not show
     * @return approximate statistics
     */
    public static DurationStats ofSketch(DurationSketch sketch) {
        Objects.requireNonNull(sketch, "sketch");
        return new DurationStats(null, 0, 0, 0, 0, sketch.copy());
    }

    /**
     * Tells whether these statistics are exact, or approximate from a {@link DurationSketch}.
     *
     * @return true when every statistic, percentiles included, is exact
     */
    public boolean isExact() {
        return sketch == null;
    }

    /**
     * Returns the relative accuracy of approximate percentiles.
     *
     * @return the sketch's relative accuracy, or empty when the statistics are exact
     */
    public java.util.OptionalDouble relativeAccuracy() {
        return sketch == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(sketch.relativeAccuracy());
    }

    /**
     * Starts a mutable builder, the allocation-free way to collect many durations.
     *
     * @return a new empty builder; not thread-safe
     */
    public static Builder builder() {
        return new Builder(16);
    }

    /**
     * Returns the number of durations.
     *
     * @return the count, {@code >= 0}
     */
    public long count() {
        return sketch != null ? sketch.count() : values.length;
    }

    /**
     * Tells whether there are no durations.
     *
     * @return true when {@link #count()} is 0
     */
    public boolean isEmpty() {
        return count() == 0;
    }

    /**
     * Returns the exact total of all durations.
     *
     * @return the sum, or empty when there are no durations
     * @throws ArithmeticException when the total exceeds the range of {@link Duration}
     */
    public Optional<Duration> sum() {
        if (sketch != null) {
            return sketch.sum();
        }
        if (isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Sum128.toDuration(sumHigh, sumLow));
    }

    /**
     * Returns the arithmetic mean, rounded half-up to the nanosecond.
     *
     * @return the mean, or empty when there are no durations
     */
    public Optional<Duration> mean() {
        if (sketch != null) {
            return sketch.mean();
        }
        if (isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Sum128.mean(sumHigh, sumLow, values.length));
    }

    /**
     * Returns the shortest duration.
     *
     * @return the minimum, or empty when there are no durations
     */
    public Optional<Duration> min() {
        if (sketch != null) {
            return sketch.min();
        }
        return isEmpty() ? Optional.empty() : Optional.of(Duration.ofNanos(min));
    }

    /**
     * Returns the longest duration.
     *
     * @return the maximum, or empty when there are no durations
     */
    public Optional<Duration> max() {
        if (sketch != null) {
            return sketch.max();
        }
        return isEmpty() ? Optional.empty() : Optional.of(Duration.ofNanos(max));
    }

    /**
     * Returns the median, the 50th percentile: the middle value, or the midpoint of the two
     * middle values when the count is even.
     *
     * @return the median, or empty when there are no durations
     */
    public Optional<Duration> median() {
        return percentile(50);
    }

    /**
     * Returns the exact {@code p}-th percentile with linear interpolation between closest ranks
     * (see the class description). {@code percentile(0)} is the minimum and
     * {@code percentile(100)} the maximum. Costs O(n) expected time.
     *
     * @param p the percentile, in [0, 100]
     * @return the percentile, or empty when there are no durations
     * @throws IllegalArgumentException when {@code p} is NaN or outside [0, 100]
     */
    public Optional<Duration> percentile(double p) {
        checkPercentile(p);
        if (sketch != null) {
            return sketch.percentile(p);
        }
        if (isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(percentileNanos(p)));
    }

    /**
     * Returns several percentiles at once, in the order asked, for about the cost of one: the
     * values are selected in place once, each selection working on what is left of the previous one.
     * Each is computed as {@link #percentile(double)} computes it.
     *
     * @param ps the percentiles, each in [0, 100]
     * @return one duration per requested percentile, or an empty list when there are no durations
     * @throws IllegalArgumentException when a percentile is NaN or outside [0, 100]
     */
    public java.util.List<Duration> percentiles(double... ps) {
        Objects.requireNonNull(ps, "ps");
        for (double p : ps) {
            checkPercentile(p);
        }
        if (isEmpty()) {
            return java.util.List.of();
        }
        Duration[] result = new Duration[ps.length];
        if (sketch != null) {
            for (int i = 0; i < ps.length; i++) {
                result[i] = sketch.percentile(ps[i]).orElseThrow();
            }
            return java.util.List.of(result);
        }
        Integer[] order = new Integer[ps.length];
        for (int i = 0; i < ps.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(ps[x], ps[y]));
        // Selection reorders the values in place: the multiset, all that is observable, is unchanged.
        synchronized (values) {
            int from = 0;
            for (Integer i : order) {
                long nanos = percentileNanos(ps[i], values, from);
                result[i] = Duration.ofNanos(nanos);
                from = Math.max(from, rankOf(ps[i]));
            }
        }
        return java.util.List.of(result);
    }

    private int rankOf(double p) {
        return BigDecimal.valueOf(values.length - 1L).multiply(BigDecimal.valueOf(p)).divide(HUNDRED)
                .setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    /**
     * The percentile on a working copy whose elements before {@code from} are each no greater
     * than any element after, as the previous selections left it.
     */
    private long percentileNanos(double p, long[] work, int from) {
        if (p == 0) {
            return min;
        }
        if (p == 100) {
            return max;
        }
        BigDecimal h = BigDecimal.valueOf(values.length - 1L).multiply(BigDecimal.valueOf(p)).divide(HUNDRED);
        BigDecimal floor = h.setScale(0, RoundingMode.FLOOR);
        int rank = floor.intValueExact();
        BigDecimal fraction = h.subtract(floor);
        long lower = LongSelect.select(work, from, work.length, rank);
        if (fraction.signum() == 0) {
            return lower;
        }
        long upper = LongSelect.minFrom(work, rank + 1);
        BigDecimal offset = fraction.multiply(BigDecimal.valueOf(upper - lower)).setScale(0, RoundingMode.HALF_UP);
        return lower + offset.longValueExact();
    }

    /**
     * Returns the exact {@code p}-th percentile in nanoseconds, or -1 when empty; see
     * {@link #percentile(double)}.
     */
    long percentileNanos(double p) {
        int n = values.length;
        if (n == 0) {
            return -1;
        }
        if (p == 0) {
            return min;
        }
        if (p == 100) {
            return max;
        }
        synchronized (values) {
            return percentileNanos(p, values, 0);
        }
    }

    static void checkPercentile(double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile " + p + " is outside [0, 100]");
        }
    }

    /**
     * Returns the durations in nanoseconds, sorted ascending; a new array on each call.
     *
     * @return the sorted values
     * @throws IllegalStateException when the statistics are approximate
     */
    public long[] toSortedNanos() {
        if (sketch != null) {
            throw new IllegalStateException("approximate statistics keep no values; check isExact()");
        }
        long[] sorted;
        synchronized (values) {
            sorted = values.clone();
        }
        Arrays.sort(sorted);
        return sorted;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DurationStats)) {
            return false;
        }
        DurationStats other = (DurationStats) o;
        if (sketch != null || other.sketch != null) {
            return sketch != null && sketch.equals(other.sketch);
        }
        return values.length == other.values.length && Arrays.equals(toSortedNanos(), other.toSortedNanos());
    }

    @Override
    public int hashCode() {
        return sketch != null ? sketch.hashCode() : Arrays.hashCode(toSortedNanos());
    }

    @Override
    public String toString() {
        if (isEmpty()) {
            return "DurationStats{count=0" + (sketch == null ? "" : ", approximate") + "}";
        }
        return "DurationStats{count=" + count() + ", min=" + min().orElseThrow() + ", median="
                + median().orElseThrow() + ", mean=" + mean().orElseThrow() + ", max=" + max().orElseThrow()
                + (sketch == null ? "" : ", approximate to " + sketch.relativeAccuracy()) + "}";
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

        /** Full chunks, each holding {@link #CHUNK} values. */
        private long[][] chunks = new long[0][];
        private int fullChunks;
        /** The chunk being filled; it doubles from small up to {@link #CHUNK}. */
        private long[] current;
        private int used;
        private long sumHigh;
        private long sumLow;
        private long min = Long.MAX_VALUE;
        private long max = Long.MIN_VALUE;

        private Builder(int capacity) {
            current = new long[Math.max(1, Math.min(capacity, CHUNK))];
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
            for (int c = 0; c < other.fullChunks; c++) {
                append(other.chunks[c], CHUNK);
            }
            append(other.current, other.used);
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
         * Builds immutable statistics of what was recorded so far; the builder stays usable.
         *
         * @return the statistics
         */
        public DurationStats build() {
            if (count() == 0) {
                return EMPTY;
            }
            long[] values = new long[(int) count()];
            for (int c = 0; c < fullChunks; c++) {
                System.arraycopy(chunks[c], 0, values, c * CHUNK, CHUNK);
            }
            System.arraycopy(current, 0, values, fullChunks * CHUNK, used);
            return new DurationStats(values, sumHigh, sumLow, min, max, null);
        }

        private void makeRoom() {
            if (count() >= MAX_COUNT) {
                throw new IllegalStateException("a DurationStats.Builder holds at most " + MAX_COUNT + " durations");
            }
            if (current.length < CHUNK) {
                current = Arrays.copyOf(current, Math.min(CHUNK, current.length * 2));
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

package dev.cxmetrics.stats;

import dev.cxmetrics.internal.Nanos;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A mergeable quantile sketch of non-negative durations: percentiles within a relative accuracy
 * {@code alpha} in bounded memory, with exact count, min, max, sum and mean.
 *
 * <p><b>Guarantee.</b> Let {@code x[0] <= ... <= x[n-1]} be the {@code n} recorded durations in
 * nanoseconds. For {@code p} in [0, 100], {@link #percentile(double) percentile(p)} returns a
 * duration {@code q} with {@code |q - x[r]| <= alpha * x[r]}, where {@code r = floor(p * (n - 1)
 * / 100)} (the lower closest rank, computed exactly for the exact value of {@code p}). There is no
 * interpolation between ranks, unlike {@link DurationStats#percentile(double)}. Moreover {@code q}
 * lies in {@code [min, max]}, and {@code q = x[r]} exactly when {@code r} is 0 ({@code p = 0} gives
 * the minimum) or {@code n - 1} ({@code p = 100} gives the maximum), when {@code x[r]} is zero,
 * and when {@code x[r]} is below a small linear limit (2,680 ns at 1 %) where every nanosecond
 * value has its own bucket. {@link #count()}, {@link #min()}, {@link #max()}, {@link #sum()} and
 * {@link #mean()} are exact.
 *
 * <p><b>How.</b> Like DDSketch: each positive value goes to a bucket of a logarithmic index
 * mapping whose buckets are at most {@code (1 + alpha) / (1 - alpha)} wide (a little narrower, so
 * that rounding the answer to a whole nanosecond stays within {@code alpha}), and a bucket
 * answers with one representative value. Zero durations are counted apart. Bucket indexes are
 * computed with integer arithmetic only, so they are the same on every JVM.
 *
 * <p><b>Memory.</b> Bucket counts live in a dense array over the range of non-empty buckets (plus
 * at most 32 spare buckets at each end), with counters of 1 to 8 bytes: as many as the largest
 * bucket count needs. At 1 % accuracy, values from 1 ms to 1 year span 1,257 buckets, so the
 * bucket storage takes at most 1,321 &times; 3 = 3,963 bytes (under 4 KiB) while no bucket holds
 * 2^24 (16,777,216) values or more, and at most 1,321 &times; 4 bytes while none holds 2^32. Other
 * values are held with the same accuracy, never collapsed: each further factor of 2 adds 36
 * buckets at 1 %, values below the linear limit take one bucket per nanosecond, and the widest
 * possible range (1 ns to {@code Long.MAX_VALUE} ns) spans 4,538 buckets at 1 %. The number of
 * buckets scales with {@code 1 / alpha}.
 *
 * <p><b>Merging.</b> {@link #merge(DurationSketch)} adds another sketch of the same accuracy;
 * merging is associative and commutative and gives exactly the sketch of the union of the
 * recorded values: equal by {@link #equals(Object)} and with the same {@link #toByteArray()}.
 *
 * <p>An empty sketch has {@link #count()} 0 and every other statistic {@link Optional#empty()}.
 *
 * <p>Not thread-safe: confine a sketch to one thread, or give each thread its own and merge them.
 */
public final class DurationSketch {
    /** The relative accuracy of {@link #create()}: 1 %. */
    public static final double DEFAULT_RELATIVE_ACCURACY = 0.01;
    /**
     * The finest relative accuracy accepted, 0.01 %: finer ones need more buckets than a sketch is
     * for (use {@link DurationStats} for exact percentiles).
     */
    public static final double MIN_RELATIVE_ACCURACY = 0.0001;


    private final LogIndexMapping mapping;
    private final BucketStore store;
    private long count;
    private long zeroCount;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;
    private long sumHigh;
    private long sumLow;

    private DurationSketch(LogIndexMapping mapping) {
        this.mapping = mapping;
        this.store = new BucketStore(mapping.maxIndex());
    }

    /** A sketch with the given state, which the caller (copy or decoder) has made consistent. */
    DurationSketch(LogIndexMapping mapping, BucketStore store, long count, long zeroCount, long min, long max,
            long sumHigh, long sumLow) {
        this.mapping = mapping;
        this.store = store;
        this.count = count;
        this.zeroCount = zeroCount;
        this.min = min;
        this.max = max;
        this.sumHigh = sumHigh;
        this.sumLow = sumLow;
    }

    /**
     * Creates an empty sketch with the default relative accuracy of 1 %.
     *
     * @return a new empty sketch
     */
    public static DurationSketch create() {
        return new DurationSketch(LogIndexMapping.DEFAULT);
    }

    /**
     * Creates an empty sketch whose percentiles are within relative accuracy {@code alpha} of the
     * exact ones (see the class description), e.g. {@code 0.01} for 1 %.
     *
     * @param alpha the relative accuracy, in [{@value #MIN_RELATIVE_ACCURACY}, 1)
     * @return a new empty sketch
     * @throws IllegalArgumentException when {@code alpha} is NaN or outside that range
     */
    public static DurationSketch withRelativeAccuracy(double alpha) {
        checkRelativeAccuracy(alpha);
        return new DurationSketch(LogIndexMapping.of(alpha));
    }

    static boolean isValidRelativeAccuracy(double alpha) {
        return alpha >= MIN_RELATIVE_ACCURACY && alpha < 1;
    }

    private static void checkRelativeAccuracy(double alpha) {
        if (!isValidRelativeAccuracy(alpha)) {
            throw new IllegalArgumentException("relative accuracy " + alpha + " is outside ["
                    + MIN_RELATIVE_ACCURACY + ", 1)");
        }
    }

    /**
     * Records one duration.
     *
     * @param duration a non-negative duration of at most {@code Long.MAX_VALUE} ns (about 292 years)
     * @throws NullPointerException when {@code duration} is null
     * @throws IllegalArgumentException when the duration is negative or too long
     * @throws ArithmeticException when the count would exceed {@code Long.MAX_VALUE}
     */
    public void record(Duration duration) {
        long nanos = Nanos.of(duration);
        recordNanos(nanos);
    }

    /**
     * Records one duration given in nanoseconds: the hot path, which allocates nothing except when
     * the bucket range or the counter width grows.
     *
     * @param nanos the duration in nanoseconds, {@code >= 0}
     * @throws IllegalArgumentException when {@code nanos} is negative
     * @throws ArithmeticException when the count would exceed {@code Long.MAX_VALUE}
     */
    public void recordNanos(long nanos) {
        if (nanos <= 0) {
            if (nanos < 0) {
                throw new IllegalArgumentException("duration " + nanos + " ns is negative");
            }
            checkRoomFor(1);
            zeroCount++;
        } else {
            checkRoomFor(1);
            store.increment(mapping.index(nanos));
        }
        count++;
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
    }

    private void checkRoomFor(long more) {
        if (count > Long.MAX_VALUE - more) {
            throw new ArithmeticException("count " + count + " + " + more + " would exceed Long.MAX_VALUE");
        }
    }

    /**
     * Adds every duration recorded by {@code other} to this sketch; {@code other} is unchanged
     * (it may be this sketch, which then counts everything twice). The result is exactly the
     * sketch of the union of both.
     *
     * @param other a sketch with the same relative accuracy
     * @return this sketch
     * @throws NullPointerException when {@code other} is null
     * @throws IllegalArgumentException when the relative accuracies differ
     * @throws ArithmeticException when the total count would exceed {@code Long.MAX_VALUE}; this
     *     sketch is then unchanged
     */
    public DurationSketch merge(DurationSketch other) {
        Objects.requireNonNull(other, "other");
        if (Double.compare(mapping.alpha(), other.mapping.alpha()) != 0) {
            throw new IllegalArgumentException("cannot merge a sketch with relative accuracy "
                    + other.mapping.alpha() + " into one with relative accuracy " + mapping.alpha());
        }
        if (other.count == 0) {
            return this;
        }
        checkRoomFor(other.count);
        store.addAll(other.store);
        count += other.count;
        zeroCount += other.zeroCount;
        long low = sumLow + other.sumLow;
        sumHigh += other.sumHigh + (Long.compareUnsigned(low, sumLow) < 0 ? 1 : 0);
        sumLow = low;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        return this;
    }

    /**
     * Returns an independent copy with the same state.
     *
     * @return a new sketch equal to this one
     */
    public DurationSketch copy() {
        return new DurationSketch(mapping, store.copy(), count, zeroCount, min, max, sumHigh, sumLow);
    }

    /**
     * Returns the relative accuracy this sketch was created with.
     *
     * @return {@code alpha}, in [{@value #MIN_RELATIVE_ACCURACY}, 1)
     */
    public double relativeAccuracy() {
        return mapping.alpha();
    }

    /**
     * Returns the number of recorded durations, exact.
     *
     * @return the count, {@code >= 0}
     */
    public long count() {
        return count;
    }

    /**
     * Tells whether nothing was recorded.
     *
     * @return true when {@link #count()} is 0
     */
    public boolean isEmpty() {
        return count == 0;
    }

    /**
     * Returns the shortest recorded duration, exact.
     *
     * @return the minimum, or empty when nothing was recorded
     */
    public Optional<Duration> min() {
        return count == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(min));
    }

    /**
     * Returns the longest recorded duration, exact.
     *
     * @return the maximum, or empty when nothing was recorded
     */
    public Optional<Duration> max() {
        return count == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(max));
    }

    /**
     * Returns the exact total of the recorded durations, kept in 128 bits so it never overflows.
     *
     * @return the sum, or empty when nothing was recorded
     * @throws ArithmeticException when the total exceeds the range of {@link Duration}
     */
    public Optional<Duration> sum() {
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(Sum128.toDuration(sumHigh, sumLow));
    }

    /**
     * Returns the exact arithmetic mean, rounded half-up to the nanosecond.
     *
     * @return the mean, or empty when nothing was recorded
     */
    public Optional<Duration> mean() {
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(Sum128.mean(sumHigh, sumLow, count));
    }

    /**
     * Returns the approximate median, {@code percentile(50)}: within {@code alpha} of the value at
     * rank {@code floor((n - 1) / 2)}, the lower middle value when the count is even.
     *
     * @return the median, or empty when nothing was recorded
     */
    public Optional<Duration> median() {
        return percentile(50);
    }

    /**
     * Returns the approximate {@code p}-th percentile: within relative accuracy {@code alpha} of
     * the recorded value at rank {@code floor(p * (n - 1) / 100)}, and within {@code [min, max]}
     * (see the class description). {@code percentile(0)} is the exact minimum and
     * {@code percentile(100)} the exact maximum. Costs time linear in the number of buckets.
     *
     * @param p the percentile, in [0, 100]
     * @return the percentile, or empty when nothing was recorded
     * @throws IllegalArgumentException when {@code p} is NaN or outside [0, 100]
     */
    public Optional<Duration> percentile(double p) {
        long nanos = percentileNanos(p);
        return nanos < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    /** {@link #percentile(double)} in nanoseconds, or -1 when empty. */
    long percentileNanos(double p) {
        DurationStats.checkPercentile(p);
        if (count == 0) {
            return -1;
        }
        return valueAtRank(rank(p, count));
    }

    /** The exact lower closest rank {@code floor(p * (n - 1) / 100)}, for p in [0, 100]. */
    static long rank(double p, long n) {
        if (p == Math.rint(p) && n - 1 <= Long.MAX_VALUE / 100) {
            return (long) p * (n - 1) / 100;
        }
        return new BigDecimal(p).multiply(BigDecimal.valueOf(n - 1)).movePointLeft(2)
                .setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** The approximate value at 0-based rank {@code rank} of the sorted values, 0 <= rank < count. */
    long valueAtRank(long rank) {
        if (rank == 0) {
            return min;
        }
        if (rank == count - 1) {
            return max;
        }
        if (rank < zeroCount) {
            return 0;
        }
        long remaining = rank - zeroCount;
        for (int i = store.nextNonEmpty(0); i >= 0; i = store.nextNonEmpty(i + 1)) {
            long c = store.get(i);
            if (remaining < c) {
                return Math.max(min, Math.min(max, mapping.representative(i)));
            }
            remaining -= c;
        }
        throw new IllegalStateException("bucket counts do not add up to count " + count);
    }

    /**
     * Encodes this sketch in a compact, versioned binary form that
     * {@link #fromByteArray(byte[])} reads back into an equal sketch. Every sketch has exactly one
     * encoding, so equal sketches have equal bytes. Version 1, where varints are minimal unsigned
     * LEB128:
     *
     * <pre>
     * magic       3 bytes   0xC5 'D' 'S'
     * version     1 byte    1
     * alpha       8 bytes   IEEE 754 double, big-endian
     * count       varint
     * -- only when count &gt; 0:
     * zeroCount   varint    values equal to 0 ns
     * min, max    varint    exact, in ns
     * sum         varint high 64 bits, varint low 64 bits (unsigned): the exact sum in ns
     * runs        varint    number of runs of consecutive non-empty buckets
     * per run     varint    first run: index of its first bucket; later runs: empty buckets
     *                       skipped since the previous run (at least 1)
     *             varint    run length (at least 1), then that many bucket counts (each at least 1)
     * </pre>
     *
     * <p>A sketch of a million resolution times at 1 % takes about 1 KB.
     *
     * @return a new byte array
     */
    public byte[] toByteArray() {
        return DurationSketchCodec.encode(this);
    }

    /**
     * Decodes a sketch written by {@link #toByteArray()}. The input is checked completely; any
     * malformed input (wrong magic or version, truncation, trailing bytes, overlong or overflowing
     * varints, accuracy out of range, counts or sum inconsistent with each other or with the
     * minimum and maximum, buckets out of range or out of order) is rejected. Memory allocated is
     * bounded by the input length and by the bucket range the minimum and maximum imply.
     *
     * @param bytes an encoded sketch
     * @return a new sketch
     * @throws NullPointerException when {@code bytes} is null
     * @throws IllegalArgumentException when the input is not a well-formed encoding, naming the
     *     problem and the byte offset
     */
    public static DurationSketch fromByteArray(byte[] bytes) {
        return DurationSketchCodec.decode(bytes);
    }

    LogIndexMapping mapping() {
        return mapping;
    }

    BucketStore store() {
        return store;
    }

    long zeroCount() {
        return zeroCount;
    }

    long minNanos() {
        return min;
    }

    long maxNanos() {
        return max;
    }

    long sumHigh() {
        return sumHigh;
    }

    long sumLow() {
        return sumLow;
    }

    /** The bytes of bucket storage, for checking the memory bound. */
    int storeByteSize() {
        return store.byteSize();
    }

    /**
     * Compares the logical state: relative accuracy, count, zero count, min, max, sum and every
     * bucket count. Internal layout (spare buckets, counter width) does not matter.
     *
     * @param o the object to compare with
     * @return true when {@code o} is a sketch with the same state
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DurationSketch)) {
            return false;
        }
        DurationSketch other = (DurationSketch) o;
        return Double.compare(mapping.alpha(), other.mapping.alpha()) == 0 && count == other.count
                && zeroCount == other.zeroCount && (count == 0 || min == other.min && max == other.max)
                && sumHigh == other.sumHigh && sumLow == other.sumLow && store.sameCounts(other.store);
    }

    /**
     * Returns a hash of the logical state, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = Double.hashCode(mapping.alpha());
        h = 31 * h + Long.hashCode(count);
        h = 31 * h + Long.hashCode(zeroCount);
        if (count > 0) {
            h = 31 * h + Long.hashCode(min);
            h = 31 * h + Long.hashCode(max);
        }
        h = 31 * h + Long.hashCode(sumHigh);
        h = 31 * h + Long.hashCode(sumLow);
        return 31 * h + store.countsHash();
    }

    /**
     * Describes the sketch: accuracy, count, min, approximate median and p90, max.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        if (count == 0) {
            return "DurationSketch{relativeAccuracy=" + mapping.alpha() + ", count=0}";
        }
        return "DurationSketch{relativeAccuracy=" + mapping.alpha() + ", count=" + count + ", min="
                + Duration.ofNanos(min) + ", median~" + Duration.ofNanos(percentileNanos(50)) + ", p90~"
                + Duration.ofNanos(percentileNanos(90)) + ", max=" + Duration.ofNanos(max) + "}";
    }
}

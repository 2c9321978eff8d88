package dev.cxmetrics.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Exact statistics of a multiset of non-negative durations: every value is kept.
 *
 * <p>Percentiles are exact and use linear interpolation between closest ranks, the definition
 * of Excel {@code PERCENTILE.INC}, numpy's default and SQL {@code percentile_cont}: for
 * {@code n} sorted values {@code x[0..n-1]} and {@code p} in [0, 100], let
 * {@code h = (n - 1) * p / 100}; the result is {@code x[floor(h)] + (h - floor(h)) *
 * (x[floor(h) + 1] - x[floor(h)])}, computed exactly for the decimal {@code p} as written (its
 * shortest decimal form, so {@code 99.9} means 99.9) and rounded half-up to the nanosecond. Each
 * percentile costs O(n) expected time, never a sort: large sets are counted by the values' high
 * bits, small ones selected in place (under a lock; the reordering is not observable), and
 * {@link #percentiles(double...)} finds every rank it needs in the same passes.
 *
 * <p>Memory is 8 bytes per value. Immutable and thread-safe. Build with
 * {@link DurationStats#of(Iterable)}, {@link DurationStats#ofNanos(long...)} or a
 * {@link DurationStats.Builder}.
 */
public final class ExactDurationStats implements DurationStats {
    static final ExactDurationStats EMPTY = new ExactDurationStats(new long[][] {new long[0]}, 0, 0, 0, 0);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The values in parts, each used whole: the full chunks of the builder, shared with it (a full
     * chunk is never written again), then a copy of its last, partial one. Sharing saves copying
     * every value when a report is made. Only parts of fewer than {@link LongSelect#COUNT_FROM}
     * values are ever reordered, and those are always this object's own copy.
     */
    private final long[][] parts;
    private final int count;
    private final long sumHigh;
    private final long sumLow;
    private final long min;
    private final long max;

    ExactDurationStats(long[][] parts, long sumHigh, long sumLow, long min, long max) {
        this.parts = parts;
        long n = 0;
        for (long[] part : parts) {
            n += part.length;
        }
        this.count = (int) n;
        this.sumHigh = sumHigh;
        this.sumLow = sumLow;
        this.min = min;
        this.max = max;
    }

    /**
     * Returns empty: exact statistics have no relative error.
     *
     * @return {@link OptionalDouble#empty()}
     */
    @Override
    public OptionalDouble relativeAccuracy() {
        return OptionalDouble.empty();
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public Optional<Duration> sum() {
        return isEmpty() ? Optional.empty() : Optional.of(Sum128.toDuration(sumHigh, sumLow));
    }

    @Override
    public Optional<Duration> mean() {
        return isEmpty() ? Optional.empty() : Optional.of(Sum128.mean(sumHigh, sumLow, count));
    }

    @Override
    public Optional<Duration> min() {
        return isEmpty() ? Optional.empty() : Optional.of(Duration.ofNanos(min));
    }

    @Override
    public Optional<Duration> max() {
        return isEmpty() ? Optional.empty() : Optional.of(Duration.ofNanos(max));
    }

    /**
     * Returns the median: the middle value, or the midpoint of the two middle values when the
     * count is even, rounded half-up to the nanosecond.
     *
     * @return the median, or empty when there are no durations
     */
    @Override
    public Optional<Duration> median() {
        return percentile(50);
    }

    /**
     * Returns the exact {@code p}-th percentile with linear interpolation between closest ranks
     * (see the class description). Costs O(n) expected time.
     *
     * @param p the percentile, in [0, 100]
     * @return the percentile, or empty when there are no durations
     * @throws IllegalArgumentException when {@code p} is NaN or outside [0, 100]
     */
    @Override
    public Optional<Duration> percentile(double p) {
        DurationStats.checkPercentile(p);
        if (isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(percentiles(new double[] {p}).get(0));
    }

    /**
     * Returns several exact percentiles for about the cost of one: every rank they need is found
     * in the same passes over the values.
     *
     * @param ps the percentiles, each in [0, 100]
     * @return one duration per requested percentile, or an empty list when there are no durations
     * @throws IllegalArgumentException when a percentile is NaN or outside [0, 100]
     */
    @Override
    public List<Duration> percentiles(double... ps) {
        if (DurationStats.checkPercentiles(ps) || isEmpty()) {
            return List.of();
        }
        // Each percentile needs the value at the floor of its rank h, and the next one when h has a fraction.
        int[] lowerRank = new int[ps.length];
        BigDecimal[] fraction = new BigDecimal[ps.length];
        int[] wanted = new int[2 * ps.length];
        for (int i = 0; i < ps.length; i++) {
            if (ps[i] == Math.rint(ps[i])) {
                // A whole p (the usual 50, 90, 99): h = (n - 1) * p / 100 in exact long arithmetic.
                long hundredthsOfRank = (count - 1L) * (long) ps[i];
                lowerRank[i] = (int) (hundredthsOfRank / 100);
                fraction[i] = hundredthsOfRank % 100 == 0 ? BigDecimal.ZERO
                        : BigDecimal.valueOf(hundredthsOfRank % 100, 2);
            } else {
                BigDecimal h = BigDecimal.valueOf(count - 1L).multiply(BigDecimal.valueOf(ps[i])).divide(HUNDRED);
                BigDecimal floor = h.setScale(0, RoundingMode.FLOOR);
                lowerRank[i] = floor.intValueExact();
                fraction[i] = h.subtract(floor);
            }
            wanted[2 * i] = lowerRank[i];
            wanted[2 * i + 1] = fraction[i].signum() == 0 ? lowerRank[i] : lowerRank[i] + 1;
        }
        int[] ranks = Arrays.stream(wanted).sorted().distinct().toArray();
        long[] atRank;
        // Small arrays are selected in place: the multiset, all that is observable, is unchanged.
        synchronized (parts) {
            atRank = LongSelect.valuesAtRanks(parts, count, min, max, ranks);
        }
        Duration[] result = new Duration[ps.length];
        for (int i = 0; i < ps.length; i++) {
            long lower = atRank[Arrays.binarySearch(ranks, lowerRank[i])];
            long nanos = lower;
            if (fraction[i].signum() != 0) {
                long upper = atRank[Arrays.binarySearch(ranks, lowerRank[i] + 1)];
                nanos += interpolate(fraction[i], upper - lower);
            }
            result[i] = Duration.ofNanos(nanos);
        }
        return List.of(result);
    }

    /** {@code fraction * gap} rounded half-up, for a fraction in (0, 1) and a gap of non-negative values. */
    private static long interpolate(BigDecimal fraction, long gap) {
        if (fraction.scale() == 2 && gap <= Long.MAX_VALUE / 100) {
            // Hundredths (a whole p) times a gap that cannot overflow: plain long arithmetic.
            return (fraction.unscaledValue().longValue() * gap + 50) / 100;
        }
        return fraction.multiply(BigDecimal.valueOf(gap)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * Returns the durations in nanoseconds, sorted ascending; a new array on each call.
     *
     * @return the sorted values
     */
    public long[] toSortedNanos() {
        long[] sorted;
        synchronized (parts) {
            sorted = new long[count];
            int at = 0;
            for (long[] part : parts) {
                System.arraycopy(part, 0, sorted, at, part.length);
                at += part.length;
            }
        }
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * Compares the multisets of values.
     *
     * @param o the other object
     * @return whether {@code o} is exact statistics of the same values
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ExactDurationStats other && count == other.count
                && Arrays.equals(toSortedNanos(), other.toSortedNanos());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toSortedNanos());
    }

    @Override
    public String toString() {
        if (isEmpty()) {
            return "DurationStats{count=0}";
        }
        return "DurationStats{count=" + count() + ", min=" + min().orElseThrow() + ", median="
                + median().orElseThrow() + ", mean=" + mean().orElseThrow() + ", max=" + max().orElseThrow() + "}";
    }
}

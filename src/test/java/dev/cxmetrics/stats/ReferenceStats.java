package dev.cxmetrics.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * An obviously correct, slow reference for {@link DurationStats}: a full sort, {@link BigInteger}
 * sums and {@link BigDecimal} interpolation, written straight from the definitions.
 */
public final class ReferenceStats {
    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

    private final long[] sorted;

    private ReferenceStats(long[] sorted) {
        this.sorted = sorted;
    }

    /**
     * Builds the reference over durations in nanoseconds.
     *
     * @param nanos the durations; the array is not modified
     * @return the reference
     */
    public static ReferenceStats ofNanos(long... nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new ReferenceStats(sorted);
    }

    /** @return the values, ascending */
    public long[] sorted() {
        return sorted.clone();
    }

    /** @return the count */
    public long count() {
        return sorted.length;
    }

    /** @return the exact sum in nanoseconds */
    public BigInteger sumNanos() {
        BigInteger sum = BigInteger.ZERO;
        for (long v : sorted) {
            sum = sum.add(BigInteger.valueOf(v));
        }
        return sum;
    }

    /** @return the sum, or empty */
    public Optional<Duration> sum() {
        if (sorted.length == 0) {
            return Optional.empty();
        }
        BigInteger sum = sumNanos();
        return Optional.of(Duration.ofSeconds(sum.divide(NANOS_PER_SECOND).longValueExact())
                .plusNanos(sum.mod(NANOS_PER_SECOND).longValueExact()));
    }

    /** @return the mean rounded half-up to the nanosecond, or empty */
    public Optional<Duration> mean() {
        if (sorted.length == 0) {
            return Optional.empty();
        }
        BigDecimal mean = new BigDecimal(sumNanos()).divide(BigDecimal.valueOf(sorted.length), 0, RoundingMode.HALF_UP);
        return Optional.of(Duration.ofNanos(mean.longValueExact()));
    }

    /** @return the minimum, or empty */
    public Optional<Duration> min() {
        return sorted.length == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(sorted[0]));
    }

    /** @return the maximum, or empty */
    public Optional<Duration> max() {
        return sorted.length == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(sorted[sorted.length - 1]));
    }

    /**
     * Linear interpolation between closest ranks (PERCENTILE.INC): rank {@code (n - 1) p / 100}
     * over the 0-based sorted values, for the exact value of the double {@code p}, rounded
     * half-up to the nanosecond.
     *
     * @param p the percentile in [0, 100]
     * @return the percentile, or empty
     */
    public Optional<Duration> percentile(double p) {
        if (sorted.length == 0) {
            return Optional.empty();
        }
        BigDecimal rank = BigDecimal.valueOf(p).divide(BigDecimal.valueOf(100))
                .multiply(BigDecimal.valueOf(sorted.length - 1L));
        int below = rank.setScale(0, RoundingMode.FLOOR).intValueExact();
        int above = Math.min(below + 1, sorted.length - 1);
        BigDecimal weight = rank.subtract(BigDecimal.valueOf(below));
        BigDecimal lo = BigDecimal.valueOf(sorted[below]);
        BigDecimal hi = BigDecimal.valueOf(sorted[above]);
        BigDecimal value = lo.add(hi.subtract(lo).multiply(weight));
        return Optional.of(Duration.ofNanos(value.setScale(0, RoundingMode.HALF_UP).longValueExact()));
    }
}

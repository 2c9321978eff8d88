package dev.cxmetrics.stats;

import java.math.BigInteger;
import java.time.Duration;

/**
 * Arithmetic on a sum of non-negative nanosecond values kept as 128 bits (a signed high word and
 * an unsigned low word), shared by the exact statistics and the sketch. Adding stays inline in
 * their hot paths; what is here runs when a sum or mean is read.
 */
final class Sum128 {
    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

    private Sum128() {
    }

    static BigInteger value(long high, long low) {
        return BigInteger.valueOf(high).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(low)));
    }

    /** The sum as a duration; throws {@link ArithmeticException} beyond the range of {@link Duration}. */
    static Duration toDuration(long high, long low) {
        BigInteger[] qr = value(high, low).divideAndRemainder(NANOS_PER_SECOND);
        return Duration.ofSeconds(qr[0].longValueExact(), qr[1].longValue());
    }

    /** The sum divided by {@code count > 0}, rounded half-up to the nanosecond. */
    static Duration mean(long high, long low, long count) {
        BigInteger n = BigInteger.valueOf(count);
        BigInteger[] qr = value(high, low).divideAndRemainder(n);
        long mean = qr[0].longValueExact();
        if (qr[1].shiftLeft(1).compareTo(n) >= 0) {
            mean++;
        }
        return Duration.ofNanos(mean);
    }
}

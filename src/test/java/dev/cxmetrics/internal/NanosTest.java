package dev.cxmetrics.internal;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Instant;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NanosTest {
    private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static BigInteger exact(Instant from, Instant to) {
        return BigInteger.valueOf(to.getEpochSecond()).subtract(BigInteger.valueOf(from.getEpochSecond()))
                .multiply(BILLION).add(BigInteger.valueOf(to.getNano() - from.getNano()));
    }

    @Test
    void measuresSpansIncludingNanosecondBorrows() {
        Instant a = Instant.parse("2026-01-01T00:00:00.900Z");
        Instant b = Instant.parse("2026-01-01T00:00:01.100Z");

        assertThat(Nanos.between(a, b, "span", null)).isEqualTo(200_000_000L);
        assertThat(Nanos.between(b, a, "span", null)).isEqualTo(-200_000_000L);
        assertThat(Nanos.between(a, a, "span", null)).isZero();
    }

    @Test
    void measuresExactlyLongMaxValueAndLongMinValueWhateverTheNanosecondParts() {
        for (int nano : new int[] {0, 1, 145_224_191, 145_224_192, 854_775_807, 854_775_808, 999_999_999}) {
            Instant from = Instant.ofEpochSecond(1_000, nano);
            assertThat(Nanos.between(from, from.plusNanos(Long.MAX_VALUE), "span", null))
                    .as("from nano %d", nano).isEqualTo(Long.MAX_VALUE);
            assertThat(Nanos.between(from, from.plusNanos(Long.MIN_VALUE), "span", null))
                    .as("from nano %d", nano).isEqualTo(Long.MIN_VALUE);
        }
    }

    @Test
    void rejectsOneNanosecondBeyondTheRangeNamingSpanAndTicket() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = from.plusNanos(Long.MAX_VALUE).plusNanos(1);

        assertThatIllegalArgumentException().isThrownBy(() -> Nanos.between(from, to, "resolution time", "T-1"))
                .withMessage("resolution time from 2026-01-01T00:00:00Z to " + to
                        + " exceeds about 292 years, the longest duration measured (ticket T-1)");
        // Backwards, 2^63 ns is exactly Long.MIN_VALUE; one more nanosecond is out of range.
        assertThat(Nanos.between(to, from, "span", null)).isEqualTo(Long.MIN_VALUE);
        assertThatIllegalArgumentException().isThrownBy(() -> Nanos.between(to.plusNanos(1), from, "span", null))
                .withMessageEndingWith("the longest duration measured");
    }

    @Test
    void rejectsTheWholeInstantRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> Nanos.between(Instant.MIN, Instant.MAX, "span", null));
    }

    @Test
    void matchesBigIntegerArithmeticNearTheLimits() {
        for (long seed = 1; seed <= 10_000; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Instant from = Instant.ofEpochSecond(random.nextLong(-1L << 40, 1L << 40), random.nextInt(1_000_000_000));
            long seconds = random.nextBoolean() ? 9_223_372_036L - random.nextInt(3) : random.nextLong(1L << 34);
            long delta = random.nextBoolean() ? seconds : -seconds;
            Instant to = from.plusSeconds(delta).plusNanos(random.nextInt(1_000_000_000));
            BigInteger exact = exact(from, to);

            if (exact.compareTo(LONG_MIN) >= 0 && exact.compareTo(LONG_MAX) <= 0) {
                assertThat(Nanos.between(from, to, "span", null)).as("seed %d", seed).isEqualTo(exact.longValueExact());
            } else {
                assertThatIllegalArgumentException().as("seed %d", seed)
                        .isThrownBy(() -> Nanos.between(from, to, "span", null));
            }
        }
    }
}

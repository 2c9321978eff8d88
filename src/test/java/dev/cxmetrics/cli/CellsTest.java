package dev.cxmetrics.cli;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class CellsTest {
    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

    /** Reference: BigDecimal, half-up to the nanosecond, null outside a long of seconds. */
    private static Duration referenceSeconds(String text) {
        if (!text.matches("[0-9]+(\\.[0-9]+)?")) {
            return null;
        }
        BigInteger nanos = new BigDecimal(text).setScale(9, RoundingMode.HALF_UP).unscaledValue();
        BigInteger[] parts = nanos.divideAndRemainder(NANOS_PER_SECOND);
        if (parts[0].bitLength() > 63) {
            return null;
        }
        return Duration.ofSeconds(parts[0].longValueExact(), parts[1].longValueExact());
    }

    @Test
    void secondsParseExactlyWithWorkedExamples() {
        assertThat(Cells.parseSeconds("312")).isEqualTo(Duration.ofSeconds(312));
        assertThat(Cells.parseSeconds("312.5")).isEqualTo(Duration.ofMillis(312_500));
        assertThat(Cells.parseSeconds("0.000000001")).isEqualTo(Duration.ofNanos(1));
        assertThat(Cells.parseSeconds("0.0000000005")).isEqualTo(Duration.ofNanos(1));
        assertThat(Cells.parseSeconds("0.0000000004999")).isEqualTo(Duration.ZERO);
        assertThat(Cells.parseSeconds("1.9999999995")).isEqualTo(Duration.ofSeconds(2));
        assertThat(Cells.parseSeconds("0.1")).isEqualTo(Duration.ofMillis(100));
        assertThat(Cells.parseSeconds("9223372036854775807.999999999"))
                .isEqualTo(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999));
    }

    @Test
    void secondsRejectSignsExponentsSpacesAndOverflow() {
        for (String bad : new String[] {"", "-1", "+1", "1e3", " 1", "1 ", "1.", ".5", "1..2", "1,5", "0x10",
                "NaN", "9223372036854775808", "9223372036854775807.9999999995", "١٢"}) {
            assertThat(Cells.parseSeconds(bad)).as("'%s'", bad).isNull();
        }
    }

    @Test
    void secondsAgreeWithBigDecimalOnRandomText() {
        long seed = 20260131L;
        SplittableRandom random = new SplittableRandom(seed);
        String alphabet = "0123456789999500.";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(24); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            Duration expected = referenceSeconds(s);
            if (!Objects.equals(Cells.parseSeconds(s), expected)) {
                assertThat(Cells.parseSeconds(s)).as("'%s' (seed %d)", s, seed).isEqualTo(expected);
            }
        }
    }

    @Test
    void secondsFormatBackToTheSameDuration() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 10_000; i++) {
            Duration d = Duration.ofSeconds(random.nextLong(0, Long.MAX_VALUE),
                    random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
            assertThat(Cells.parseSeconds(Cells.formatSeconds(d))).isEqualTo(d);
        }
        assertThat(Cells.formatSeconds(Duration.ofMillis(312_500))).isEqualTo("312.5");
        assertThat(Cells.formatSeconds(Duration.ofNanos(1))).isEqualTo("0.000000001");
        assertThat(Cells.formatSeconds(Duration.ZERO)).isEqualTo("0");
    }

    @Test
    void intsAreDecimalWithAnOptionalSign() {
        assertThat(Cells.parseInt("0")).isEqualTo(0);
        assertThat(Cells.parseInt("-12")).isEqualTo(-12);
        assertThat(Cells.parseInt("+7")).isEqualTo(7);
        assertThat(Cells.parseInt("2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(Cells.parseInt("-2147483648")).isEqualTo(Integer.MIN_VALUE);
        for (String bad : new String[] {"", "-", "+", "2147483648", "1.0", " 1", "1e2", "١", "--1", "00000000000001"}) {
            assertThat(Cells.parseInt(bad)).as("'%s'", bad).isEqualTo(Cells.NOT_AN_INT);
        }
    }

    @Test
    void booleansAcceptTrueFalseOneZeroInAnyCase() {
        assertThat(Cells.parseBoolean("TRUE")).isTrue();
        assertThat(Cells.parseBoolean("1")).isTrue();
        assertThat(Cells.parseBoolean("False")).isFalse();
        assertThat(Cells.parseBoolean("0")).isFalse();
        assertThat(Cells.parseBoolean("yes")).isNull();
    }

    @Test
    void quotingEscapesControlCharactersAndCutsLongValues() {
        assertThat(Cells.quote("a\nb\t\u0001")).isEqualTo("'a\\nb\\t\\u0001'");
        assertThat(Cells.quote("x".repeat(100))).isEqualTo("'" + "x".repeat(60) + "'... (100 characters)");
    }

    @Test
    void instantsParseTheUtcFormAndOffsetsAndRejectLocalTimes() {
        assertThat(IsoInstants.parse("2026-01-31T10:00:00Z")).isEqualTo(Instant.parse("2026-01-31T10:00:00Z"));
        assertThat(IsoInstants.parse("2026-01-31T10:00:00.5Z")).isEqualTo(Instant.parse("2026-01-31T10:00:00.500Z"));
        assertThat(IsoInstants.parse("2026-01-31T10:00:00+01:00")).isEqualTo(Instant.parse("2026-01-31T09:00:00Z"));
        assertThat(IsoInstants.parse("2026-01-31T10:00+01:00")).isEqualTo(Instant.parse("2026-01-31T09:00:00Z"));
        assertThat(IsoInstants.parse("2024-02-29T23:59:59.999999999Z")).isEqualTo(
                Instant.parse("2024-02-29T23:59:59.999999999Z"));
        for (String bad : new String[] {"2026-01-31T10:00:00", "2026-01-31", "2026-13-01T00:00:00Z",
                "2026-02-29T00:00:00Z", "yesterday", "", "2026-01-31 10:00:00Z"}) {
            assertThat(IsoInstants.parse(bad)).as("'%s'", bad).isNull();
        }
    }

    @Test
    void fastInstantPathAgreesWithInstantParseOnRandomText() {
        long seed = 31L;
        SplittableRandom random = new SplittableRandom(seed);
        int fastHits = 0;
        for (int i = 0; i < 20_000; i++) {
            String s = randomInstantLike(random);
            Instant fast = IsoInstants.parseUtc(s);
            Instant reference;
            try {
                reference = Instant.parse(s);
            } catch (DateTimeParseException e) {
                reference = null;
            }
            if (fast != null && !fast.equals(reference)) {
                assertThat(fast).as("'%s' (seed %d)", s, seed).isEqualTo(reference);
            }
            if (reference != null && !reference.equals(IsoInstants.parse(s))) {
                assertThat(IsoInstants.parse(s)).as("'%s' (seed %d)", s, seed).isEqualTo(reference);
            }
            fastHits += fast != null ? 1 : 0;
        }
        assertThat(fastHits).as("the fast path must see most valid inputs").isGreaterThan(10_000);
    }

    /** Mostly valid UTC instants of years 0..9999, with some digits and separators spoiled. */
    private static String randomInstantLike(SplittableRandom random) {
        Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L),
                random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
        char[] s = instant.toString().toCharArray();
        if (random.nextInt(3) == 0) {
            int i = random.nextInt(s.length);
            s[i] = "0123456789:-TZ.x".charAt(random.nextInt(16));
        }
        if (random.nextInt(20) == 0) {
            return "2026-0" + random.nextInt(10) + "-" + random.nextInt(10) + random.nextInt(10) + "T2"
                    + random.nextInt(10) + ":59:" + (50 + random.nextInt(15)) + "Z";
        }
        return new String(s);
    }
}

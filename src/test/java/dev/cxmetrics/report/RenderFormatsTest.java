package dev.cxmetrics.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Number and duration formatting: exact decimals for machines, two rounded units for people. */
class RenderFormatsTest {

    @Test
    void humanDurationsBelowASecondAreRoundedMilliseconds() {
        assertThat(human(Duration.ZERO)).isEqualTo("0ms");
        assertThat(human(Duration.ofNanos(499_999))).isEqualTo("0ms");
        assertThat(human(Duration.ofNanos(500_000))).isEqualTo("1ms");
        assertThat(human(Duration.ofMillis(350))).isEqualTo("350ms");
        assertThat(human(Duration.ofMillis(999))).isEqualTo("999ms");
        assertThat(human(Duration.ofNanos(999_499_999))).isEqualTo("999ms");
        // 999.5 ms rounds up to a whole second, which reads as seconds, not "1000ms".
        assertThat(human(Duration.ofNanos(999_500_000))).isEqualTo("1s");
    }

    @Test
    void humanDurationsBelowAMinuteAreRoundedSeconds() {
        assertThat(human(Duration.ofSeconds(1))).isEqualTo("1s");
        assertThat(human(Duration.ofMillis(1499))).isEqualTo("1s");
        assertThat(human(Duration.ofMillis(1500))).isEqualTo("2s");
        assertThat(human(Duration.ofSeconds(59))).isEqualTo("59s");
        assertThat(human(Duration.ofMillis(59_499))).isEqualTo("59s");
        assertThat(human(Duration.ofMillis(59_500))).isEqualTo("1m 00s");
    }

    @Test
    void humanDurationsBelowAnHourAreMinutesAndSeconds() {
        assertThat(human(Duration.ofSeconds(60))).isEqualTo("1m 00s");
        assertThat(human(Duration.ofSeconds(61))).isEqualTo("1m 01s");
        assertThat(human(Duration.ofSeconds(37 * 60 + 40))).isEqualTo("37m 40s");
        assertThat(human(Duration.ofMillis(2_259_500))).isEqualTo("37m 40s");
        assertThat(human(Duration.ofMillis(2_260_499))).isEqualTo("37m 40s");
        assertThat(human(Duration.ofSeconds(3599))).isEqualTo("59m 59s");
        assertThat(human(Duration.ofMillis(3_599_500))).isEqualTo("1h 00m");
    }

    @Test
    void humanDurationsBelowADayAreHoursAndMinutes() {
        assertThat(human(Duration.ofSeconds(3600))).isEqualTo("1h 00m");
        assertThat(human(Duration.ofSeconds(3629))).isEqualTo("1h 00m");
        // Rounded once from the exact value: 60 min 29.5 s is nearer 1h 00m than 1h 01m.
        assertThat(human(Duration.ofMillis(3_629_500))).isEqualTo("1h 00m");
        assertThat(human(Duration.ofSeconds(3630))).isEqualTo("1h 01m");
        assertThat(human(Duration.ofMinutes(125))).isEqualTo("2h 05m");
        assertThat(human(Duration.ofSeconds(24 * 3600 - 31))).isEqualTo("23h 59m");
        assertThat(human(Duration.ofSeconds(24 * 3600 - 30))).isEqualTo("1d 00h");
    }

    @Test
    void humanDurationsOfADayOrMoreAreDaysAndHours() {
        assertThat(human(Duration.ofDays(1))).isEqualTo("1d 00h");
        assertThat(human(Duration.ofDays(1).plusMinutes(29).plusSeconds(59))).isEqualTo("1d 00h");
        // 24 h 29 min 30 s is 24.49 h: one rounding gives 1d 00h (rounding minutes first gave 1d 01h).
        assertThat(human(Duration.ofDays(1).plusMinutes(29).plusSeconds(30))).isEqualTo("1d 00h");
        assertThat(human(Duration.ofDays(1).plusMinutes(30))).isEqualTo("1d 01h");
        assertThat(human(Duration.ofDays(3).plusHours(4))).isEqualTo("3d 04h");
        assertThat(human(Duration.ofDays(3).plusHours(23).plusMinutes(30))).isEqualTo("4d 00h");
        assertThat(human(Duration.ofDays(36_500))).isEqualTo("36500d 00h");
        // The longest Duration: 106751991167300 days, 15 h and 30 min 7.999999999 s, rounded up.
        assertThat(human(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999))).isEqualTo("106751991167300d 16h");
    }

    @Test
    void humanDurationIsADashWhenEmpty() {
        assertThat(Formats.human(Optional.empty())).isEqualTo("-");
    }

    @Test
    void humanDurationsNeverDecreaseAsDurationsGrow() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            long nanos = random.nextLong(1L << random.nextInt(1, 50));
            Duration a = Duration.ofNanos(nanos);
            Duration b = a.plusNanos(random.nextLong(1L << random.nextInt(1, 40)));
            assertThat(readBack(human(a))).as("%s <= %s", a, b).isLessThanOrEqualTo(readBack(human(b)));
            // Within half of the last unit shown.
            long unit = unitNanos(human(a));
            assertThat(Math.abs(readBack(human(a)) - nanos)).as("%s reads %s", a, human(a)).isLessThanOrEqualTo(unit / 2);
        }
    }

    @Test
    void fixedDecimalsForPeople() {
        assertThat(Formats.fixed(OptionalDouble.empty(), 1, "%")).isEqualTo("-");
        assertThat(Formats.fixed(OptionalDouble.of(200.0 / 3), 1, "%")).isEqualTo("66.7%");
        assertThat(Formats.fixed(OptionalDouble.of(100), 1, "%")).isEqualTo("100.0%");
        assertThat(Formats.fixed(OptionalDouble.of(-100), 1, "")).isEqualTo("-100.0");
        assertThat(Formats.fixed(OptionalDouble.of(-0.25), 1, "")).isEqualTo("-0.3");
        assertThat(Formats.fixed(OptionalDouble.of(3.456), 2, "")).isEqualTo("3.46");
        // A negative value that rounds to zero has no minus sign.
        assertThat(Formats.fixed(OptionalDouble.of(-100.0 / 2001), 1, "")).isEqualTo("0.0");
        assertThat(Formats.fixed(OptionalDouble.of(-0.0), 1, "")).isEqualTo("0.0");
    }

    @Test
    void secondsAreExactPlainDecimals() {
        assertThat(Formats.seconds(Optional.empty())).isNull();
        assertThat(Formats.seconds(Optional.of(Duration.ZERO))).isEqualTo("0");
        assertThat(Formats.seconds(Optional.of(Duration.ofSeconds(2260)))).isEqualTo("2260");
        assertThat(Formats.seconds(Optional.of(Duration.ofMillis(500)))).isEqualTo("0.5");
        assertThat(Formats.seconds(Optional.of(Duration.ofNanos(1)))).isEqualTo("0.000000001");
        assertThat(Formats.seconds(Optional.of(Duration.ofSeconds(100, 100)))).isEqualTo("100.0000001");
        assertThat(Formats.seconds(Optional.of(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999))))
                .isEqualTo("9223372036854775807.999999999");
    }

    @Test
    void numbersAreTheShortestPlainDecimalOfTheDouble() {
        assertThat(Formats.number(OptionalDouble.empty())).isNull();
        assertThat(Formats.number(OptionalDouble.of(100))).isEqualTo("100");
        assertThat(Formats.number(OptionalDouble.of(-10))).isEqualTo("-10");
        assertThat(Formats.number(OptionalDouble.of(0))).isEqualTo("0");
        assertThat(Formats.number(OptionalDouble.of(-0.0))).isEqualTo("0");
        assertThat(Formats.number(OptionalDouble.of(200.0 / 3))).isEqualTo("66.66666666666667");
        assertThat(Formats.number(OptionalDouble.of(1e-5))).isEqualTo("0.00001");
        assertThat(Formats.number(OptionalDouble.of(1e20))).isEqualTo("100000000000000000000");
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 3_000; i++) {
            double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 9));
            String text = Formats.number(OptionalDouble.of(value));
            assertThat(text).as("%s", value).matches("-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?");
            assertThat(new BigDecimal(text).doubleValue()).as(text).isEqualTo(value == 0 ? 0.0 : value);
        }
    }

    private static String human(Duration duration) {
        return Formats.human(Optional.of(duration));
    }

    /** Reads a human duration back to nanoseconds. */
    private static long readBack(String text) {
        long total = 0;
        for (String part : text.split(" ")) {
            String unit = part.replaceAll("[0-9]", "");
            long value = Long.parseLong(part.substring(0, part.length() - unit.length()));
            total += value * unitNanos(unit);
        }
        return total;
    }

    /** The nanoseconds of the last unit of a human duration ({@code 37m 40s} → one second). */
    private static long unitNanos(String text) {
        String unit = text.substring(text.lastIndexOf(' ') + 1).replaceAll("[0-9]", "");
        switch (unit) {
            case "ms":
                return 1_000_000L;
            case "s":
                return 1_000_000_000L;
            case "m":
                return 60_000_000_000L;
            case "h":
                return 3_600_000_000_000L;
            default:
                return 86_400_000_000_000L;
        }
    }
}

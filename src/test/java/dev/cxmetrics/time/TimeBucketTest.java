package dev.cxmetrics.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class TimeBucketTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** A local time in Rome with an explicit offset, so ambiguous times are unambiguous here. */
    private static Instant rome(String localDateTime, int offsetHours) {
        return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.ofHours(offsetHours));
    }

    private static Duration length(TimeBucket bucket, LocalDate start, ZoneId zone) {
        return Duration.between(TimeBucket.startInstant(start, zone), TimeBucket.startInstant(bucket.next(start), zone));
    }

    @Test
    void startOfALocalDateIsTheDayItsMondayOrItsFirstOfMonth() {
        LocalDate thursday = date("2026-06-18");

        assertThat(TimeBucket.DAY.startOf(thursday)).isEqualTo(thursday);
        assertThat(TimeBucket.WEEK.startOf(thursday)).isEqualTo(date("2026-06-15"));
        assertThat(TimeBucket.MONTH.startOf(thursday)).isEqualTo(date("2026-06-01"));
        assertThat(TimeBucket.WEEK.startOf(date("2026-06-15"))).isEqualTo(date("2026-06-15"));
        assertThat(TimeBucket.WEEK.startOf(date("2026-06-21"))).isEqualTo(date("2026-06-15"));
        assertThat(TimeBucket.WEEK.startOf(date("2026-06-22"))).isEqualTo(date("2026-06-22"));
    }

    @Test
    void theTwentyThreeHourDayOfSpringIsOneBucket() {
        LocalDate day = date("2026-03-29"); // Rome: 02:00 → 03:00

        assertThat(TimeBucket.DAY.startOf(rome("2026-03-29T00:30", 1), ROME)).isEqualTo(day);
        assertThat(TimeBucket.DAY.startOf(rome("2026-03-29T23:30", 2), ROME)).isEqualTo(day);
        assertThat(TimeBucket.DAY.startOf(rome("2026-03-29T23:59:59.999", 2), ROME)).isEqualTo(day);
        assertThat(TimeBucket.DAY.startOf(rome("2026-03-30T00:00", 2), ROME)).isEqualTo(day.plusDays(1));
        assertThat(TimeBucket.DAY.startOf(rome("2026-03-28T23:59:59.999999999", 1), ROME)).isEqualTo(day.minusDays(1));
        assertThat(length(TimeBucket.DAY, day, ROME)).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void theTwentyFiveHourDayOfAutumnIsOneBucket() {
        LocalDate day = date("2026-10-25"); // Rome: 03:00 → 02:00, 02:30 happens twice

        assertThat(TimeBucket.DAY.startOf(rome("2026-10-25T00:30", 2), ROME)).isEqualTo(day);
        assertThat(TimeBucket.DAY.startOf(rome("2026-10-25T02:30", 2), ROME)).isEqualTo(day);
        assertThat(TimeBucket.DAY.startOf(rome("2026-10-25T02:30", 1), ROME)).isEqualTo(day);
        assertThat(TimeBucket.DAY.startOf(rome("2026-10-25T23:30", 1), ROME)).isEqualTo(day);
        assertThat(TimeBucket.DAY.startOf(rome("2026-10-25T23:59:59.999", 1), ROME)).isEqualTo(day);
        assertThat(TimeBucket.DAY.startOf(rome("2026-10-26T00:00", 1), ROME)).isEqualTo(day.plusDays(1));
        assertThat(length(TimeBucket.DAY, day, ROME)).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void weeksAndMonthsHoldingADstChangeAreAnHourShorterOrLonger() {
        assertThat(length(TimeBucket.WEEK, date("2026-03-23"), ROME)).isEqualTo(Duration.ofHours(7 * 24 - 1));
        assertThat(length(TimeBucket.WEEK, date("2026-10-19"), ROME)).isEqualTo(Duration.ofHours(7 * 24 + 1));
        assertThat(length(TimeBucket.MONTH, date("2026-03-01"), ROME)).isEqualTo(Duration.ofHours(31 * 24 - 1));
        assertThat(length(TimeBucket.MONTH, date("2026-10-01"), ROME)).isEqualTo(Duration.ofHours(31 * 24 + 1));
        assertThat(length(TimeBucket.DAY, date("2026-03-30"), ROME)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void leapDayIsItsOwnDayAndInFebruary() {
        Instant noon = rome("2028-02-29T12:00", 1);

        assertThat(TimeBucket.DAY.startOf(noon, ROME)).isEqualTo(date("2028-02-29"));
        assertThat(TimeBucket.DAY.next(date("2028-02-28"))).isEqualTo(date("2028-02-29"));
        assertThat(TimeBucket.DAY.next(date("2028-02-29"))).isEqualTo(date("2028-03-01"));
        assertThat(TimeBucket.WEEK.startOf(noon, ROME)).isEqualTo(date("2028-02-28"));
        assertThat(TimeBucket.MONTH.startOf(noon, ROME)).isEqualTo(date("2028-02-01"));
        assertThat(length(TimeBucket.MONTH, date("2028-02-01"), ROME)).isEqualTo(Duration.ofDays(29));
        assertThat(length(TimeBucket.MONTH, date("2026-02-01"), ROME)).isEqualTo(Duration.ofDays(28));
    }

    @Test
    void isoWeeksRunMondayToSundayAcrossTheYearEnd() {
        assertThat(TimeBucket.WEEK.startOf(date("2026-12-31"))).isEqualTo(date("2026-12-28"));
        assertThat(TimeBucket.WEEK.startOf(date("2027-01-01"))).isEqualTo(date("2026-12-28"));
        assertThat(TimeBucket.WEEK.startOf(date("2027-01-03"))).isEqualTo(date("2026-12-28"));
        assertThat(TimeBucket.WEEK.startOf(date("2027-01-04"))).isEqualTo(date("2027-01-04"));
        assertThat(TimeBucket.WEEK.startOf(date("2026-12-27"))).isEqualTo(date("2026-12-21"));
        assertThat(TimeBucket.WEEK.next(date("2026-12-28"))).isEqualTo(date("2027-01-04"));
        assertThat(TimeBucket.WEEK.startOf(rome("2027-01-03T23:59:59.999", 1), ROME)).isEqualTo(date("2026-12-28"));
        assertThat(TimeBucket.WEEK.startOf(rome("2027-01-04T00:00", 1), ROME)).isEqualTo(date("2027-01-04"));
    }

    @Test
    void monthsRollOverTheYearEnd() {
        assertThat(TimeBucket.MONTH.startOf(rome("2026-12-31T23:59:59.999", 1), ROME)).isEqualTo(date("2026-12-01"));
        assertThat(TimeBucket.MONTH.startOf(rome("2027-01-01T00:00", 1), ROME)).isEqualTo(date("2027-01-01"));
        assertThat(TimeBucket.MONTH.next(date("2026-12-01"))).isEqualTo(date("2027-01-01"));
        assertThat(TimeBucket.MONTH.next(date("2026-01-01"))).isEqualTo(date("2026-02-01"));
    }

    @Test
    void theZoneDecidesTheDay() {
        Instant instant = Instant.parse("2026-07-01T23:30:00Z");

        assertThat(TimeBucket.DAY.startOf(instant, ZoneOffset.UTC)).isEqualTo(date("2026-07-01"));
        assertThat(TimeBucket.DAY.startOf(instant, ROME)).isEqualTo(date("2026-07-02"));
        assertThat(TimeBucket.DAY.startOf(instant, ZoneId.of("America/New_York"))).isEqualTo(date("2026-07-01"));
    }

    @Test
    void aDayWhoseMidnightIsSkippedStartsAtItsFirstValidInstant() {
        ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo"); // 2018-11-04: 00:00 → 01:00
        LocalDate day = date("2018-11-04");

        assertThat(TimeBucket.startInstant(day, saoPaulo)).isEqualTo(Instant.parse("2018-11-04T03:00:00Z"));
        assertThat(TimeBucket.DAY.startOf(Instant.parse("2018-11-04T03:00:00Z"), saoPaulo)).isEqualTo(day);
        assertThat(TimeBucket.DAY.startOf(Instant.parse("2018-11-04T02:59:59.999999999Z"), saoPaulo))
                .isEqualTo(day.minusDays(1));
        assertThat(length(TimeBucket.DAY, day, saoPaulo)).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void everyInstantLiesInsideItsBucketInManyZones() {
        List<ZoneId> zones = List.of(ROME, ZoneOffset.UTC, ZoneId.of("America/Sao_Paulo"), ZoneId.of("America/Santiago"),
                ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Pacific/Apia"), ZoneId.of("Asia/Kolkata"),
                ZoneId.of("America/St_Johns"));
        long from = Instant.parse("2010-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2030-01-01T00:00:00Z").getEpochSecond();
        for (long seed = 1; seed <= 3000; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Instant instant = Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000_000_000));
            ZoneId zone = zones.get(random.nextInt(zones.size()));
            for (TimeBucket bucket : TimeBucket.values()) {
                LocalDate start = bucket.startOf(instant, zone);
                assertThat(TimeBucket.startInstant(start, zone)).as("seed %d %s %s", seed, zone, bucket)
                        .isBeforeOrEqualTo(instant);
                assertThat(TimeBucket.startInstant(bucket.next(start), zone)).as("seed %d %s %s", seed, zone, bucket)
                        .isAfter(instant);
                assertThat(bucket.startOf(start)).as("seed %d %s %s", seed, zone, bucket).isEqualTo(start);
            }
        }
    }

    @Test
    void labelsAreLowerCaseNamesAndParseBack() {
        assertThat(TimeBucket.DAY.label()).isEqualTo("day");
        assertThat(TimeBucket.WEEK.label()).isEqualTo("week");
        assertThat(TimeBucket.MONTH.label()).isEqualTo("month");
        for (TimeBucket bucket : TimeBucket.values()) {
            assertThat(TimeBucket.parse(bucket.label())).isEqualTo(bucket);
        }
        assertThat(TimeBucket.parse("DAY")).isEqualTo(TimeBucket.DAY);
        assertThat(TimeBucket.parse(" Week ")).isEqualTo(TimeBucket.WEEK);
        assertThat(TimeBucket.parse("mOnTh")).isEqualTo(TimeBucket.MONTH);
    }

    @Test
    void parseRejectsOtherLabelsNamingTheValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> TimeBucket.parse("hour"))
                .withMessage("bucket 'hour' is not one of day, week, month");
        assertThatIllegalArgumentException().isThrownBy(() -> TimeBucket.parse(""))
                .withMessage("bucket '' is not one of day, week, month");
        assertThatIllegalArgumentException().isThrownBy(() -> TimeBucket.parse("days"));
        assertThatNullPointerException().isThrownBy(() -> TimeBucket.parse(null)).withMessage("label");
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> TimeBucket.DAY.startOf(null)).withMessage("date");
        assertThatNullPointerException().isThrownBy(() -> TimeBucket.DAY.startOf(null, ROME)).withMessage("instant");
        assertThatNullPointerException().isThrownBy(() -> TimeBucket.DAY.startOf(Instant.EPOCH, null))
                .withMessage("zone");
        assertThatNullPointerException().isThrownBy(() -> TimeBucket.WEEK.next(null)).withMessage("start");
    }
}

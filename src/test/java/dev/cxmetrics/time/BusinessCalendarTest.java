package dev.cxmetrics.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Worked examples by hand and edge cases of {@link BusinessCalendar#between} and {@link BusinessCalendar#isOpen}. */
class BusinessCalendarTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static Duration sundayOnly(ZoneId zone, String sunday) {
        BusinessCalendar calendar = BusinessCalendar.builder(zone).schedule("Sun 00:00-24:00").build();
        LocalDate day = LocalDate.parse(sunday);
        return calendar.between(day.minusDays(1).atStartOfDay(zone).toInstant(),
                day.plusDays(2).atStartOfDay(zone).toInstant());
    }

    @Test
    void fridayAfternoonToMondayMorningWithNineToFiveIsTwoHours() {
        BusinessCalendar calendar = BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-17:00").build();
        assertThat(calendar.between(at("2026-01-30T16:00", ROME), at("2026-02-02T10:00", ROME)))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void daysWhenClocksChangeLastTwentyThreeOrTwentyFiveHours() {
        assertThat(sundayOnly(ROME, "2026-03-29")).isEqualTo(Duration.ofHours(23));
        assertThat(sundayOnly(ROME, "2026-10-25")).isEqualTo(Duration.ofHours(25));
        assertThat(sundayOnly(NEW_YORK, "2026-03-08")).isEqualTo(Duration.ofHours(23));
        assertThat(sundayOnly(NEW_YORK, "2026-11-01")).isEqualTo(Duration.ofHours(25));
        assertThat(sundayOnly(ROME, "2026-03-22")).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void lordHoweShiftsByHalfAnHour() {
        assertThat(sundayOnly(LORD_HOWE, "2026-10-04")).isEqualTo(Duration.ofMinutes(23 * 60 + 30));
        assertThat(sundayOnly(LORD_HOWE, "2026-04-05")).isEqualTo(Duration.ofMinutes(24 * 60 + 30));
        BusinessCalendar smallHours = BusinessCalendar.builder(LORD_HOWE).schedule("Sun 01:00-04:00").build();
        Instant saturday = at("2026-10-03T12:00", LORD_HOWE);
        assertThat(smallHours.between(saturday, saturday.plus(Duration.ofDays(2))))
                .isEqualTo(Duration.ofMinutes(150));
        saturday = at("2026-04-04T12:00", LORD_HOWE);
        assertThat(smallHours.between(saturday, saturday.plus(Duration.ofDays(2))))
                .isEqualTo(Duration.ofMinutes(210));
    }

    @Test
    void anIntervalAcrossTheChangeLastsTwoRealHoursInSpringAndFourInAutumn() {
        BusinessCalendar calendar = BusinessCalendar.builder(NEW_YORK).open(DayOfWeek.SUNDAY, LocalTime.of(1, 0),
                LocalTime.of(4, 0)).build();
        assertThat(calendar.between(Instant.parse("2026-03-08T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(calendar.between(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-02T00:00:00Z")))
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void anOpeningInsideTheGapTakesEffectWhenTheClockJumps() {
        // 2026-03-08 in New York: 02:00 EST (07:00Z) becomes 03:00 EDT.
        BusinessCalendar calendar = BusinessCalendar.builder(NEW_YORK).schedule("Sun 02:30-05:00").build();
        assertThat(calendar.isOpen(Instant.parse("2026-03-08T06:59:59Z"))).isFalse();
        assertThat(calendar.isOpen(Instant.parse("2026-03-08T07:00:00Z"))).isTrue();
        assertThat(calendar.between(Instant.parse("2026-03-08T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void anOpeningInsideTheOverlapHoldsForBothPassesOfTheWallClock() {
        // 2026-11-01 in New York: 02:00 EDT (06:00Z) becomes 01:00 EST. Open 01:30-05:00 local:
        // 05:30Z-06:00Z (first pass), closed 06:00Z-06:30Z (01:00-01:30 EST), open 06:30Z-10:00Z.
        BusinessCalendar calendar = BusinessCalendar.builder(NEW_YORK).schedule("Sun 01:30-05:00").build();
        assertThat(calendar.isOpen(Instant.parse("2026-11-01T05:45:00Z"))).isTrue();
        assertThat(calendar.isOpen(Instant.parse("2026-11-01T06:15:00Z"))).isFalse();
        assertThat(calendar.isOpen(Instant.parse("2026-11-01T06:30:00Z"))).isTrue();
        assertThat(calendar.between(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-02T00:00:00Z")))
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aHolidayOnAClockChangeDayRemovesAllOfIt() {
        BusinessCalendar spring = BusinessCalendar.builder(ROME).open24x7().holiday(LocalDate.of(2026, 3, 29)).build();
        assertThat(spring.between(at("2026-03-28T00:00", ROME), at("2026-03-31T00:00", ROME)))
                .isEqualTo(Duration.ofHours(48));
        BusinessCalendar autumn = BusinessCalendar.builder(ROME).open24x7().holiday(LocalDate.of(2026, 10, 25)).build();
        assertThat(autumn.between(at("2026-10-24T00:00", ROME), at("2026-10-27T00:00", ROME)))
                .isEqualTo(Duration.ofHours(48));
        assertThat(autumn.between(at("2026-10-25T01:00", ROME), at("2026-10-25T23:00", ROME))).isZero();
    }

    @Test
    void holidaysAndYearEndsCount() {
        BusinessCalendar calendar = BusinessCalendar.builder(ZoneOffset.UTC).schedule("Mon-Fri 09:00-17:00")
                .holiday(LocalDate.of(2026, 1, 1)).build();
        assertThat(calendar.between(Instant.parse("2025-12-31T16:00:00Z"), Instant.parse("2026-01-02T10:00:00Z")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(calendar.isOpen(Instant.parse("2026-01-01T12:00:00Z"))).isFalse();
        assertThat(calendar.isOpen(Instant.parse("2026-01-02T12:00:00Z"))).isTrue();
    }

    @Test
    void anIntervalEndingAtMidnightRunsToTheEndOfTheDay() {
        BusinessCalendar calendar = BusinessCalendar.builder(ROME)
                .open(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT)
                .open(DayOfWeek.TUESDAY, LocalTime.MIDNIGHT, LocalTime.of(2, 0)).build();
        assertThat(calendar.between(at("2026-02-02T21:00", ROME), at("2026-02-03T03:00", ROME)))
                .isEqualTo(Duration.ofHours(4));
        assertThat(calendar.isOpen(at("2026-02-02T23:59:59.999999999", ROME))).isTrue();
        assertThat(calendar.isOpen(at("2026-02-03T00:00", ROME))).isTrue();
        assertThat(calendar.isOpen(at("2026-02-03T02:00", ROME))).isFalse();
        assertThat(calendar.schedule()).isEqualTo("Mon 22:00-24:00; Tue 00:00-02:00");
    }

    @Test
    void equalInstantsGiveZero() {
        BusinessCalendar calendar = BusinessCalendar.always(ROME);
        Instant t = at("2026-03-29T02:00", ROME);
        assertThat(calendar.between(t, t)).isZero();
        assertThat(calendar.betweenNanos(t, t)).isZero();
    }

    @Test
    void anEndBeforeTheStartIsRejectedNamingBoth() {
        BusinessCalendar calendar = BusinessCalendar.always(ROME);
        assertThatThrownBy(() -> calendar.between(Instant.parse("2026-01-02T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-01-02T00:00:00Z").hasMessageContaining("2026-01-01T00:00:00Z");
    }

    @Test
    void spansBeyondTheLongestDurationAreRejected() {
        BusinessCalendar calendar = BusinessCalendar.always(ROME);
        Instant a = Instant.parse("1900-01-01T00:00:00Z");
        Instant b = Instant.parse("2200-01-01T00:00:00Z");
        assertThatThrownBy(() -> calendar.between(a, b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("292 years");
    }

    @Test
    void alwaysOpenEqualsElapsedTimeAtAnyScale() {
        SplittableRandom random = new SplittableRandom(11);
        BusinessCalendar[] calendars = {BusinessCalendar.always(ROME), BusinessCalendar.always(NEW_YORK),
            BusinessCalendar.always(LORD_HOWE), BusinessCalendar.always(ZoneId.of("Pacific/Apia")),
            BusinessCalendar.always(ZoneOffset.UTC)};
        for (int i = 0; i < 5_000; i++) {
            BusinessCalendar calendar = calendars[i % calendars.length];
            Instant a = Instant.ofEpochSecond(random.nextLong(-20_000_000_000L, 20_000_000_000L),
                    random.nextInt(1_000_000_000));
            Instant b = a.plusNanos(random.nextLong(i % 2 == 0 ? Long.MAX_VALUE : 10_000_000_000_000L));
            assertThat(calendar.between(a, b)).as("seed 11, %s from %s to %s", calendar, a, b)
                    .isEqualTo(Duration.between(a, b));
        }
    }

    @Test
    void businessTimeAddsUpOverConsecutiveSpansToTheNanosecond() {
        SplittableRandom random = new SplittableRandom(12);
        BusinessCalendar[] calendars = {
            BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-12:30,13:15:00.5-17:30; Sat 10:00-14:00")
                    .holidays(BusinessCalendar.parseHolidays("2026-03-29, 2026-10-25, 2026-12-25, 1970-01-01"))
                    .build(),
            BusinessCalendar.builder(LORD_HOWE).schedule("Sun 01:00-04:00; Mon-Sat 08:00-20:00").build(),
            BusinessCalendar.builder(NEW_YORK).schedule("Mon,Wed,Fri 00:00-24:00").build()};
        for (int i = 0; i < 20_000; i++) {
            BusinessCalendar calendar = calendars[i % calendars.length];
            long scale = new long[] {86_400L, 60L * 86_400, 100L * 365 * 86_400}[random.nextInt(3)];
            long center = random.nextInt(4) == 0 ? random.nextLong(-3_000_000_000_000_000L, 3_000_000_000_000_000L)
                    : random.nextLong(-4_000_000_000L, 8_000_000_000L);
            Instant a = Instant.ofEpochSecond(center + random.nextLong(scale), random.nextInt(1_000_000_000));
            Instant b = a.plusSeconds(random.nextLong(scale)).plusNanos(random.nextInt(1_000_000_000));
            Instant c = b.plusSeconds(random.nextLong(scale)).plusNanos(random.nextInt(1_000_000_000));
            Duration whole = calendar.between(a, c);
            assertThat(calendar.between(a, b).plus(calendar.between(b, c))).as("seed 12, %s, %s %s %s", calendar, a, b, c)
                    .isEqualTo(whole);
            assertThat(whole).isBetween(Duration.ZERO, Duration.between(a, c));
            long tick = calendar.betweenNanos(a, a.plusNanos(1));
            assertThat(tick).as("seed 12, %s at %s", calendar, a).isEqualTo(calendar.isOpen(a) ? 1 : 0);
        }
    }

    @Test
    void worksAtTheEdgesOfTheInstantRange() {
        BusinessCalendar calendar = BusinessCalendar.builder(ZoneOffset.UTC).schedule("Mon-Fri 09:00-17:00").build();
        ReferenceCalendar reference = new ReferenceCalendar(ZoneOffset.UTC);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() <= 5) {
                reference.open(day, 9 * 3_600, 17 * 3_600);
            }
        }
        // The instant range is wider than LocalDateTime's: compare with the reference whole weeks
        // earlier or later, where UTC business hours repeat.
        Duration weeks = Duration.ofDays(7 * 100_000L);
        Instant lastMinute = Instant.MAX.minusSeconds(59).minusNanos(999_999_999);
        Instant nineDaysBefore = lastMinute.minus(Duration.ofDays(9));
        assertThat(calendar.between(nineDaysBefore, lastMinute))
                .isEqualTo(reference.between(nineDaysBefore.minus(weeks), lastMinute.minus(weeks), 60));
        Instant first = Instant.MIN;
        assertThat(calendar.between(first, first.plus(Duration.ofDays(9))))
                .isEqualTo(reference.between(first.plus(weeks), first.plus(weeks).plus(Duration.ofDays(9)), 60));
        assertThat(BusinessCalendar.always(ROME).between(Instant.MAX.minusSeconds(100), Instant.MAX))
                .isEqualTo(Duration.ofSeconds(100));
        assertThat(BusinessCalendar.always(ROME).between(Instant.MIN, Instant.MIN.plusSeconds(100)))
                .isEqualTo(Duration.ofSeconds(100));
    }

    @Test
    void weeklyOpenTimeSumsTheMergedIntervals() {
        BusinessCalendar calendar = BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-17:00, 12:00-18:00")
                .open(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(10, 30)).build();
        assertThat(calendar.weeklyOpenTime()).isEqualTo(Duration.ofMinutes(5 * 9 * 60 + 30));
        assertThat(BusinessCalendar.always(ROME).weeklyOpenTime()).isEqualTo(Duration.ofDays(7));
    }
}

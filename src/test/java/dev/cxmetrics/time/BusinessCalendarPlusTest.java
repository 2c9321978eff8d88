package dev.cxmetrics.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link BusinessCalendar#plus}, the business-time deadline, by hand, against the reference and as the inverse of between. */
class BusinessCalendarPlusTest {
    private static final long SEED = 424_242L;
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId[] ZONES = {ROME, NEW_YORK, ZoneId.of("Australia/Lord_Howe"),
        ZoneId.of("America/Sao_Paulo"), ZoneId.of("Pacific/Apia"), ZoneOffset.UTC};

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @Test
    void anHourSetLateOnFridayEndsOnMondayMorning() {
        BusinessCalendar calendar = BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-17:00").build();
        assertThat(calendar.plus(at("2026-01-30T16:30", ROME), Duration.ofHours(1))).isEqualTo(at("2026-02-02T09:30", ROME));
        assertThat(calendar.plus(at("2026-01-31T12:00", ROME), Duration.ofHours(8))).isEqualTo(at("2026-02-02T17:00", ROME));
        assertThat(calendar.plus(at("2026-01-30T16:30", ROME), Duration.ofMinutes(30))).isEqualTo(at("2026-01-30T17:00", ROME));
    }

    @Test
    void zeroGivesTheStartEvenWhenClosed() {
        BusinessCalendar calendar = BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-17:00").build();
        Instant saturday = at("2026-01-31T12:00", ROME);
        assertThat(calendar.plus(saturday, Duration.ZERO)).isEqualTo(saturday);
    }

    @Test
    void deadlinesSkipHolidaysAndClockChanges() {
        BusinessCalendar calendar = BusinessCalendar.builder(NEW_YORK).schedule("Sun 01:00-04:00")
                .holiday(LocalDate.of(2026, 3, 15)).build();
        // 2026-03-08: 01:00 EST to 02:00 EST, then 03:00 EDT to 04:00 EDT: two hours in all.
        assertThat(calendar.plus(Instant.parse("2026-03-08T05:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-03-08T08:00:00Z"));
        // The third hour is on 2026-03-22, 01:00 EDT: the 15th is a holiday.
        assertThat(calendar.plus(Instant.parse("2026-03-08T05:00:00Z"), Duration.ofHours(3)))
                .isEqualTo(Instant.parse("2026-03-22T06:00:00Z"));
    }

    @Test
    void deadlinesJumpOverYearsOfHolidays() {
        BusinessCalendar.Builder builder = BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-17:00");
        for (LocalDate day = LocalDate.of(2027, 1, 1); day.getYear() < 2030; day = day.plusDays(1)) {
            builder.holiday(day);
        }
        BusinessCalendar calendar = builder.build();
        Instant start = at("2026-12-30T16:00", ROME);
        // One hour on 30 December, eight on the 31st, then three years of holidays: the tenth
        // hour ends at 10:00 on Tuesday 1 January 2030.
        assertThat(calendar.plus(start, Duration.ofHours(10))).isEqualTo(at("2030-01-01T10:00", ROME));
        assertThat(calendar.plus(start, Duration.ofHours(9))).isEqualTo(at("2026-12-31T17:00", ROME));
        Duration amount = Duration.ofHours(9 + 8 * 400).plusNanos(17);
        Instant deadline = calendar.plus(start, amount);
        assertThat(calendar.between(start, deadline)).isEqualTo(amount);
        assertThat(calendar.between(start, deadline.minusNanos(1))).isEqualTo(amount.minusNanos(1));
    }

    @Test
    void negativeBusinessTimeIsRejected() {
        BusinessCalendar calendar = BusinessCalendar.always(ROME);
        assertThatThrownBy(() -> calendar.plus(Instant.EPOCH, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1S");
    }

    @Test
    void deadlinesBeyondTheLongestDurationAreRejected() {
        BusinessCalendar sparse = BusinessCalendar.builder(ROME).schedule("Mon 09:00-09:01").build();
        assertThatThrownBy(() -> sparse.plus(Instant.EPOCH, Duration.ofDays(20)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("292 years");
    }

    @Test
    void deadlinesAfterTheLastInstantAreRejectedNamingStartAndAmount() {
        Instant nearEnd = Instant.MAX.minusSeconds(10);
        assertThatThrownBy(() -> BusinessCalendar.always(ROME).plus(nearEnd, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("businessTime PT1M after " + nearEnd + " ends after the last representable instant "
                        + Instant.MAX);
        BusinessCalendar weekdays = BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-17:00").build();
        Instant threeDaysBefore = Instant.MAX.minus(Duration.ofDays(3));
        assertThatThrownBy(() -> weekdays.plus(threeDaysBefore, Duration.ofHours(40)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last representable instant");
        // Still exact right up to the end where the deadline exists.
        assertThat(BusinessCalendar.always(ROME).plus(nearEnd, Duration.ofSeconds(10))).isEqualTo(Instant.MAX);
    }

    @Test
    void matchesMinuteByMinuteReferenceOnRandomDeadlines() {
        SplittableRandom random = new SplittableRandom(SEED);
        Instant from = Instant.parse("2008-01-01T00:00:00Z");
        Instant to = Instant.parse("2030-01-01T00:00:00Z");
        for (int c = 0; c < 150; c++) {
            ReferenceCalendar reference = BusinessCalendarBruteForceTest.randomCalendar(random, ZONES[c % ZONES.length],
                    1, from, to);
            BusinessCalendar calendar = reference.build();
            long weekly = calendar.weeklyOpenTime().toMinutes();
            for (int s = 0; s < 10; s++) {
                Instant start = BusinessCalendarBruteForceTest.anchor(random, reference, from, to);
                long minutes = random.nextInt(3) == 0 ? random.nextLong(180) : random.nextLong(weekly + weekly / 2 + 1);
                Instant expected = reference.plus(start, minutes, 60);
                int calendarIndex = c;
                assertThat(calendar.plus(start, Duration.ofMinutes(minutes)))
                        .as(() -> "seed " + SEED + ", calendar " + calendarIndex + " " + calendar + ", " + minutes
                                + " min after " + start)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void isTheExactInverseOfBetweenToTheNanosecondOverManyYears() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        Instant from = Instant.parse("1950-01-01T00:00:00Z");
        Instant to = Instant.parse("2100-01-01T00:00:00Z");
        for (int c = 0; c < 300; c++) {
            ReferenceCalendar reference = BusinessCalendarBruteForceTest.randomCalendar(random, ZONES[c % ZONES.length],
                    1, from, to);
            BusinessCalendar calendar = reference.build();
            long weekly = calendar.weeklyOpenTime().toNanos();
            for (int s = 0; s < 20; s++) {
                Instant start = BusinessCalendarBruteForceTest.anchor(random, reference, from, to)
                        .plusNanos(random.nextLong(3_600_000_000_000L));
                long weeks = new long[] {0, 1, 52, 520}[random.nextInt(4)];
                Duration amount = Duration.ofNanos(1 + weeks * weekly + random.nextLong(weekly));
                Instant deadline = calendar.plus(start, amount);
                Instant justBefore = deadline.minusNanos(1);
                String message = "seed " + (SEED + 1) + ", " + calendar + ", " + amount + " after " + start;
                assertThat(calendar.between(start, deadline)).as(message).isEqualTo(amount);
                assertThat(calendar.isOpen(justBefore)).as(message).isTrue();
                assertThat(calendar.between(start, justBefore)).as(message).isEqualTo(amount.minusNanos(1));
            }
        }
    }
}

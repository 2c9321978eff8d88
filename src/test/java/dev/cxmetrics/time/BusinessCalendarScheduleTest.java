package dev.cxmetrics.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schedule syntax, the builder's validation, holidays parsing, equality and printing. */
class BusinessCalendarScheduleTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private static String normalized(String schedule) {
        return BusinessCalendar.builder(ROME).schedule(schedule).build().schedule();
    }

    @ParameterizedTest(name = "\"{0}\" reads as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Mon-Fri 09:00-17:30; Sat 10:00-14:00 | Mon-Fri 09:00-17:30; Sat 10:00-14:00",
        "Mon,Wed 08:00-12:00,13:00-17:00 | Mon,Wed 08:00-12:00,13:00-17:00",
        "24/7 | 24/7",
        "Sun 00:00-24:00 | Sun 00:00-24:00",
        "Mon-Sun 00:00-24:00 | 24/7",
        "monday-FRIDAY 9:00-17:00 | Mon-Fri 09:00-17:00",
        "Fri-Mon 10:00-12:00 | Mon,Fri-Sun 10:00-12:00",
        "Sat,Sun 10:00-12:00; Mon-Fri 09:00-17:00 | Mon-Fri 09:00-17:00; Sat,Sun 10:00-12:00",
        "Tue 08:00:30-08:00:30.25 | Tue 08:00:30-08:00:30.250",
        "'  Mon , Wed  08:00 - 12:00 ;Sat 10:00-11:00 ' | Mon,Wed 08:00-12:00; Sat 10:00-11:00",
        "Mon 09:00-12:00, 11:00-13:00, 13:00-14:00 | Mon 09:00-14:00",
        "Mon 09:00-10:00; Mon 11:00-12:00 | Mon 09:00-10:00,11:00-12:00",
        "24/7; Mon 09:00-10:00 | 24/7",
        "Mon-Tue 09:00-10:00; Wed 09:00-10:00; Thu 09:00-11:00 | Mon-Wed 09:00-10:00; Thu 09:00-11:00",
        "Mon 22:00-24:00; Tue 00:00-02:00 | Mon 22:00-24:00; Tue 00:00-02:00",
    })
    void everySyntaxFormReadsAndPrintsBack(String schedule, String printed) {
        assertThat(normalized(schedule)).isEqualTo(printed);
        assertThat(normalized(printed)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "\"{0}\" fails with \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "'' | schedule is empty",
        "'   ' | schedule is empty",
        "Mon-Fry 09:00-17:00 | unknown day 'Fry' at index 4",
        "Mon 25:00-26:00 | bad time '25:00' at index 4",
        "Mon 9-17 | bad time '9' at index 4",
        "Mon 09:60-10:00 | bad time '09:60' at index 4",
        "Mon 09:00:5-10:00 | bad time '09:00:5' at index 4",
        "Mon 09:00-10:00.5 | bad time '10:00.5' at index 10",
        "Mon 09:00-10:00:00.1234567890 | bad time '10:00:00.1234567890' at index 10",
        "Mon 24:00-24:00 | bad time '24:00' at index 4",
        "Mon 17:00-09:00 | empty interval '17:00-09:00' at index 4",
        "Mon 09:00 - 09:00 | empty interval '09:00 - 09:00' at index 4",
        "Mon 09:00 | expected '-' between the opening and closing time at index 9 (end of schedule)",
        "Mon | expected a time such as 09:00 at index 3 (end of schedule)",
        "Mon-Fri 09:00-17:00 Sat 10:00-11:00 | unexpected 'Sat' at index 20: expected ';' between clauses",
        "Mon 09:00-17:00; | expected a day such as Mon at index 16 (end of schedule)",
        "Mon 09:00-17:00;;Tue 09:00-10:00 | unexpected ';' at index 16: expected a day such as Mon, or 24/7",
        "24/8 | unexpected '24/8' at index 0",
        "Mon 09:00-17:00 @ | unexpected character '@' at index 16",
        "Mon 09:00 17:00 | unexpected '17:00' at index 10: expected '-'",
        "Mon, 09:00-17:00 | unexpected '09:00' at index 5: expected a day such as Mon",
    })
    void everyParseErrorNamesTheTokenAndItsIndex(String schedule, String message) {
        assertThatThrownBy(() -> BusinessCalendar.builder(ROME).schedule(schedule))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void aBadScheduleAddsNothing() {
        BusinessCalendar.Builder builder = BusinessCalendar.builder(ROME).schedule("Mon 09:00-10:00");
        assertThatThrownBy(() -> builder.schedule("Tue 09:00-10:00; Wed 10:00-09:00"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(builder.build().schedule()).isEqualTo("Mon 09:00-10:00");
    }

    @Test
    void printedSchedulesReadBackToEqualCalendars() {
        SplittableRandom random = new SplittableRandom(99);
        for (int i = 0; i < 500; i++) {
            BusinessCalendar.Builder builder = BusinessCalendar.builder(ROME);
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                long from = random.nextLong(86_400_000_000_000L);
                long to = from + 1 + random.nextLong(86_400_000_000_000L - from);
                builder.open(DayOfWeek.of(1 + random.nextInt(7)), LocalTime.ofNanoOfDay(from),
                        to == 86_400_000_000_000L ? LocalTime.MIDNIGHT : LocalTime.ofNanoOfDay(to));
            }
            BusinessCalendar calendar = builder.build();
            assertThat(BusinessCalendar.builder(ROME).schedule(calendar.schedule()).build())
                    .as("seed 99, %s", calendar).isEqualTo(calendar);
        }
    }

    @Test
    void anEmptyIntervalIsRejectedNamingDayAndTimes() {
        BusinessCalendar.Builder builder = BusinessCalendar.builder(ROME);
        assertThatThrownBy(() -> builder.open(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MONDAY").hasMessageContaining("17:00").hasMessageContaining("09:00");
        assertThatThrownBy(() -> builder.open(DayOfWeek.FRIDAY, LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FRIDAY");
    }

    @Test
    void midnightClosesAtTheEndOfTheDayAndMaxIsTakenLiterally() {
        BusinessCalendar calendar = BusinessCalendar.builder(ROME)
                .open(DayOfWeek.MONDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .open(DayOfWeek.TUESDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT)
                .open(DayOfWeek.WEDNESDAY, LocalTime.of(22, 0), LocalTime.MAX)
                .openAllDay(DayOfWeek.THURSDAY).build();
        assertThat(calendar.schedule())
                .isEqualTo("Mon,Thu 00:00-24:00; Tue 22:00-24:00; Wed 22:00-23:59:59.999999999");
        assertThat(calendar.weeklyOpenTime()).isEqualTo(Duration.ofHours(52).minusNanos(1));
    }

    @Test
    void aCalendarWithoutOpenIntervalsIsRejected() {
        assertThatThrownBy(() -> BusinessCalendar.builder(ROME).holiday(LocalDate.of(2026, 1, 1)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no open interval")
                .hasMessageContaining("Europe/Rome");
    }

    @Test
    void holidayListsParseAndReportBadDates() {
        assertThat(BusinessCalendar.parseHolidays("2026-01-01, 2026-12-25"))
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 25));
        assertThat(BusinessCalendar.parseHolidays("")).isEmpty();
        assertThat(BusinessCalendar.parseHolidays("   ")).isEmpty();
        assertThatThrownBy(() -> BusinessCalendar.parseHolidays("2026-01-01,2026-13-01"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'2026-13-01' at index 11");
        assertThatThrownBy(() -> BusinessCalendar.parseHolidays("2026-01-01, ,2026-01-02"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'' at index 11");
        assertThatThrownBy(() -> BusinessCalendar.parseHolidays("2026-01-01,  1/5/2026"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'1/5/2026' at index 13");
    }

    @Test
    void holidaysAreDistinctSortedAndUnmodifiable() {
        BusinessCalendar calendar = BusinessCalendar.builder(ROME).open24x7()
                .holidays(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 1, 1)))
                .holiday(LocalDate.of(2026, 12, 25)).build();
        assertThat(calendar.holidays()).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 25));
        assertThatThrownBy(() -> calendar.holidays().add(LocalDate.of(2027, 1, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalityFollowsZoneMergedScheduleAndHolidays() {
        BusinessCalendar a = BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-13:00,12:00-17:00")
                .holiday(LocalDate.of(2026, 12, 25)).build();
        BusinessCalendar b = BusinessCalendar.builder(ROME).schedule("Mon,Tue,Wed,Thu,Fri 09:00-17:00")
                .holiday(LocalDate.of(2026, 12, 25)).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-17:00").build());
        assertThat(a).isNotEqualTo(BusinessCalendar.builder(ZoneOffset.UTC).schedule("Mon-Fri 09:00-17:00")
                .holiday(LocalDate.of(2026, 12, 25)).build());
        assertThat(a).isNotEqualTo(BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-17:01")
                .holiday(LocalDate.of(2026, 12, 25)).build());
    }

    @Test
    void toStringShowsZoneScheduleAndHolidays() {
        BusinessCalendar calendar = BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-17:30")
                .holiday(LocalDate.of(2026, 12, 25)).build();
        assertThat(calendar).hasToString(
                "BusinessCalendar[zone=Europe/Rome, schedule=Mon-Fri 09:00-17:30, holidays=[2026-12-25]]");
        BusinessCalendar many = BusinessCalendar.builder(ROME).open24x7()
                .holidays(BusinessCalendar.parseHolidays("2026-01-01,2026-01-06,2026-04-06,2026-04-25,2026-05-01,2026-12-25"))
                .build();
        assertThat(many).hasToString(
                "BusinessCalendar[zone=Europe/Rome, schedule=24/7, holidays=6 from 2026-01-01 to 2026-12-25]");
    }
}

package dev.cxmetrics.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link BusinessCalendar#between} against the step-by-step reference on seeded random calendars and spans. */
class BusinessCalendarBruteForceTest {
    private static final long SEED = 20_260_131L;
    private static final ZoneId[] ZONES = {
        ZoneId.of("Europe/Rome"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"),
        ZoneId.of("America/Sao_Paulo"), ZoneId.of("Pacific/Apia"), ZoneId.of("UTC"), ZoneId.of("Asia/Kolkata")};
    private static final Instant FROM = Instant.parse("2008-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void matchesMinuteByMinuteReferenceOnTenThousandRandomSpans() {
        SplittableRandom random = new SplittableRandom(SEED);
        int checked = 0;
        for (int c = 0; c < 500; c++) {
            ZoneId zone = ZONES[c % ZONES.length];
            ReferenceCalendar reference = randomCalendar(random, zone, 1, FROM, TO);
            BusinessCalendar calendar = reference.build();
            for (int s = 0; s < 22; s++) {
                Instant anchor = anchor(random, reference, FROM, TO);
                long length = new long[] {0, 3_600, 86_400, 4 * 86_400}[random.nextInt(4)];
                Instant a = anchor.minusSeconds(minutes(random, length));
                Instant b = a.plusSeconds(minutes(random, length));
                Duration expected = reference.between(a, b, 60);
                int calendarIndex = c;
                assertThat(calendar.between(a, b))
                        .as(() -> "seed " + SEED + ", calendar " + calendarIndex + " " + calendar + ", from " + a
                                + " to " + b)
                        .isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void matchesHalfHourReferenceOnSpansOfManyYears() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        Instant from = Instant.parse("1920-01-01T00:00:00Z");
        Instant to = Instant.parse("2090-01-01T00:00:00Z");
        for (int c = 0; c < 12; c++) {
            ZoneId zone = ZONES[c % 3];
            ReferenceCalendar reference = randomCalendar(random, zone, 30, from, to);
            BusinessCalendar calendar = reference.build();
            long years = 5 + random.nextInt(26);
            Instant a = from.plusSeconds(random.nextLong((to.getEpochSecond() - from.getEpochSecond()) / 1_800
                    - years * 17_532) * 1_800);
            Instant b = a.plusSeconds(years * 365 * 86_400 + random.nextInt(48) * 1_800L);
            int calendarIndex = c;
            assertThat(calendar.between(a, b))
                    .as(() -> "seed " + (SEED + 1) + ", calendar " + calendarIndex + " " + calendar + ", from " + a
                            + " to " + b)
                    .isEqualTo(reference.between(a, b, 1_800));
        }
    }

    @Test
    void matchesMinuteReferenceCenturiesAheadWhereYearlyRulesRepeat() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        int[] years = {2120, 2437, 2999, 7001, 123_456, 999_999};
        for (int c = 0; c < 60; c++) {
            ZoneId zone = ZONES[c % 3];
            int year = years[c % years.length];
            Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
            Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
            ReferenceCalendar reference = randomCalendar(random, zone, 1, from, to);
            BusinessCalendar calendar = reference.build();
            for (int s = 0; s < 10; s++) {
                Instant anchor = anchor(random, reference, from, to);
                Instant a = anchor.minusSeconds(minutes(random, 2 * 86_400));
                Instant b = a.plusSeconds(minutes(random, 4 * 86_400));
                int calendarIndex = c;
                assertThat(calendar.between(a, b))
                        .as(() -> "seed " + (SEED + 2) + ", calendar " + calendarIndex + " " + calendar + ", from "
                                + a + " to " + b)
                        .isEqualTo(reference.between(a, b, 60));
            }
        }
    }

    @Test
    void isOpenMatchesReferenceAtRandomMinutes() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        for (int c = 0; c < 100; c++) {
            ReferenceCalendar reference = randomCalendar(random, ZONES[c % ZONES.length], 1, FROM, TO);
            BusinessCalendar calendar = reference.build();
            for (int s = 0; s < 100; s++) {
                Instant t = anchor(random, reference, FROM, TO).plusSeconds(minutes(random, 86_400) - 43_200);
                assertThat(calendar.isOpen(t)).as("seed %d, %s at %s", SEED + 3, calendar, t)
                        .isEqualTo(reference.isOpen(t));
            }
        }
    }

    /**
     * A random calendar on a grid of {@code grid} minutes: classic office hours, random intervals,
     * intervals around the small hours when clocks change, or always open; with random holidays.
     */
    static ReferenceCalendar randomCalendar(SplittableRandom random, ZoneId zone, int grid, Instant from, Instant to) {
        ReferenceCalendar reference = new ReferenceCalendar(zone);
        int style = random.nextInt(5);
        int slots = 1_440 / grid;
        for (DayOfWeek day : DayOfWeek.values()) {
            if (style == 0 && day.getValue() <= 5) {
                reference.open(day, 9 * 3_600, 17 * 3_600);
            } else if (style == 1 && random.nextInt(4) > 0) {
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    int start = random.nextInt(slots);
                    int end = start + 1 + random.nextInt(slots - start);
                    reference.open(day, start * grid * 60, end * grid * 60);
                }
            } else if (style == 2) {
                reference.open(day, 3_600, 4 * 3_600).open(day, 0, 2 * 3_600 + 1_800);
                if (random.nextBoolean()) {
                    reference.open(day, 22 * 3_600, 86_400);
                }
            } else if (style == 3 || (style == 4 && random.nextBoolean())) {
                reference.open(day, 0, 86_400);
            }
        }
        if (reference.intervals.isEmpty()) {
            reference.open(DayOfWeek.WEDNESDAY, 0, 86_400);
        }
        long firstDay = LocalDate.ofInstant(from, zone).toEpochDay();
        long days = LocalDate.ofInstant(to, zone).toEpochDay() - firstDay;
        for (int k = random.nextInt(40); k > 0; k--) {
            reference.holiday(LocalDate.ofEpochDay(firstDay + random.nextLong(days)));
        }
        return reference;
    }

    /** A minute-aligned instant near something interesting: a transition, a year end, a holiday, or anywhere. */
    static Instant anchor(SplittableRandom random, ReferenceCalendar reference, Instant from, Instant to) {
        Instant any = from.plusSeconds(random.nextLong((to.getEpochSecond() - from.getEpochSecond()) / 60) * 60);
        switch (random.nextInt(4)) {
            case 0:
                ZoneOffsetTransition next = reference.zone.getRules().nextTransition(any);
                return next == null ? any : next.getInstant().plusSeconds(minutes(random, 86_400) - 43_200);
            case 1:
                int year = LocalDateTime.ofInstant(any, reference.zone).getYear();
                return LocalDate.of(year, 12, 31).atStartOfDay(reference.zone).toInstant()
                        .plusSeconds(minutes(random, 2 * 86_400));
            case 2:
                if (!reference.holidays.isEmpty()) {
                    LocalDate holiday = reference.holidays.iterator().next();
                    return holiday.atStartOfDay(reference.zone).toInstant().plusSeconds(minutes(random, 2 * 86_400) - 43_200);
                }
                return any;
            default:
                return any;
        }
    }

    /** A random whole number of minutes up to {@code seconds}, in seconds. */
    static long minutes(SplittableRandom random, long seconds) {
        return seconds == 0 ? 0 : random.nextLong(seconds / 60 + 1) * 60;
    }
}

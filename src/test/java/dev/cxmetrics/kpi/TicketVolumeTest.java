package dev.cxmetrics.kpi;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.kpi.TicketVolume.Period;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketVolumeTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** A local time in Rome with an explicit offset, so ambiguous times are unambiguous here. */
    private static Instant rome(String localDateTime, int offsetHours) {
        return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.ofHours(offsetHours));
    }

    private static int counter;

    private static Ticket created(Instant at) {
        return Ticket.builder("T-" + ++counter, at).build();
    }

    private static Ticket createdAndResolved(Instant created, Instant resolved) {
        return Ticket.builder("T-" + ++counter, created).resolvedAt(resolved).build();
    }

    private static SortedMap<String, Long> none() {
        return new TreeMap<>();
    }

    private static Map<LocalDate, Long> createdPerPeriod(TicketVolume volume) {
        Map<LocalDate, Long> created = new TreeMap<>();
        volume.periods().forEach((start, period) -> created.put(start, period.created()));
        return created;
    }

    @Test
    void theTwentyThreeHourDayIsOneBucket() {
        TicketVolume volume = TicketVolume.of(List.of(created(rome("2026-03-29T00:30", 1)),
                created(rome("2026-03-29T23:30", 2)), created(rome("2026-03-29T23:59:59.999", 2)),
                created(rome("2026-03-30T00:00", 2))), TimeBucket.DAY, ROME);

        assertThat(createdPerPeriod(volume)).containsExactly(Map.entry(date("2026-03-29"), 3L),
                Map.entry(date("2026-03-30"), 1L));
    }

    @Test
    void theTwentyFiveHourDayIsOneBucket() {
        TicketVolume volume = TicketVolume.of(List.of(created(rome("2026-10-25T00:30", 2)),
                created(rome("2026-10-25T02:30", 2)), created(rome("2026-10-25T02:30", 1)),
                created(rome("2026-10-25T23:30", 1)), created(rome("2026-10-25T23:59:59.999", 1)),
                created(rome("2026-10-26T00:00", 1))), TimeBucket.DAY, ROME);

        assertThat(createdPerPeriod(volume)).containsExactly(Map.entry(date("2026-10-25"), 5L),
                Map.entry(date("2026-10-26"), 1L));
    }

    @Test
    void leapDayHasItsOwnDayBucket() {
        List<Ticket> tickets = List.of(created(rome("2028-02-28T23:59", 1)), created(rome("2028-02-29T00:00", 1)),
                created(rome("2028-02-29T23:59", 1)), created(rome("2028-03-01T00:00", 1)));

        assertThat(createdPerPeriod(TicketVolume.of(tickets, TimeBucket.DAY, ROME))).containsExactly(
                Map.entry(date("2028-02-28"), 1L), Map.entry(date("2028-02-29"), 2L), Map.entry(date("2028-03-01"), 1L));
        assertThat(createdPerPeriod(TicketVolume.of(tickets, TimeBucket.MONTH, ROME))).containsExactly(
                Map.entry(date("2028-02-01"), 3L), Map.entry(date("2028-03-01"), 1L));
    }

    @Test
    void weekBucketsFollowIsoWeeksOverTheYearEnd() {
        List<Ticket> tickets = List.of(created(rome("2026-12-27T12:00", 1)), created(rome("2026-12-28T00:00", 1)),
                created(rome("2026-12-31T12:00", 1)), created(rome("2027-01-03T23:59", 1)),
                created(rome("2027-01-04T00:00", 1)));

        assertThat(createdPerPeriod(TicketVolume.of(tickets, TimeBucket.WEEK, ROME))).containsExactly(
                Map.entry(date("2026-12-21"), 1L), Map.entry(date("2026-12-28"), 3L), Map.entry(date("2027-01-04"), 1L));
    }

    @Test
    void monthBucketsRollOverTheYearEnd() {
        List<Ticket> tickets = List.of(created(rome("2026-11-30T23:00", 1)), created(rome("2026-12-31T23:59:59.999", 1)),
                created(rome("2027-01-01T00:00", 1)), created(rome("2027-03-15T12:00", 1)));

        assertThat(createdPerPeriod(TicketVolume.of(tickets, TimeBucket.MONTH, ROME))).containsExactly(
                Map.entry(date("2026-11-01"), 1L), Map.entry(date("2026-12-01"), 1L), Map.entry(date("2027-01-01"), 1L),
                Map.entry(date("2027-03-01"), 1L));
    }

    @Test
    void backlogCountsTicketsOpenAtEachBucketEndIncludingEmptyBucketsOfARange() {
        ZoneId utc = ZoneOffset.UTC;
        Instant day1 = Instant.parse("2026-05-01T10:00:00Z");
        Instant day2End = Instant.parse("2026-05-03T00:00:00Z");
        List<Ticket> tickets = List.of(
                createdAndResolved(day1, day1.plusSeconds(3600)),        // resolved the same day
                createdAndResolved(day1, day2End),                        // resolved exactly at the end of May 2
                createdAndResolved(day1, Instant.parse("2026-05-05T08:00:00Z")),
                created(day1),                                            // never resolved
                created(Instant.parse("2026-05-04T23:00:00Z")));

        TicketVolume volume = TicketVolume.of(tickets, TimeBucket.DAY, utc);

        assertThat(volume.periods()).containsOnlyKeys(date("2026-05-01"), date("2026-05-03"),
                date("2026-05-04"), date("2026-05-05"));
        Map<LocalDate, Period> p = volume.periodsBetween(date("2026-05-01"), date("2026-05-05"));
        assertThat(p).hasSize(5);
        assertThat(p.get(date("2026-05-01"))).extracting(Period::created, Period::resolved, Period::backlog)
                .containsExactly(4L, 1L, 3L);
        // Resolved at 00:00 on May 3: still open at the end of May 2.
        assertThat(p.get(date("2026-05-02"))).extracting(Period::created, Period::resolved, Period::backlog)
                .containsExactly(0L, 0L, 3L);
        assertThat(p.get(date("2026-05-03"))).extracting(Period::created, Period::resolved, Period::backlog)
                .containsExactly(0L, 1L, 2L);
        assertThat(p.get(date("2026-05-04"))).extracting(Period::created, Period::resolved, Period::backlog)
                .containsExactly(1L, 0L, 3L);
        assertThat(p.get(date("2026-05-05"))).extracting(Period::created, Period::resolved, Period::backlog)
                .containsExactly(0L, 1L, 2L);
        assertThat(volume.created()).isEqualTo(5);
        assertThat(volume.resolved()).isEqualTo(3);
    }

    @Test
    void aTicketResolvedTheInstantItWasCreatedIsNeverInTheBacklog() {
        Instant at = Instant.parse("2026-05-01T10:00:00Z");

        Period period = TicketVolume.of(List.of(createdAndResolved(at, at)), TimeBucket.DAY, ROME)
                .periods().get(date("2026-05-01"));

        assertThat(period.created()).isEqualTo(1);
        assertThat(period.resolved()).isEqualTo(1);
        assertThat(period.backlog()).isZero();
    }

    @Test
    void periodsHoldTheBucketsOfCreationsAndResolutionsAndARangeFillsTheGaps() {
        Ticket t = createdAndResolved(Instant.parse("2026-01-10T12:00:00Z"), Instant.parse("2026-04-02T12:00:00Z"));

        TicketVolume volume = TicketVolume.of(List.of(t), TimeBucket.MONTH, ROME);

        assertThat(volume.periods().keySet()).containsExactly(date("2026-01-01"), date("2026-04-01"));
        SortedMap<LocalDate, Period> range = volume.periodsBetween(date("2025-12-31"), date("2026-05-20"));
        assertThat(range.keySet()).containsExactly(date("2025-12-01"), date("2026-01-01"), date("2026-02-01"),
                date("2026-03-01"), date("2026-04-01"), date("2026-05-01"));
        assertThat(range.values()).extracting(Period::backlog).containsExactly(0L, 1L, 1L, 1L, 0L, 0L);
        assertThat(volume.period(date("2026-02-14"))).isEqualTo(range.get(date("2026-02-01")));
        assertThatThrownBy(() -> volume.periodsBetween(date("2026-02-01"), date("2026-01-31")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("to 2026-01-31 is before from 2026-02-01");
    }

    @Test
    void farApartTicketsGiveTwoPeriodsNotEveryBucketBetween() {
        List<Ticket> tickets = List.of(created(Instant.parse("0001-01-01T00:00:00Z")),
                createdAndResolved(Instant.parse("9999-12-31T00:00:00Z"), Instant.parse("9999-12-31T01:00:00Z")),
                created(LocalDate.MIN.atStartOfDay(ZoneOffset.UTC).toInstant()),
                created(LocalDate.MAX.atStartOfDay(ZoneOffset.UTC).toInstant()));

        TicketVolume volume = TicketVolume.of(tickets, TimeBucket.DAY, ZoneOffset.UTC);

        assertThat(volume.periods().keySet()).containsExactly(LocalDate.MIN, date("0001-01-01"), date("9999-12-31"),
                LocalDate.MAX);
        assertThat(volume.periods().values()).extracting(Period::backlog).containsExactly(1L, 2L, 2L, 3L);
        assertThat(volume.period(date("5000-06-01")).backlog()).isEqualTo(2);
    }

    @Test
    void anInstantWithoutADateInTheZoneIsRejectedNamingTheTicket() {
        Ticket last = Ticket.builder("T-MAX", Instant.MAX).build();

        assertThatThrownBy(() -> TicketVolume.of(List.of(last), TimeBucket.DAY, ROME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("createdAt " + Instant.MAX + " cannot be placed in a calendar bucket of Europe/Rome (ticket T-MAX)");
        Ticket resolvedLast = Ticket.builder("T-9", Instant.EPOCH).resolvedAt(Instant.MAX).build();
        assertThatThrownBy(() -> TicketVolume.of(List.of(resolvedLast), TimeBucket.WEEK, ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resolvedAt " + Instant.MAX + " cannot be placed in a calendar bucket of Z (ticket T-9)");
    }

    @Test
    void aDuplicateTicketIdIsRejectedAsTheReportRejectsIt() {
        Instant at = Instant.parse("2026-05-01T10:00:00Z");
        List<Ticket> twice = List.of(Ticket.builder("T-1", at).build(), Ticket.builder("T-1", at).build());

        assertThatThrownBy(() -> TicketVolume.of(twice, TimeBucket.DAY, ROME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id T-1 appears more than once");
    }

    @Test
    void splitsByTypeAndChannelWithAbsentValuesUnderTheEmptyKey() {
        Instant at = Instant.parse("2026-05-01T10:00:00Z");
        List<Ticket> tickets = List.of(
                Ticket.builder("T-1", at).type("billing").channel("email").build(),
                Ticket.builder("T-2", at).type("billing").build(),
                Ticket.builder("T-3", at).channel("chat").build(),
                Ticket.builder("T-4", at).build());

        Period period = TicketVolume.of(tickets, TimeBucket.DAY, ROME).periods().get(date("2026-05-01"));

        assertThat(period.createdByType()).containsExactly(Map.entry(Ticket.ABSENT, 2L), Map.entry("billing", 2L));
        assertThat(period.createdByChannel()).containsExactly(Map.entry(Ticket.ABSENT, 2L), Map.entry("chat", 1L),
                Map.entry("email", 1L));
        assertThat(period.createdByType()).doesNotContainKey("null");
        assertThat(period.createdByChannel()).doesNotContainKey("null");
    }

    @Test
    void emptyBucketsHaveEmptySplits() {
        List<Ticket> tickets = List.of(created(Instant.parse("2026-05-01T10:00:00Z")),
                created(Instant.parse("2026-05-03T10:00:00Z")));

        Period empty = TicketVolume.of(tickets, TimeBucket.DAY, ZoneOffset.UTC).period(date("2026-05-02"));

        assertThat(empty.created()).isZero();
        assertThat(empty.createdByType()).isEmpty();
        assertThat(empty.createdByChannel()).isEmpty();
    }

    @Test
    void emptyInputHasNoPeriods() {
        TicketVolume volume = TicketVolume.of(List.of(), TimeBucket.WEEK, ROME);

        assertThat(volume.periods()).isEmpty();
        assertThat(volume.created()).isZero();
        assertThat(volume.resolved()).isZero();
        assertThat(volume.bucket()).isEqualTo(TimeBucket.WEEK);
        assertThat(volume.zone()).isEqualTo(ROME);
    }

    @Test
    void resultsAreImmutable() {
        TicketVolume volume = TicketVolume.of(List.of(Ticket.builder("T-1", Instant.EPOCH).type("x").build()),
                TimeBucket.DAY, ROME);
        Period period = volume.periods().values().iterator().next();

        assertThatThrownBy(() -> volume.periods().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> period.createdByType().put("y", 1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> period.createdByChannel().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsNullArgumentsAndInvalidPeriods() {
        assertThatNullPointerException().isThrownBy(() -> TicketVolume.of(null, TimeBucket.DAY, ROME))
                .withMessage("tickets");
        assertThatNullPointerException().isThrownBy(() -> TicketVolume.of(List.of(), null, ROME)).withMessage("bucket");
        assertThatNullPointerException().isThrownBy(() -> TicketVolume.of(List.of(), TimeBucket.DAY, null))
                .withMessage("zone");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Period(date("2026-01-01"), -1, 0, 0, none(), none()))
                .withMessage("created -1 is negative");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Period(date("2026-01-01"), 0, -1, 0, none(), none()))
                .withMessage("resolved -1 is negative");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Period(date("2026-01-01"), 0, 0, -1, none(), none()))
                .withMessage("backlog -1 is negative");
        assertThatNullPointerException()
                .isThrownBy(() -> new Period(null, 0, 0, 0, none(), none()))
                .withMessage("start");
    }
}

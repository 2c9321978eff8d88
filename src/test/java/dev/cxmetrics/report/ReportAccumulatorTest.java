package dev.cxmetrics.report;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportAccumulatorTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ReportSpec BY_ALL = ReportSpec.builder().zone(ROME).by(Dimension.values()).build();

    @Test
    void eachEventIsBucketedWhenItHappened() {
        // Created on the 23-hour day 2026-03-29 (Rome), answered on the 30th, resolved on the 31st.
        Instant created = Instant.parse("2026-03-29T21:30:00Z"); // 23:30 local (UTC+2 after the change)
        Ticket ticket = Ticket.builder("T-1", created).agent("ann")
                .firstResponseAt(Instant.parse("2026-03-29T22:10:00Z")) // 00:10 local on the 30th
                .resolvedAt(Instant.parse("2026-03-31T08:00:00Z")).build();
        Response response = Response.byAgent("T-1", "ann", Instant.parse("2026-03-29T22:10:00Z"), Duration.ofMinutes(4));
        SurveyAnswer answer = new SurveyAnswer("T-1", null, "ann", SurveyKind.CSAT, 5,
                Instant.parse("2026-03-31T09:00:00Z"));
        KpiReport report = BY_ALL.compute(List.of(ticket), List.of(response), List.of(answer));

        KpiSet day29 = report.buckets().get(LocalDate.parse("2026-03-29"));
        assertThat(day29.tickets()).isEqualTo(1);
        assertThat(day29.firstResponse().stats().mean()).contains(Duration.ofMinutes(40));
        assertThat(day29.resolution().resolved()).isZero();
        assertThat(day29.resolution().open()).isZero();
        KpiSet day30 = report.buckets().get(LocalDate.parse("2026-03-30"));
        assertThat(day30.tickets()).isZero();
        assertThat(day30.aht().mean()).contains(Duration.ofMinutes(4));
        KpiSet day31 = report.buckets().get(LocalDate.parse("2026-03-31"));
        assertThat(day31.resolution().stats().mean()).contains(Duration.ofHours(34).plusMinutes(30));
        assertThat(day31.fcr().oneTouch()).isEqualTo(1);
        assertThat(day31.csat().total()).isEqualTo(1);
        assertThat(report.buckets()).hasSize(3);
    }

    @Test
    void theTwentyFiveHourDayIsOneBucket() {
        Instant first = Instant.parse("2026-10-24T22:00:00Z"); // 00:00 local, UTC+2
        Instant last = Instant.parse("2026-10-25T22:59:59Z");  // 23:59:59 local, UTC+1
        KpiReport report = BY_ALL.compute(List.of(Ticket.builder("a", first).build(),
                Ticket.builder("b", last).build(), Ticket.builder("c", last.plusSeconds(1)).build()), List.of(), List.of());
        assertThat(report.buckets().get(LocalDate.parse("2026-10-25")).tickets()).isEqualTo(2);
        assertThat(report.buckets().get(LocalDate.parse("2026-10-26")).tickets()).isEqualTo(1);
    }

    @Test
    void weekAndMonthBucketsCrossTheYearEnd() {
        List<Ticket> tickets = List.of(Ticket.builder("a", Instant.parse("2026-12-31T12:00:00Z")).build(),
                Ticket.builder("b", Instant.parse("2027-01-03T12:00:00Z")).build(),
                Ticket.builder("c", Instant.parse("2027-01-04T12:00:00Z")).build());
        KpiReport weeks = ReportSpec.builder().zone(ROME).bucket(TimeBucket.WEEK).build()
                .compute(tickets, List.of(), List.of());
        assertThat(weeks.buckets().keySet()).containsExactly(LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-04"));
        assertThat(weeks.buckets().get(LocalDate.parse("2026-12-28")).tickets()).isEqualTo(2);
        KpiReport months = ReportSpec.builder().zone(ROME).bucket(TimeBucket.MONTH).build()
                .compute(tickets, List.of(), List.of());
        assertThat(months.buckets().keySet()).containsExactly(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-01"));
    }

    @Test
    void absentValuesFormTheirOwnGroupAndPrioritiesSortByUrgency() {
        Instant t = Instant.parse("2026-01-05T10:00:00Z");
        List<Ticket> tickets = List.of(Ticket.builder("a", t).priority(Priority.URGENT).build(),
                Ticket.builder("b", t).priority(Priority.LOW).channel("email").build(),
                Ticket.builder("c", t).build());
        KpiReport report = BY_ALL.compute(tickets, List.of(), List.of());
        assertThat(report.groups(Dimension.PRIORITY).keySet()).containsExactly(Ticket.ABSENT, "LOW", "URGENT");
        assertThat(report.groups(Dimension.CHANNEL).keySet()).containsExactly(Ticket.ABSENT, "email");
        assertThat(report.groups(Dimension.CHANNEL).get(Ticket.ABSENT).tickets()).isEqualTo(2);
        assertThat(report.groups(Dimension.AGENT).keySet()).containsExactly(Ticket.ABSENT).doesNotContain("null");
    }

    @Test
    void responsesWaitForTheirTicketAndUnmatchedOnesAreCounted() {
        Instant t = Instant.parse("2026-01-05T10:00:00Z");
        ReportAccumulator accumulator = ReportSpec.builder().by(Dimension.CHANNEL).build().accumulator();
        accumulator.add(Response.byAgent("T-1", "ann", t, Duration.ofMinutes(2)));
        accumulator.add(Response.byAgent("T-9", "ann", t, Duration.ofMinutes(8)));
        KpiReport before = accumulator.snapshot();
        assertThat(before.unmatchedResponses()).isEqualTo(2);
        assertThat(before.groups(Dimension.CHANNEL).get(Ticket.ABSENT).aht().count()).isEqualTo(2);

        accumulator.add(Ticket.builder("T-1", t).channel("chat").build());
        KpiReport after = accumulator.snapshot();
        assertThat(after.unmatchedResponses()).isEqualTo(1);
        assertThat(after.groups(Dimension.CHANNEL).get("chat").aht().mean()).contains(Duration.ofMinutes(2));
        assertThat(after.groups(Dimension.CHANNEL).get(Ticket.ABSENT).aht().mean()).contains(Duration.ofMinutes(8));
    }

    @Test
    void aRepeatedTicketIsRejectedAndLeavesNoTrace() {
        Instant t = Instant.parse("2026-01-05T10:00:00Z");
        ReportAccumulator accumulator = BY_ALL.accumulator();
        accumulator.add(Ticket.builder("T-1", t).build());
        KpiReport before = accumulator.snapshot();
        assertThatThrownBy(() -> accumulator.add(Ticket.builder("T-1", t.plus(Duration.ofDays(40))).agent("x").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id T-1 was already added to this report");
        assertThat(accumulator.snapshot()).isEqualTo(before);
    }

    @Test
    void mergeRejectsOtherSpecsItselfAndSharedTicketsWithoutChangingAnything() {
        Instant t = Instant.parse("2026-01-05T10:00:00Z");
        ReportAccumulator a = BY_ALL.accumulator().add(Ticket.builder("T-1", t).build());
        ReportAccumulator b = BY_ALL.accumulator().add(Ticket.builder("T-2", t).build()).add(Ticket.builder("T-1", t).build());
        KpiReport before = a.snapshot();
        assertThatThrownBy(() -> a.merge(b)).hasMessage("id T-1 was added to both merged accumulators");
        assertThat(a.snapshot()).isEqualTo(before);
        assertThatThrownBy(() -> a.merge(a)).hasMessageContaining("itself");
        assertThatThrownBy(() -> a.merge(ReportSpec.builder().build().accumulator()))
                .hasMessageContaining("cannot merge");
    }

    @Test
    void groupsOfADimensionNotRequestedIsAnError() {
        KpiReport report = ReportSpec.builder().by(Dimension.AGENT).build().compute(List.of(), List.of(), List.of());
        assertThatThrownBy(() -> report.groups(Dimension.TYPE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("type");
        assertThat(report.groups(Dimension.AGENT)).isEmpty();
        assertThat(report.overall().csat().percent()).isEmpty();
        assertThat(report.overall().firstResponse().stats().median()).isEmpty();
        assertThat(report.buckets()).isEmpty();
    }

    @Test
    void farApartInstantsStillLandInTheirBuckets() {
        List<Ticket> tickets = List.of(Ticket.builder("a", Instant.parse("1971-01-01T12:00:00Z")).build(),
                Ticket.builder("b", Instant.parse("2026-06-01T12:00:00Z")).build(),
                Ticket.builder("c", Instant.parse("2400-02-29T12:00:00Z")).build(),
                Ticket.builder("d", Instant.parse("2026-06-01T13:00:00Z")).build());
        KpiReport report = ReportSpec.builder().zone(ROME).build().compute(tickets, List.of(), List.of());
        assertThat(report.buckets().keySet()).containsExactly(LocalDate.parse("1971-01-01"),
                LocalDate.parse("2026-06-01"), LocalDate.parse("2400-02-29"));
        assertThat(report.buckets().get(LocalDate.parse("2026-06-01")).tickets()).isEqualTo(2);
    }

    @Test
    void specBuilderRejectsARepeatedDimension() {
        assertThatThrownBy(() -> ReportSpec.builder().by(Dimension.AGENT).by(Dimension.AGENT))
                .hasMessage("dimension agent was already given");
    }
}

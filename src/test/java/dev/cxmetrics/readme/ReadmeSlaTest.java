package dev.cxmetrics.readme;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.kpi.FirstResponseTime;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaReport;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's business hours and SLA example, verbatim between the markers. */
class ReadmeSlaTest {

    @Test
    void businessHoursAndSlaExampleRunsAsWritten() {
        // README-BEGIN sla
        ZoneId rome = ZoneId.of("Europe/Rome");
        BusinessCalendar office = BusinessCalendar.builder(rome)
                .schedule("Mon-Fri 09:00-13:00,14:00-18:00")          // or .open(DayOfWeek, from, to)
                .open(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(12, 0))
                .holiday(LocalDate.of(2026, 12, 25))
                .build();

        // Opened Friday 17:30, answered Monday 09:15: 30 min Friday + 2 h Saturday + 15 min Monday.
        Instant friday = Instant.parse("2026-01-09T16:30:00Z");
        Ticket ticket = Ticket.builder("T-7", friday).agent("ann").priority(Priority.HIGH)
                .firstResponseAt(Instant.parse("2026-01-12T08:15:00Z"))
                .build();
        Duration businessFrt = FirstResponseTime.of(List.of(ticket), office).stats().mean().orElseThrow(); // 2h 45m

        SlaPolicy policy = SlaPolicy.builder()
                .businessHours(office)
                .target(SlaMetric.FIRST_RESPONSE, Priority.URGENT, SlaTarget.calendar(Duration.ofMinutes(30)))
                .target(SlaMetric.FIRST_RESPONSE, Priority.HIGH, SlaTarget.business(Duration.ofHours(4)))
                .target(SlaMetric.RESOLUTION, Priority.HIGH, SlaTarget.business(Duration.ofHours(16)))
                .build();
        Instant asOf = Instant.parse("2026-01-31T00:00:00Z");
        SlaReport sla = SlaReport.of(List.of(ticket), policy, asOf, TimeBucket.DAY, rome);
        double replyAttainment = sla.firstResponse().percent().orElseThrow();   // 100.0: met
        long unresolvedBreaches = sla.resolution().breached();                  // 1: 16 business hours passed

        // The same inside the grouped report, with times counted in business hours.
        KpiReport report = ReportSpec.builder().zone(rome).by(Dimension.AGENT)
                .businessHours(office)
                .sla(policy, asOf)
                .build()
                .compute(List.of(ticket), List.of(), List.of());
        // README-END sla

        assertThat(businessFrt).isEqualTo(Duration.ofMinutes(165));
        assertThat(replyAttainment).isEqualTo(100.0);
        assertThat(unresolvedBreaches).isEqualTo(1);
        assertThat(report.sla()).contains(sla);
        assertThat(report.overall().firstResponse().stats().mean()).contains(Duration.ofMinutes(165));
    }
}

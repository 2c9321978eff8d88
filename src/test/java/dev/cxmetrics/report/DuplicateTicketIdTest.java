package dev.cxmetrics.report;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.kpi.Fcr;
import dev.cxmetrics.kpi.FirstResponseTime;
import dev.cxmetrics.kpi.ResolutionTime;
import dev.cxmetrics.kpi.TicketVolume;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaReport;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one-shot calculators refuse a ticket id given twice, as the report does, instead of counting it twice. */
class DuplicateTicketIdTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Ticket FIRST = Ticket.builder("T-7", T0).priority(Priority.HIGH)
            .firstResponseAt(T0.plusSeconds(60)).resolvedAt(T0.plusSeconds(3600)).build();
    private static final Ticket AGAIN = Ticket.builder("T-7", T0.plusSeconds(5)).priority(Priority.HIGH)
            .firstResponseAt(T0.plusSeconds(120)).build();
    private static final List<Ticket> TWICE = List.of(Ticket.builder("T-1", T0).build(), FIRST, AGAIN);
    private static final SlaPolicy POLICY = SlaPolicy.builder()
            .target(SlaMetric.FIRST_RESPONSE, Priority.HIGH, SlaTarget.calendar(Duration.ofHours(1))).build();

    @Test
    void everyOneShotCalculatorRejectsTheSecondCopyNamingTheId() {
        Map<String, ThrowingCallable> calculators = Map.of(
                "FirstResponseTime", () -> FirstResponseTime.of(TWICE),
                "FirstResponseTime in business time", () -> FirstResponseTime.of(TWICE, BusinessCalendar.always(ZoneOffset.UTC)),
                "ResolutionTime", () -> ResolutionTime.of(TWICE),
                "ResolutionTime in business time", () -> ResolutionTime.of(TWICE, BusinessCalendar.always(ZoneOffset.UTC)),
                "Fcr", () -> Fcr.of(TWICE),
                "TicketVolume", () -> TicketVolume.of(TWICE, TimeBucket.DAY, ZoneOffset.UTC),
                "SlaReport", () -> SlaReport.of(TWICE, POLICY, T0.plusSeconds(86_400), TimeBucket.DAY, ZoneOffset.UTC));

        calculators.forEach((name, calculator) -> assertThatThrownBy(calculator).as(name)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id T-7 appears more than once; each ticket must be given once"));
    }

    @Test
    void theReportRejectsTheSameInput() {
        ReportSpec spec = ReportSpec.builder().zone(ZoneOffset.UTC).bucket(TimeBucket.DAY).build();

        assertThatThrownBy(() -> spec.compute(TWICE, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id T-7");
    }

    @Test
    void distinctIdsGiveTheReportsNumbers() {
        List<Ticket> once = List.of(Ticket.builder("T-1", T0).build(), FIRST,
                Ticket.builder("T-8", T0.plusSeconds(5)).firstResponseAt(T0.plusSeconds(120)).build());
        KpiSet overall = ReportSpec.builder().zone(ZoneOffset.UTC).bucket(TimeBucket.DAY).build()
                .compute(once, List.of(), List.of()).overall();

        assertThat(FirstResponseTime.of(once)).isEqualTo(overall.firstResponse());
        assertThat(ResolutionTime.of(once)).isEqualTo(overall.resolution());
        assertThat(Fcr.of(once)).isEqualTo(overall.fcr());
        assertThat(TicketVolume.of(once, TimeBucket.DAY, ZoneOffset.UTC).created()).isEqualTo(overall.tickets());
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaTarget;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.cxmetrics.InvalidRecordExceptionTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/** The report's add methods reject a record with the field that fails, its value and its ticket. */
class ReportInvalidRecordTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void theReportsAddMethodsNameTheFieldThatFails() {
        ReportAccumulator accumulator = ReportSpec.builder().build().accumulator();
        assertInvalid(() -> accumulator.add(Ticket.builder("T-1", Instant.MAX).build()), "createdAt",
                Instant.MAX.toString(), "T-1", "createdAt " + Instant.MAX + " cannot be placed in a calendar bucket "
                        + "of Z (ticket T-1)");
        assertInvalid(() -> accumulator.add(new TicketEvent("T-2", Instant.MAX, TicketEvent.Type.OPEN, null)), "at",
                Instant.MAX.toString(), "T-2", "at " + Instant.MAX + " cannot be placed in a calendar bucket of Z "
                        + "(ticket T-2)");
        assertInvalid(() -> accumulator.add(new Response("T-3", null, Instant.MIN, null, true)), "sentAt",
                Instant.MIN.toString(), "T-3", "sentAt " + Instant.MIN + " cannot be placed in a calendar bucket "
                        + "of Z (ticket T-3)");
        assertInvalid(() -> accumulator.add(new SurveyAnswer("T-4", null, null, SurveyKind.NPS, 9, Instant.MAX)),
                "answeredAt", Instant.MAX.toString(), "T-4", "answeredAt " + Instant.MAX + " cannot be placed in a "
                        + "calendar bucket of Z (ticket T-4)");
        Duration endless = Duration.ofSeconds(Long.MAX_VALUE);
        assertInvalid(() -> accumulator.add(new Response("T-5", null, T0, endless, true)), "handleTime",
                endless.toString(), "T-5", "handleTime " + endless + " exceeds about 292 years, the longest duration "
                        + "measured (ticket T-5)");
        accumulator.add(Ticket.builder("T-6", T0).build());
        assertInvalid(() -> accumulator.add(Ticket.builder("T-6", T0).build()), "id", "T-6", null,
                "id T-6 was already added to this report");
        assertThat(accumulator.ticketCount()).isEqualTo(1);
    }


    @Test
    void aDeadlinePastTheLastInstantNamesCreatedAt() {
        SlaPolicy policy = SlaPolicy.builder().target(SlaMetric.RESOLUTION, dev.cxmetrics.Priority.URGENT,
                SlaTarget.calendar(Duration.ofDays(36_525))).build();
        ReportAccumulator accumulator = ReportSpec.builder().sla(policy, T0).build().accumulator();
        Instant late = Instant.parse("+999999999-12-01T00:00:00Z");
        assertInvalid(() -> accumulator.add(Ticket.builder("T-9", late).priority(dev.cxmetrics.Priority.URGENT)
                        .build()), "createdAt", late.toString(), "T-9",
                "createdAt " + late + " plus the resolution target PT876600H is past the last representable instant "
                        + "(ticket T-9)");
        assertThat(accumulator.ticketCount()).isZero();
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.TicketEvent.Type;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Events that contradict their ticket are rejected naming ticket and event, and leave no trace. */
class TicketEventValidationTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final ReportSpec SPEC = ReportSpec.builder().by(Dimension.AGENT).build();
    private static final Ticket TICKET = Ticket.builder("T-1", T0).agent("ann").build();

    private static TicketEvent event(long minutes, Type type) {
        return new TicketEvent("T-1", T0.plusSeconds(60 * minutes), type, "ann");
    }

    @Test
    void anEventBeforeCreationIsRejectedWhenItMeetsItsTicket() {
        ReportAccumulator ticketFirst = SPEC.accumulator().add(TICKET);
        assertThatThrownBy(() -> ticketFirst.add(event(-1, Type.AGENT_REPLY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agent_reply event at 2026-01-05T08:59:00Z is before createdAt 2026-01-05T09:00:00Z "
                        + "(ticket T-1)");

        ReportAccumulator eventFirst = SPEC.accumulator().add(event(-1, Type.OPEN));
        KpiReport before = eventFirst.snapshot();
        assertThatThrownBy(() -> eventFirst.add(TICKET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("open event at 2026-01-05T08:59:00Z is before createdAt 2026-01-05T09:00:00Z (ticket T-1)");
        assertThat(eventFirst.ticketCount()).isZero();
        assertThat(eventFirst.snapshot()).isEqualTo(before);
    }

    @Test
    void anythingAfterTheCloseIsRejected() {
        ReportAccumulator accumulator = SPEC.accumulator().add(TICKET).add(event(60, Type.CLOSED));
        assertThatThrownBy(() -> accumulator.add(event(61, Type.CUSTOMER_MESSAGE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer_message event at 2026-01-05T10:01:00Z of ticket T-1 is rejected: it comes after "
                        + "the ticket was closed at 2026-01-05T10:00:00Z");
        assertThatThrownBy(() -> accumulator.add(event(30, Type.CLOSED)))
                .hasMessage("closed event at 2026-01-05T09:30:00Z of ticket T-1 is rejected: it is a second closed "
                        + "event (the first is at 2026-01-05T10:00:00Z)");
        // At the very instant of the close, a message still comes before it.
        accumulator.add(event(60, Type.AGENT_REPLY));

        ReportAccumulator later = SPEC.accumulator().add(event(90, Type.AGENT_REPLY));
        assertThatThrownBy(() -> later.add(event(60, Type.CLOSED)))
                .hasMessage("closed event at 2026-01-05T10:00:00Z of ticket T-1 is rejected: it closes the ticket "
                        + "before its event at 2026-01-05T10:30:00Z");
    }

    @Test
    void aMergeThatWouldPutAnEventAfterTheCloseIsRejectedAndChangesNothing() {
        ReportAccumulator closed = SPEC.accumulator().add(TICKET).add(event(60, Type.CLOSED));
        ReportAccumulator other = SPEC.accumulator().add(event(90, Type.AGENT_REPLY));
        KpiReport before = closed.snapshot();
        byte[] bytes = closed.toByteArray();
        assertThatThrownBy(() -> closed.merge(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("merging the events of ticket T-1 fails: agent_reply event at 2026-01-05T10:30:00Z: "
                        + "it comes after the ticket was closed at 2026-01-05T10:00:00Z");
        assertThat(closed.snapshot()).isEqualTo(before);
        assertThat(closed.toByteArray()).isEqualTo(bytes);

        ReportAccumulator early = SPEC.accumulator().add(event(-5, Type.CUSTOMER_MESSAGE));
        assertThatThrownBy(() -> early.merge(SPEC.accumulator().add(TICKET)))
                .hasMessage("customer_message event at 2026-01-05T08:55:00Z is before createdAt 2026-01-05T09:00:00Z "
                        + "(ticket T-1)");
        assertThat(early.ticketCount()).isZero();
    }

    @Test
    void eventsOfATicketNeverGivenAreCountedAndNamedOnRequest() {
        ReportAccumulator accumulator = SPEC.accumulator().add(TICKET)
                .add(new TicketEvent("T-9", T0.plusSeconds(120), Type.AGENT_REPLY, "bob"))
                .add(new TicketEvent("T-9", T0.plusSeconds(60), Type.CUSTOMER_MESSAGE, null));
        KpiReport report = accumulator.snapshot();
        assertThat(report.unmatchedEvents()).isEqualTo(2);
        assertThat(report.overall().tickets()).isEqualTo(1);
        assertThat(report.toText()).contains("Events of tickets never added: 2");
        assertThatThrownBy(accumulator::requireEventsMatched)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer_message event at 2026-01-05T09:01:00Z names ticket T-9, which was never added");
        assertThatThrownBy(() -> SPEC.compute(List.of(TICKET), List.of(), List.of(),
                List.of(new TicketEvent("T-9", T0, Type.OPEN, null))))
                .hasMessage("open event at 2026-01-05T09:00:00Z names ticket T-9, which was never added");
        // Once the ticket comes, they count.
        accumulator.add(Ticket.builder("T-9", T0).build());
        assertThat(accumulator.requireEventsMatched().snapshot().unmatchedEvents()).isZero();
    }

    @Test
    void aHumanResponseBeforeItsTicketWasCreatedIsRejected() {
        Response early = Response.byAgent("T-1", "ann", T0.minusSeconds(1), null);
        assertThatThrownBy(() -> SPEC.accumulator().add(TICKET).add(early))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("human response sent at 2026-01-05T08:59:59Z is before createdAt 2026-01-05T09:00:00Z "
                        + "(ticket T-1)");
        ReportAccumulator responseFirst = SPEC.accumulator().add(early);
        assertThatThrownBy(() -> responseFirst.add(TICKET))
                .hasMessage("human response sent at 2026-01-05T08:59:59Z is before createdAt 2026-01-05T09:00:00Z "
                        + "(ticket T-1)");
        // A bot may answer before the ticket exists in the helpdesk's clock: it is no reply.
        SPEC.accumulator().add(TICKET).add(Response.automated("T-1", T0.minusSeconds(1)));
    }
}

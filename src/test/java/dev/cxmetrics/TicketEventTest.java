package dev.cxmetrics;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketEventTest {
    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void messagesAndStatusChangesAreDistinguished() {
        EnumSet<TicketEvent.Type> messages = EnumSet.noneOf(TicketEvent.Type.class);
        for (TicketEvent.Type type : TicketEvent.Type.values()) {
            assertThat(type.isStatus()).isNotEqualTo(type.isMessage());
            if (type.isMessage()) {
                messages.add(type);
            }
        }
        assertThat(messages).containsExactlyInAnyOrder(TicketEvent.Type.CUSTOMER_MESSAGE,
                TicketEvent.Type.AGENT_REPLY, TicketEvent.Type.BOT_REPLY);
    }

    @Test
    void labelsRoundTripAndParseIgnoresCaseAndBlanks() {
        for (TicketEvent.Type type : TicketEvent.Type.values()) {
            assertThat(TicketEvent.Type.parse(type.label())).isSameAs(type);
            assertThat(TicketEvent.Type.parse(" " + type.name() + " ")).isSameAs(type);
        }
        assertThat(TicketEvent.Type.ON_HOLD.label()).isEqualTo("on_hold");
    }

    @Test
    void unknownTypeIsNamedWithTheAcceptedOnes() {
        assertThatThrownBy(() -> TicketEvent.Type.parse("note"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event 'note' is not one of open, pending, on_hold, solved, closed, customer_message, "
                        + "agent_reply, bot_reply");
    }

    @Test
    void requiredComponentsAreNamedWithTheTicket() {
        assertThatThrownBy(() -> new TicketEvent(null, AT, TicketEvent.Type.OPEN, null))
                .isInstanceOf(NullPointerException.class).hasMessage("ticketId is required");
        assertThatThrownBy(() -> new TicketEvent(" ", AT, TicketEvent.Type.OPEN, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ticketId must not be blank, was ' '");
        assertThatThrownBy(() -> new TicketEvent("T-1", null, TicketEvent.Type.OPEN, null))
                .isInstanceOf(NullPointerException.class).hasMessage("at is required (ticket T-1)");
        assertThatThrownBy(() -> new TicketEvent("T-1", AT, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("type is required (ticket T-1)");
        assertThatThrownBy(() -> new TicketEvent("T-1", AT, TicketEvent.Type.AGENT_REPLY, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agentId must be null or non-blank, was '' (ticket T-1)");
    }

    @Test
    void factoryWithoutAgentKeepsTheValues() {
        TicketEvent event = TicketEvent.of("T-1", AT, TicketEvent.Type.CUSTOMER_MESSAGE);
        assertThat(event).isEqualTo(new TicketEvent("T-1", AT, TicketEvent.Type.CUSTOMER_MESSAGE, null));
    }
}

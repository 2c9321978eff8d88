package dev.cxmetrics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ResponseTest {
    private static final Instant SENT = Instant.parse("2026-02-01T12:00:00Z");

    @Test
    void byAgentIsAHumanReply() {
        Response r = Response.byAgent("T-1", "A-1", SENT, Duration.ofMinutes(4));

        assertThat(r).isEqualTo(new Response("T-1", "A-1", SENT, Duration.ofMinutes(4), false));
        assertThat(r.automated()).isFalse();
    }

    @Test
    void automatedHasNoAgentAndNoHandleTime() {
        Response r = Response.automated("T-1", SENT);

        assertThat(r).isEqualTo(new Response("T-1", null, SENT, null, true));
    }

    @Test
    void acceptsZeroAndUntrackedHandleTime() {
        assertThat(Response.byAgent("T-1", null, SENT, Duration.ZERO).handleTime()).isZero();
        assertThat(Response.byAgent("T-1", null, SENT, null).handleTime()).isNull();
    }

    @Test
    void rejectsNegativeHandleTimeNamingTheTicket() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Response.byAgent("T-8", "A-1", SENT, Duration.ofSeconds(-5)))
                .withMessage("handleTime PT-5S is negative (ticket T-8)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Response.byAgent("T-8", "A-1", SENT, Duration.ofNanos(-1)))
                .withMessageStartingWith("handleTime PT-0.000000001S is negative");
    }

    @Test
    void rejectsMissingTicketId() {
        assertThatNullPointerException()
                .isThrownBy(() -> Response.byAgent(null, "A-1", SENT, null))
                .withMessage("ticketId is required");
    }

    @Test
    void rejectsBlankTicketId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Response.automated(" ", SENT))
                .withMessage("ticketId must not be blank, was ' '");
    }

    @Test
    void rejectsMissingSentAtNamingTheTicket() {
        assertThatNullPointerException()
                .isThrownBy(() -> Response.automated("T-4", null))
                .withMessage("sentAt is required (ticket T-4)");
    }

    @Test
    void rejectsBlankAgentId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Response.byAgent("T-4", "", SENT, null))
                .withMessage("agentId must be null or non-blank, was '' (ticket T-4)");
    }
}

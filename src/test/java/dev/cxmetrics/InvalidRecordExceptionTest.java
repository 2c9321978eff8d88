package dev.cxmetrics;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every validation path of the model carries its field, value and ticket (the report's: {@code ReportInvalidRecordTest}). */
public class InvalidRecordExceptionTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    public static void assertInvalid(ThrowingCallable call, String field, String value, String recordId,
                                      String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRecordException.class, e -> {
            assertThat(e.field()).as("field").isEqualTo(field);
            assertThat(e.value()).as("value").hasValue(value);
            if (recordId == null) {
                assertThat(e.recordId()).as("recordId").isEmpty();
            } else {
                assertThat(e.recordId()).as("recordId").hasValue(recordId);
            }
            assertThat(e).hasMessage(message);
            assertThat(message).contains(e.reason());
        });
    }

    @Test
    void ticketComponentsNameTheirFieldValueAndTicket() {
        assertInvalid(() -> Ticket.builder(" ", T0).build(), "id", " ", null, "id must not be blank, was ' '");
        assertInvalid(() -> Ticket.builder("T-1", T0).customer("").build(), "customerId", "", "T-1",
                "customerId must be null or non-blank, was '' (ticket T-1)");
        assertInvalid(() -> Ticket.builder("T-1", T0).agent(" ").build(), "agentId", " ", "T-1",
                "agentId must be null or non-blank, was ' ' (ticket T-1)");
        assertInvalid(() -> Ticket.builder("T-1", T0).channel("\t").build(), "channel", "\t", "T-1",
                "channel must be null or non-blank, was '\t' (ticket T-1)");
        assertInvalid(() -> Ticket.builder("T-1", T0).type(" ").build(), "type", " ", "T-1",
                "type must be null or non-blank, was ' ' (ticket T-1)");
        assertInvalid(() -> Ticket.builder("T-1", T0).team(" ").build(), "team", " ", "T-1",
                "team must be null or non-blank, was ' ' (ticket T-1)");
        Instant early = T0.minusSeconds(1);
        assertInvalid(() -> Ticket.builder("T-1", T0).firstResponseAt(early).agentReplies(1).build(),
                "firstResponseAt", early.toString(), "T-1",
                "firstResponseAt 2026-01-05T09:59:59Z is before createdAt 2026-01-05T10:00:00Z (ticket T-1)");
        assertInvalid(() -> Ticket.builder("T-1", T0).resolvedAt(early).build(), "resolvedAt", early.toString(),
                "T-1", "resolvedAt 2026-01-05T09:59:59Z is before createdAt 2026-01-05T10:00:00Z (ticket T-1)");
        assertInvalid(() -> Ticket.builder("T-1", T0).agentReplies(-1), "agentReplies", "-1", "T-1",
                "agentReplies -1 is negative (ticket T-1)");
        assertInvalid(() -> Ticket.builder("T-1", T0).reopens(-2), "reopens", "-2", "T-1",
                "reopens -2 is negative (ticket T-1)");
        assertInvalid(() -> new Ticket("T-1", null, null, null, null, null, T0, null, null, -3, 0), "agentReplies",
                "-3", "T-1", "agentReplies -3 is negative (ticket T-1)");
        assertInvalid(() -> new Ticket("T-1", null, null, null, null, null, T0, null, null, 0, -4), "reopens",
                "-4", "T-1", "reopens -4 is negative (ticket T-1)");
        assertInvalid(() -> new Ticket("T-1", null, null, null, null, null, T0, T0, null, 0, 0), "agentReplies", "0", "T-1",
                "agentReplies 0 but firstResponseAt 2026-01-05T10:00:00Z is set; the first response is an agent "
                        + "reply (ticket T-1)");
    }

    @Test
    void customFieldsAreNamedAsFieldsWithTheirNameOrValue() {
        assertInvalid(() -> Ticket.builder("T-1", T0).field("brand", " "), "fields", " ", "T-1",
                "field brand must have a non-blank value, was ' ' (ticket T-1)");
        java.util.HashMap<String, String> withNull = new java.util.HashMap<>();
        withNull.put("brand", null);
        assertThatThrownBy(() -> Ticket.builder("T-1", T0).fields(withNull))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
                    assertThat(e.field()).isEqualTo("fields");
                    assertThat(e.value()).isEmpty();
                    assertThat(e).hasMessage("field brand must have a non-blank value, was null (ticket T-1)");
                });
        assertInvalid(() -> Ticket.builder("T-1", T0).field("a/b", "x"), "fields", "a/b", "T-1",
                "field name 'a/b' must not contain '/' (ticket T-1)");
        assertInvalid(() -> Ticket.builder("T-1", T0).fields(Map.of("agent", "x")), "fields", "agent", "T-1",
                "field name 'agent' is reserved for a built-in dimension or bucket (ticket T-1)");
    }

    @Test
    void responseAnswerAndEventComponentsNameTheirFieldValueAndTicket() {
        assertInvalid(() -> new Response("", null, T0, null, false), "ticketId", "", null,
                "ticketId must not be blank, was ''");
        assertInvalid(() -> new Response("T-1", " ", T0, null, false), "agentId", " ", "T-1",
                "agentId must be null or non-blank, was ' ' (ticket T-1)");
        assertInvalid(() -> new Response("T-1", null, T0, Duration.ofSeconds(-5), false), "handleTime", "PT-5S",
                "T-1", "handleTime PT-5S is negative (ticket T-1)");
        assertInvalid(() -> new SurveyAnswer(" ", null, null, SurveyKind.CSAT, 5, T0), "ticketId", " ", null,
                "ticketId must be null or non-blank, was ' '");
        assertInvalid(() -> new SurveyAnswer("T-1", " ", null, SurveyKind.CSAT, 5, T0), "customerId", " ", "T-1",
                "customerId must be null or non-blank, was ' ' (ticket T-1)");
        assertInvalid(() -> new SurveyAnswer("T-1", null, "", SurveyKind.CSAT, 5, T0), "agentId", "", "T-1",
                "agentId must be null or non-blank, was '' (ticket T-1)");
        for (SurveyKind kind : SurveyKind.values()) {
            int bad = kind.maxScore() + 1;
            assertInvalid(() -> new SurveyAnswer("T-1", null, null, kind, bad, T0), "score", Integer.toString(bad),
                    "T-1", "score " + bad + " out of range " + kind.minScore() + ".." + kind.maxScore() + " for "
                            + kind + " (ticket T-1)");
            int low = kind.minScore() - 1;
            assertInvalid(() -> new SurveyAnswer(null, null, null, kind, low, T0), "score", Integer.toString(low),
                    null, "score " + low + " out of range " + kind.minScore() + ".." + kind.maxScore() + " for "
                            + kind);
        }
        assertInvalid(() -> new TicketEvent(" ", T0, TicketEvent.Type.OPEN, null), "ticketId", " ", null,
                "ticketId must not be blank, was ' '");
        assertInvalid(() -> new TicketEvent("T-1", T0, TicketEvent.Type.AGENT_REPLY, " "), "agentId", " ", "T-1",
                "agentId must be null or non-blank, was ' ' (ticket T-1)");
    }

    @Test
    void theMessageIsTheFieldTheReasonAndTheTicket() {
        InvalidRecordException e = new InvalidRecordException("reopens", "-1", "T-9", "-1 is negative");
        assertThat(e).hasMessage("reopens -1 is negative (ticket T-9)").isInstanceOf(IllegalArgumentException.class);
        assertThat(e.reason()).isEqualTo("-1 is negative");
        InvalidRecordException bare = new InvalidRecordException("id", null, null, "is odd");
        assertThat(bare).hasMessage("id is odd");
        assertThat(bare.value()).isEmpty();
        assertThat(bare.recordId()).isEmpty();
        assertThatThrownBy(() -> new InvalidRecordException(null, null, null, "x"))
                .isInstanceOf(NullPointerException.class);
    }
}

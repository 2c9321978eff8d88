package dev.cxmetrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class SurveyAnswerTest {
    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    private static SurveyAnswer answer(String ticketId, SurveyKind kind, int score) {
        return new SurveyAnswer(ticketId, "C-1", "A-1", kind, score, AT);
    }

    @ParameterizedTest(name = "{0} accepts {1}")
    @CsvSource({"CSAT, 1", "CSAT, 5", "NPS, 0", "NPS, 10", "CES, 1", "CES, 7"})
    void acceptsTheEndsOfEachRange(SurveyKind kind, int score) {
        assertThat(answer("T-1", kind, score).score()).isEqualTo(score);
    }

    @ParameterizedTest(name = "{0} rejects {1}")
    @CsvSource({
        "CSAT, 0, score 0 out of range 1..5 for CSAT (ticket T-42)",
        "CSAT, 6, score 6 out of range 1..5 for CSAT (ticket T-42)",
        "NPS, -1, score -1 out of range 0..10 for NPS (ticket T-42)",
        "NPS, 11, score 11 out of range 0..10 for NPS (ticket T-42)",
        "CES, 0, score 0 out of range 1..7 for CES (ticket T-42)",
        "CES, 8, score 8 out of range 1..7 for CES (ticket T-42)",
    })
    void rejectsAScoreJustOutsideItsKindsRange(SurveyKind kind, int score, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> answer("T-42", kind, score))
                .withMessage(message);
    }

    @Test
    void relationshipSurveyWithoutTicketOmitsTheTicketFromMessages() {
        assertThat(new SurveyAnswer(null, null, null, SurveyKind.NPS, 9, AT).ticketId()).isNull();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> answer(null, SurveyKind.NPS, 11))
                .withMessage("score 11 out of range 0..10 for NPS");
    }

    @Test
    void rejectsMissingKindAndAnsweredAt() {
        assertThatNullPointerException()
                .isThrownBy(() -> answer("T-3", null, 3))
                .withMessage("kind is required (ticket T-3)");
        assertThatNullPointerException()
                .isThrownBy(() -> new SurveyAnswer("T-3", null, null, SurveyKind.CES, 3, null))
                .withMessage("answeredAt is required (ticket T-3)");
    }

    @Test
    void rejectsBlankIds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> answer(" ", SurveyKind.CSAT, 3))
                .withMessage("ticketId must be null or non-blank, was ' '");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SurveyAnswer("T-3", "", null, SurveyKind.CSAT, 3, AT))
                .withMessage("customerId must be null or non-blank, was '' (ticket T-3)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SurveyAnswer("T-3", null, " ", SurveyKind.CSAT, 3, AT))
                .withMessage("agentId must be null or non-blank, was ' ' (ticket T-3)");
    }
}

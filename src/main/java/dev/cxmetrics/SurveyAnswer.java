package dev.cxmetrics;

import java.time.Instant;

/**
 * One customer's answer to a CSAT, NPS or CES question.
 *
 * <p>The score must lie in the kind's range ({@link SurveyKind#minScore()} ..
 * {@link SurveyKind#maxScore()}): CSAT 1..5, NPS 0..10, CES 1..7. An answer out of range is
 * rejected, for example {@code "score 11 out of range 0..10 for NPS (ticket T-42)"}.
 * Instances are immutable and thread-safe.
 *
 * @param ticketId the ticket surveyed, or null for a relationship survey not tied to a ticket
 * @param customerId the customer who answered, or null when unknown
 * @param agentId the agent being rated, or null when unknown
 * @param kind the question's kind; required
 * @param score the score, in the kind's range
 * @param answeredAt when the customer answered; required
 */
public record SurveyAnswer(String ticketId, String customerId, String agentId, SurveyKind kind, int score,
                           Instant answeredAt) {

    /**
     * Creates an instance after validating every component.
     *
     * @param ticketId the ticket surveyed, or null for a relationship survey not tied to a ticket
     * @param customerId the customer who answered, or null when unknown
     * @param agentId the agent being rated, or null when unknown
     * @param kind the question's kind; required
     * @param score the score, in the kind's range
     * @param answeredAt when the customer answered; required
     * @throws InvalidRecordException when a component is out of its range; its fields name the
     *     component, the value and the ticket
     */
    public SurveyAnswer {
        Checks.optionalName(ticketId, "ticketId", null);
        Checks.optionalName(customerId, "customerId", ticketId);
        Checks.optionalName(agentId, "agentId", ticketId);
        Checks.required(kind, "kind", ticketId);
        Checks.required(answeredAt, "answeredAt", ticketId);
        kind.checkScore(score, ticketId);
    }
}

package dev.cxmetrics.sample;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import java.util.List;

/**
 * A generated data set: tickets, their responses and their survey answers, as made by
 * {@link SampleData#generate()}.
 *
 * <p>The lists are unmodifiable and hold no nulls. Tickets are in order of {@code createdAt};
 * responses and answers are grouped by ticket in the same order, and within a ticket the
 * responses are in order of {@code sentAt}. Immutable and thread-safe.
 *
 * @param tickets the tickets, oldest first
 * @param responses the automated and agent responses, grouped by ticket
 * @param answers the survey answers, grouped by ticket
 */
public record SampleDataset(List<Ticket> tickets, List<Response> responses, List<SurveyAnswer> answers) {

    /**
     * Creates a data set holding unmodifiable copies of the lists.
     *
     * @param tickets the tickets; required, no null elements
     * @param responses the responses; required, no null elements
     * @param answers the survey answers; required, no null elements
     * @throws NullPointerException when a list or an element is null
     */
    public SampleDataset {
        tickets = List.copyOf(tickets);
        responses = List.copyOf(responses);
        answers = List.copyOf(answers);
    }
}

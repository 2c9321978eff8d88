package dev.cxmetrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Helpers over collections of tickets, for users who keep message logs rather than ticket
 * summaries.
 */
public final class Tickets {
    private Tickets() {
    }

    /**
     * Derives {@code firstResponseAt} and {@code agentReplies} of each ticket from its responses.
     *
     * <p>For every ticket, {@code firstResponseAt} becomes the earliest {@code sentAt} of its
     * non-automated responses and {@code agentReplies} their number; a ticket without human
     * responses gets {@code null} and 0. Automated responses are ignored. The values the tickets
     * had for these two fields are replaced; every other field is kept. The result keeps the
     * order of {@code tickets}.
     *
     * @param tickets the tickets; ids must be unique
     * @param responses the responses; each must belong to one of the tickets
     * @return new tickets, in the input order
     * @throws IllegalArgumentException when a ticket id repeats, a response names an unknown ticket,
     *     or a human response was sent before its ticket was created
     * @throws NullPointerException when an argument or an element is null
     */
    public static List<Ticket> fromResponses(Iterable<Ticket> tickets, Iterable<Response> responses) {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(responses, "responses");
        Map<String, Ticket> byId = new LinkedHashMap<>();
        for (Ticket ticket : tickets) {
            Objects.requireNonNull(ticket, "ticket");
            if (byId.putIfAbsent(ticket.id(), ticket) != null) {
                throw new IllegalArgumentException("id " + ticket.id() + " appears twice among the tickets");
            }
        }
        Map<String, Instant> first = new HashMap<>();
        Map<String, Integer> replies = new HashMap<>();
        for (Response response : responses) {
            Objects.requireNonNull(response, "response");
            if (!byId.containsKey(response.ticketId())) {
                throw new IllegalArgumentException("ticketId " + response.ticketId()
                        + " of a response sent at " + response.sentAt() + " names no known ticket");
            }
            if (response.automated()) {
                continue;
            }
            first.merge(response.ticketId(), response.sentAt(), (a, b) -> a.isBefore(b) ? a : b);
            replies.merge(response.ticketId(), 1, Integer::sum);
        }
        List<Ticket> result = new ArrayList<>(byId.size());
        for (Ticket ticket : byId.values()) {
            result.add(ticket.toBuilder()
                    .firstResponseAt(first.get(ticket.id()))
                    .agentReplies(replies.getOrDefault(ticket.id(), 0))
                    .build());
        }
        return result;
    }
}

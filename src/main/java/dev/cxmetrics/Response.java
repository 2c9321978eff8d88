package dev.cxmetrics;

import java.time.Duration;
import java.time.Instant;

/**
 * One reply or contact on a ticket.
 *
 * <p>{@code handleTime} is talk + hold + after-contact work spent on this contact; {@code null}
 * when not tracked, never negative. Automated responses (bots, auto-replies) never count as a
 * first response or an agent reply.
 *
 * <p>A human (not automated) response is a reply of its ticket: in a report, the earliest one is
 * the ticket's first response and their number its agent replies, replacing the ticket's own
 * {@code firstResponseAt} and {@code agentReplies}, unless the ticket has {@link TicketEvent}s,
 * which win over both (see {@link Ticket}); a human response sent before its ticket's creation is
 * rejected there. Instances are immutable and thread-safe.
 *
 * @param ticketId the ticket replied to; required, non-blank
 * @param agentId the agent who replied, or null (for example for a bot)
 * @param sentAt when the reply was sent; required
 * @param handleTime the agent's handle time for this contact, or null when not tracked; never negative
 * @param automated true for a bot or auto-reply, false for a human agent
 */
public record Response(String ticketId, String agentId, Instant sentAt, Duration handleTime, boolean automated) {

    /**
     * Creates an instance after validating every component.
     *
     * @param ticketId the ticket replied to; required, non-blank
     * @param agentId the agent who replied, or null (for example for a bot)
     * @param sentAt when the reply was sent; required
     * @param handleTime the agent's handle time for this contact, or null when not tracked; never negative
     * @param automated true for a bot or auto-reply, false for a human agent
     * @throws InvalidRecordException when a component is out of its range; its fields name the
     *     component, the value and the ticket
     */
    public Response {
        Checks.requiredId(ticketId, "ticketId");
        Checks.required(sentAt, "sentAt", ticketId);
        Checks.optionalName(agentId, "agentId", ticketId);
        if (handleTime != null && handleTime.isNegative()) {
            throw new InvalidRecordException("handleTime", handleTime.toString(), ticketId, handleTime + " is negative");
        }
    }

    /**
     * A reply by a human agent.
     *
     * @param ticketId the ticket; required
     * @param agentId the agent, or null when unknown
     * @param sentAt when it was sent; required
     * @param handleTime handle time, or null when not tracked
     * @return the response
     */
    public static Response byAgent(String ticketId, String agentId, Instant sentAt, Duration handleTime) {
        return new Response(ticketId, agentId, sentAt, handleTime, false);
    }

    /**
     * An automated reply (bot or auto-responder); it never counts as a first response.
     *
     * @param ticketId the ticket; required
     * @param sentAt when it was sent; required
     * @return the response
     */
    public static Response automated(String ticketId, Instant sentAt) {
        return new Response(ticketId, null, sentAt, null, true);
    }
}

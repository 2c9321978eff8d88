package dev.cxmetrics;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One entry of a ticket's log, as a helpdesk records it: a public message (by the customer, an
 * agent or a bot) or a status change. Internal notes are not events.
 *
 * <p>From its ticket's {@code createdAt} the ticket is {@code NEW}; its events are applied in time
 * order, and at the same instant messages come before status changes (a reply sent together with
 * "solved" is a reply before the solve). Whenever a ticket has at least one event, the lifecycle
 * derived from its events replaces the ticket's own {@code firstResponseAt}, {@code resolvedAt},
 * {@code agentReplies} and {@code reopens} and the values its {@link Response}s imply: events
 * first, then responses, then the ticket's own fields, value by value (see {@link Ticket}).
 *
 * <p>Validation: {@code ticketId} is required and non-blank, {@code at} and {@code type} are
 * required, {@code agentId} is null or non-blank; an {@code agentId} is allowed on every type
 * (who changed the status, who replied). Whether an event is before its ticket's creation or after
 * its close is checked where the ticket and its other events meet (the report). Instances are
 * immutable and thread-safe.
 *
 * <p>{@link Type#CLOSED} is final: a closed ticket cannot change (a follow-up is a new ticket). A
 * report may therefore compact a closed ticket (see
 * {@code ReportSpec.Builder.compactClosedTickets()}): once it holds the ticket and its close, it
 * keeps only what the ticket's metrics need and rejects any later event of that ticket, even one
 * timed before the close. Without compaction, events may arrive in any order.
 *
 * @param ticketId the ticket the event belongs to; required, non-blank
 * @param at when it happened; required
 * @param type what happened; required
 * @param agentId the agent who replied or changed the status, or null (customer, bot, unknown)
 */
public record TicketEvent(String ticketId, Instant at, Type type, String agentId) {

    /**
     * What a ticket event records: a status change or a public message.
     *
     * <p>Status changes: {@link #OPEN}, {@link #PENDING}, {@link #ON_HOLD}, {@link #SOLVED},
     * {@link #CLOSED}. Messages: {@link #CUSTOMER_MESSAGE}, {@link #AGENT_REPLY},
     * {@link #BOT_REPLY}. Bot replies never count as a response.
     */
    public enum Type {
        /** The ticket is open: the agent side has work to do. */
        OPEN,
        /** The ticket waits for the requester (customer). */
        PENDING,
        /** The ticket waits for a third party (another team, a supplier). */
        ON_HOLD,
        /** The agent considers the ticket solved; it may still be reopened. */
        SOLVED,
        /** The ticket is closed for good: no event may follow. */
        CLOSED,
        /** A public message by the requester. */
        CUSTOMER_MESSAGE,
        /** A public reply by a human agent. */
        AGENT_REPLY,
        /** A public reply by a bot or an auto-responder; never a response. */
        BOT_REPLY;

        /**
         * Tells whether this type is a public message rather than a status change.
         *
         * @return true for {@link #CUSTOMER_MESSAGE}, {@link #AGENT_REPLY} and {@link #BOT_REPLY}
         */
        public boolean isMessage() {
            return ordinal() >= CUSTOMER_MESSAGE.ordinal();
        }

        /**
         * Tells whether this type is a status change.
         *
         * @return true for {@link #OPEN}, {@link #PENDING}, {@link #ON_HOLD}, {@link #SOLVED} and
         *     {@link #CLOSED}
         */
        public boolean isStatus() {
            return !isMessage();
        }

        /**
         * Returns the lower-case name used in CSV files, e.g. {@code customer_message}.
         *
         * @return the label
         */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * Parses a label as returned by {@link #label()}, ignoring case and surrounding blanks.
         *
         * @param label for example {@code agent_reply} or {@code ON_HOLD}
         * @return the type
         * @throws IllegalArgumentException naming the value and the accepted labels when it is none of them
         * @throws NullPointerException when {@code label} is null
         */
        public static Type parse(String label) {
            Objects.requireNonNull(label, "label");
            String trimmed = label.trim();
            for (Type type : values()) {
                if (type.name().equalsIgnoreCase(trimmed)) {
                    return type;
                }
            }
            throw new IllegalArgumentException("event '" + label + "' is not one of open, pending, on_hold, solved, "
                    + "closed, customer_message, agent_reply, bot_reply");
        }
    }

    /**
     * Creates an instance after validating every component.
     *
     * @param ticketId the ticket the event belongs to; required, non-blank
     * @param at when it happened; required
     * @param type what happened; required
     * @param agentId the agent, or null
     * @throws NullPointerException when {@code ticketId}, {@code at} or {@code type} is null
     * @throws InvalidRecordException when {@code ticketId} or {@code agentId} is blank, naming it
     */
    public TicketEvent {
        Checks.requiredId(ticketId, "ticketId");
        Checks.required(at, "at", ticketId);
        Checks.required(type, "type", ticketId);
        Checks.optionalName(agentId, "agentId", ticketId);
    }

    /**
     * An event without an agent (a customer message, a bot reply, a status change by automation).
     *
     * @param ticketId the ticket; required
     * @param at when it happened; required
     * @param type what happened; required
     * @return the event
     */
    public static TicketEvent of(String ticketId, Instant at, Type type) {
        return new TicketEvent(ticketId, at, type, null);
    }
}

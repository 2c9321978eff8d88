package dev.cxmetrics.cli;

import dev.cxmetrics.TicketEvent;

/**
 * The events file: {@code ticket_id,at,event,agent_id}.
 *
 * <p>Required columns: {@code ticket_id}, {@code at} and {@code event}; {@code agent_id} may be
 * absent, and an empty cell is null (a customer message, a bot reply, a status change by
 * automation). {@code event} is one of {@code open, pending, on_hold, solved, closed,
 * customer_message, agent_reply, bot_reply} in any case, trimmed. Errors in a row name its ticket.
 */
final class EventCsv extends RowFormat<TicketEvent> {
    static final int TICKET_ID = 0;
    static final int AT = 1;
    private static final int EVENT = 2;
    private static final int AGENT_ID = 3;
    private static final TicketEvent.Type[] TYPES = TicketEvent.Type.values();

    EventCsv() {
        super("events",
                required("ticket_id", "ticketId"),
                required("at", "at"),
                required("event", "type"),
                optional("agent_id", "agentId"));
    }

    @Override
    TicketEvent map(Row row) {
        String ticketId = row.requiredText(TICKET_ID);
        try {
            return new TicketEvent(ticketId, row.requiredInstant(AT), row.requiredConstant(EVENT, TYPES, "an event"),
                    row.text(AGENT_ID));
        } catch (CsvException e) {
            // Name the ticket, as the report does when it refuses an event.
            throw new CsvException(e.fileName(), e.line(), e.column().orElse(null),
                    e.reason() + " (ticket " + ticketId + ")");
        }
    }

    @Override
    void cells(TicketEvent e, String[] cells) {
        cells[TICKET_ID] = e.ticketId();
        cells[AT] = e.at().toString();
        cells[EVENT] = e.type().label();
        cells[AGENT_ID] = e.agentId();
    }
}

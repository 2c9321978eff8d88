package dev.cxmetrics.cli;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Ticket;

import java.time.Instant;
import java.util.Locale;

/**
 * The tickets file: {@code id,customer_id,agent_id,channel,type,priority,created_at,
 * first_response_at,resolved_at,agent_replies,reopens}.
 *
 * <p>Required columns: {@code id} and {@code created_at}; the others may be absent. Empty cells
 * are null. {@code priority} is {@code low/normal/high/urgent} in any case. {@code reopens}
 * empty is 0. {@code agent_replies} empty is what {@link Ticket.Builder} derives: 1 when
 * {@code first_response_at} is set, else 0.
 */
final class TicketCsv extends RowFormat<Ticket> {
    private static final int ID = 0;
    private static final int CUSTOMER_ID = 1;
    private static final int AGENT_ID = 2;
    private static final int CHANNEL = 3;
    private static final int TYPE = 4;
    private static final int PRIORITY = 5;
    private static final int CREATED_AT = 6;
    private static final int FIRST_RESPONSE_AT = 7;
    private static final int RESOLVED_AT = 8;
    private static final int AGENT_REPLIES = 9;
    private static final int REOPENS = 10;
    private static final Priority[] PRIORITIES = Priority.values();

    TicketCsv() {
        super("tickets",
                required("id", "id"),
                optional("customer_id", "customerId"),
                optional("agent_id", "agentId"),
                optional("channel", "channel"),
                optional("type", "type"),
                optional("priority", "priority"),
                required("created_at", "createdAt"),
                optional("first_response_at", "firstResponseAt"),
                optional("resolved_at", "resolvedAt"),
                optional("agent_replies", "agentReplies"),
                optional("reopens", "reopens"));
    }

    @Override
    Ticket map(Row row) {
        String id = row.requiredText(ID);
        Instant createdAt = row.requiredInstant(CREATED_AT);
        Ticket.Builder builder = Ticket.builder(id, createdAt)
                .customer(row.text(CUSTOMER_ID))
                .agent(row.text(AGENT_ID))
                .channel(row.text(CHANNEL))
                .type(row.text(TYPE))
                .priority(row.constant(PRIORITY, PRIORITIES, "a priority"))
                .firstResponseAt(row.instant(FIRST_RESPONSE_AT))
                .resolvedAt(row.instant(RESOLVED_AT))
                .reopens(row.integer(REOPENS, 0));
        if (!row.isEmpty(AGENT_REPLIES)) {
            builder.agentReplies(row.requiredInteger(AGENT_REPLIES));
        }
        return builder.build();
    }

    @Override
    void cells(Ticket t, String[] cells) {
        cells[ID] = t.id();
        cells[CUSTOMER_ID] = t.customerId();
        cells[AGENT_ID] = t.agentId();
        cells[CHANNEL] = t.channel();
        cells[TYPE] = t.type();
        cells[PRIORITY] = t.priority() == null ? null : t.priority().name().toLowerCase(Locale.ROOT);
        cells[CREATED_AT] = t.createdAt().toString();
        cells[FIRST_RESPONSE_AT] = t.firstResponseAt() == null ? null : t.firstResponseAt().toString();
        cells[RESOLVED_AT] = t.resolvedAt() == null ? null : t.resolvedAt().toString();
        cells[AGENT_REPLIES] = Integer.toString(t.agentReplies());
        cells[REOPENS] = Integer.toString(t.reopens());
    }
}

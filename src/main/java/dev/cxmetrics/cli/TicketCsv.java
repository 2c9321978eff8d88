package dev.cxmetrics.cli;

import dev.cxmetrics.Ticket;

import java.time.Instant;
import java.util.Locale;

/**
 * The tickets file: {@code id,customer_id,agent_id,channel,type,priority,created_at,
 * first_response_at,resolved_at,agent_replies,reopens,team}.
 *
 * <p>Required columns: {@code id} and {@code created_at}; the others may be absent. Empty cells
 * are null. {@code priority} is {@code low/normal/high/urgent} in any case, {@code medium} or
 * {@code critical}. {@code reopens} empty is 0. {@code agent_replies} empty is what
 * {@link Ticket.Builder} derives: 1 when there is a first response, else 0. The optional
 * {@code first_response_minutes/hours} and {@code resolution_minutes/hours} give the instants as
 * decimal numbers counted from {@code created_at}; a row fills at most one column of each kind.
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
    private static final int TEAM = 11;
    private static final int FIRST_RESPONSE_MINUTES = 12;
    private static final int FIRST_RESPONSE_HOURS = 13;
    private static final int RESOLUTION_MINUTES = 14;
    private static final int RESOLUTION_HOURS = 15;
    /** The columns the writer writes: the others are alternatives for reading exports. */
    private static final int WRITTEN = 12;

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
                optional("reopens", "reopens"),
                optional("team", "team"),
                optional("first_response_minutes", "firstResponseAt"),
                optional("first_response_hours", "firstResponseAt"),
                optional("resolution_minutes", "resolvedAt"),
                optional("resolution_hours", "resolvedAt"));
    }

    @Override
    int writtenColumns() {
        return WRITTEN;
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
                .priority(row.priority(PRIORITY))
                .firstResponseAt(instant(row, createdAt, FIRST_RESPONSE_AT, FIRST_RESPONSE_MINUTES,
                        FIRST_RESPONSE_HOURS))
                .resolvedAt(instant(row, createdAt, RESOLVED_AT, RESOLUTION_MINUTES, RESOLUTION_HOURS))
                .reopens(row.integer(REOPENS, 0))
                .team(row.text(TEAM));
        if (!row.isEmptyValue(AGENT_REPLIES)) {
            builder.agentReplies(row.requiredInteger(AGENT_REPLIES));
        }
        return builder.build();
    }

    /** An instant given in one of three columns: itself, or minutes or hours after creation. */
    static Instant instant(Row row, Instant createdAt, int at, int minutes, int hours) {
        int given = (row.isEmptyValue(at) ? 0 : 1) + (row.isEmptyValue(minutes) ? 0 : 1)
                + (row.isEmptyValue(hours) ? 0 : 1);
        if (given > 1) {
            throw row.error(row.isEmptyValue(minutes) ? hours : minutes,
                    "give one of " + row.name(at) + ", " + row.name(minutes) + ", " + row.name(hours)
                            + ", not several");
        }
        if (!row.isEmptyValue(at)) {
            return row.instant(at);
        }
        return row.isEmptyValue(minutes) ? row.after(createdAt, hours, 3600, "hours") : row.after(createdAt, minutes, 60,
                "minutes");
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
        cells[TEAM] = t.team();
    }
}

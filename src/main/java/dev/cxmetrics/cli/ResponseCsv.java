package dev.cxmetrics.cli;

import dev.cxmetrics.Response;

/**
 * The responses file: {@code ticket_id,agent_id,sent_at,handle_seconds,automated}.
 *
 * <p>Required columns: {@code ticket_id} and {@code sent_at}; the others may be absent. Empty
 * cells are null. {@code handle_seconds} is a non-negative decimal number of seconds
 * ({@code 312}, {@code 312.5}) converted exactly; empty means not tracked. {@code automated}
 * is {@code true/false/1/0} in any case; empty is false, a human reply.
 */
final class ResponseCsv extends RowFormat<Response> {
    private static final int TICKET_ID = 0;
    private static final int AGENT_ID = 1;
    private static final int SENT_AT = 2;
    private static final int HANDLE_SECONDS = 3;
    private static final int AUTOMATED = 4;

    ResponseCsv() {
        super("responses",
                required("ticket_id", "ticketId"),
                optional("agent_id", "agentId"),
                required("sent_at", "sentAt"),
                optional("handle_seconds", "handleTime"),
                optional("automated", "automated"));
    }

    @Override
    Response map(Row row) {
        return new Response(row.requiredText(TICKET_ID), row.text(AGENT_ID), row.requiredInstant(SENT_AT),
                row.seconds(HANDLE_SECONDS), row.bool(AUTOMATED, false));
    }

    @Override
    void cells(Response r, String[] cells) {
        cells[TICKET_ID] = r.ticketId();
        cells[AGENT_ID] = r.agentId();
        cells[SENT_AT] = r.sentAt().toString();
        cells[HANDLE_SECONDS] = r.handleTime() == null ? null : Cells.formatSeconds(r.handleTime());
        cells[AUTOMATED] = Boolean.toString(r.automated());
    }
}

package dev.cxmetrics.cli;

import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The ticket export of Zendesk Support; see {@link Preset#ZENDESK}. */
final class ZendeskCsv extends RowFormat<ExportedTicket> {
    /** The standard columns of the export that no field reads: expected, so never listed as unused. */
    static final List<String> OTHER_COLUMNS = List.of("Summation column", "Requester",
            "Requester external id", "Requester email", "Requester domain", "Submitter", "Subject",
            "Tags", "Assigned at", "Organization", "Due date", "Initially assigned at", "Resolution time",
            "Group stations", "Assignee stations", "First reply time in minutes within business hours",
            "First resolution time in minutes", "First resolution time in minutes within business hours",
            "Full resolution time in minutes", "Full resolution time in minutes within business hours",
            "Agent wait time in minutes", "Agent wait time in minutes within business hours",
            "Requester wait time in minutes", "Requester wait time in minutes within business hours",
            "On hold time in minutes", "On hold time in minutes within business hours");

    private static final int ID = 0;
    private static final int CUSTOMER_ID = 1;
    private static final int AGENT_ID = 2;
    private static final int CHANNEL = 3;
    private static final int TYPE = 4;
    private static final int PRIORITY = 5;
    private static final int CREATED_AT = 6;
    private static final int UPDATED_AT = 7;
    private static final int STATUS = 8;
    private static final int RESOLVED_AT = 9;
    private static final int AGENT_REPLIES = 10;
    private static final int REOPENS = 11;
    private static final int FIRST_RESPONSE_MINUTES = 12;
    private static final int SATISFACTION = 13;
    private static final int TEAM = 14;

    ZendeskCsv() {
        super("tickets", OTHER_COLUMNS,
                new Column("id", "id", true, "Id"),
                new Column("customer_id", "customerId", false, "Requester id"),
                new Column("agent_id", "agentId", false, "Assignee"),
                new Column("channel", "channel", false, "Via"),
                new Column("type", "type", false, "Ticket type"),
                new Column("priority", "priority", false, "Priority"),
                new Column("created_at", "createdAt", true, "Created at"),
                new Column("updated_at", "updatedAt", false, "Updated at"),
                new Column("status", "status", true, "Status"),
                new Column("resolved_at", "resolvedAt", false, "Solved at"),
                new Column("agent_replies", "agentReplies", false, "Replies"),
                new Column("reopens", "reopens", false, "Reopens"),
                new Column("first_response_minutes", "firstResponseAt", false, "First reply time in minutes"),
                new Column("satisfaction", "score", false, "Satisfaction Score"),
                new Column("team", "team", false, "Group"));
    }

    @Override
    ExportedTicket map(Row row) {
        String id = row.requiredText(ID);
        Instant createdAt = row.requiredInstant(CREATED_AT);
        Instant resolvedAt = resolved(row) ? row.requiredInstant(RESOLVED_AT) : null;
        Instant firstResponseAt = row.after(createdAt, FIRST_RESPONSE_MINUTES, 60, "minutes");
        int replies = row.integer(AGENT_REPLIES, 0);
        boolean assumed = firstResponseAt != null && replies == 0;
        String agent = row.text(AGENT_ID);
        String customer = row.text(CUSTOMER_ID);
        Ticket ticket = Ticket.builder(id, createdAt)
                .customer(customer)
                .agent(agent)
                .channel(row.text(CHANNEL))
                .type(row.text(TYPE))
                .priority(row.priority(PRIORITY))
                .firstResponseAt(firstResponseAt)
                .resolvedAt(resolvedAt)
                .agentReplies(assumed ? 1 : replies)
                .reopens(row.integer(REOPENS, 0))
                .team(row.text(TEAM))
                .build();
        int score = score(row.text(SATISFACTION));
        if (score == 0) {
            return new ExportedTicket(ticket, Optional.empty(), assumed);
        }
        Instant answeredAt = resolvedAt != null ? resolvedAt : row.instant(UPDATED_AT);
        if (answeredAt == null) {
            throw row.error(UPDATED_AT, "required for the satisfaction answer of an unsolved ticket, but the cell"
                    + " is empty");
        }
        return new ExportedTicket(ticket, Optional.of(new SurveyAnswer(id, customer, agent, SurveyKind.CSAT, score,
                answeredAt)), assumed);
    }

    /** Whether the status says the ticket is resolved; an unknown status is an error. */
    private static boolean resolved(Row row) {
        String status = row.requiredText(STATUS).toLowerCase(Locale.ROOT);
        return switch (status) {
            case "solved", "closed" -> true;
            case "new", "open", "pending", "hold", "on-hold", "on hold" -> false;
            default -> throw row.error(STATUS, Cells.quote(status)
                    + " is not a Zendesk status (new, open, pending, hold, solved, closed)");
        };
    }

    /** 5 for Good, 1 for Bad, 0 (no answer) for anything else: Offered, Unoffered, empty. */
    private static int score(String text) {
        if (text == null) {
            return 0;
        }
        if (text.equalsIgnoreCase("good")) {
            return 5;
        }
        return text.equalsIgnoreCase("bad") ? 1 : 0;
    }
}

package dev.cxmetrics.cli;

import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;

import java.util.Locale;

/**
 * The surveys file: {@code ticket_id,customer_id,agent_id,kind,score,answered_at}.
 *
 * <p>Required columns: {@code kind}, {@code score} and {@code answered_at}; the others may be
 * absent (a relationship survey has no ticket). Empty cells are null. {@code kind} is
 * {@code csat/nps/ces} in any case; {@code score} an integer in the kind's range.
 */
final class SurveyCsv extends RowFormat<SurveyAnswer> {
    private static final int TICKET_ID = 0;
    private static final int CUSTOMER_ID = 1;
    private static final int AGENT_ID = 2;
    private static final int KIND = 3;
    private static final int SCORE = 4;
    private static final int ANSWERED_AT = 5;
    private static final SurveyKind[] KINDS = SurveyKind.values();

    SurveyCsv() {
        super("surveys",
                optional("ticket_id", "ticketId"),
                optional("customer_id", "customerId"),
                optional("agent_id", "agentId"),
                required("kind", "kind"),
                required("score", "score"),
                required("answered_at", "answeredAt"));
    }

    @Override
    SurveyAnswer map(Row row) {
        return new SurveyAnswer(row.text(TICKET_ID), row.text(CUSTOMER_ID), row.text(AGENT_ID),
                row.requiredConstant(KIND, KINDS, "a survey kind"), row.requiredInteger(SCORE),
                row.requiredInstant(ANSWERED_AT));
    }

    @Override
    void cells(SurveyAnswer a, String[] cells) {
        cells[TICKET_ID] = a.ticketId();
        cells[CUSTOMER_ID] = a.customerId();
        cells[AGENT_ID] = a.agentId();
        cells[KIND] = a.kind().name().toLowerCase(Locale.ROOT);
        cells[SCORE] = Integer.toString(a.score());
        cells[ANSWERED_AT] = a.answeredAt().toString();
    }
}

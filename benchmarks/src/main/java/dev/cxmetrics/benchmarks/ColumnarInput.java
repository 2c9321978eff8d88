package dev.cxmetrics.benchmarks;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Response;
import dev.cxmetrics.ResponseColumns;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyAnswerColumns;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketColumns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The workload's records as the library's columnar batches, built once before timing, as a JDBC,
 * Arrow or Parquet reader would hand them over: epoch nanoseconds, dictionary-encoded strings.
 */
final class ColumnarInput {
    final TicketColumns tickets;
    final ResponseColumns responses;
    final SurveyAnswerColumns answers;

    ColumnarInput(List<Ticket> ticketList, List<Response> responseList, List<SurveyAnswer> answerList) {
        int n = ticketList.size();
        String[] ids = new String[n];
        long[] created = new long[n];
        long[] first = new long[n];
        long[] resolved = new long[n];
        int[] replies = new int[n];
        int[] reopens = new int[n];
        int[] priority = new int[n];
        for (int i = 0; i < n; i++) {
            Ticket t = ticketList.get(i);
            ids[i] = t.id();
            created[i] = nanos(t.createdAt());
            first[i] = nanos(t.firstResponseAt());
            resolved[i] = nanos(t.resolvedAt());
            replies[i] = t.agentReplies();
            reopens[i] = t.reopens();
            priority[i] = t.priority() == null ? -1 : t.priority().ordinal();
        }
        Dictionary agents = new Dictionary();
        Dictionary channels = new Dictionary();
        Dictionary types = new Dictionary();
        Dictionary teams = new Dictionary();
        Dictionary customers = new Dictionary();
        tickets = TicketColumns.builder(n).ids(ids).createdAt(created).firstResponseAt(first).resolvedAt(resolved)
                .agentReplies(replies).reopens(reopens).priority(priority, Priority.values())
                .agent(agents.codes(ticketList, Ticket::agentId), agents.values())
                .channel(channels.codes(ticketList, Ticket::channel), channels.values())
                .type(types.codes(ticketList, Ticket::type), types.values())
                .team(teams.codes(ticketList, Ticket::team), teams.values())
                .customer(customers.codes(ticketList, Ticket::customerId), customers.values())
                .build();

        int r = responseList.size();
        String[] responseIds = new String[r];
        long[] sent = new long[r];
        long[] handle = new long[r];
        boolean[] automated = new boolean[r];
        for (int i = 0; i < r; i++) {
            Response response = responseList.get(i);
            responseIds[i] = response.ticketId();
            sent[i] = nanos(response.sentAt());
            handle[i] = response.handleTime() == null ? ResponseColumns.ABSENT : response.handleTime().toNanos();
            automated[i] = response.automated();
        }
        responses = ResponseColumns.builder(r).ticketIds(responseIds).sentAt(sent).handleNanos(handle)
                .automated(automated).agent(agents.codes(responseList, Response::agentId), agents.values()).build();

        int a = answerList.size();
        String[] answerIds = new String[a];
        int[] kinds = new int[a];
        int[] scores = new int[a];
        long[] answered = new long[a];
        for (int i = 0; i < a; i++) {
            SurveyAnswer answer = answerList.get(i);
            answerIds[i] = answer.ticketId();
            kinds[i] = answer.kind().ordinal();
            scores[i] = answer.score();
            answered[i] = nanos(answer.answeredAt());
        }
        answers = SurveyAnswerColumns.builder(a).ticketIds(answerIds).kind(kinds, SurveyKind.values())
                .scores(scores).answeredAt(answered)
                .agent(agents.codes(answerList, SurveyAnswer::agentId), agents.values())
                .customer(customers.codes(answerList, SurveyAnswer::customerId), customers.values()).build();
    }

    private static long nanos(Instant instant) {
        return instant == null ? TicketColumns.ABSENT
                : Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    /** Distinct strings in first-seen order, shared by every column that codes into it. */
    private static final class Dictionary {
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        <R> int[] codes(List<R> rows, Function<R, String> value) {
            int[] out = new int[rows.size()];
            for (int i = 0; i < out.length; i++) {
                String v = value.apply(rows.get(i));
                if (v == null) {
                    out[i] = -1;
                } else {
                    Integer code = codes.get(v);
                    if (code == null) {
                        code = values.size();
                        codes.put(v, code);
                        values.add(v);
                    }
                    out[i] = code;
                }
            }
            return out;
        }

        String[] values() {
            return values.toArray(new String[0]);
        }
    }
}

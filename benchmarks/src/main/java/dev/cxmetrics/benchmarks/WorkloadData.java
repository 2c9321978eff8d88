package dev.cxmetrics.benchmarks;

import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The core workload's input as primitive arrays, the form a tuned engine (or a columnar reader)
 * starts from: instants in epoch milliseconds ({@code -1} for absent, as the sample data never
 * goes before 1970), agents dictionary-encoded ({@code -1} for absent), survey kinds as ordinals.
 */
final class WorkloadData {
    static final long ABSENT = -1;

    final int tickets;
    final int[] ticketAgent;
    final long[] createdMs;
    final long[] firstResponseMs;
    final long[] resolvedMs;
    final int[] agentReplies;
    final int[] reopens;

    final int answers;
    final int[] answerAgent;
    final int[] answerKind;
    final int[] answerScore;
    final long[] answeredMs;

    final String[] agents;

    WorkloadData(List<Ticket> ticketList, List<SurveyAnswer> answerList) {
        Map<String, Integer> codes = new HashMap<>();
        tickets = ticketList.size();
        ticketAgent = new int[tickets];
        createdMs = new long[tickets];
        firstResponseMs = new long[tickets];
        resolvedMs = new long[tickets];
        agentReplies = new int[tickets];
        reopens = new int[tickets];
        for (int i = 0; i < tickets; i++) {
            Ticket t = ticketList.get(i);
            ticketAgent[i] = code(codes, t.agentId());
            createdMs[i] = t.createdAt().toEpochMilli();
            firstResponseMs[i] = t.firstResponseAt() == null ? ABSENT : t.firstResponseAt().toEpochMilli();
            resolvedMs[i] = t.resolvedAt() == null ? ABSENT : t.resolvedAt().toEpochMilli();
            agentReplies[i] = t.agentReplies();
            reopens[i] = t.reopens();
        }
        answers = answerList.size();
        answerAgent = new int[answers];
        answerKind = new int[answers];
        answerScore = new int[answers];
        answeredMs = new long[answers];
        for (int i = 0; i < answers; i++) {
            SurveyAnswer a = answerList.get(i);
            answerAgent[i] = code(codes, a.agentId());
            answerKind[i] = a.kind().ordinal();
            answerScore[i] = a.score();
            answeredMs[i] = a.answeredAt().toEpochMilli();
        }
        agents = new String[codes.size()];
        codes.forEach((name, code) -> agents[code] = name);
    }

    private static int code(Map<String, Integer> codes, String value) {
        return value == null ? -1 : codes.computeIfAbsent(value, v -> codes.size());
    }

    /** The agent's name, {@code ""} (the report's absent key) for {@code -1}. */
    String agent(int code) {
        return code < 0 ? Ticket.ABSENT : agents[code];
    }
}

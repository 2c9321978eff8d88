package dev.cxmetrics.report;

import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyAnswerColumns;
import dev.cxmetrics.SurveyKind;

/** The batch the survey answer kernel reads. Not thread-safe. */
final class AnswerBatch extends RowBatch<SurveyAnswer, SurveyAnswerColumns> {
    final String[] ticketId = new String[CAPACITY];
    final String[] agent = new String[CAPACITY];
    final SurveyKind[] kind = new SurveyKind[CAPACITY];
    final int[] score = new int[CAPACITY];
    final long[] second = new long[CAPACITY];
    final int[] nano = new int[CAPACITY];

    @Override
    void put(int row, SurveyAnswer answer) {
        ticketId[row] = answer.ticketId();
        agent[row] = answer.agentId();
        kind[row] = answer.kind();
        score[row] = answer.score();
        second[row] = answer.answeredAt().getEpochSecond();
        nano[row] = answer.answeredAt().getNano();
    }

    @Override
    void put(int row, SurveyAnswerColumns columns, int src) {
        long at = columns.answeredAtNanos(src);
        ticketId[row] = columns.ticketId(src);
        agent[row] = columns.agentId(src);
        kind[row] = columns.kind(src);
        score[row] = columns.score(src);
        second[row] = Math.floorDiv(at, NANOS_PER_SECOND);
        nano[row] = (int) Math.floorMod(at, NANOS_PER_SECOND);
    }

    @Override
    SurveyAnswer recordOf(SurveyAnswerColumns columns, int src) {
        return columns.answer(src);
    }
}

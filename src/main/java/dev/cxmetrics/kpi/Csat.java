package dev.cxmetrics.kpi;

import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Customer satisfaction: the share of CSAT answers (1..5) that are satisfied, scored 4 or 5.
 *
 * <p>{@code percent() = 100 × satisfied / total}, empty when there are no answers. For example
 * {@code Csat.ofScores(5, 4, 3).percent()} is 66.67. Immutable and thread-safe.
 *
 * @param satisfied the number of answers scored 4 or 5
 * @param total the number of CSAT answers
 */
public record Csat(long satisfied, long total) {
    /** The lowest score that counts as satisfied. */
    public static final int SATISFIED_FROM = 4;

    /**
     * Creates an instance after validating every component.
     *
     * @param satisfied the number of answers scored 4 or 5
     * @param total the number of CSAT answers
     * @throws IllegalArgumentException when a component is out of its range, naming it and its value
     */
    public Csat {
        Ratios.nonNegative(satisfied, "satisfied");
        Ratios.nonNegative(total, "total");
        Ratios.atMost(satisfied, "satisfied", total, "total");
    }

    /**
     * Computes CSAT over the {@link SurveyKind#CSAT} answers among {@code answers}; answers of
     * other kinds are not CSAT answers and are not counted.
     *
     * @param answers survey answers of any kind
     * @return the result; {@code total() == 0} when there is no CSAT answer
     */
    public static Csat of(Iterable<SurveyAnswer> answers) {
        Objects.requireNonNull(answers, "answers");
        long satisfied = 0;
        long total = 0;
        for (SurveyAnswer answer : answers) {
            if (answer.kind() == SurveyKind.CSAT) {
                total++;
                if (answer.score() >= SATISFIED_FROM) {
                    satisfied++;
                }
            }
        }
        return new Csat(satisfied, total);
    }

    /**
     * Computes CSAT over raw scores.
     *
     * @param scores CSAT scores, each in 1..5
     * @return the result
     * @throws IllegalArgumentException naming the score when one is out of range
     */
    public static Csat ofScores(int... scores) {
        Objects.requireNonNull(scores, "scores");
        long satisfied = 0;
        for (int score : scores) {
            if (SurveyKind.CSAT.checkScore(score, null) >= SATISFIED_FROM) {
                satisfied++;
            }
        }
        return new Csat(satisfied, scores.length);
    }

    /**
     * Returns the satisfied share in percent, in [0, 100].
     *
     * @return {@code 100 × satisfied / total}, or empty when {@code total == 0}
     */
    public OptionalDouble percent() {
        return Ratios.percent(satisfied, total);
    }

    /**
     * Combines two results over disjoint answers.
     *
     * @param other the other result
     * @return the result over both sets of answers
     */
    public Csat plus(Csat other) {
        return new Csat(Math.addExact(satisfied, other.satisfied), Math.addExact(total, other.total));
    }
}

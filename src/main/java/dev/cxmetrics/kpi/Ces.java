package dev.cxmetrics.kpi;

import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Customer Effort Score over CES answers on a 1–7 agreement scale ("the company made it easy
 * to handle my issue"; 7 = strongly agree = least effort).
 *
 * <p>{@code mean()} is the average score; {@code easyPercent() = 100 × (answers scored 5 or
 * more) / total}. Both are empty when there are no answers. Immutable and thread-safe.
 *
 * @param total the number of CES answers
 * @param scoreSum the sum of their scores
 * @param easy the number of answers scored 5, 6 or 7
 */
public record Ces(long total, long scoreSum, long easy) {
    /** The lowest score that counts as easy. */
    public static final int EASY_FROM = 5;

    /**
     * Creates an instance after validating every component.
     *
     * @param total the number of CES answers
     * @param scoreSum the sum of their scores
     * @param easy the number of answers scored 5, 6 or 7
     * @throws IllegalArgumentException when a component is out of its range, naming it and its value
     */
    public Ces {
        Ratios.nonNegative(total, "total");
        Ratios.nonNegative(easy, "easy");
        Ratios.atMost(easy, "easy", total, "total");
        // Each answer scores 1..7, and 5..7 when easy: the sum lies in [total + 4 × easy,
        // 4 × total + 3 × easy] (bounds checked where they cannot overflow).
        if (total > 0 && (scoreSum < total || (total <= Long.MAX_VALUE / 7
                && (scoreSum < total + 4 * easy || scoreSum > 4 * total + 3 * easy)))) {
            throw new IllegalArgumentException("scoreSum " + scoreSum + " is impossible for " + total
                    + " answers, " + easy + " of them scored 5 or more, on a 1..7 scale");
        }
        if (total == 0 && scoreSum != 0) {
            throw new IllegalArgumentException("scoreSum " + scoreSum + " with no answers");
        }
    }

    /**
     * Computes CES over the {@link SurveyKind#CES} answers among {@code answers}; answers of
     * other kinds are not counted.
     *
     * @param answers survey answers of any kind
     * @return the result; {@code total() == 0} when there is no CES answer
     */
    public static Ces of(Iterable<SurveyAnswer> answers) {
        Objects.requireNonNull(answers, "answers");
        long total = 0;
        long sum = 0;
        long easy = 0;
        for (SurveyAnswer answer : answers) {
            if (answer.kind() == SurveyKind.CES) {
                total++;
                sum += answer.score();
                if (answer.score() >= EASY_FROM) {
                    easy++;
                }
            }
        }
        return new Ces(total, sum, easy);
    }

    /**
     * Computes CES over raw scores.
     *
     * @param scores CES scores, each in 1..7
     * @return the result
     * @throws IllegalArgumentException naming the score when one is out of range
     */
    public static Ces ofScores(int... scores) {
        Objects.requireNonNull(scores, "scores");
        long sum = 0;
        long easy = 0;
        for (int score : scores) {
            sum += SurveyKind.CES.checkScore(score, null);
            if (score >= EASY_FROM) {
                easy++;
            }
        }
        return new Ces(scores.length, sum, easy);
    }

    /**
     * Returns the mean score, in [1, 7].
     *
     * @return {@code scoreSum / total}, or empty when there are no answers
     */
    public OptionalDouble mean() {
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) scoreSum / total);
    }

    /**
     * Returns the share of answers scored 5 or more, in percent.
     *
     * @return {@code 100 × easy / total}, or empty when there are no answers
     */
    public OptionalDouble easyPercent() {
        return Ratios.percent(easy, total);
    }

    /**
     * Combines two results over disjoint answers.
     *
     * @param other the other result
     * @return the result over both sets of answers
     */
    public Ces plus(Ces other) {
        return new Ces(Math.addExact(total, other.total), Math.addExact(scoreSum, other.scoreSum),
                Math.addExact(easy, other.easy));
    }
}

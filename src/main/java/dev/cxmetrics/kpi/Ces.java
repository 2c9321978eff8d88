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
        Counter counter = new Counter();
        for (SurveyAnswer answer : answers) {
            if (answer.kind() == SurveyKind.CES) {
                counter.add(answer.score());
            }
        }
        return counter.result();
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
        Counter counter = new Counter();
        for (int score : scores) {
            counter.add(score);
        }
        return counter.result();
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

    /**
     * Starts an empty counter.
     *
     * @return a new counter; not thread-safe
     */
    public static Counter counter() {
        return new Counter();
    }

    /**
     * The running form of CES: the one place its rule lives, used by {@link #of(Iterable)},
     * {@link #ofScores(int...)} and the grouped report. Mergeable; its state is its
     * {@link #result()}, which {@link #add(Ces)} takes back. Allocation-free. Not thread-safe.
     */
    public static final class Counter {
        private long total;
        private long scoreSum;
        private long easy;

        private Counter() {
        }

        /**
         * Counts one CES answer; easy from 5.
         *
         * @param score the score, 1..7
         * @throws IllegalArgumentException when the score is out of range, naming it
         */
        public void add(int score) {
            SurveyKind.CES.checkScore(score, null);
            total++;
            scoreSum += score;
            if (score >= EASY_FROM) {
                easy++;
            }
        }

        /**
         * Adds the counts of a result, e.g. one decoded from storage.
         *
         * @param counts the counts to add
         * @throws ArithmeticException when a count overflows
         */
        public void add(Ces counts) {
            total = Math.addExact(total, counts.total());
            scoreSum = Math.addExact(scoreSum, counts.scoreSum());
            easy = Math.addExact(easy, counts.easy());
        }

        /**
         * Adds another counter's counts; the other is unchanged. Allocation-free.
         *
         * @param other the counter to add
         * @throws ArithmeticException when a count overflows
         */
        public void merge(Counter other) {
            total = Math.addExact(total, other.total);
            scoreSum = Math.addExact(scoreSum, other.scoreSum);
            easy = Math.addExact(easy, other.easy);
        }

        /**
         * Returns the number of answers counted.
         *
         * @return the count
         */
        public long total() {
            return total;
        }

        /**
         * Returns the result so far.
         *
         * @return the counts as a {@link Ces}
         */
        public Ces result() {
            return new Ces(total, scoreSum, easy);
        }
    }
}

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
        Counter counter = new Counter();
        for (SurveyAnswer answer : answers) {
            if (answer.kind() == SurveyKind.CSAT) {
                counter.add(answer.score());
            }
        }
        return counter.result();
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
        Counter counter = new Counter();
        for (int score : scores) {
            counter.add(score);
        }
        return counter.result();
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

    /**
     * Starts an empty counter.
     *
     * @return a new counter; not thread-safe
     */
    public static Counter counter() {
        return new Counter();
    }

    /**
     * The running form of CSAT: the one place its rule lives, used by {@link #of(Iterable)},
     * {@link #ofScores(int...)} and the grouped report. Mergeable; its state is its
     * {@link #result()}, which {@link #add(Csat)} takes back (how partial results are stored and
     * resumed). Allocation-free. Not thread-safe.
     */
    public static final class Counter {
        private long satisfied;
        private long total;

        private Counter() {
        }

        /**
         * Counts one CSAT answer.
         *
         * @param score the score, 1..5
         * @throws IllegalArgumentException when the score is out of range, naming it
         */
        public void add(int score) {
            SurveyKind.CSAT.checkScore(score, null);
            total++;
            if (score >= SATISFIED_FROM) {
                satisfied++;
            }
        }

        /**
         * Adds the counts of a result, e.g. one decoded from storage.
         *
         * @param counts the counts to add
         * @throws ArithmeticException when a count overflows
         */
        public void add(Csat counts) {
            satisfied = Math.addExact(satisfied, counts.satisfied());
            total = Math.addExact(total, counts.total());
        }

        /**
         * Adds another counter's counts; the other is unchanged. Allocation-free.
         *
         * @param other the counter to add
         * @throws ArithmeticException when a count overflows
         */
        public void merge(Counter other) {
            satisfied = Math.addExact(satisfied, other.satisfied);
            total = Math.addExact(total, other.total);
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
         * @return the counts as a {@link Csat}
         */
        public Csat result() {
            return new Csat(satisfied, total);
        }
    }
}

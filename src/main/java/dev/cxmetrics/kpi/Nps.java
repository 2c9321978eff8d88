package dev.cxmetrics.kpi;

import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Net Promoter Score over NPS answers (0..10): promoters score 9–10, passives 7–8, detractors 0–6.
 *
 * <p>{@code score() = 100 × (promoters − detractors) / total}, in [−100, 100], empty when there
 * are no answers. For example 100 answers with 50 promoters and 40 detractors score 10.
 * Immutable and thread-safe.
 *
 * @param promoters answers scored 9 or 10
 * @param passives answers scored 7 or 8
 * @param detractors answers scored 0 to 6
 */
public record Nps(long promoters, long passives, long detractors) {
    /** The lowest promoter score. */
    public static final int PROMOTER_FROM = 9;
    /** The lowest passive score; below it are detractors. */
    public static final int PASSIVE_FROM = 7;

    /**
     * Creates an instance after validating every component.
     *
     * @param promoters answers scored 9 or 10
     * @param passives answers scored 7 or 8
     * @param detractors answers scored 0 to 6
     * @throws IllegalArgumentException when a component is out of its range, naming it and its value
     */
    public Nps {
        Ratios.nonNegative(promoters, "promoters");
        Ratios.nonNegative(passives, "passives");
        Ratios.nonNegative(detractors, "detractors");
        try {
            Math.addExact(Math.addExact(promoters, passives), detractors);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("promoters " + promoters + " + passives " + passives
                    + " + detractors " + detractors + " exceeds Long.MAX_VALUE", e);
        }
    }

    /**
     * Computes NPS over the {@link SurveyKind#NPS} answers among {@code answers}; answers of
     * other kinds are not counted.
     *
     * @param answers survey answers of any kind
     * @return the result; {@code total() == 0} when there is no NPS answer
     */
    public static Nps of(Iterable<SurveyAnswer> answers) {
        Objects.requireNonNull(answers, "answers");
        Counter counter = new Counter();
        for (SurveyAnswer answer : answers) {
            if (answer.kind() == SurveyKind.NPS) {
                counter.add(answer.score());
            }
        }
        return counter.result();
    }

    /**
     * Computes NPS over raw scores.
     *
     * @param scores NPS scores, each in 0..10
     * @return the result
     * @throws IllegalArgumentException naming the score when one is out of range
     */
    public static Nps ofScores(int... scores) {
        Objects.requireNonNull(scores, "scores");
        Counter counter = new Counter();
        for (int score : scores) {
            counter.add(score);
        }
        return counter.result();
    }


    /**
     * Returns the number of answers.
     *
     * @return promoters + passives + detractors
     */
    public long total() {
        return promoters + passives + detractors;
    }

    /**
     * Returns the Net Promoter Score.
     *
     * @return {@code 100 × (promoters − detractors) / total} in [−100, 100], or empty when there are no answers
     */
    public OptionalDouble score() {
        long total = total();
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (promoters - detractors) / total);
    }

    /**
     * Combines two results over disjoint answers.
     *
     * @param other the other result
     * @return the result over both sets of answers
     */
    public Nps plus(Nps other) {
        return new Nps(Math.addExact(promoters, other.promoters), Math.addExact(passives, other.passives),
                Math.addExact(detractors, other.detractors));
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
     * The running form of NPS: the one place its rule lives, used by {@link #of(Iterable)},
     * {@link #ofScores(int...)} and the grouped report. Mergeable; its state is its
     * {@link #result()}, which {@link #add(Nps)} takes back. Allocation-free. Not thread-safe.
     */
    public static final class Counter {
        private long promoters;
        private long passives;
        private long detractors;

        private Counter() {
        }

        /**
         * Counts one NPS answer: a promoter from 9, a passive from 7, else a detractor.
         *
         * @param score the score, 0..10
         * @throws IllegalArgumentException when the score is out of range, naming it
         */
        public void add(int score) {
            SurveyKind.NPS.checkScore(score, null);
            if (score >= PROMOTER_FROM) {
                promoters++;
            } else if (score >= PASSIVE_FROM) {
                passives++;
            } else {
                detractors++;
            }
        }

        /**
         * Adds the counts of a result, e.g. one decoded from storage.
         *
         * @param counts the counts to add
         * @throws ArithmeticException when a count overflows
         */
        public void add(Nps counts) {
            promoters = Math.addExact(promoters, counts.promoters());
            passives = Math.addExact(passives, counts.passives());
            detractors = Math.addExact(detractors, counts.detractors());
        }

        /**
         * Adds another counter's counts; the other is unchanged. Allocation-free.
         *
         * @param other the counter to add
         * @throws ArithmeticException when a count overflows
         */
        public void merge(Counter other) {
            promoters = Math.addExact(promoters, other.promoters);
            passives = Math.addExact(passives, other.passives);
            detractors = Math.addExact(detractors, other.detractors);
        }

        /**
         * Returns the number of answers counted.
         *
         * @return the count
         */
        public long total() {
            return promoters + passives + detractors;
        }

        /**
         * Returns the result so far.
         *
         * @return the counts as an {@link Nps}
         * @throws IllegalArgumentException when the total exceeds {@code Long.MAX_VALUE}
         */
        public Nps result() {
            return new Nps(promoters, passives, detractors);
        }
    }
}

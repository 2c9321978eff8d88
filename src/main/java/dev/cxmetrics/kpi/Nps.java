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
        long[] counts = new long[3];
        for (SurveyAnswer answer : answers) {
            if (answer.kind() == SurveyKind.NPS) {
                counts[category(answer.score())]++;
            }
        }
        return new Nps(counts[0], counts[1], counts[2]);
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
        long[] counts = new long[3];
        for (int score : scores) {
            counts[category(SurveyKind.NPS.checkScore(score, null))]++;
        }
        return new Nps(counts[0], counts[1], counts[2]);
    }

    private static int category(int score) {
        return score >= PROMOTER_FROM ? 0 : score >= PASSIVE_FROM ? 1 : 2;
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
}

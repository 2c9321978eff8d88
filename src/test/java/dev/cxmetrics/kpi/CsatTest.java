package dev.cxmetrics.kpi;

import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class CsatTest {
    private static final Instant AT = Instant.parse("2026-05-04T10:00:00Z");

    private static SurveyAnswer answer(SurveyKind kind, int score) {
        return new SurveyAnswer("T-1", null, null, kind, score, AT);
    }

    @Test
    void fiveFourThreeIsTwoThirdsSatisfied() {
        Csat csat = Csat.ofScores(5, 4, 3);

        assertThat(csat.satisfied()).isEqualTo(2);
        assertThat(csat.total()).isEqualTo(3);
        assertThat(csat.percent()).hasValue(200.0 / 3);
        assertThat(csat.percent().getAsDouble()).isBetween(66.666, 66.667);
    }

    @Test
    void countsFoursAndFivesOverAllAnswersNotJustTheExtremes() {
        // 1 and 2 are unsatisfied, 3 is neutral but still in the denominator.
        assertThat(Csat.ofScores(1, 2, 3, 4, 5).percent()).hasValue(40.0);
        assertThat(Csat.ofScores(3, 3, 3, 5).percent()).hasValue(25.0);
    }

    @Test
    void emptyInputHasNoPercent() {
        assertThat(Csat.ofScores().percent()).isEmpty();
        assertThat(Csat.ofScores().total()).isZero();
        assertThat(Csat.of(List.of()).percent()).isEmpty();
    }

    @Test
    void oneAnswerIsAllOrNothing() {
        assertThat(Csat.ofScores(4).percent()).hasValue(100.0);
        assertThat(Csat.ofScores(3).percent()).hasValue(0.0);
    }

    @Test
    void allEqualAnswers() {
        assertThat(Csat.ofScores(5, 5, 5, 5).percent()).hasValue(100.0);
        assertThat(Csat.ofScores(1, 1, 1).percent()).hasValue(0.0);
    }

    @Test
    void ofCountsOnlyCsatAnswers() {
        List<SurveyAnswer> answers = List.of(answer(SurveyKind.CSAT, 5), answer(SurveyKind.CSAT, 2),
                answer(SurveyKind.NPS, 10), answer(SurveyKind.NPS, 0), answer(SurveyKind.CES, 7));

        assertThat(Csat.of(answers)).isEqualTo(new Csat(1, 2));
    }

    @Test
    void onlyOtherKindsMeansNoCsat() {
        Csat csat = Csat.of(List.of(answer(SurveyKind.NPS, 10), answer(SurveyKind.CES, 5)));

        assertThat(csat.total()).isZero();
        assertThat(csat.percent()).isEmpty();
    }

    @Test
    void rejectsScoresOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> Csat.ofScores(5, 0))
                .withMessage("score 0 out of range 1..5 for CSAT");
        assertThatIllegalArgumentException().isThrownBy(() -> Csat.ofScores(6))
                .withMessage("score 6 out of range 1..5 for CSAT");
    }

    @Test
    void rejectsInconsistentCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Csat(3, 2))
                .withMessage("satisfied 3 exceeds total 2");
        assertThatIllegalArgumentException().isThrownBy(() -> new Csat(-1, 2))
                .withMessage("satisfied -1 is negative");
        assertThatIllegalArgumentException().isThrownBy(() -> new Csat(0, -1))
                .withMessage("total -1 is negative");
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> Csat.of(null)).withMessage("answers");
        assertThatNullPointerException().isThrownBy(() -> Csat.ofScores((int[]) null)).withMessage("scores");
    }

    @Test
    void plusAddsDisjointResults() {
        assertThat(Csat.ofScores(5, 1).plus(Csat.ofScores(4, 4, 2))).isEqualTo(Csat.ofScores(5, 1, 4, 4, 2));
        assertThat(Csat.ofScores().plus(Csat.ofScores())).isEqualTo(new Csat(0, 0));
    }

    @Test
    void matchesAStreamReferenceOnRandomAnswers() {
        for (long seed = 1; seed <= RandomData.CASES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<SurveyAnswer> answers = RandomData.answers(random);

            Csat actual = Csat.of(answers);

            Map<Boolean, Long> bySatisfaction = answers.stream()
                    .filter(a -> a.kind().name().equals("CSAT"))
                    .collect(Collectors.partitioningBy(a -> a.score() == 4 || a.score() == 5, Collectors.counting()));
            long satisfied = bySatisfaction.get(true);
            long total = satisfied + bySatisfaction.get(false);
            assertThat(actual.satisfied()).as("seed %d", seed).isEqualTo(satisfied);
            assertThat(actual.total()).as("seed %d", seed).isEqualTo(total);
            assertThat(actual.percent()).as("seed %d", seed).isEqualTo(Exact.percent(satisfied, total));
        }
    }

    @Test
    void ofScoresMatchesAStreamReferenceOnRandomScores() {
        for (long seed = 1; seed <= RandomData.CASES; seed++) {
            int[] scores = RandomData.scores(new SplittableRandom(seed), SurveyKind.CSAT);

            Csat actual = Csat.ofScores(scores);

            long satisfied = Arrays.stream(scores).filter(s -> s >= 4).count();
            assertThat(actual).as("seed %d", seed).isEqualTo(new Csat(satisfied, scores.length));
            assertThat(actual.percent()).as("seed %d", seed).isEqualTo(Exact.percent(satisfied, scores.length));
            if (scores.length > 0) {
                assertThat(actual.percent().getAsDouble()).as("seed %d", seed).isBetween(0.0, 100.0);
            }
        }
    }
}

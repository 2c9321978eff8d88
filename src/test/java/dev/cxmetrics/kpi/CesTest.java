package dev.cxmetrics.kpi;

import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class CesTest {
    private static final Instant AT = Instant.parse("2026-05-04T10:00:00Z");

    @Test
    void meanAndEasyShareOfAWorkedExample() {
        Ces ces = Ces.ofScores(7, 6, 5, 4, 1);

        assertThat(ces).isEqualTo(new Ces(5, 23, 3));
        assertThat(ces.mean()).hasValue(4.6);
        assertThat(ces.easyPercent()).hasValue(60.0);
    }

    @Test
    void easyStartsAtFive() {
        assertThat(Ces.ofScores(4).easyPercent()).hasValue(0.0);
        assertThat(Ces.ofScores(5).easyPercent()).hasValue(100.0);
        assertThat(Ces.ofScores(1, 2, 3, 4, 5, 6, 7).easyPercent()).hasValue(300.0 / 7);
    }

    @Test
    void emptyInputHasNoMeanAndNoEasyPercent() {
        assertThat(Ces.ofScores().mean()).isEmpty();
        assertThat(Ces.ofScores().easyPercent()).isEmpty();
        assertThat(Ces.of(List.of()).mean()).isEmpty();
    }

    @Test
    void oneAnswerAndAllEqualAnswers() {
        assertThat(Ces.ofScores(3).mean()).hasValue(3.0);
        assertThat(Ces.ofScores(6, 6, 6).mean()).hasValue(6.0);
        assertThat(Ces.ofScores(6, 6, 6).easyPercent()).hasValue(100.0);
        assertThat(Ces.ofScores(1, 1).mean()).hasValue(1.0);
    }

    @Test
    void ofCountsOnlyCesAnswers() {
        List<SurveyAnswer> answers = List.of(
                new SurveyAnswer(null, null, null, SurveyKind.CES, 7, AT),
                new SurveyAnswer(null, null, null, SurveyKind.CES, 2, AT),
                new SurveyAnswer(null, null, null, SurveyKind.NPS, 0, AT),
                new SurveyAnswer(null, null, null, SurveyKind.CSAT, 1, AT));

        assertThat(Ces.of(answers)).isEqualTo(new Ces(2, 9, 1));
        assertThat(Ces.of(answers).mean()).hasValue(4.5);
    }

    @Test
    void rejectsScoresOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> Ces.ofScores(0))
                .withMessage("score 0 out of range 1..7 for CES");
        assertThatIllegalArgumentException().isThrownBy(() -> Ces.ofScores(7, 8))
                .withMessage("score 8 out of range 1..7 for CES");
    }

    @Test
    void rejectsInconsistentCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Ces(-1, 0, 0))
                .withMessage("total -1 is negative");
        assertThatIllegalArgumentException().isThrownBy(() -> new Ces(1, 5, -1))
                .withMessage("easy -1 is negative");
        assertThatIllegalArgumentException().isThrownBy(() -> new Ces(1, 5, 2))
                .withMessage("easy 2 exceeds total 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Ces(0, 3, 0))
                .withMessage("scoreSum 3 with no answers");
        assertThatIllegalArgumentException().isThrownBy(() -> new Ces(2, 1, 0))
                .withMessageStartingWith("scoreSum 1 is impossible for 2 answers");
        assertThatIllegalArgumentException().isThrownBy(() -> new Ces(2, 15, 0))
                .withMessageStartingWith("scoreSum 15 is impossible for 2 answers");
    }

    @Test
    void rejectsASumThatContradictsTheEasyCount() {
        // One answer that is "easy" (>= 5) cannot sum to 1; two answers of which none is easy cannot sum to 9.
        assertThatIllegalArgumentException().isThrownBy(() -> new Ces(1, 1, 1))
                .withMessage("scoreSum 1 is impossible for 1 answers, 1 of them scored 5 or more, on a 1..7 scale");
        assertThatIllegalArgumentException().isThrownBy(() -> new Ces(2, 9, 0))
                .withMessage("scoreSum 9 is impossible for 2 answers, 0 of them scored 5 or more, on a 1..7 scale");
        // The bounds themselves are possible.
        assertThat(new Ces(2, 6, 1)).isEqualTo(Ces.ofScores(1, 5));
        assertThat(new Ces(2, 11, 1)).isEqualTo(Ces.ofScores(4, 7));
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> Ces.of(null)).withMessage("answers");
        assertThatNullPointerException().isThrownBy(() -> Ces.ofScores((int[]) null)).withMessage("scores");
    }

    @Test
    void plusAddsDisjointResults() {
        assertThat(Ces.ofScores(7, 1).plus(Ces.ofScores(5))).isEqualTo(Ces.ofScores(7, 1, 5));
    }

    @Test
    void matchesAStreamReferenceOnRandomAnswers() {
        for (long seed = 1; seed <= RandomData.CASES; seed++) {
            List<SurveyAnswer> answers = RandomData.answers(new SplittableRandom(seed));

            Ces actual = Ces.of(answers);

            int[] scores = answers.stream().filter(a -> a.kind() == SurveyKind.CES).mapToInt(SurveyAnswer::score)
                    .toArray();
            assertMatchesReference(actual, scores, seed);
        }
    }

    @Test
    void ofScoresMatchesAStreamReferenceOnRandomScores() {
        for (long seed = 1; seed <= RandomData.CASES; seed++) {
            int[] scores = RandomData.scores(new SplittableRandom(seed), SurveyKind.CES);

            assertMatchesReference(Ces.ofScores(scores), scores, seed);
        }
    }

    private static void assertMatchesReference(Ces actual, int[] scores, long seed) {
        IntSummaryStatistics summary = Arrays.stream(scores).summaryStatistics();
        long easy = Arrays.stream(scores).filter(s -> s >= 5).count();
        assertThat(actual).as("seed %d", seed).isEqualTo(new Ces(summary.getCount(), summary.getSum(), easy));
        assertThat(actual.mean()).as("seed %d", seed)
                .isEqualTo(Exact.ratio(BigDecimal.valueOf(summary.getSum()), summary.getCount()));
        assertThat(actual.easyPercent()).as("seed %d", seed).isEqualTo(Exact.percent(easy, scores.length));
        if (scores.length > 0) {
            assertThat(actual.mean().getAsDouble()).as("seed %d", seed).isBetween(1.0, 7.0);
        }
    }
}

package dev.cxmetrics.kpi;

import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class NpsTest {
    private static final Instant AT = Instant.parse("2026-05-04T10:00:00Z");

    /** {@code count} copies of {@code score}. */
    private static List<Integer> times(int count, int score) {
        return Collections.nCopies(count, score);
    }

    private static int[] scores(List<List<Integer>> groups) {
        return groups.stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void fiftyPromotersAndFortyDetractorsOfAHundredScoreTen() {
        Nps nps = Nps.ofScores(scores(List.of(times(50, 9), times(10, 7), times(40, 3))));

        assertThat(nps).isEqualTo(new Nps(50, 10, 40));
        assertThat(nps.total()).isEqualTo(100);
        assertThat(nps.score()).hasValue(10.0);
    }

    @Test
    void fiftyPromotersAndTwentyDetractorsOfAHundredScoreThirty() {
        Nps nps = Nps.ofScores(scores(List.of(times(25, 10), times(25, 9), times(30, 8), times(20, 0))));

        assertThat(nps).isEqualTo(new Nps(50, 30, 20));
        assertThat(nps.score()).hasValue(30.0);
    }

    @Test
    void categoriesSplitAtSixSevenAndEightNine() {
        assertThat(Nps.ofScores(0, 1, 2, 3, 4, 5, 6)).isEqualTo(new Nps(0, 0, 7));
        assertThat(Nps.ofScores(7, 8)).isEqualTo(new Nps(0, 2, 0));
        assertThat(Nps.ofScores(9, 10)).isEqualTo(new Nps(2, 0, 0));
    }

    @Test
    void scoreSpansMinusHundredToHundred() {
        assertThat(Nps.ofScores(10, 9, 10).score()).hasValue(100.0);
        assertThat(Nps.ofScores(0, 6, 3).score()).hasValue(-100.0);
        assertThat(Nps.ofScores(7, 8, 7).score()).hasValue(0.0);
        assertThat(Nps.ofScores(10, 0, 8).score()).hasValue(0.0);
        assertThat(Nps.ofScores(10, 8, 8).score()).hasValue(100.0 / 3);
    }

    @Test
    void emptyInputHasNoScore() {
        assertThat(Nps.ofScores().score()).isEmpty();
        assertThat(Nps.of(List.of()).score()).isEmpty();
        assertThat(Nps.ofScores().total()).isZero();
    }

    @Test
    void oneAnswer() {
        assertThat(Nps.ofScores(9).score()).hasValue(100.0);
        assertThat(Nps.ofScores(8).score()).hasValue(0.0);
        assertThat(Nps.ofScores(6).score()).hasValue(-100.0);
    }

    @Test
    void ofCountsOnlyNpsAnswers() {
        List<SurveyAnswer> answers = List.of(
                new SurveyAnswer(null, null, null, SurveyKind.NPS, 10, AT),
                new SurveyAnswer(null, null, null, SurveyKind.NPS, 2, AT),
                new SurveyAnswer(null, null, null, SurveyKind.NPS, 7, AT),
                new SurveyAnswer(null, null, null, SurveyKind.CSAT, 5, AT),
                new SurveyAnswer(null, null, null, SurveyKind.CES, 1, AT));

        assertThat(Nps.of(answers)).isEqualTo(new Nps(1, 1, 1));
    }

    @Test
    void rejectsScoresOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> Nps.ofScores(10, 11))
                .withMessage("score 11 out of range 0..10 for NPS");
        assertThatIllegalArgumentException().isThrownBy(() -> Nps.ofScores(-1))
                .withMessage("score -1 out of range 0..10 for NPS");
    }

    @Test
    void rejectsNegativeAndOverflowingCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Nps(-1, 0, 0))
                .withMessage("promoters -1 is negative");
        assertThatIllegalArgumentException().isThrownBy(() -> new Nps(0, -2, 0))
                .withMessage("passives -2 is negative");
        assertThatIllegalArgumentException().isThrownBy(() -> new Nps(0, 0, -3))
                .withMessage("detractors -3 is negative");
        assertThatIllegalArgumentException().isThrownBy(() -> new Nps(Long.MAX_VALUE, 1, 0))
                .withMessage("promoters 9223372036854775807 + passives 1 + detractors 0 exceeds Long.MAX_VALUE");
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> Nps.of(null)).withMessage("answers");
        assertThatNullPointerException().isThrownBy(() -> Nps.ofScores((int[]) null)).withMessage("scores");
    }

    @Test
    void plusAddsDisjointResults() {
        assertThat(Nps.ofScores(10, 7).plus(Nps.ofScores(0, 9))).isEqualTo(new Nps(2, 1, 1));
    }

    @Test
    void matchesAStreamReferenceOnRandomAnswers() {
        for (long seed = 1; seed <= RandomData.CASES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<SurveyAnswer> answers = RandomData.answers(random);

            Nps actual = Nps.of(answers);

            List<Integer> npsScores = answers.stream().filter(a -> a.kind() == SurveyKind.NPS)
                    .map(SurveyAnswer::score).collect(Collectors.toList());
            assertMatchesReference(actual, npsScores, seed);
        }
    }

    @Test
    void ofScoresMatchesAStreamReferenceOnRandomScores() {
        for (long seed = 1; seed <= RandomData.CASES; seed++) {
            int[] scores = RandomData.scores(new SplittableRandom(seed), SurveyKind.NPS);

            Nps actual = Nps.ofScores(scores);

            assertMatchesReference(actual, Arrays.stream(scores).boxed().collect(Collectors.toList()), seed);
        }
    }

    private static void assertMatchesReference(Nps actual, List<Integer> scores, long seed) {
        Map<String, Long> byCategory = scores.stream().map(s -> s <= 6 ? "detractor" : s <= 8 ? "passive" : "promoter")
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long promoters = byCategory.getOrDefault("promoter", 0L);
        long passives = byCategory.getOrDefault("passive", 0L);
        long detractors = byCategory.getOrDefault("detractor", 0L);
        assertThat(actual).as("seed %d", seed).isEqualTo(new Nps(promoters, passives, detractors));
        assertThat(actual.total()).as("seed %d", seed).isEqualTo(scores.size());
        assertThat(actual.score()).as("seed %d", seed)
                .isEqualTo(Exact.ratio(BigDecimal.valueOf(100 * (promoters - detractors)), scores.size()));
        if (!scores.isEmpty()) {
            assertThat(actual.score().getAsDouble()).as("seed %d", seed).isBetween(-100.0, 100.0);
        }
    }

    @Test
    void orderOfAnswersDoesNotMatter() {
        for (long seed = 1; seed <= 100; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<SurveyAnswer> answers = new ArrayList<>(RandomData.answers(random));
            Nps before = Nps.of(answers);
            Collections.shuffle(answers, new Random(seed));
            assertThat(Nps.of(answers)).as("seed %d", seed).isEqualTo(before);
        }
    }
}

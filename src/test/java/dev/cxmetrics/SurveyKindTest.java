package dev.cxmetrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SurveyKindTest {

    @Test
    void rangesAreCsatOneToFiveNpsZeroToTenCesOneToSeven() {
        assertThat(SurveyKind.CSAT.minScore()).isEqualTo(1);
        assertThat(SurveyKind.CSAT.maxScore()).isEqualTo(5);
        assertThat(SurveyKind.NPS.minScore()).isEqualTo(0);
        assertThat(SurveyKind.NPS.maxScore()).isEqualTo(10);
        assertThat(SurveyKind.CES.minScore()).isEqualTo(1);
        assertThat(SurveyKind.CES.maxScore()).isEqualTo(7);
    }

    @Test
    void acceptsExactlyTheScoresOfItsRange() {
        for (SurveyKind kind : SurveyKind.values()) {
            for (int score = -3; score <= 13; score++) {
                boolean inRange = score >= kind.minScore() && score <= kind.maxScore();
                assertThat(kind.accepts(score)).as("%s %d", kind, score).isEqualTo(inRange);
                if (inRange) {
                    assertThat(kind.checkScore(score, "T-1")).isEqualTo(score);
                } else {
                    int bad = score;
                    assertThatIllegalArgumentException()
                            .isThrownBy(() -> kind.checkScore(bad, "T-1"))
                            .withMessage("score %d out of range %d..%d for %s (ticket T-1)",
                                    bad, kind.minScore(), kind.maxScore(), kind.name());
                }
            }
        }
    }

    @Test
    void rejectsExtremeScores() {
        assertThat(SurveyKind.NPS.accepts(Integer.MIN_VALUE)).isFalse();
        assertThat(SurveyKind.NPS.accepts(Integer.MAX_VALUE)).isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SurveyKind.CSAT.checkScore(Integer.MAX_VALUE, null))
                .withMessage("score 2147483647 out of range 1..5 for CSAT");
    }
}

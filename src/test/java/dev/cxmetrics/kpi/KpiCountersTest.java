package dev.cxmetrics.kpi;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The running counters give what the one-shot calculators give, however the scores are split and merged. */
class KpiCountersTest {

    @Test
    void splittingScoresOverCountersAndMergingGivesTheOneShotResult() {
        for (long seed = 1; seed <= RandomData.CASES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = random.nextInt(200);
            int[] csat = scores(random, n, 1, 5);
            int[] nps = scores(random, n, 0, 10);
            int[] ces = scores(random, n, 1, 7);
            int split = n == 0 ? 0 : random.nextInt(n + 1);

            Csat.Counter csatLeft = Csat.counter();
            Csat.Counter csatRight = Csat.counter();
            Nps.Counter npsLeft = Nps.counter();
            Nps.Counter npsRight = Nps.counter();
            Ces.Counter cesLeft = Ces.counter();
            Ces.Counter cesRight = Ces.counter();
            for (int i = 0; i < n; i++) {
                (i < split ? csatLeft : csatRight).add(csat[i]);
                (i < split ? npsLeft : npsRight).add(nps[i]);
                (i < split ? cesLeft : cesRight).add(ces[i]);
            }
            csatLeft.merge(csatRight);
            npsLeft.merge(npsRight);
            cesLeft.merge(cesRight);

            assertThat(csatLeft.result()).as("seed %d", seed).isEqualTo(Csat.ofScores(csat));
            assertThat(npsLeft.result()).as("seed %d", seed).isEqualTo(Nps.ofScores(nps));
            assertThat(cesLeft.result()).as("seed %d", seed).isEqualTo(Ces.ofScores(ces));
            assertThat(csatLeft.total()).isEqualTo(n);
            assertThat(npsLeft.total()).isEqualTo(n);
            assertThat(cesLeft.total()).isEqualTo(n);
        }
    }

    @Test
    void aResultAddedBackResumesTheCounter() {
        Csat.Counter csat = Csat.counter();
        csat.add(Csat.ofScores(5, 4, 3));
        csat.add(1);
        assertThat(csat.result()).isEqualTo(Csat.ofScores(5, 4, 3, 1));

        Nps.Counter nps = Nps.counter();
        nps.add(Nps.ofScores(10, 7, 0));
        nps.add(9);
        assertThat(nps.result()).isEqualTo(new Nps(2, 1, 1));

        Ces.Counter ces = Ces.counter();
        ces.add(Ces.ofScores(7, 1));
        ces.add(5);
        assertThat(ces.result()).isEqualTo(new Ces(3, 13, 2));

        Fcr.Counter fcr = Fcr.counter();
        fcr.add(new Fcr(1, 2, 3));
        fcr.resolved(1, 0);
        fcr.resolved(1, 1);
        fcr.resolved(0, 0);
        assertThat(fcr.result()).isEqualTo(new Fcr(2, 4, 4));
        assertThat(fcr.resolved()).isEqualTo(8);
    }

    @Test
    void emptyCountersGiveEmptyResults() {
        assertThat(Csat.counter().result().percent()).isEmpty();
        assertThat(Nps.counter().result().score()).isEmpty();
        assertThat(Ces.counter().result().mean()).isEmpty();
        assertThat(Fcr.counter().result().percent()).isEmpty();
    }

    @Test
    void scoresOutOfRangeAreRejectedNamingTheScore() {
        assertThatIllegalArgumentException().isThrownBy(() -> Csat.counter().add(6))
                .withMessage("score 6 out of range 1..5 for CSAT");
        assertThatIllegalArgumentException().isThrownBy(() -> Nps.counter().add(-1))
                .withMessage("score -1 out of range 0..10 for NPS");
        assertThatIllegalArgumentException().isThrownBy(() -> Ces.counter().add(0))
                .withMessage("score 0 out of range 1..7 for CES");
        assertThatIllegalArgumentException().isThrownBy(() -> Fcr.counter().resolved(-1, 0))
                .withMessage("agentReplies -1 and reopens 0 must not be negative");
    }

    @Test
    void mergingPastLongMaxValueFailsInsteadOfWrapping() {
        Csat.Counter full = Csat.counter();
        full.add(new Csat(0, Long.MAX_VALUE));
        Csat.Counter one = Csat.counter();
        one.add(3);
        assertThatThrownBy(() -> full.merge(one)).isInstanceOf(ArithmeticException.class);
    }

    private static int[] scores(SplittableRandom random, int n, int min, int max) {
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextInt(min, max + 1);
        }
        return scores;
    }
}

package dev.cxmetrics.kpi;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ChurnTest {

    @Test
    void churnIsLostOverStart() {
        assertThat(Churn.of(200, 30).percent()).hasValue(15.0);
        assertThat(Churn.of(3, 1).percent()).hasValue(100.0 / 3);
    }

    @Test
    void nobodyLostAndEveryoneLost() {
        assertThat(Churn.of(10, 0).percent()).hasValue(0.0);
        assertThat(Churn.of(10, 10).percent()).hasValue(100.0);
        assertThat(Churn.of(1, 1).percent()).hasValue(100.0);
    }

    @Test
    void noCustomersAtTheStartHasNoRate() {
        assertThat(Churn.of(0, 0).percent()).isEmpty();
        assertThat(Churn.of(Set.of(), Set.of("a", "b")).percent()).isEmpty();
    }

    @Test
    void rejectsInconsistentCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> Churn.of(5, 6))
                .withMessage("lost 6 exceeds atStart 5");
        assertThatIllegalArgumentException().isThrownBy(() -> Churn.of(-1, 0))
                .withMessage("atStart -1 is negative");
        assertThatIllegalArgumentException().isThrownBy(() -> Churn.of(5, -1))
                .withMessage("lost -1 is negative");
    }

    @Test
    void fromSetsLostAreStartCustomersMissingAtTheEnd() {
        Churn churn = Churn.of(Set.of("a", "b", "c", "d"), Set.of("b", "c", "x", "y", "z"));

        assertThat(churn).isEqualTo(Churn.of(4, 2));
        assertThat(churn.percent()).hasValue(50.0);
    }

    @Test
    void rejectsNullSetsAndNullIds() {
        Set<String> withNull = new HashSet<>(Arrays.asList("a", null));
        assertThatIllegalArgumentException().isThrownBy(() -> Churn.of(withNull, Set.of("a")))
                .withMessage("atStart contains a null customer id");
        assertThatIllegalArgumentException().isThrownBy(() -> Churn.of(Set.of("a"), withNull))
                .withMessage("atEnd contains a null customer id");
        assertThatNullPointerException().isThrownBy(() -> Churn.of(null, Set.of())).withMessage("atStart");
        assertThatNullPointerException().isThrownBy(() -> Churn.of(Set.of(), null)).withMessage("atEnd");
    }

    @Test
    void fromSetsMatchesAStreamReferenceOnRandomSets() {
        for (long seed = 1; seed <= RandomData.CASES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int universe = 1 + random.nextInt(200);
            Set<String> start = IntStream.range(0, RandomData.size(random, universe))
                    .mapToObj(i -> "C-" + random.nextInt(universe)).collect(Collectors.toSet());
            Set<String> end = IntStream.range(0, RandomData.size(random, universe))
                    .mapToObj(i -> "C-" + random.nextInt(universe)).collect(Collectors.toSet());

            Churn actual = Churn.of(start, end);

            Set<String> lost = new HashSet<>(start);
            lost.removeAll(end);
            assertThat(actual).as("seed %d", seed).isEqualTo(Churn.of(start.size(), lost.size()));
            assertThat(actual.percent()).as("seed %d", seed).isEqualTo(Exact.percent(lost.size(), start.size()));
            // Churn and retention over the same sets are complementary.
            Retention retention = Retention.of(start, end);
            if (!start.isEmpty()) {
                assertThat(actual.lost() + retention.retained()).as("seed %d", seed).isEqualTo(start.size());
            }
        }
    }

    @Test
    void fromCountsMatchesAReferenceOnRandomCountsValidOrNot() {
        for (long seed = 1; seed <= RandomData.CASES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            long s = random.nextInt(30) - 2;
            long l = random.nextInt(30) - 2;
            boolean consistent = s >= 0 && l >= 0 && l <= s;

            if (consistent) {
                assertThat(Churn.of(s, l).percent()).as("seed %d", seed).isEqualTo(Exact.percent(l, s));
            } else {
                assertThatIllegalArgumentException().as("seed %d", seed).isThrownBy(() -> Churn.of(s, l));
            }
        }
    }
}

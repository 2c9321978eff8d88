package dev.cxmetrics.kpi;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class RetentionTest {

    @Test
    void retentionIsEndMinusAcquiredOverStart() {
        // Start with 200, end with 180 of which 40 are new: 140 of the 200 stayed.
        Retention retention = Retention.of(200, 180, 40);

        assertThat(retention.retained()).isEqualTo(140);
        assertThat(retention.percent()).hasValue(70.0);
    }

    @Test
    void everyoneKeptAndNobodyKept() {
        assertThat(Retention.of(10, 10, 0).percent()).hasValue(100.0);
        assertThat(Retention.of(10, 7, 7).percent()).hasValue(0.0);
        assertThat(Retention.of(1, 1, 0).percent()).hasValue(100.0);
    }

    @Test
    void noCustomersAtTheStartHasNoRate() {
        assertThat(Retention.of(0, 5, 5).percent()).isEmpty();
        assertThat(Retention.of(0, 0, 0).percent()).isEmpty();
        assertThat(Retention.of(Set.of(), Set.of("a")).percent()).isEmpty();
    }

    @Test
    void rejectsInconsistentCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> Retention.of(10, 5, 6))
                .withMessage("acquired 6 exceeds atEnd 5");
        assertThatIllegalArgumentException().isThrownBy(() -> Retention.of(10, 15, 2))
                .withMessage("retained (atEnd - acquired) 13 exceeds atStart 10");
        assertThatIllegalArgumentException().isThrownBy(() -> Retention.of(-1, 0, 0))
                .withMessage("atStart -1 is negative");
        assertThatIllegalArgumentException().isThrownBy(() -> Retention.of(1, -1, 0))
                .withMessage("atEnd -1 is negative");
        assertThatIllegalArgumentException().isThrownBy(() -> Retention.of(1, 1, -1))
                .withMessage("acquired -1 is negative");
    }

    @Test
    void fromSetsAcquiredAreEndCustomersNotPresentAtTheStart() {
        Retention retention = Retention.of(Set.of("a", "b", "c", "d"), Set.of("b", "c", "x"));

        assertThat(retention).isEqualTo(Retention.of(4, 3, 1));
        assertThat(retention.retained()).isEqualTo(2);
        assertThat(retention.percent()).hasValue(50.0);
    }

    @Test
    void rejectsNullSetsAndNullIds() {
        Set<String> withNull = new HashSet<>(Arrays.asList("a", null));
        assertThatIllegalArgumentException().isThrownBy(() -> Retention.of(withNull, Set.of("a")))
                .withMessage("atStart contains a null customer id");
        assertThatIllegalArgumentException().isThrownBy(() -> Retention.of(Set.of("a"), withNull))
                .withMessage("atEnd contains a null customer id");
        assertThatNullPointerException().isThrownBy(() -> Retention.of(null, Set.of())).withMessage("atStart");
        assertThatNullPointerException().isThrownBy(() -> Retention.of(Set.of(), null)).withMessage("atEnd");
    }

    private static Set<String> randomCustomers(SplittableRandom random, int universe) {
        int bound = universe;
        return IntStream.range(0, RandomData.size(random, universe)).mapToObj(i -> "C-" + random.nextInt(bound))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void fromSetsMatchesAStreamReferenceOnRandomSets() {
        for (long seed = 1; seed <= RandomData.CASES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int universe = 1 + random.nextInt(200);
            Set<String> start = randomCustomers(random, universe);
            Set<String> end = randomCustomers(random, universe);

            Retention actual = Retention.of(start, end);

            long retained = start.stream().filter(end::contains).count();
            long acquired = end.stream().filter(id -> !start.contains(id)).count();
            assertThat(actual).as("seed %d", seed).isEqualTo(Retention.of(start.size(), end.size(), acquired));
            assertThat(actual.retained()).as("seed %d", seed).isEqualTo(retained);
            assertThat(actual.percent()).as("seed %d", seed).isEqualTo(Exact.percent(retained, start.size()));
        }
    }

    @Test
    void fromCountsMatchesAReferenceOnRandomCountsValidOrNot() {
        for (long seed = 1; seed <= RandomData.CASES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            long s = random.nextInt(30) - 2;
            long e = random.nextInt(30) - 2;
            long n = random.nextInt(30) - 2;
            boolean consistent = s >= 0 && e >= 0 && n >= 0 && n <= e && e - n <= s;

            if (consistent) {
                Retention actual = Retention.of(s, e, n);
                assertThat(actual.percent()).as("seed %d", seed).isEqualTo(Exact.percent(e - n, s));
                if (s > 0) {
                    assertThat(actual.percent().getAsDouble()).as("seed %d", seed).isBetween(0.0, 100.0);
                }
            } else {
                assertThatIllegalArgumentException().as("seed %d", seed).isThrownBy(() -> Retention.of(s, e, n));
            }
        }
    }
}

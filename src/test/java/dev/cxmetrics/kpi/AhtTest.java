package dev.cxmetrics.kpi;

import dev.cxmetrics.Response;
import dev.cxmetrics.stats.DurationStats;
import dev.cxmetrics.stats.ExactDurationStats;
import dev.cxmetrics.stats.ReferenceStats;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class AhtTest {
    private static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");

    private static Response handled(Duration time) {
        return Response.byAgent("T-1", "A-1", AT, time);
    }

    @Test
    void meanOfTrackedHandleTimes() {
        Aht aht = Aht.of(List.of(handled(Duration.ofMinutes(4)), handled(Duration.ofMinutes(6)),
                handled(Duration.ofMinutes(11))));

        assertThat(aht.mean()).contains(Duration.ofMinutes(7));
        assertThat(aht.count()).isEqualTo(3);
        assertThat(aht.untracked()).isZero();
        assertThat(aht.stats().median()).contains(Duration.ofMinutes(6));
    }

    @Test
    void responsesWithoutHandleTimeAreUntrackedAutomatedOrNot() {
        Aht aht = Aht.of(List.of(handled(Duration.ofSeconds(30)), handled(null), Response.automated("T-1", AT)));

        assertThat(aht.count()).isEqualTo(1);
        assertThat(aht.untracked()).isEqualTo(2);
        assertThat(aht.mean()).contains(Duration.ofSeconds(30));
    }

    @Test
    void emptyInputAndOnlyUntrackedResponsesHaveNoMean() {
        assertThat(Aht.of(List.of()).mean()).isEmpty();
        assertThat(Aht.of(List.of(handled(null))).mean()).isEmpty();
        assertThat(Aht.of(List.of(handled(null))).stats().percentile(50)).isEmpty();
    }

    @Test
    void oneResponseAndAllEqualResponses() {
        assertThat(Aht.of(List.of(handled(Duration.ofSeconds(90)))).mean()).contains(Duration.ofSeconds(90));
        assertThat(Aht.of(List.of(handled(Duration.ZERO), handled(Duration.ZERO))).mean()).contains(Duration.ZERO);
    }

    @Test
    void meanRoundsHalfUpToTheNanosecond() {
        assertThat(Aht.of(List.of(handled(Duration.ofNanos(1)), handled(Duration.ofNanos(2)))).mean())
                .contains(Duration.ofNanos(2));
    }

    @Test
    void rejectsAHandleTimeBeyond292Years() {
        Response tooLong = handled(Duration.ofNanos(Long.MAX_VALUE).plusNanos(1));

        assertThatIllegalArgumentException().isThrownBy(() -> Aht.of(List.of(tooLong)))
                .withMessageContaining("is longer than Long.MAX_VALUE nanoseconds");
    }

    @Test
    void rejectsInvalidComponents() {
        assertThatNullPointerException().isThrownBy(() -> new Aht(null, 0)).withMessage("stats");
        assertThatIllegalArgumentException().isThrownBy(() -> new Aht(DurationStats.empty(), -1))
                .withMessage("untracked -1 is negative");
        assertThatNullPointerException().isThrownBy(() -> Aht.of(null)).withMessage("responses");
    }

    @Test
    void matchesAStreamReferenceOnRandomResponses() {
        for (long seed = 1; seed <= RandomData.CASES; seed++) {
            List<Response> responses = RandomData.responses(new SplittableRandom(seed));

            Aht actual = Aht.of(responses);

            long[] tracked = responses.stream().map(Response::handleTime).filter(Objects::nonNull)
                    .mapToLong(Duration::toNanos).toArray();
            ReferenceStats reference = ReferenceStats.ofNanos(tracked);
            assertThat(actual.count()).as("seed %d", seed).isEqualTo(tracked.length);
            assertThat(actual.untracked()).as("seed %d", seed).isEqualTo(responses.size() - tracked.length);
            assertThat(actual.mean()).as("seed %d", seed).isEqualTo(reference.mean());
            assertThat(((ExactDurationStats) actual.stats()).toSortedNanos()).as("seed %d", seed).isEqualTo(reference.sorted());
            assertThat(actual.stats().sum()).as("seed %d", seed).isEqualTo(reference.sum());
            assertThat(actual.stats().percentile(90)).as("seed %d", seed).isEqualTo(reference.percentile(90));
        }
    }
}

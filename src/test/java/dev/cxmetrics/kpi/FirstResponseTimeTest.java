package dev.cxmetrics.kpi;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.stats.DurationStats;
import dev.cxmetrics.stats.ExactDurationStats;
import dev.cxmetrics.stats.ReferenceStats;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class FirstResponseTimeTest {
    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

    private static Ticket answeredAfter(String id, Duration wait) {
        return Ticket.builder(id, T0).firstResponseAt(T0.plus(wait)).build();
    }

    private static Ticket unanswered(String id) {
        return Ticket.builder(id, T0).build();
    }

    @Test
    void responsesAfter5And33And75MinutesHaveMean37m40sAndMedian33m() {
        FirstResponseTime frt = FirstResponseTime.of(List.of(answeredAfter("T-1", Duration.ofMinutes(5)),
                answeredAfter("T-2", Duration.ofMinutes(33)), answeredAfter("T-3", Duration.ofMinutes(75))));

        assertThat(frt.stats().mean()).contains(Duration.ofMinutes(37).plusSeconds(40));
        assertThat(frt.stats().median()).contains(Duration.ofMinutes(33));
        assertThat(frt.answered()).isEqualTo(3);
        assertThat(frt.unanswered()).isZero();
    }

    @Test
    void unansweredTicketsAreCountedApartAndNotInTheStatistics() {
        FirstResponseTime frt = FirstResponseTime.of(List.of(answeredAfter("T-1", Duration.ofMinutes(10)),
                unanswered("T-2"), unanswered("T-3")));

        assertThat(frt.unanswered()).isEqualTo(2);
        assertThat(frt.answered()).isEqualTo(1);
        assertThat(frt.tickets()).isEqualTo(3);
        assertThat(frt.stats().mean()).contains(Duration.ofMinutes(10));
    }

    @Test
    void emptyInputHasEmptyStatistics() {
        FirstResponseTime frt = FirstResponseTime.of(List.of());

        assertThat(frt.tickets()).isZero();
        assertThat(frt.stats().isEmpty()).isTrue();
        assertThat(frt.stats().mean()).isEmpty();
        assertThat(frt.stats().median()).isEmpty();
    }

    @Test
    void onlyUnansweredTicketsHaveEmptyStatistics() {
        FirstResponseTime frt = FirstResponseTime.of(List.of(unanswered("T-1")));

        assertThat(frt.unanswered()).isEqualTo(1);
        assertThat(frt.stats().mean()).isEmpty();
        assertThat(frt.stats().percentile(90)).isEmpty();
    }

    @Test
    void oneTicketAndAllEqualTickets() {
        assertThat(FirstResponseTime.of(List.of(answeredAfter("T-1", Duration.ofSeconds(42)))).stats().median())
                .contains(Duration.ofSeconds(42));
        FirstResponseTime same = FirstResponseTime.of(List.of(answeredAfter("T-1", Duration.ofHours(1)),
                answeredAfter("T-2", Duration.ofHours(1)), answeredAfter("T-3", Duration.ofHours(1))));
        assertThat(same.stats().percentile(90)).contains(Duration.ofHours(1));
        assertThat(same.stats().mean()).contains(Duration.ofHours(1));
    }

    @Test
    void anInstantResponseTakesZeroTime() {
        assertThat(FirstResponseTime.of(List.of(answeredAfter("T-1", Duration.ZERO))).stats().max())
                .contains(Duration.ZERO);
    }

    @Test
    void theLongestMeasurableSpanIsExactEvenWhenItsSecondsAloneWouldOverflow() {
        // 0.999999999 s + (2^63 - 1) ns: the whole-second difference times 10^9 exceeds Long.MAX_VALUE,
        // but the span itself is exactly Long.MAX_VALUE nanoseconds.
        Instant created = Instant.ofEpochSecond(0, 999_999_999);
        Ticket t = Ticket.builder("T-1", created).firstResponseAt(created.plusNanos(Long.MAX_VALUE)).build();

        assertThat(FirstResponseTime.of(List.of(t)).stats().max()).contains(Duration.ofNanos(Long.MAX_VALUE));
    }

    @Test
    void rejectsASpanBeyond292YearsNamingTheTicket() {
        Ticket t = Ticket.builder("T-77", T0).firstResponseAt(T0.plusNanos(Long.MAX_VALUE).plusNanos(1)).build();

        assertThatIllegalArgumentException().isThrownBy(() -> FirstResponseTime.of(List.of(t)))
                .withMessageStartingWith("first response time from 2026-06-01T08:00:00Z to ")
                .withMessageEndingWith(" exceeds about 292 years, the longest duration measured (ticket T-77)");
    }

    @Test
    void rejectsInvalidComponents() {
        assertThatNullPointerException().isThrownBy(() -> new FirstResponseTime(null, 0)).withMessage("stats");
        assertThatIllegalArgumentException().isThrownBy(() -> new FirstResponseTime(DurationStats.empty(), -1))
                .withMessage("unanswered -1 is negative");
        assertThatNullPointerException().isThrownBy(() -> FirstResponseTime.of(null)).withMessage("tickets");
    }

    @Test
    void matchesAStreamReferenceOnRandomTickets() {
        for (long seed = 1; seed <= RandomData.CASES; seed++) {
            List<Ticket> tickets = RandomData.tickets(new SplittableRandom(seed));

            FirstResponseTime actual = FirstResponseTime.of(tickets);

            long[] expected = tickets.stream().filter(t -> t.firstResponseAt() != null)
                    .mapToLong(t -> Duration.between(t.createdAt(), t.firstResponseAt()).toNanos())
                    .toArray();
            long unanswered = tickets.stream().filter(t -> t.firstResponseAt() == null).count();
            ReferenceStats reference = ReferenceStats.ofNanos(expected);
            assertThat(actual.unanswered()).as("seed %d", seed).isEqualTo(unanswered);
            assertThat(actual.answered()).as("seed %d", seed).isEqualTo(expected.length);
            assertThat(actual.tickets()).as("seed %d", seed).isEqualTo(tickets.size());
            assertThat(((ExactDurationStats) actual.stats()).toSortedNanos()).as("seed %d", seed).isEqualTo(reference.sorted());
            assertThat(actual.stats().mean()).as("seed %d", seed).isEqualTo(reference.mean());
            assertThat(actual.stats().median()).as("seed %d", seed).isEqualTo(reference.percentile(50));
            assertThat(actual.stats().percentile(90)).as("seed %d", seed).isEqualTo(reference.percentile(90));
            assertThat(actual.stats().sum()).as("seed %d", seed).isEqualTo(reference.sum());
        }
    }
}

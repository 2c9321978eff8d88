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

class ResolutionTimeTest {
    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

    private static Ticket resolvedAfter(String id, Duration time) {
        return Ticket.builder(id, T0).resolvedAt(T0.plus(time)).build();
    }

    @Test
    void resolvedTicketsGiveExactStatistics() {
        ResolutionTime rt = ResolutionTime.of(List.of(resolvedAfter("T-1", Duration.ofHours(1)),
                resolvedAfter("T-2", Duration.ofHours(3)), resolvedAfter("T-3", Duration.ofHours(8)),
                resolvedAfter("T-4", Duration.ofHours(24))));

        assertThat(rt.resolved()).isEqualTo(4);
        assertThat(rt.open()).isZero();
        assertThat(rt.stats().mean()).contains(Duration.ofMinutes(540));
        assertThat(rt.stats().median()).contains(Duration.ofMinutes(330));
        // rank 2.7 → 8 h + 0.7 × 16 h = 19 h 12 min
        assertThat(rt.stats().percentile(90)).contains(Duration.ofMinutes(19 * 60 + 12));
    }

    @Test
    void openTicketsAreCountedApart() {
        ResolutionTime rt = ResolutionTime.of(List.of(resolvedAfter("T-1", Duration.ofMinutes(90)),
                Ticket.builder("T-2", T0).build(),
                Ticket.builder("T-3", T0).firstResponseAt(T0.plusSeconds(5)).build()));

        assertThat(rt.open()).isEqualTo(2);
        assertThat(rt.resolved()).isEqualTo(1);
        assertThat(rt.tickets()).isEqualTo(3);
        assertThat(rt.stats().max()).contains(Duration.ofMinutes(90));
    }

    @Test
    void emptyInputAndOnlyOpenTicketsHaveEmptyStatistics() {
        assertThat(ResolutionTime.of(List.of()).stats().mean()).isEmpty();
        ResolutionTime open = ResolutionTime.of(List.of(Ticket.builder("T-1", T0).build()));
        assertThat(open.stats().median()).isEmpty();
        assertThat(open.open()).isEqualTo(1);
    }

    @Test
    void oneTicketAndAllEqualTickets() {
        assertThat(ResolutionTime.of(List.of(resolvedAfter("T-1", Duration.ofDays(2)))).stats().mean())
                .contains(Duration.ofDays(2));
        ResolutionTime same = ResolutionTime.of(List.of(resolvedAfter("T-1", Duration.ZERO),
                resolvedAfter("T-2", Duration.ZERO)));
        assertThat(same.stats().percentile(99)).contains(Duration.ZERO);
    }

    @Test
    void rejectsASpanBeyond292YearsNamingTheTicket() {
        Ticket t = Ticket.builder("T-78", T0).resolvedAt(T0.plusSeconds(300L * 366 * 24 * 3600)).build();

        assertThatIllegalArgumentException().isThrownBy(() -> ResolutionTime.of(List.of(t)))
                .withMessageStartingWith("resolution time from 2026-06-01T08:00:00Z to ")
                .withMessageEndingWith("(ticket T-78)");
    }

    @Test
    void rejectsInvalidComponents() {
        assertThatNullPointerException().isThrownBy(() -> new ResolutionTime(null, 0)).withMessage("stats");
        assertThatIllegalArgumentException().isThrownBy(() -> new ResolutionTime(DurationStats.empty(), -3))
                .withMessage("open -3 is negative");
        assertThatNullPointerException().isThrownBy(() -> ResolutionTime.of(null)).withMessage("tickets");
    }

    @Test
    void matchesAStreamReferenceOnRandomTickets() {
        for (long seed = 1; seed <= RandomData.CASES; seed++) {
            List<Ticket> tickets = RandomData.tickets(new SplittableRandom(seed));

            ResolutionTime actual = ResolutionTime.of(tickets);

            long[] expected = tickets.stream().filter(Ticket::isResolved)
                    .mapToLong(t -> Duration.between(t.createdAt(), t.resolvedAt()).toNanos())
                    .toArray();
            ReferenceStats reference = ReferenceStats.ofNanos(expected);
            assertThat(actual.open()).as("seed %d", seed).isEqualTo(tickets.size() - expected.length);
            assertThat(actual.resolved()).as("seed %d", seed).isEqualTo(expected.length);
            assertThat(actual.tickets()).as("seed %d", seed).isEqualTo(tickets.size());
            assertThat(((ExactDurationStats) actual.stats()).toSortedNanos()).as("seed %d", seed).isEqualTo(reference.sorted());
            assertThat(actual.stats().mean()).as("seed %d", seed).isEqualTo(reference.mean());
            assertThat(actual.stats().median()).as("seed %d", seed).isEqualTo(reference.percentile(50));
            assertThat(actual.stats().percentile(90)).as("seed %d", seed).isEqualTo(reference.percentile(90));
            assertThat(actual.stats().min()).as("seed %d", seed).isEqualTo(reference.min());
            assertThat(actual.stats().max()).as("seed %d", seed).isEqualTo(reference.max());
        }
    }
}

package dev.cxmetrics.kpi;

import dev.cxmetrics.Ticket;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class FcrTest {
    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);

    private static Ticket resolved(String id, int replies, int reopens) {
        return Ticket.builder(id, T0).resolvedAt(T1).agentReplies(replies).reopens(reopens).build();
    }

    private static Ticket open(String id, int replies, int reopens) {
        return Ticket.builder(id, T0).agentReplies(replies).reopens(reopens).build();
    }

    @Test
    void oneReplyAndNoReopenIsOneTouch() {
        assertThat(Fcr.of(List.of(resolved("T-1", 1, 0)))).isEqualTo(new Fcr(1, 1, 0));
        assertThat(Fcr.of(List.of(resolved("T-1", 1, 0))).percent()).hasValue(100.0);
    }

    @Test
    void aReopenOrASecondReplyIsEligibleButNotOneTouch() {
        assertThat(Fcr.of(List.of(resolved("T-1", 1, 1)))).isEqualTo(new Fcr(0, 1, 0));
        assertThat(Fcr.of(List.of(resolved("T-1", 2, 0)))).isEqualTo(new Fcr(0, 1, 0));
        assertThat(Fcr.of(List.of(resolved("T-1", 5, 3)))).isEqualTo(new Fcr(0, 1, 0));
    }

    @Test
    void resolvedWithoutAgentReplyIsZeroTouchAndNotEligible() {
        Fcr fcr = Fcr.of(List.of(resolved("T-1", 0, 0), resolved("T-2", 0, 2)));

        assertThat(fcr).isEqualTo(new Fcr(0, 0, 2));
        assertThat(fcr.percent()).isEmpty();
    }

    @Test
    void openTicketsAreNotCounted() {
        assertThat(Fcr.of(List.of(open("T-1", 1, 0), open("T-2", 0, 0), open("T-3", 3, 1))))
                .isEqualTo(new Fcr(0, 0, 0));
    }

    @Test
    void mixedTicketsGiveOneTouchOverEligible() {
        Fcr fcr = Fcr.of(List.of(resolved("T-1", 1, 0), resolved("T-2", 1, 0), resolved("T-3", 1, 0),
                resolved("T-4", 2, 0), resolved("T-5", 0, 0), open("T-6", 1, 0)));

        assertThat(fcr).isEqualTo(new Fcr(3, 4, 1));
        assertThat(fcr.percent()).hasValue(75.0);
    }

    @Test
    void emptyInputHasNoPercent() {
        assertThat(Fcr.of(List.of()).percent()).isEmpty();
        assertThat(Fcr.of(List.of())).isEqualTo(new Fcr(0, 0, 0));
    }

    @Test
    void allEqualTickets() {
        assertThat(Fcr.of(List.of(resolved("T-1", 2, 0), resolved("T-2", 2, 0))).percent()).hasValue(0.0);
    }

    @Test
    void rejectsInconsistentCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Fcr(3, 2, 0))
                .withMessage("oneTouch 3 exceeds eligible 2");
        assertThatIllegalArgumentException().isThrownBy(() -> new Fcr(-1, 2, 0))
                .withMessage("oneTouch -1 is negative");
        assertThatIllegalArgumentException().isThrownBy(() -> new Fcr(0, -2, 0))
                .withMessage("eligible -2 is negative");
        assertThatIllegalArgumentException().isThrownBy(() -> new Fcr(0, 0, -1))
                .withMessage("zeroTouch -1 is negative");
        assertThatNullPointerException().isThrownBy(() -> Fcr.of(null)).withMessage("tickets");
    }

    @Test
    void plusAddsDisjointResults() {
        assertThat(new Fcr(1, 2, 3).plus(new Fcr(4, 5, 6))).isEqualTo(new Fcr(5, 7, 9));
    }

    @Test
    void matchesAStreamReferenceOnRandomTickets() {
        for (long seed = 1; seed <= RandomData.CASES; seed++) {
            List<Ticket> tickets = RandomData.tickets(new SplittableRandom(seed));

            Fcr actual = Fcr.of(tickets);

            long zeroTouch = tickets.stream().filter(t -> t.resolvedAt() != null && t.agentReplies() == 0).count();
            long eligible = tickets.stream().filter(t -> t.resolvedAt() != null && t.agentReplies() > 0).count();
            long oneTouch = tickets.stream()
                    .filter(t -> t.resolvedAt() != null && t.agentReplies() == 1 && t.reopens() == 0).count();
            assertThat(actual).as("seed %d", seed).isEqualTo(new Fcr(oneTouch, eligible, zeroTouch));
            assertThat(actual.percent()).as("seed %d", seed).isEqualTo(Exact.percent(oneTouch, eligible));
        }
    }
}

package dev.cxmetrics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class TicketsTest {
    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void derivesFirstResponseAsTheEarliestHumanReplyAndCountsHumanReplies() {
        Ticket t1 = Ticket.builder("T-1", T0).channel("email").resolvedAt(at(90)).reopens(1).build();
        Ticket t2 = Ticket.builder("T-2", at(5)).build();
        List<Response> responses = List.of(
                Response.byAgent("T-1", "A-1", at(30), null),
                Response.byAgent("T-1", "A-2", at(12), Duration.ofMinutes(3)),
                Response.byAgent("T-1", "A-1", at(60), null));

        List<Ticket> derived = Tickets.fromResponses(List.of(t1, t2), responses);

        assertThat(derived).containsExactly(
                t1.toBuilder().firstResponseAt(at(12)).agentReplies(3).build(),
                t2);
        assertThat(derived.get(0).channel()).isEqualTo("email");
        assertThat(derived.get(0).reopens()).isEqualTo(1);
        assertThat(derived.get(0).resolvedAt()).isEqualTo(at(90));
    }

    @Test
    void automatedResponsesAreNeitherFirstResponseNorAgentReply() {
        Ticket t = Ticket.builder("T-1", T0).build();
        List<Response> responses = List.of(
                Response.automated("T-1", at(0)),
                Response.byAgent("T-1", "A-1", at(20), null),
                Response.automated("T-1", at(21)));

        Ticket derived = Tickets.fromResponses(List.of(t), responses).get(0);

        assertThat(derived.firstResponseAt()).isEqualTo(at(20));
        assertThat(derived.agentReplies()).isEqualTo(1);
    }

    @Test
    void ticketWithOnlyAutomatedResponsesStaysUnanswered() {
        Ticket t = Ticket.builder("T-1", T0).build();

        Ticket derived = Tickets.fromResponses(List.of(t), List.of(Response.automated("T-1", at(1)))).get(0);

        assertThat(derived.firstResponseAt()).isNull();
        assertThat(derived.agentReplies()).isZero();
    }

    @Test
    void replacesPreviousValuesOfTheDerivedFields() {
        Ticket t = Ticket.builder("T-1", T0).firstResponseAt(at(3)).agentReplies(5).build();

        Ticket derived = Tickets.fromResponses(List.of(t), List.of()).get(0);

        assertThat(derived.firstResponseAt()).isNull();
        assertThat(derived.agentReplies()).isZero();
    }

    @Test
    void keepsTheInputOrderOfTickets() {
        List<Ticket> tickets = List.of(Ticket.builder("Z", T0).build(), Ticket.builder("A", T0).build(),
                Ticket.builder("M", T0).build());

        assertThat(Tickets.fromResponses(tickets, List.of()))
                .extracting(Ticket::id).containsExactly("Z", "A", "M");
    }

    @Test
    void emptyInputGivesNoTickets() {
        assertThat(Tickets.fromResponses(List.of(), List.of())).isEmpty();
    }

    @Test
    void rejectsAResponseToAnUnknownTicket() {
        List<Ticket> tickets = List.of(Ticket.builder("T-1", T0).build());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Tickets.fromResponses(tickets, List.of(Response.byAgent("T-9", null, at(1), null))))
                .withMessage("ticketId T-9 of a response sent at 2026-04-01T09:01:00Z names no known ticket");
        // Automated responses must also name a known ticket.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Tickets.fromResponses(tickets, List.of(Response.automated("T-9", at(1)))))
                .withMessageContaining("ticketId T-9");
    }

    @Test
    void rejectsDuplicateTicketIds() {
        List<Ticket> tickets = List.of(Ticket.builder("T-1", T0).build(), Ticket.builder("T-1", at(5)).build());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Tickets.fromResponses(tickets, List.of()))
                .withMessage("id T-1 appears twice among the tickets");
    }

    @Test
    void rejectsAHumanResponseSentBeforeTheTicketWasCreated() {
        List<Ticket> tickets = List.of(Ticket.builder("T-1", T0).build());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Tickets.fromResponses(tickets, List.of(Response.byAgent("T-1", null, at(-1), null))))
                .withMessage("firstResponseAt 2026-04-01T08:59:00Z is before createdAt 2026-04-01T09:00:00Z"
                        + " (ticket T-1)");
    }

    @Test
    void rejectsNullArgumentsAndElements() {
        assertThatNullPointerException().isThrownBy(() -> Tickets.fromResponses(null, List.of()));
        assertThatNullPointerException().isThrownBy(() -> Tickets.fromResponses(List.of(), null));
        assertThatNullPointerException()
                .isThrownBy(() -> Tickets.fromResponses(Arrays.asList((Ticket) null), List.of()));
        assertThatNullPointerException()
                .isThrownBy(() -> Tickets.fromResponses(List.of(Ticket.builder("T-1", T0).build()),
                        Arrays.asList((Response) null)));
    }

    @Test
    void matchesAStreamReferenceOnRandomMessageLogs() {
        for (long seed = 1; seed <= 1000; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Ticket> tickets = new ArrayList<>();
            List<Response> responses = new ArrayList<>();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                Instant created = at(random.nextInt(1000));
                tickets.add(Ticket.builder("T-" + i, created).agent(random.nextBoolean() ? "A-1" : null).build());
                int replies = random.nextInt(5);
                for (int r = 0; r < replies; r++) {
                    Instant sent = created.plusSeconds(random.nextInt(3) == 0 ? 0 : random.nextInt(100_000));
                    responses.add(random.nextInt(3) == 0 ? Response.automated("T-" + i, sent)
                            : Response.byAgent("T-" + i, "A-" + random.nextInt(3), sent, null));
                }
            }
            Collections.shuffle(responses, new Random(seed));

            List<Ticket> actual = Tickets.fromResponses(tickets, responses);

            Map<String, List<Response>> human = responses.stream().filter(r -> !r.automated())
                    .collect(Collectors.groupingBy(Response::ticketId));
            List<Ticket> expected = tickets.stream().map(t -> {
                List<Response> mine = human.getOrDefault(t.id(), List.of());
                Optional<Instant> first = mine.stream().map(Response::sentAt).min(Comparator.naturalOrder());
                return new Ticket(t.id(), t.customerId(), t.agentId(), t.channel(), t.type(), t.priority(),
                        t.createdAt(), first.orElse(null), t.resolvedAt(), mine.size(), t.reopens());
            }).collect(Collectors.toList());
            assertThat(actual).as("seed %d", seed).isEqualTo(expected);
        }
    }
}

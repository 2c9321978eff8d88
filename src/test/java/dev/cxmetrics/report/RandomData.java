package dev.cxmetrics.report;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small random data sets with every awkward case: absent values, ties, DST days, unknown tickets. */
final class RandomData {
    final List<Ticket> tickets = new ArrayList<>();
    final List<Response> responses = new ArrayList<>();
    final List<SurveyAnswer> answers = new ArrayList<>();
    final List<TicketEvent> events = new ArrayList<>();

    // 2026-03-27 .. 2026-04-02 spans the Europe/Rome spring-forward night; the window also has a month end.
    private static final Instant START = Instant.parse("2026-03-26T00:00:00Z");

    static RandomData generate(long seed, int ticketCount) {
        SplittableRandom random = new SplittableRandom(seed);
        RandomData data = new RandomData();
        String[] agents = {null, "ann", "bob", "çelik", "d,\"quoted\""};
        String[] channels = {null, "email", "chat"};
        String[] types = {null, "billing", "returns", "tech"};
        for (int i = 0; i < ticketCount; i++) {
            String id = "T-" + i;
            // Coarse times make ties common.
            Instant created = START.plusSeconds(random.nextInt(8 * 24) * 1800L + random.nextInt(3));
            Ticket.Builder builder = Ticket.builder(id, created)
                    .agent(pick(random, agents)).channel(pick(random, channels)).type(pick(random, types))
                    .priority(random.nextInt(5) == 0 ? null : Priority.values()[random.nextInt(4)])
                    .customer(random.nextBoolean() ? null : "c" + random.nextInt(10))
                    .team(pick(random, new String[] {null, "tier-1", "tier-2"}));
            if (random.nextBoolean()) {
                builder.field("brand", pick(random, new String[] {"acme", "zeta"}));
            }
            int replies = 0;
            if (random.nextInt(10) > 0) {
                builder.firstResponseAt(created.plusSeconds(random.nextInt(5) * 600L));
                replies = 1 + random.nextInt(3);
            }
            if (random.nextInt(4) > 0) {
                builder.resolvedAt(created.plusSeconds(random.nextInt(100) * 3600L));
            }
            builder.agentReplies(replies).reopens(random.nextInt(6) == 0 ? 1 : 0);
            data.tickets.add(builder.build());
        }
        int responseCount = ticketCount == 0 ? random.nextInt(3) : random.nextInt(2 * ticketCount + 1);
        for (int i = 0; i < responseCount; i++) {
            String ticketId = ticketCount == 0 || random.nextInt(20) == 0
                    ? "UNKNOWN-" + i : "T-" + random.nextInt(ticketCount);
            Instant sent = START.plusSeconds(random.nextInt(10 * 24) * 3600L);
            if (ticketId.startsWith("T-")) {
                // Sent at or after its ticket's creation: a human response before it is rejected.
                Instant created = data.tickets.get(Integer.parseInt(ticketId.substring(2))).createdAt();
                sent = created.plusSeconds(random.nextInt(4 * 24) * 1800L);
            }
            Duration handle = random.nextInt(5) == 0 ? null : Duration.ofSeconds(random.nextInt(4) * 60L);
            data.responses.add(new Response(ticketId, pick(random, agents), sent, handle, random.nextInt(6) == 0));
        }
        for (Ticket ticket : data.tickets) {
            if (random.nextInt(3) > 0) {
                addEvents(random, ticket, data.events, agents);
            }
        }
        int answerCount = ticketCount == 0 ? random.nextInt(3) : random.nextInt(ticketCount + 1);
        for (int i = 0; i < answerCount; i++) {
            SurveyKind kind = SurveyKind.values()[random.nextInt(3)];
            int score = kind.minScore() + random.nextInt(kind.maxScore() - kind.minScore() + 1);
            String ticketId;
            int choice = random.nextInt(20);
            if (choice == 0 || ticketCount == 0) {
                ticketId = null;
            } else if (choice == 1) {
                ticketId = "UNKNOWN-A" + i;
            } else {
                ticketId = "T-" + random.nextInt(ticketCount);
            }
            data.answers.add(new SurveyAnswer(ticketId, null, pick(random, agents), kind, score,
                    START.plusSeconds(random.nextInt(10 * 24) * 3600L)));
        }
        return data;
    }

    /** Up to 9 valid events on a coarse grid (ties are common): at or after creation, nothing after a close. */
    private static void addEvents(SplittableRandom random, Ticket ticket, List<TicketEvent> events, String[] agents) {
        TicketEvent.Type[] types = TicketEvent.Type.values();
        int n = random.nextInt(10);
        List<TicketEvent> mine = new ArrayList<>();
        Instant latest = ticket.createdAt();
        boolean closes = false;
        for (int i = 0; i < n; i++) {
            Instant at = ticket.createdAt().plusSeconds(random.nextInt(4 * 24) * 1800L);
            TicketEvent.Type type = types[random.nextInt(types.length)];
            if (type == TicketEvent.Type.CLOSED) {
                closes = true;
                continue;
            }
            String agent = type == TicketEvent.Type.CUSTOMER_MESSAGE || random.nextInt(8) == 0 ? null
                    : pick(random, agents);
            mine.add(new TicketEvent(ticket.id(), at, type, agent));
            latest = at.isAfter(latest) ? at : latest;
        }
        if (closes) {
            mine.add(new TicketEvent(ticket.id(), latest.plusSeconds(random.nextInt(2) * 1800L),
                    TicketEvent.Type.CLOSED, pick(random, agents)));
        }
        events.addAll(mine);
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@link RandomData} with dimension values that are hard to render: quotes, backslashes,
 * commas, CR/LF, control characters, non-ASCII letters, emoji (surrogate pairs), a lone
 * surrogate, and a value that tries to close the JSON object. Handle times get random
 * nanoseconds so that decimal seconds are exercised to the last digit.
 */
final class NastyData {
    /** Every value used, besides the absent key. */
    static final List<String> VALUES = List.of(
            "quote\"back\\slash",
            "comma, newline\nand tab\tcr\r\n",
            "çelik 😀 \u0001\u001f\u007f\u2028\u2029",
            "\"},\"overall\":{\"x\":",
            "lone \ud800 high, lone \udc00 low",
            "d,\"quoted\"",
            "\u0000nul\b\f");
    private static final Map<String, String> AGENTS = Map.of(
            "ann", VALUES.get(0), "bob", VALUES.get(1), "çelik", VALUES.get(2), "d,\"quoted\"", VALUES.get(5));
    private static final Map<String, String> CHANNELS = Map.of("email", VALUES.get(3), "chat", VALUES.get(2));
    private static final Map<String, String> TYPES = Map.of(
            "billing", VALUES.get(4), "returns", VALUES.get(6), "tech", "tech");

    private NastyData() {
    }

    static RandomData generate(long seed, int ticketCount) {
        RandomData plain = RandomData.generate(seed, ticketCount);
        SplittableRandom random = new SplittableRandom(~seed);
        RandomData nasty = new RandomData();
        for (Ticket t : plain.tickets) {
            nasty.tickets.add(t.toBuilder().agent(map(AGENTS, t.agentId())).channel(map(CHANNELS, t.channel()))
                    .type(map(TYPES, t.type())).build());
        }
        for (Response r : plain.responses) {
            Duration handle = r.handleTime() == null ? null : r.handleTime().plusNanos(random.nextInt(1_000_000_000));
            nasty.responses.add(new Response(r.ticketId(), map(AGENTS, r.agentId()), r.sentAt(), handle,
                    r.automated()));
        }
        for (SurveyAnswer a : plain.answers) {
            nasty.answers.add(new SurveyAnswer(a.ticketId(), a.customerId(), map(AGENTS, a.agentId()), a.kind(),
                    a.score(), a.answeredAt()));
        }
        return nasty;
    }

    private static String map(Map<String, String> values, String value) {
        return value == null ? null : values.get(value);
    }
}

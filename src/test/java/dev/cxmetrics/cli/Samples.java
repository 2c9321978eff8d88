package dev.cxmetrics.cli;

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

/** Seeded random model values for tests, with strings that stress CSV quoting. */
final class Samples {
    /** Strings that need quoting, escaping or care; all non-blank, as the model requires. */
    static final String[] NASTY = {
        "plain", "a,b", "say \"hi\"", "\"", "\"\"", "line1\nline2", "crlf\r\nend", "cr\rend", ",", "\n x",
        "é ü ñ", "😀 emoji", "עברית", "zero\u200Bwidth", " padded ", "\tTab", "null", "NULL", "\uFEFFbom",
        "trailing,", ",leading", "-", " - ", "'single'", "x".repeat(300), "semi;colon", "back\\slash", "=SUM(A1)",
    };

    private Samples() {
    }

    static String name(SplittableRandom random, String prefix) {
        int pick = random.nextInt(NASTY.length + 6);
        return pick < NASTY.length ? NASTY[pick] : prefix + "-" + random.nextInt(1000);
    }

    static String nameOrNull(SplittableRandom random, String prefix) {
        return random.nextInt(5) == 0 ? null : name(random, prefix);
    }

    static Instant instant(SplittableRandom random) {
        long seconds = random.nextLong(1_600_000_000L, 1_900_000_000L);
        return Instant.ofEpochSecond(seconds, random.nextInt(3) == 0 ? random.nextInt(1_000_000_000) : 0);
    }

    static Instant after(SplittableRandom random, Instant start) {
        return start.plusNanos(random.nextLong(0, 30L * 86_400 * 1_000_000_000L));
    }

    static Ticket ticket(SplittableRandom random, int index) {
        Instant created = instant(random);
        Instant first = random.nextInt(4) == 0 ? null : after(random, created);
        Instant resolved = random.nextInt(3) == 0 ? null : after(random, created);
        Priority[] priorities = Priority.values();
        return new Ticket(
                random.nextInt(4) == 0 ? name(random, "T") + index : "T-" + index,
                nameOrNull(random, "C"), nameOrNull(random, "A"), nameOrNull(random, "chan"),
                nameOrNull(random, "type"),
                random.nextInt(5) == 0 ? null : priorities[random.nextInt(priorities.length)],
                created, first, resolved,
                (first == null ? 0 : 1) + random.nextInt(4), random.nextInt(3));
    }

    static Response response(SplittableRandom random) {
        Duration handle = random.nextInt(4) == 0 ? null
                : Duration.ofSeconds(random.nextLong(0, 100_000), random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
        return new Response(name(random, "T"), nameOrNull(random, "A"), instant(random), handle, random.nextBoolean());
    }

    static SurveyAnswer answer(SplittableRandom random) {
        SurveyKind kind = SurveyKind.values()[random.nextInt(3)];
        return new SurveyAnswer(nameOrNull(random, "T"), nameOrNull(random, "C"), nameOrNull(random, "A"), kind,
                kind.minScore() + random.nextInt(kind.maxScore() - kind.minScore() + 1), instant(random));
    }

    static List<Ticket> tickets(SplittableRandom random, int n) {
        List<Ticket> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(ticket(random, i));
        }
        return out;
    }

    static List<Response> responses(SplittableRandom random, int n) {
        List<Response> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(response(random));
        }
        return out;
    }

    static List<SurveyAnswer> answers(SplittableRandom random, int n) {
        List<SurveyAnswer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(answer(random));
        }
        return out;
    }

    static TicketEvent event(SplittableRandom random) {
        TicketEvent.Type type = TicketEvent.Type.values()[random.nextInt(TicketEvent.Type.values().length)];
        return new TicketEvent(name(random, "T"), instant(random), type, nameOrNull(random, "A"));
    }

    static List<TicketEvent> events(SplittableRandom random, int n) {
        List<TicketEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(event(random));
        }
        return out;
    }
}

package dev.cxmetrics.kpi;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random model records for the brute-force comparisons of the calculators. */
final class RandomData {
    /** Seeds per calculator comparison. */
    static final int CASES = 1000;

    static final Instant ORIGIN = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] CHANNELS = {"email", "chat", "phone"};
    private static final String[] TYPES = {"billing", "bug", "question", "refund"};

    private RandomData() {
    }

    /** A size in 0..max, small sizes (0, 1, 2) over-represented. */
    static int size(SplittableRandom random, int max) {
        return random.nextInt(5) == 0 ? random.nextInt(3) : random.nextInt(max + 1);
    }

    /** A non-negative span in nanoseconds: mostly minutes to days, sometimes 0 or near 292 years. */
    static long span(SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> Long.MAX_VALUE - random.nextInt(2_000_000_000); // the longest measurable spans
            case 2 -> random.nextInt(60) * 60_000_000_000L; // whole minutes: many ties
            default -> random.nextLong(30L * 24 * 3600 * 1_000_000_000L);
        };
    }

    static <T> T pick(SplittableRandom random, T[] values) {
        // null about one time in four: records may lack a dimension
        int i = random.nextInt(values.length + 1);
        return i == values.length ? null : values[i];
    }

    static Ticket ticket(SplittableRandom random, int index) {
        Instant created = ORIGIN.plusSeconds(random.nextInt(90 * 24 * 3600)).plusNanos(random.nextInt(1_000_000_000));
        Instant firstResponse = random.nextInt(3) == 0 ? null : created.plusNanos(span(random));
        Instant resolved = random.nextInt(3) == 0 ? null : created.plusNanos(span(random));
        int replies = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(2);
        if (firstResponse != null && replies == 0) {
            replies = 1;
        }
        int reopens = random.nextInt(3) == 0 ? random.nextInt(3) : 0;
        return new Ticket("T-" + index, pick(random, new String[] {"C-1", "C-2"}),
                pick(random, new String[] {"A-1", "A-2", "A-3"}), pick(random, CHANNELS), pick(random, TYPES),
                pick(random, Priority.values()), created, firstResponse, resolved, replies, reopens);
    }

    static List<Ticket> tickets(SplittableRandom random) {
        int n = size(random, 300);
        List<Ticket> tickets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tickets.add(ticket(random, i));
        }
        return tickets;
    }

    /** Answers of all kinds; with probability 1/2 the set leans towards one kind. */
    static List<SurveyAnswer> answers(SplittableRandom random) {
        int n = size(random, 300);
        SurveyKind[] kinds = SurveyKind.values();
        SurveyKind favourite = kinds[random.nextInt(kinds.length)];
        boolean lean = random.nextBoolean();
        List<SurveyAnswer> answers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SurveyKind kind = lean && random.nextInt(4) != 0 ? favourite : kinds[random.nextInt(kinds.length)];
            int score = kind.minScore() + random.nextInt(kind.maxScore() - kind.minScore() + 1);
            answers.add(new SurveyAnswer(random.nextBoolean() ? "T-" + i : null, null, null, kind, score,
                    ORIGIN.plusSeconds(random.nextInt(1_000_000))));
        }
        return answers;
    }

    static List<Response> responses(SplittableRandom random) {
        int n = size(random, 300);
        List<Response> responses = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean automated = random.nextInt(4) == 0;
            Duration handle = random.nextInt(5) == 0 ? null : Duration.ofNanos(span(random));
            responses.add(new Response("T-" + random.nextInt(20), automated ? null : "A-" + random.nextInt(3),
                    ORIGIN.plusSeconds(random.nextInt(1_000_000)), handle, automated));
        }
        return responses;
    }

    /** Random scores of a kind, sometimes all equal. */
    static int[] scores(SplittableRandom random, SurveyKind kind) {
        int[] scores = new int[size(random, 300)];
        int range = kind.maxScore() - kind.minScore() + 1;
        int constant = kind.minScore() + random.nextInt(range);
        boolean allEqual = random.nextInt(10) == 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = allEqual ? constant : kind.minScore() + random.nextInt(range);
        }
        return scores;
    }
}

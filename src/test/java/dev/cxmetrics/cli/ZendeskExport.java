package dev.cxmetrics.cli;

import dev.cxmetrics.Priority;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Random Zendesk Support ticket exports, in the export's column order, with the tickets and CSAT
 * answers a reader must find in them, worked out independently of the preset.
 */
final class ZendeskExport {
    static final List<String> HEADER = List.of("Summation column", "Id", "Requester", "Requester id",
            "Requester external id", "Requester email", "Requester domain", "Submitter", "Assignee", "Group",
            "Subject", "Tags", "Status", "Priority", "Via", "Ticket type", "Created at", "Updated at", "Assigned at",
            "Organization", "Due date", "Initially assigned at", "Solved at", "Resolution time",
            "Satisfaction Score", "Group stations", "Assignee stations", "Reopens", "Replies",
            "First reply time in minutes", "First reply time in minutes within business hours",
            "First resolution time in minutes", "First resolution time in minutes within business hours",
            "Full resolution time in minutes", "Full resolution time in minutes within business hours",
            "Agent wait time in minutes", "Agent wait time in minutes within business hours",
            "Requester wait time in minutes", "Requester wait time in minutes within business hours",
            "On hold time in minutes", "On hold time in minutes within business hours");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final String GROUP = "Support, tier 1";
    private static final String[] OPEN = {"New", "Open", "Pending", "Hold"};
    private static final String[] OTHER_SCORES = {"Offered", "Unoffered", "-", ""};

    /** The file's text, what it must read as, and how many rows had replies raised to 1. */
    record Export(String csv, List<Ticket> tickets, List<SurveyAnswer> answers, int repliesAssumed) {
    }

    private ZendeskExport() {
    }

    /**
     * {@code rows} tickets with timestamps written as local times in {@code zone}, whole seconds
     * and whole first-reply minutes, and {@code extra} custom-field columns at the end.
     */
    static Export random(SplittableRandom random, int rows, ZoneId zone, List<String> extra) {
        List<List<String>> records = new ArrayList<>();
        List<String> header = new ArrayList<>(HEADER);
        header.addAll(extra);
        records.add(header);
        List<Ticket> tickets = new ArrayList<>();
        List<SurveyAnswer> answers = new ArrayList<>();
        int assumed = 0;
        for (int i = 0; i < rows; i++) {
            String id = random.nextInt(5) == 0 ? Samples.name(random, "Z") + i : Integer.toString(1000 + i);
            Instant created = Instant.ofEpochSecond(random.nextLong(1_700_000_000L, 1_800_000_000L));
            Instant updated = created.plusSeconds(random.nextLong(1, 40L * 86_400));
            boolean solved = random.nextInt(3) > 0;
            Instant solvedAt = solved ? created.plusSeconds(random.nextLong(0, 30L * 86_400)) : null;
            Long firstMinutes = random.nextInt(4) == 0 ? null : random.nextLong(0, 5_000);
            int replies = firstMinutes == null ? 0 : random.nextInt(4);
            int reopens = random.nextInt(3);
            String requester = random.nextInt(6) == 0 ? null : Samples.name(random, "R");
            String assignee = random.nextInt(6) == 0 ? null : Samples.name(random, "agent");
            String via = random.nextInt(6) == 0 ? null : Samples.name(random, "Web form");
            String type = random.nextInt(4) == 0 ? null : Samples.name(random, "Question");
            Priority priority = random.nextInt(5) == 0 ? null : Priority.values()[random.nextInt(4)];
            String score = switch (random.nextInt(4)) {
                case 0 -> "Good";
                case 1 -> "Bad";
                default -> OTHER_SCORES[random.nextInt(OTHER_SCORES.length)];
            };
            Instant firstAt = firstMinutes == null ? null : created.plusSeconds(60 * firstMinutes);
            if (firstAt != null && replies == 0) {
                assumed++;
            }
            tickets.add(Ticket.builder(id, created).customer(requester).agent(assignee).channel(via).type(type)
                    .priority(priority).firstResponseAt(firstAt).resolvedAt(solvedAt)
                    .agentReplies(firstAt != null && replies == 0 ? 1 : replies).reopens(reopens).team(GROUP).build());
            if (score.equals("Good") || score.equals("Bad")) {
                answers.add(new SurveyAnswer(id, requester, assignee, SurveyKind.CSAT, score.equals("Good") ? 5 : 1,
                        solvedAt != null ? solvedAt : updated));
            }
            String status = solved ? (random.nextBoolean() ? "Solved" : "Closed") : OPEN[random.nextInt(OPEN.length)];
            List<String> r = new ArrayList<>();
            r.add(Integer.toString(i + 1));
            r.add(id);
            r.add("Requester name");
            r.add(or(requester));
            r.add("");
            r.add("someone@example.com");
            r.add("example.com");
            r.add("Submitter");
            r.add(or(assignee));
            r.add(GROUP);
            r.add("Subject with \"quotes\", commas\nand a line break");
            r.add("tag_a tag_b");
            r.add(status);
            r.add(priority == null ? null : capitalized(priority.name()));
            r.add(or(via));
            r.add(type == null ? null : type);
            r.add(local(created, zone));
            r.add(local(updated, zone));
            r.add(local(created, zone));
            r.add("Org");
            r.add("");
            r.add(local(created, zone));
            r.add(solvedAt == null ? "" : local(solvedAt, zone));
            r.add(solvedAt == null ? "" : Long.toString((solvedAt.getEpochSecond() - created.getEpochSecond()) / 3600));
            r.add(score);
            r.add("1");
            r.add("2");
            r.add(Integer.toString(reopens));
            r.add(Integer.toString(replies));
            r.add(firstMinutes == null ? "" : Long.toString(firstMinutes));
            for (int k = 30; k < HEADER.size(); k++) {
                r.add(Integer.toString(random.nextInt(10_000)));
            }
            for (int k = 0; k < extra.size(); k++) {
                r.add("custom " + k);
            }
            records.add(r);
        }
        return new Export(csv(records), tickets, answers, assumed);
    }

    private static String or(String value) {
        return value == null ? "" : value;
    }

    private static String local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).format(LOCAL);
    }

    private static String capitalized(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Writes the records; a null field is Zendesk's unquoted {@code -} for "no value". */
    private static String csv(List<List<String>> records) {
        StringWriter out = new StringWriter();
        try {
            for (List<String> record : records) {
                String[] fields = record.toArray(new String[0]);
                for (int i = 0; i < fields.length; i++) {
                    if (fields[i] == null) {
                        fields[i] = DASH;
                    }
                }
                StringWriter line = new StringWriter();
                new CsvWriter(line).writeRecord(fields);
                out.write(line.toString().replace(DASH, "-"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A placeholder the writer leaves unquoted, replaced by {@code -} after writing. */
    private static final String DASH = "\u0001dash\u0001";
}

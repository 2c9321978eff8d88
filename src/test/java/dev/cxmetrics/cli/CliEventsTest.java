package dev.cxmetrics.cli;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.report.JsonReportCheck;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.ReportAccumulator;
import dev.cxmetrics.report.ReportSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --events}: the ticket lifecycle derived from an events file, end to end. A worked file
 * whose numbers are computed by hand below, each kind of bad event (stopping with
 * {@code file:line: column: reason} naming the ticket, or skipped and counted), renamed columns
 * and local times, and JSON equal to the Java API's over the same records.
 */
class CliEventsTest {
    private static final String TICKETS = "id,agent_id,created_at\n"
            + "T-1,ann,2026-01-05T09:00:00Z\n"
            + "T-2,bob,2026-01-05T10:00:00Z\n";
    private static final String HEADER = "ticket_id,at,event,agent_id\n";
    /**
     * T-1: created 09:00, replied 09:30 and set pending at the same instant (the reply comes first),
     * the customer writes at 11:00, the agent replies at 12:00 and solves. T-2: created 10:00, only a
     * bot replies, closed at 14:00 without a solve, so it resolves at the close.
     */
    private static final String EVENTS = HEADER
            + "T-1,2026-01-05T09:30:00Z,pending,ann\n"
            + "T-1,2026-01-05T09:30:00Z,agent_reply,ann\n"
            + "T-1,2026-01-05T11:00:00Z,Customer_Message,\n"
            + "T-1,2026-01-05T12:00:00Z, agent_reply ,ann\n"
            + "T-1,2026-01-05T12:00:00Z,SOLVED,ann\n"
            + "T-2,2026-01-05T10:00:00Z,bot_reply,-\n"
            + "T-2,2026-01-05T14:00:00Z,closed,\n";

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private CliRun report(Path events, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("report", "--tickets", file("tickets.csv", TICKETS).toString(),
                "--events", events.toString(), "--format", "json"));
        Collections.addAll(args, more);
        return CliRun.of(args.toArray(new String[0]));
    }

    @Test
    void aWorkedEventsFileGivesTheNumbersComputedByHand() throws IOException {
        CliRun run = report(file("events.csv", EVENTS));
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.err()).isEmpty();
        String out = run.out();
        // First response: T-1 at 09:30 (30 min = 1800 s); T-2 only had a bot, so it is unanswered.
        assertThat(out).contains("\"frt\":{\"count\":1,\"unanswered\":1,\"mean\":1800,\"median\":1800,\"p90\":1800}");
        // Resolution: T-1 solved 12:00 (3 h = 10800 s), T-2 closed 14:00 (4 h = 14400 s); p90 by
        // interpolation 10800 + 0.9 * 3600 = 14040.
        assertThat(out).contains("\"resolution\":{\"count\":2,\"open\":0,\"mean\":12600,\"median\":12600,\"p90\":14040}");
        // First resolution is the first SOLVED: only T-1.
        assertThat(out).contains("\"firstResolution\":{\"count\":1,\"mean\":10800,\"median\":10800,\"p90\":10800}");
        // Agent work (new + open): T-1 09:00-09:30 = 1800, T-2 10:00-14:00 = 14400; p90 1800 + 0.9 * 12600.
        assertThat(out).contains("\"agentWork\":{\"count\":2,\"mean\":8100,\"median\":8100,\"p90\":13140}");
        // Agent wait (pending): T-1 09:30-12:00 = 9000 (a customer message changes no status), T-2 0.
        assertThat(out).contains("\"agentWait\":{\"count\":2,\"mean\":4500,\"median\":4500,\"p90\":8100}");
        assertThat(out).contains("\"onHold\":{\"count\":2,\"mean\":0,\"median\":0,\"p90\":0}");
        assertThat(out).contains("\"requesterWait\":{\"count\":2,\"mean\":8100,\"median\":8100,\"p90\":13140}");
        // Next reply: the customer's 11:00 message after a reply, answered at 12:00.
        assertThat(out).contains("\"nextReply\":{\"count\":1,\"awaiting\":0,\"mean\":3600,\"median\":3600,\"p90\":3600}");
        assertThat(out).contains("\"frtBrackets\":{\"0-1h\":1,\"1-8h\":0,\"8-24h\":0,\"24h+\":0}");
        // Two agent replies on T-1: not one touch.
        assertThat(out).contains("\"fcr\":{\"oneTouch\":0,\"eligible\":1,\"percent\":0}");
    }

    @Test
    void renamedColumnsAndLocalTimesGiveTheSameReport() throws IOException {
        String expected = report(file("events.csv", EVENTS)).out();
        // The same events in Rome's local time (UTC+1 in January) under an export's header names.
        String local = EVENTS.replace(HEADER, "Ticket,Timestamp,Kind,Agent\n")
                .replaceAll("2026-01-05T(\\d\\d):(\\d\\d):00Z", "2026-01-05 X$1:$2");
        StringBuilder shifted = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("X(\\d\\d)").matcher(local);
        while (m.find()) {
            m.appendReplacement(shifted, String.format("%02d", Integer.parseInt(m.group(1)) + 1));
        }
        m.appendTail(shifted);
        CliRun run = report(file("export.csv", shifted.toString()), "--input-zone", "Europe/Rome", "--map",
                "events.ticket_id=Ticket,events.at=Timestamp,events.event=Kind,events.agent_id=Agent");
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).isEqualTo(expected);
    }

    /** Runs the report over one bad events file, expecting exit 2 and the single line {@code cxmetrics: <expected>}. */
    private void assertStops(String events, String expected) throws IOException {
        Path file = file("bad.csv", HEADER + events);
        CliRun run = report(file);
        assertThat(run.code()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).as(run.describe()).containsExactly("cxmetrics: " + file + ":" + expected);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownEventWordStopsNamingLineColumnAndTicket() throws IOException {
        assertStops("T-1,2026-01-05T09:30:00Z,agent_reply,ann\nT-1,2026-01-05T09:40:00Z,reply,ann\n",
                "3: event: 'reply' is not an event (open, pending, on_hold, solved, closed, customer_message, "
                        + "agent_reply, bot_reply) (ticket T-1)");
    }

    @Test
    void aMalformedTimeStopsNamingLineColumnAndTicket() throws IOException {
        assertStops("T-2,2026-01-05T25:30:00Z,open,\n", "2: at: '2026-01-05T25:30:00Z' is not an ISO-8601 instant"
                + " (like 2026-01-31T10:00:00Z or 2026-01-31T11:00:00+01:00)" + Row.LOCAL_HINT + " (ticket T-2)");
    }

    @Test
    void anEventBeforeItsTicketsCreationStops() throws IOException {
        assertStops("T-1,2026-01-05T08:59:59Z,customer_message,\n", "2: at: customer_message event at "
                + "2026-01-05T08:59:59Z is before createdAt 2026-01-05T09:00:00Z (ticket T-1)");
    }

    @Test
    void anEventAfterItsTicketsCloseStopsOnWhicheverRowComesSecond() throws IOException {
        assertStops("T-1,2026-01-05T10:00:00Z,closed,\nT-1,2026-01-05T11:00:00Z,agent_reply,ann\n",
                "3: at: agent_reply event at 2026-01-05T11:00:00Z of ticket T-1 is rejected: it comes after the"
                        + " ticket was closed at 2026-01-05T10:00:00Z");
        assertStops("T-1,2026-01-05T11:00:00Z,agent_reply,ann\nT-1,2026-01-05T10:00:00Z,closed,\n",
                "3: at: closed event at 2026-01-05T10:00:00Z of ticket T-1 is rejected: it closes the ticket"
                        + " before its event at 2026-01-05T11:00:00Z");
    }

    @Test
    void compactingClosedTicketsGivesTheSameReportAndStopsOnARowAfterTheClose() throws IOException {
        CliRun whole = report(file("events.csv", EVENTS));
        CliRun compact = report(file("events.csv", EVENTS), "--compact-closed");
        assertThat(compact.code()).as(compact.describe()).isZero();
        assertThat(compact.out()).isEqualTo(whole.out());
        // Timed before the close, but read after it: accepted whole, refused once compacted.
        String late = "T-1,2026-01-05T10:00:00Z,closed,\nT-1,2026-01-05T09:30:00Z,agent_reply,ann\n";
        assertThat(report(file("late.csv", HEADER + late)).code()).isZero();
        CliRun refused = report(file("late.csv", HEADER + late), "--compact-closed");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("late.csv:3: at: agent_reply event at 2026-01-05T09:30:00Z of ticket T-1 is"
                + " rejected: the ticket was closed at 2026-01-05T10:00:00Z and its events were compacted");
    }

    @Test
    void anEventOfATicketNeverGivenStops() throws IOException {
        assertStops("T-1,2026-01-05T09:30:00Z,agent_reply,ann\nT-9,2026-01-05T09:30:00Z,agent_reply,ann\n",
                "3: ticket_id: ticket 'T-9' is not in " + dir.resolve("tickets.csv")
                        + " (agent_reply event at 2026-01-05T09:30:00Z)");
    }

    @Test
    void eventsNeedATicketsFile() throws IOException {
        CliRun run = CliRun.of("report", "--events", file("events.csv", EVENTS).toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "cxmetrics: option --events needs --tickets FILE: every event belongs to one of its tickets");
        CliRun unknown = report(file("events.csv", EVENTS), "--map", "events.time=Timestamp");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.errLines()).containsExactly("cxmetrics: option --map: no column 'time' in events"
                + " (columns: ticket_id, at, event, agent_id)");
    }

    @Test
    void skipInvalidCountsAndListsBadEventsAndReportsTheGoodOnes() throws IOException {
        String bad = "T-1,2026-01-05T09:40:00Z,reply,ann\n"
                + "T-1,2026-01-05T08:00:00Z,open,\n"
                + "T-9,2026-01-05T09:30:00Z,agent_reply,ann\n"
                + "T-2,yesterday,open,\n"
                + "T-2,2026-01-05T15:00:00Z,agent_reply,bob\n";
        Path mixed = file("mixed.csv", EVENTS + bad);
        CliRun run = report(mixed, "--skip-invalid");
        assertThat(run.code()).as(run.describe()).isZero();
        String expected = report(file("events.csv", EVENTS)).out().stripTrailing();
        assertThat(run.out()).isEqualTo(expected.substring(0, expected.length() - 1) + ",\"skipped\":5}\n");
        List<String> err = run.errLines();
        assertThat(err.get(0)).isEqualTo(mixed + ": 5 invalid rows skipped, 7 read; the first 5:");
        assertThat(err.subList(1, err.size())).hasSize(5).allMatch(line -> line.startsWith("  " + mixed + ":"));
        assertThat(err.get(1)).startsWith("  " + mixed + ":9: event: 'reply'");
        assertThat(err.get(2)).startsWith("  " + mixed + ":10: at: open event at 2026-01-05T08:00:00Z is before");
        assertThat(err.get(3)).startsWith("  " + mixed + ":11: ticket_id: ticket 'T-9' is not in");
        assertThat(err.get(4)).startsWith("  " + mixed + ":12: at: 'yesterday'");
        assertThat(err.get(5)).startsWith("  " + mixed + ":13: at: agent_reply event at 2026-01-05T15:00:00Z of"
                + " ticket T-2 is rejected");

        // Without the close before it, the last bad row would be good: leave it out.
        String alone = bad.substring(0, bad.lastIndexOf("T-2,2026"));
        CliRun allBad = report(file("bad.csv", HEADER + alone), "--skip-invalid");
        assertThat(allBad.code()).isEqualTo(2);
        assertThat(allBad.errLines()).last().isEqualTo("cxmetrics: every row of " + dir.resolve("bad.csv")
                + " is invalid (4 rows); no report");
    }

    @Test
    void jsonEqualsTheJavaApiOverTheSameRecords() throws IOException {
        for (long seed = 1; seed <= 25; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Path run = Files.createDirectories(dir.resolve("api-" + seed));
            CliData data = CliData.sample(run, seed, 1 + random.nextInt(150));
            List<Ticket> tickets = data.readTickets();
            List<TicketEvent> events = EventLogs.random(random, tickets);
            Path eventsFile = run.resolve("events.csv");
            CsvFormat.EVENTS.write(events, eventsFile);
            String by = List.of("agent", "team", "priority", "channel").get(random.nextInt(4));
            List<String> args = new ArrayList<>(List.of("report"));
            args.addAll(data.args());
            args.addAll(List.of("--events", eventsFile.toString(), "--format", "json", "--by", by, "--bucket", "week"));
            CliRun cli = CliRun.of(args.toArray(new String[0]));
            assertThat(cli.code()).as("seed %d: %s", seed, cli.describe()).isZero();

            ReportSpec spec = ReportSpec.builder().zone(ZoneOffset.UTC).bucket(dev.cxmetrics.time.TimeBucket.WEEK)
                    .by(dev.cxmetrics.report.Dimension.parse(by)).build();
            ReportAccumulator accumulator = spec.accumulator();
            // The API in another order than the CLI reads: events first, then the rest.
            Collections.shuffle(events, new java.util.Random(seed));
            events.forEach(accumulator::add);
            tickets.forEach(accumulator::add);
            data.readResponses().forEach(accumulator::add);
            data.readAnswers().forEach(accumulator::add);
            KpiReport expected = accumulator.requireEventsMatched().snapshot();
            assertThat(cli.out()).as("seed %d", seed).isEqualTo(expected.toJson());
            JsonReportCheck.assertMatches(cli.json(), expected, null, "seed " + seed);
            // The events matter: without them the report differs.
            List<String> noEvents = new ArrayList<>(args);
            noEvents.subList(noEvents.indexOf("--events"), noEvents.indexOf("--events") + 2).clear();
            CliRun without = CliRun.of(noEvents.toArray(new String[0]));
            assertThat(without.out()).as("seed %d", seed).isNotEqualTo(cli.out());
        }
    }

    /** Valid event logs for the given tickets, with ties, reopens and closes. */
    static final class EventLogs {
        private static final TicketEvent.Type[] TYPES = TicketEvent.Type.values();

        private EventLogs() {
        }

        static List<TicketEvent> random(SplittableRandom random, List<Ticket> tickets) {
            List<TicketEvent> events = new ArrayList<>();
            for (Ticket ticket : tickets) {
                Instant at = ticket.createdAt();
                int n = random.nextInt(8);
                for (int i = 0; i < n; i++) {
                    // Steps of whole quarter hours, often zero, so that ties are common.
                    at = at.plusSeconds(900L * random.nextInt(6));
                    TicketEvent.Type type = i == n - 1 && random.nextInt(3) == 0 ? TicketEvent.Type.CLOSED
                            : TYPES[random.nextInt(TYPES.length)];
                    if (type == TicketEvent.Type.CLOSED && i < n - 1) {
                        type = TicketEvent.Type.SOLVED;
                    }
                    String agent = type == TicketEvent.Type.CUSTOMER_MESSAGE || type == TicketEvent.Type.BOT_REPLY
                            ? null : ticket.agentId();
                    events.add(new TicketEvent(ticket.id(), at, type, agent));
                }
            }
            return events;
        }
    }
}

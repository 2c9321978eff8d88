package dev.cxmetrics.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input stops the report with exit code 2 and one line, {@code cxmetrics: file:line: column:
 * reason}, where the line is the one on which the bad record starts; nothing is written to
 * standard output or to {@code --out}.
 */
class CliBadInputTest {
    private static final String TICKETS_HEADER =
            "id,customer_id,agent_id,channel,type,priority,created_at,first_response_at,resolved_at,agent_replies,reopens\n";
    private static final String TICKET_1 = "T-1,C-1,ann,email,billing,high,2026-01-05T09:00:00Z,2026-01-05T09:30:00Z,,1,0\n";
    private static final String TICKET_2 = "T-2,C-2,bob,chat,\"multi\nline\",low,2026-01-05T10:00:00Z,,,,\n";

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Runs {@code report} over the files, expecting the single line {@code cxmetrics: <expected>}. */
    private void assertStops(String expected, String... options) {
        Path out = dir.resolve("out.json");
        String[] args = new String[options.length + 5];
        args[0] = "report";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "--out";
        args[options.length + 2] = out.toString();
        args[options.length + 3] = "--format";
        args[options.length + 4] = "json";
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(run.describe()).isEqualTo(2);
        assertThat(run.errLines()).as(run.describe()).containsExactly("cxmetrics: " + expected);
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadCellStopsWithFileLineColumnAndReason() throws IOException {
        // TICKET_2 spans lines 3-4, so the bad record starts on line 5.
        Path tickets = file("tickets.csv", TICKETS_HEADER + TICKET_1 + TICKET_2
                + "T-3,,,,,,2026-13-01T00:00:00Z,,,,\n" + "T-4,,,,,,2026-01-01T00:00:00Z,,,,\n");
        assertStops(tickets + ":5: created_at: '2026-13-01T00:00:00Z' is not an ISO-8601 instant (like "
                + "2026-01-31T10:00:00Z or 2026-01-31T11:00:00+01:00)" + Row.LOCAL_HINT, "--tickets", tickets.toString());
    }

    @Test
    void aModelRuleBrokenStopsWithTheColumnAndTheTicket() throws IOException {
        Path tickets = file("tickets.csv", TICKETS_HEADER + TICKET_1
                + "T-9,,,,,,2026-01-05T10:00:00Z,2026-01-05T09:00:00Z,,1,0\n");
        assertStops(tickets + ":3: first_response_at: 2026-01-05T09:00:00Z is before created_at "
                + "2026-01-05T10:00:00Z (ticket T-9)", "--tickets", tickets.toString());
    }

    @Test
    void aRepeatedTicketIdIsReportedWithTheLineOfTheRepeat() throws IOException {
        Path tickets = file("tickets.csv", TICKETS_HEADER + TICKET_1 + TICKET_2 + TICKET_1);
        assertStops(tickets + ":5: id: T-1 was already added to this report", "--tickets", tickets.toString());
        // The same with an SLA, whose evaluation runs before the ticket is recorded.
        assertStops(tickets + ":5: id: T-1 was already added to this report", "--tickets", tickets.toString(),
                "--sla", "all: first 1h", "--as-of", "2026-02-01T00:00:00Z");
    }

    @Test
    void aDeadlinePastTheLastInstantIsARowErrorNotACrash() throws IOException {
        Path tickets = file("tickets.csv", TICKETS_HEADER + TICKET_1
                + "T-9,,,,,urgent,+999999999-12-01T00:00:00Z,,,,\n");
        assertStops(tickets + ":3: created_at: +999999999-12-01T00:00:00Z plus the resolution target PT876600H is "
                + "past the last representable instant (ticket T-9)", "--tickets", tickets.toString(),
                "--sla", "urgent: resolution 36525d", "--as-of", "2026-02-01T00:00:00Z");
        assertStops(tickets + ":3: the resolution deadline +1000000000-01-30T00:00:00Z cannot be placed in a calendar "
                + "bucket of Z (ticket T-9)", "--tickets", tickets.toString(),
                "--sla", "urgent: resolution 60d", "--as-of", "+1000000000-12-31T00:00:00Z");
    }

    @Test
    void badResponseAndSurveyRowsNameTheirColumns() throws IOException {
        Path responses = file("responses.csv", "ticket_id,agent_id,sent_at,handle_seconds,automated\n"
                + "T-1,ann,2026-01-05T09:30:00Z,312.5,false\n" + "T-1,ann,2026-01-05T09:40:00Z,-5,false\n");
        assertStops(responses + ":3: handle_seconds: '-5' is not a non-negative number of seconds (like 312 or 312.5)",
                "--responses", responses.toString());
        Path surveys = file("surveys.csv", "ticket_id,customer_id,agent_id,kind,score,answered_at\n"
                + "T-1,C-1,ann,csat,6,2026-01-06T09:00:00Z\n");
        assertStops(surveys + ":2: score: 6 out of range 1..5 for CSAT (ticket T-1)", "--surveys", surveys.toString());
        Path kinds = file("kinds.csv", "kind,score,answered_at\r\nnps,9,2026-01-06T09:00:00Z\r\ncsaat,4,2026-01-06T09:00:00Z\r\n");
        assertStops(kinds + ":3: kind: 'csaat' is not a survey kind (csat, nps, ces)", "--surveys", kinds.toString());
    }

    @Test
    void malformedFilesStopEvenWithSkipInvalid() throws IOException {
        Path header = file("header.csv", "id,agentid,created_at\nT-1,ann,2026-01-05T09:00:00Z\n");
        Path empty = file("empty.csv", "");
        Path quote = file("quote.csv", TICKETS_HEADER + TICKET_1 + "T-2,\"C-2\"x,,,,,2026-01-05T09:00:00Z,,,,\n");
        Path open = file("open.csv", TICKETS_HEADER + TICKET_1 + "T-2,\"C-2,,,,,2026-01-05T09:00:00Z,,,,\n");
        Path utf8 = dir.resolve("utf8.csv");
        Files.write(utf8, (TICKETS_HEADER + "T-1,C-\u00e9").getBytes(StandardCharsets.UTF_8));
        Files.write(utf8, new byte[] {(byte) 0xC3, 0x28, ',', '\n'}, java.nio.file.StandardOpenOption.APPEND);
        for (String skip : List.of("--format", "--skip-invalid")) {
            String[] extra = skip.equals("--skip-invalid") ? new String[] {"--skip-invalid"} : new String[0];
            assertStops(header + ":1: unknown column 'agentid' (tickets columns: id, customer_id, agent_id, channel, "
                    + "type, priority, created_at, first_response_at, resolved_at, agent_replies, reopens, team, "
                    + "first_response_minutes, first_response_hours, resolution_minutes, resolution_hours; required: "
                    + "id, created_at)", concat(extra, "--strict-columns", "--tickets", header.toString()));
            assertStops(empty + ":1: no header row: the file is empty", concat(extra, "--tickets", empty.toString()));
            assertStops(quote + ":3: customer_id: text after the closing quote of a quoted field",
                    concat(extra, "--tickets", quote.toString()));
            assertThat(CliRun.of(concat(new String[] {"report"}, concat(extra, "--tickets", open.toString()))).err())
                    .startsWith("cxmetrics: " + open + ":3: ");
            assertThat(CliRun.of(concat(new String[] {"report"}, concat(extra, "--tickets", utf8.toString()))).err())
                    .startsWith("cxmetrics: " + utf8 + ":2: malformed UTF-8");
        }
    }

    @Test
    void theFirstBadFileStopsTheRunWhateverTheOthers() throws IOException {
        Path tickets = file("tickets.csv", TICKETS_HEADER + TICKET_1);
        Path responses = file("responses.csv", "ticket_id,sent_at\nT-1,never\n");
        Path surveys = file("surveys.csv", "kind,score,answered_at\nces,0,2026-01-06T09:00:00Z\n");
        assertStops(responses + ":2: sent_at: 'never' is not an ISO-8601 instant (like 2026-01-31T10:00:00Z or "
                + "2026-01-31T11:00:00+01:00)" + Row.LOCAL_HINT, "--tickets", tickets.toString(), "--responses", responses.toString(),
                "--surveys", surveys.toString());
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}

package dev.cxmetrics.cli;

import dev.cxmetrics.Priority;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.ReportSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Real helpdesk exports through the command line, and the defects found on the way. */
class CliExportsTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(run.describe()).isZero();
        return run;
    }

    private static CliRun bad(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(run.describe()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        return run;
    }

    /** The generic export of the issue: its own names, local times, Medium and Critical. */
    @Test
    void aGenericExportReadsWithMapAndInputZone() throws IOException {
        Path export = file("export.csv", "Ticket_ID,Channel,Category,Priority,Created_Date,Resolved_Date,Status,Agent,\n"
                + "101,email,billing,Medium,2024-03-08 09:15,2024-03-08 17:00,Resolved,ann,\n"
                + "102,chat,bug,Critical,2024-03-09 23:30:00,-,Open,bob,\n"
                + "103,phone,billing,low,2024-03-11,2024-03-12 08:00:00.5,Resolved,ann,\n");
        ZoneId ny = ZoneId.of("America/New_York");
        CliRun run = ok("report", "--tickets", export.toString(), "--input-zone", "America/New_York", "--zone",
                "America/New_York", "--by", "agent,priority", "--format", "json", "--map",
                "tickets.id=Ticket_ID,tickets.type=Category,tickets.created_at=Created_Date,"
                        + "tickets.resolved_at=Resolved_Date,tickets.agent_id=Agent");
        List<Ticket> expected = List.of(
                Ticket.builder("101", Instant.parse("2024-03-08T14:15:00Z")).channel("email").type("billing")
                        .priority(Priority.NORMAL).agent("ann").resolvedAt(Instant.parse("2024-03-08T22:00:00Z")).build(),
                Ticket.builder("102", Instant.parse("2024-03-10T04:30:00Z")).channel("chat").type("bug")
                        .priority(Priority.URGENT).agent("bob").build(),
                Ticket.builder("103", Instant.parse("2024-03-11T04:00:00Z")).channel("phone").type("billing")
                        .priority(Priority.LOW).agent("ann").resolvedAt(Instant.parse("2024-03-12T12:00:00.5Z")).build());
        String json = ReportSpec.builder().zone(ny).by(Dimension.AGENT, Dimension.PRIORITY).build()
                .compute(expected, List.of(), List.of()).toJson();
        assertThat(run.out()).isEqualTo(json);
        assertThat(run.err()).isEqualTo("cxmetrics: " + export + ": ignoring column 'Status' (not used;"
                + " --strict-columns makes this an error)\n");

        CliRun strict = bad("report", "--tickets", export.toString(), "--strict-columns", "--map",
                "tickets.id=Ticket_ID,tickets.created_at=Created_Date");
        assertThat(strict.err()).startsWith("cxmetrics: " + export + ":1: unknown columns 'Category',"
                + " 'Resolved_Date', 'Status', 'Agent' (tickets columns:");
    }

    @Test
    void theTeamColumnAndZendeskGroupGroupByTeam() throws IOException {
        Path tickets = file("t.csv", "id,created_at,team\nT-1,2026-01-05T09:00:00Z,billing\n"
                + "T-2,2026-01-05T10:00:00Z,\nT-3,2026-01-05T11:00:00Z,billing\n");
        CliRun run = ok("report", "--tickets", tickets.toString(), "--by", "team", "--format", "json");
        List<Ticket> expected = List.of(Ticket.builder("T-1", Instant.parse("2026-01-05T09:00:00Z")).team("billing")
                .build(), Ticket.builder("T-2", Instant.parse("2026-01-05T10:00:00Z")).build(),
                Ticket.builder("T-3", Instant.parse("2026-01-05T11:00:00Z")).team("billing").build());
        assertThat(run.out()).isEqualTo(ReportSpec.builder().by(Dimension.TEAM).build()
                .compute(expected, List.of(), List.of()).toJson());
        assertThat(run.out()).contains("\"team\":{");
    }

    @Test
    void mapIsCheckedBeforeAnyFileIsRead() throws IOException {
        Path tickets = file("t.csv", "id,created_at\nT-1,2026-01-05T09:00:00Z\n");
        assertThat(bad("report", "--tickets", tickets.toString(), "--map", "tickets.ticket=Ticket_ID").err())
                .startsWith("cxmetrics: option --map: no column 'ticket' in tickets (columns: id, customer_id,");
        assertThat(bad("report", "--tickets", tickets.toString(), "--map", "ticket.id=Ticket_ID").err())
                .isEqualTo("cxmetrics: option --map: 'ticket.id=Ticket_ID': 'ticket' is not one of tickets,"
                        + " responses, surveys, events\n");
        assertThat(bad("report", "--tickets", tickets.toString(), "--map", "tickets.id").err())
                .isEqualTo("cxmetrics: option --map: 'tickets.id' is not FILE.COLUMN=HEADER, like tickets.id=Ticket_ID\n");
        assertThat(bad("report", "--tickets", tickets.toString(), "--map", "surveys.kind=Type").err())
                .isEqualTo("cxmetrics: option --map renames columns of surveys, but no --surveys file is given\n");
        assertThat(bad("report", "--tickets", tickets.toString(), "--map", "tickets.id=A", "--map", "tickets.id=B")
                .err()).isEqualTo("cxmetrics: option --map: tickets.id is mapped twice\n");
        assertThat(bad("report", "--tickets", tickets.toString(), "--map", "tickets.agent_id=Agent").err())
                .startsWith("cxmetrics: " + tickets + ":1: missing required column 'agent_id' (header 'Agent')");
        // Two --map options add up.
        Path renamed = file("r.csv", "Ticket,When\nT-1,2026-01-05T09:00:00Z\n");
        ok("report", "--tickets", renamed.toString(), "--map", "tickets.id=Ticket", "--map", "tickets.created_at=When");
    }

    @Test
    void zendeskPresetReadsTheExportAsItIs() throws IOException {
        ZoneId zone = ZoneId.of("Asia/Kolkata");
        ZendeskExport.Export export = ZendeskExport.random(new SplittableRandom(11), 400, zone,
                List.of("Ticket Category [list]"));
        Path file = file("zendesk.csv", export.csv());
        CliRun run = ok("report", "--preset", "zendesk", "--tickets", file.toString(), "--input-zone", "Asia/Kolkata",
                "--by", "agent,channel", "--format", "json");
        List<SurveyAnswer> answers = export.answers();
        assertThat(answers).isNotEmpty();
        assertThat(export.repliesAssumed()).isPositive();
        String json = ReportSpec.builder().by(Dimension.AGENT, Dimension.CHANNEL).build()
                .compute(export.tickets(), List.of(), answers).toJson();
        assertThat(run.out()).isEqualTo(json);
        assertThat(run.errLines()).containsExactly(
                "cxmetrics: " + file + ": " + export.repliesAssumed() + " rows have a first reply time but 0 replies;"
                        + " each counts 1 reply",
                "cxmetrics: " + file + ": ignoring column 'Ticket Category [list]' (not used; --strict-columns makes"
                        + " this an error)");
        assertThat(bad("report", "--preset", "zendesk", "--tickets", file.toString(), "--strict-columns").err())
                .startsWith("cxmetrics: " + file + ":1: unknown column 'Ticket Category [list]'");
        assertThat(bad("report", "--preset", "freshdesk", "--tickets", file.toString()).err())
                .isEqualTo("cxmetrics: option --preset: 'freshdesk' is not a preset (zendesk)\n");
        assertThat(bad("report", "--preset", "zendesk", "--sample", "10").err())
                .isEqualTo("cxmetrics: option --preset reads files; it does not apply to --sample\n");
    }

    @Test
    void aRunWhoseEveryRowIsInvalidExitsTwoEvenWhenSkipping() throws IOException {
        Path tickets = file("t.csv", "id,created_at\nT-1,yesterday\nT-2,\n");
        CliRun run = bad("report", "--tickets", tickets.toString(), "--skip-invalid", "--format", "json");
        assertThat(run.errLines()).hasSize(4);
        assertThat(run.errLines().get(0)).isEqualTo(tickets + ": 2 invalid rows skipped, 0 read; the first 2:");
        assertThat(run.errLines().get(3)).isEqualTo("cxmetrics: every row of " + tickets + " is invalid (2 rows);"
                + " no report");
        // An empty file (a header only) is no invalid row: an empty report.
        Path empty = file("e.csv", "id,created_at\n");
        assertThat(ok("report", "--tickets", empty.toString(), "--skip-invalid").err()).isEmpty();
    }

    @Test
    void theJsonOfARunThatSkippedRowsSaysHowMany() throws IOException {
        Path tickets = file("t.csv", "id,created_at\nT-1,yesterday\nT-2,2026-01-05T09:00:00Z\n");
        Path surveys = file("s.csv", "kind,score,answered_at\ncsat,9,2026-01-05T09:00:00Z\ncsat,5,2026-01-05\n");
        CliRun run = ok("report", "--tickets", tickets.toString(), "--surveys", surveys.toString(), "--skip-invalid",
                "--format", "json");
        assertThat(run.json().get("skipped")).isEqualTo(new BigDecimal(2));
        CliRun clean = ok("report", "--tickets", file("c.csv", "id,created_at\nT-2,2026-01-05\n").toString(),
                "--skip-invalid", "--format", "json");
        assertThat(clean.json()).doesNotContainKey("skipped");
    }

    @Test
    void anUnknownOptionIsCalledUnknownWhereverItStands() throws IOException {
        Path tickets = file("t.csv", "id,created_at\n");
        for (String[] args : List.of(new String[] {"report", "--frobnicate"},
                new String[] {"report", "--tickets", tickets.toString(), "--frobnicate"},
                new String[] {"report", "--frobnicate", "x", "--tickets", tickets.toString()},
                new String[] {"report", "--frobnicate=1", "--tickets", tickets.toString()})) {
            assertThat(bad(args).err()).isEqualTo("cxmetrics: unknown option --frobnicate (see --help)\n");
        }
    }

    @Test
    void noMessageLeaksAJavaExceptionText() throws IOException {
        Path tickets = file("t.csv", "id,created_at\nT-1,2026-01-05T09:00:00Z\n");
        Path binary = dir.resolve("holidays.bin");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3});
        CliRun holidays = bad("report", "--tickets", tickets.toString(), "--business-hours", "Mon-Fri 09:00-17:00",
                "--measure", "business", "--holidays", "@" + binary);
        assertThat(holidays.err()).isEqualTo("cxmetrics: option --holidays: cannot read " + binary
                + ": not UTF-8 text\n");
        CliRun zone = bad("report", "--tickets", tickets.toString(), "--input-zone", "Mars/Olympus");
        assertThat(zone.err()).isEqualTo("cxmetrics: option --input-zone: 'Mars/Olympus' is not a time zone (like"
                + " Europe/Rome, America/New_York, UTC or +01:00)\n");
        CliRun path = bad("report", "--tickets", "a\u0000b");
        assertThat(path.err()).isEqualTo("cxmetrics: option --tickets: 'a\\u0000b' is not a valid file name\n");
        for (CliRun run : List.of(holidays, zone, path)) {
            assertThat(run.err()).doesNotContain("Input length", "Exception", "Unknown time-zone", "Illegal char");
        }
    }

    @Test
    void helpDocumentsEveryExitCodeAndTheNewOptions() {
        assertThat(Usage.TEXT).contains("1 unexpected failure, or out of memory", "--preset zendesk", "--map",
                "--input-zone", "--strict-columns");
    }
}

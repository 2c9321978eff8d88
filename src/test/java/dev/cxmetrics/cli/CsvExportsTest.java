package dev.cxmetrics.cli;

import dev.cxmetrics.Priority;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading exports whose columns, timestamps and values are not exactly ours. */
class CsvExportsTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static <T> List<T> read(CsvFormat<T> format, CsvOptions options, String text) throws IOException {
        List<T> rows = new ArrayList<>();
        format.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x.csv", ErrorPolicy.FAIL_FAST,
                options, rows::add);
        return rows;
    }

    private static <T> ReadResult result(CsvFormat<T> format, CsvOptions options, String text) throws IOException {
        return format.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x.csv",
                ErrorPolicy.FAIL_FAST, options, v -> { });
    }

    private static Ticket ticket(String text) throws IOException {
        return read(CsvFormat.TICKETS, CsvOptions.defaults(), text).get(0);
    }

    @Test
    void unusedColumnsAreIgnoredListedOnceAndAnErrorWhenStrict() throws IOException {
        String text = "ID , Subject,Created_At,Tags\nT-1,Hello,2026-01-05T09:00:00Z,a b\nT-2,Bye,2026-01-05T10:00:00Z,\n";
        ReadResult result = result(CsvFormat.TICKETS, CsvOptions.defaults(), text);
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.ignoredColumns()).containsExactly("'Subject'", "'Tags'");
        assertThat(read(CsvFormat.TICKETS, CsvOptions.defaults(), text).get(1))
                .isEqualTo(Ticket.builder("T-2", Instant.parse("2026-01-05T10:00:00Z")).build());
        assertThatThrownBy(() -> result(CsvFormat.TICKETS, CsvOptions.defaults().withStrictColumns(true), text))
                .hasMessageStartingWith("x.csv:1: unknown columns 'Subject', 'Tags' (tickets columns:");
        assertThat(result(CsvFormat.TICKETS, CsvOptions.defaults(), "id,created_at\n").ignoredColumns()).isEmpty();
    }

    @Test
    void aTrailingCommaInTheHeaderIsAccepted() throws IOException {
        List<Ticket> tickets = read(CsvFormat.TICKETS, CsvOptions.defaults().withStrictColumns(true),
                "id,created_at,\nT-1,2026-01-05T09:00:00Z,\nT-2,2026-01-05T09:00:00Z\n");
        assertThat(tickets).extracting(Ticket::id).containsExactly("T-1", "T-2");
    }

    @Test
    void renamedColumnsAreFoundUnderTheirHeaderOnly() throws IOException {
        CsvOptions options = CsvOptions.defaults().withHeaders(Map.of("id", "Ticket_ID", "CREATED_AT ", "created date",
                "agent_id", "Agent"));
        String text = "ticket_id,Created Date,Agent,id\nT-1,2026-01-05T09:00:00Z,ann,other\n";
        assertThat(read(CsvFormat.TICKETS, options, text)).containsExactly(
                Ticket.builder("T-1", Instant.parse("2026-01-05T09:00:00Z")).agent("ann").build());
        assertThat(result(CsvFormat.TICKETS, options, text).ignoredColumns()).containsExactly("'id'");
        assertThatThrownBy(() -> read(CsvFormat.TICKETS, options, "Ticket_ID,Created Date\nT-1,2026-01-05\n"))
                .hasMessageStartingWith("x.csv:1: missing required column 'agent_id' (header 'Agent')");
        assertThatThrownBy(() -> read(CsvFormat.TICKETS, CsvOptions.defaults().withHeaders(Map.of("ticket", "T")),
                "id,created_at\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no column 'ticket' in tickets (columns: id, customer_id, agent_id, channel, type,"
                        + " priority, created_at, first_response_at, resolved_at, agent_replies, reopens, team,"
                        + " first_response_minutes, first_response_hours, resolution_minutes, resolution_hours)");
    }

    @Test
    void localTimesAndDatesAreReadInTheInputZone() throws IOException {
        CsvOptions rome = CsvOptions.defaults().withInputZone(ZoneId.of("Europe/Rome"));
        String header = "id,created_at\n";
        Instant nine = Instant.parse("2026-01-05T08:00:00Z");
        for (String local : List.of("2026-01-05 09:00", "2026-01-05T09:00", "2026-01-05 09:00:00",
                "2026-01-05T09:00:00.000", "\"2026-01-05 09:00:00,0\"", " 2026-01-05 09:00:00 ", "2026-01-05 08:00:00Z",
                "2026-01-05 08:00:00 +00:00", "2026-01-05 03:00:00 -0500", "2026-01-05T10:00+02")) {
            assertThat(read(CsvFormat.TICKETS, rome, header + "T-1," + local + "\n").get(0).createdAt())
                        .as(local).isEqualTo(nine);
        }
        assertThat(read(CsvFormat.TICKETS, rome, header + "T-1,2026-01-05 09:00:00.123456789\n").get(0).createdAt())
                .isEqualTo(nine.plusNanos(123_456_789));
        assertThat(read(CsvFormat.TICKETS, rome, header + "T-1,2026-01-05\n").get(0).createdAt())
                .isEqualTo(Instant.parse("2026-01-04T23:00:00Z"));
        assertThat(read(CsvFormat.TICKETS, rome, header + "T-1,2024-02-29 12:00\n").get(0).createdAt())
                .isEqualTo(Instant.parse("2024-02-29T11:00:00Z"));
        assertThat(ticket(header + "T-1,2026-01-05 09:00\n").createdAt()).as("UTC by default")
                .isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
        for (String bad : List.of("2026-01-05 9:00", "2026-01-05  09:00", "2025-02-29", "2026-01-05 24:00",
                "2026-01-05 09:00:00.1234567890", "2026-01-05 09", "2026-01-05 09:00 +5", "2026-01-05x09:00",
                "2026/01/05")) {
            assertThatThrownBy(() -> read(CsvFormat.TICKETS, rome, header + "T-1," + bad + "\n")).as(bad)
                    .hasMessage("x.csv:2: created_at: " + Cells.quote(bad.strip()) + " is not an ISO-8601 instant"
                            + " (like 2026-01-31T10:00:00Z or 2026-01-31T11:00:00+01:00)" + Row.LOCAL_HINT);
        }
    }

    @Test
    void aNewYorkExportAcrossTheMarchChangeFollowsTheDocumentedRules() throws IOException {
        CsvOptions ny = CsvOptions.defaults().withInputZone(NEW_YORK);
        String text = "id,created_at,resolved_at\n"
                + "before,2024-03-10 01:30:00,2024-03-10 03:30:00\n"     // EST, then EDT: one hour apart
                + "gap,2024-03-10 02:30:00,\n"                           // does not exist: moved to 03:30 EDT
                + "midnight,2024-03-10,\n"                               // the start of the day, EST
                + "overlap,2024-11-03 01:30:00,2024-11-03 02:30:00\n";   // twice: the earlier (EDT) 01:30
        List<Ticket> tickets = read(CsvFormat.TICKETS, ny, text);
        assertThat(tickets.get(0).createdAt()).isEqualTo(Instant.parse("2024-03-10T06:30:00Z"));
        assertThat(tickets.get(0).resolvedAt()).isEqualTo(Instant.parse("2024-03-10T07:30:00Z"));
        assertThat(tickets.get(1).createdAt()).isEqualTo(Instant.parse("2024-03-10T07:30:00Z"));
        assertThat(tickets.get(2).createdAt()).isEqualTo(Instant.parse("2024-03-10T05:00:00Z"));
        assertThat(tickets.get(3).createdAt()).isEqualTo(Instant.parse("2024-11-03T05:30:00Z"));
        assertThat(tickets.get(3).resolvedAt()).isEqualTo(Instant.parse("2024-11-03T07:30:00Z"));
    }

    @Test
    void localTimesAgreeWithJavaTimeOnRandomInstantsAndZones() throws IOException {
        long seed = 0x10CA1L;
        SplittableRandom random = new SplittableRandom(seed);
        List<ZoneId> zones = List.of(NEW_YORK, ZoneId.of("Europe/Rome"), ZoneId.of("Australia/Lord_Howe"),
                ZoneId.of("Asia/Kolkata"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("UTC"));
        for (int i = 0; i < 5_000; i++) {
            ZoneId zone = zones.get(random.nextInt(zones.size()));
            LocalDateTime local = LocalDateTime.of(1990 + random.nextInt(60), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60),
                    random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
            String text = local.toString().replace('T', random.nextBoolean() ? 'T' : ' ');
            Instant expected = ZonedDateTime.ofLocal(local, zone, null).toInstant();
            Instant read = read(CsvFormat.TICKETS, CsvOptions.defaults().withInputZone(zone),
                    "id,created_at\nT," + text + "\n").get(0).createdAt();
            assertThat(read).as("seed %d, %s in %s", seed, text, zone).isEqualTo(expected);
        }
    }

    @Test
    void valuesAreTrimmedDashIsEmptyAndPrioritiesHaveAliases() throws IOException {
        String header = "id,customer_id,agent_id,priority,created_at,reopens\n";
        Ticket t = ticket(header + " T-1 , - ,\" - \",Medium,2026-01-05T09:00:00Z , -\n");
        assertThat(t).isEqualTo(Ticket.builder("T-1", Instant.parse("2026-01-05T09:00:00Z")).agent(" - ")
                .priority(Priority.NORMAL).build());
        assertThat(ticket(header + "T-1,,,CRITICAL,2026-01-05T09:00:00Z,\n").priority()).isEqualTo(Priority.URGENT);
        assertThat(ticket(header + "\" T-1\",,,\" - \",\"2026-01-05T09:00:00Z \",\"-\"\n")).as("quoted text is literal;"
                + " a quoted value is trimmed").isEqualTo(Ticket.builder(" T-1", Instant.parse("2026-01-05T09:00:00Z"))
                .build());
    }

    @Test
    void minutesAndHoursColumnsCountFromCreation() throws IOException {
        String header = "id,created_at,first_response_minutes,resolution_hours\n";
        Ticket t = ticket(header + "T-1,2026-01-05T09:00:00Z,12.5,1.25\n");
        assertThat(t.firstResponseAt()).isEqualTo(Instant.parse("2026-01-05T09:12:30Z"));
        assertThat(t.resolvedAt()).isEqualTo(Instant.parse("2026-01-05T10:15:00Z"));
        assertThat(t.agentReplies()).isEqualTo(1);
        Ticket hours = ticket("id,created_at,first_response_hours,resolution_minutes\nT-1,2026-01-05T09:00:00Z,0,-\n");
        assertThat(hours.firstResponseAt()).isEqualTo(hours.createdAt());
        assertThat(hours.resolvedAt()).isNull();
        assertThatThrownBy(() -> ticket("id,created_at,first_response_at,first_response_minutes\n"
                + "T-1,2026-01-05T09:00:00Z,2026-01-05T09:10:00Z,10\n")).hasMessage("x.csv:2: first_response_minutes:"
                + " give one of first_response_at, first_response_minutes, first_response_hours, not several");
        assertThatThrownBy(() -> ticket("id,created_at,resolution_hours\nT-1,2026-01-05T09:00:00Z,-2\n"))
                .hasMessage("x.csv:2: resolution_hours: '-2' is not a non-negative number of hours (like 312 or 312.5)");
        assertThatThrownBy(() -> ticket("id,created_at,resolution_hours\nT-1,2026-01-05T09:00:00Z,"
                + "9".repeat(18) + "\n")).hasMessageContaining("is not a non-negative number of hours");
        assertThatThrownBy(() -> ticket("id,created_at,resolution_hours\nT-1,2026-01-05T09:00:00Z,"
                + "9".repeat(15) + "\n")).hasMessageEndingWith("is too large: it ends after the last instant");
    }

    @Test
    void zendeskExportsReadAsTheirTicketsAndCsatAnswers() throws IOException {
        ZoneId zone = ZoneId.of("Asia/Kolkata");
        for (long seed = 1; seed <= 30; seed++) {
            ZendeskExport.Export export = ZendeskExport.random(new SplittableRandom(seed), 60, zone,
                    seed % 2 == 0 ? List.of() : List.of("Ticket Category [list]", "Status [list]"));
            List<ExportedTicket> rows = read(Preset.ZENDESK.tickets(), CsvOptions.defaults().withInputZone(zone),
                    export.csv());
            List<Ticket> tickets = new ArrayList<>();
            List<SurveyAnswer> answers = new ArrayList<>();
            int assumed = 0;
            for (ExportedTicket row : rows) {
                tickets.add(row.ticket());
                row.csat().ifPresent(answers::add);
                assumed += row.repliesAssumed() ? 1 : 0;
            }
            assertThat(tickets).as("seed %d", seed).isEqualTo(export.tickets());
            assertThat(answers).as("seed %d", seed).isEqualTo(export.answers());
            assertThat(assumed).as("seed %d", seed).isEqualTo(export.repliesAssumed());
            ReadResult result = result(Preset.ZENDESK.tickets(), CsvOptions.defaults().withInputZone(zone),
                    export.csv());
            assertThat(result.ignoredColumns()).as("only custom fields are listed")
                    .isEqualTo(seed % 2 == 0 ? List.of() : List.of("'Ticket Category [list]'", "'Status [list]'"));
        }
    }

    @Test
    void zendeskWorkedRow() throws IOException {
        String header = String.join(",", ZendeskExport.HEADER) + "\n";
        String row = "1,4711,Ann Smith,9001,,ann@example.com,example.com,Bob,Bob Agent,Tier 1,Login fails,"
                + "login,Solved,Normal,Web form,Incident,2024-03-05 14:22:10,2024-03-07 09:00:00,2024-03-05 14:30:00,"
                + "Acme,,2024-03-05 14:30:00,2024-03-06 10:00:00,20,Good,1,1,1,0,95,95,1178,1178,1178,1178,1,1,"
                + "1000,1000,0,0\n";
        List<ExportedTicket> rows = read(Preset.ZENDESK.tickets(), CsvOptions.defaults(), header + row);
        Instant created = Instant.parse("2024-03-05T14:22:10Z");
        Ticket expected = Ticket.builder("4711", created).customer("9001").agent("Bob Agent").channel("Web form")
                .type("Incident").priority(Priority.NORMAL).firstResponseAt(created.plusSeconds(95 * 60))
                .resolvedAt(Instant.parse("2024-03-06T10:00:00Z")).agentReplies(1).reopens(1).team("Tier 1").build();
        assertThat(rows).containsExactly(new ExportedTicket(expected, java.util.Optional.of(new SurveyAnswer("4711",
                "9001", "Bob Agent", SurveyKind.CSAT, 5, Instant.parse("2024-03-06T10:00:00Z"))), true));
        assertThatThrownBy(() -> read(Preset.ZENDESK.tickets(), CsvOptions.defaults(),
                header + row.replace("Solved", "Archived"))).hasMessage("x.csv:2: Status: 'archived' is not a"
                + " Zendesk status (new, open, pending, hold, solved, closed)");
        assertThatThrownBy(() -> read(Preset.ZENDESK.tickets(), CsvOptions.defaults(),
                header + row.replace("2024-03-06 10:00:00", ""))).hasMessage("x.csv:2: Solved at: required, but the"
                + " cell is empty");
    }
}

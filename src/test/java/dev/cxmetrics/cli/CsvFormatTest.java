package dev.cxmetrics.cli;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFormatTest {
    private static final String TICKETS_HEADER =
            "id,customer_id,agent_id,channel,type,priority,created_at,first_response_at,resolved_at,agent_replies,reopens\n";

    static <T> List<T> read(CsvFormat<T> format, String name, String text) throws IOException {
        List<T> out = new ArrayList<>();
        format.read(new StringReader(text), name, ErrorPolicy.FAIL_FAST, out::add);
        return out;
    }

    static <T> String errorOf(CsvFormat<T> format, String name, String text) {
        try {
            read(format, name, text);
        } catch (CsvException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error for " + text);
    }

    static String ticketError(String row) {
        return errorOf(CsvFormat.TICKETS, "tickets.csv", TICKETS_HEADER + row + "\n");
    }

    @Test
    void readsEveryTicketColumn() throws IOException {
        String text = TICKETS_HEADER
                + "T-1,C-9,ann,email,billing,HIGH,2026-01-31T10:00:00Z,2026-01-31T10:05:30.5Z,2026-02-01T09:00:00Z,3,1\n"
                + "T-2,,,,,,2026-01-31T11:00:00+01:00,,,,\n";
        Instant created = Instant.parse("2026-01-31T10:00:00Z");
        assertThat(read(CsvFormat.TICKETS, "tickets.csv", text)).containsExactly(
                new Ticket("T-1", "C-9", "ann", "email", "billing", Priority.HIGH, created,
                        Instant.parse("2026-01-31T10:05:30.500Z"), Instant.parse("2026-02-01T09:00:00Z"), 3, 1),
                new Ticket("T-2", null, null, null, null, null, created, null, null, 0, 0));
    }

    @Test
    void columnsMatchInAnyOrderAndCaseAndOptionalOnesMayBeAbsent() throws IOException {
        String text = " Created_At ,PRIORITY,id,first_response_at\n2026-01-31T10:00:00Z,urgent,T-1,2026-01-31T10:01:00Z\n";
        Instant created = Instant.parse("2026-01-31T10:00:00Z");
        assertThat(read(CsvFormat.TICKETS, "t.csv", text)).containsExactly(
                Ticket.builder("T-1", created).priority(Priority.URGENT).firstResponseAt(created.plusSeconds(60)).build());
    }

    @Test
    void emptyAgentRepliesIsDerivedLikeTheBuilderDoes() throws IOException {
        String text = "id,created_at,first_response_at,agent_replies\n"
                + "A,2026-01-31T10:00:00Z,2026-01-31T10:01:00Z,\n"
                + "B,2026-01-31T10:00:00Z,,\n"
                + "C,2026-01-31T10:00:00Z,2026-01-31T10:01:00Z,4\n";
        assertThat(read(CsvFormat.TICKETS, "t.csv", text)).extracting(Ticket::agentReplies).containsExactly(1, 0, 4);
    }

    @Test
    void readsResponsesWithExactHandleTimesAndBooleansInAnyCase() throws IOException {
        String text = "sent_at,ticket_id,agent_id,handle_seconds,automated\n"
                + "2026-01-31T10:00:00Z,T-1,ann,312.5,FALSE\n"
                + "2026-01-31T10:00:00Z,T-1,,,1\n"
                + "2026-01-31T10:00:00Z,T-2,bob,0.000000001,\n";
        Instant sent = Instant.parse("2026-01-31T10:00:00Z");
        assertThat(read(CsvFormat.RESPONSES, "r.csv", text)).containsExactly(
                new Response("T-1", "ann", sent, Duration.ofMillis(312_500), false),
                new Response("T-1", null, sent, null, true),
                new Response("T-2", "bob", sent, Duration.ofNanos(1), false));
    }

    @Test
    void readsSurveysWithOrWithoutTickets() throws IOException {
        String text = "kind,score,answered_at\nNPS,10,2026-01-31T10:00:00Z\ncsat,1,2026-01-31T10:00:00Z\n";
        Instant at = Instant.parse("2026-01-31T10:00:00Z");
        assertThat(read(CsvFormat.SURVEYS, "s.csv", text)).containsExactly(
                new SurveyAnswer(null, null, null, SurveyKind.NPS, 10, at),
                new SurveyAnswer(null, null, null, SurveyKind.CSAT, 1, at));
    }

    @Test
    void conversionErrorsNameFileLineColumnAndValue() {
        assertThat(ticketError("T-1,,,,,,2026-13-01,,,,")).isEqualTo("tickets.csv:2: created_at: '2026-13-01' is not"
                + " an ISO-8601 instant (like 2026-01-31T10:00:00Z or 2026-01-31T11:00:00+01:00)" + Row.LOCAL_HINT);
        assertThat(ticketError(",,,,,,2026-01-01T00:00:00Z,,,,")).isEqualTo("tickets.csv:2: id: required, but the"
                + " cell is empty");
        assertThat(ticketError("T-1,,,,,,,,,,")).isEqualTo("tickets.csv:2: created_at: required, but the cell is empty");
        assertThat(ticketError("T-1,,,,,asap,2026-01-01T00:00:00Z,,,,")).isEqualTo("tickets.csv:2: priority: 'asap'"
                + " is not a priority (low, normal, high, urgent, or medium for normal, critical for urgent)");
        assertThat(ticketError("T-1,,,,,,2026-01-01T00:00:00Z,,,two,")).isEqualTo("tickets.csv:2: agent_replies:"
                + " 'two' is not an integer");
        assertThat(ticketError("T-1,,,,,,2026-01-01T00:00:00Z,,,,99999999999")).isEqualTo("tickets.csv:2: reopens:"
                + " '99999999999' is not an integer");
        assertThat(ticketError("T-1,,,,,,2026-01-01T24:30:00,,,,")).startsWith("tickets.csv:2: created_at:"
                + " '2026-01-01T24:30:00' is not an ISO-8601 instant");
        assertThat(ticketError("T-1,,,,,,\"2026-01-01\nT00:00:00Z\",,,,")).startsWith("tickets.csv:2: created_at:"
                + " '2026-01-01\\nT00:00:00Z' is not");
    }

    @Test
    void modelErrorsAreReportedUnderTheirColumn() {
        assertThat(ticketError("T-1,,,,,,2026-01-01T00:00:00Z,,,,-1"))
                .isEqualTo("tickets.csv:2: reopens: -1 is negative (ticket T-1)");
        assertThat(ticketError("T-1,,,,,,2026-01-01T00:00:00Z,,,-2,"))
                .isEqualTo("tickets.csv:2: agent_replies: -2 is negative (ticket T-1)");
        assertThat(ticketError("T-1,,,,,,2026-01-02T00:00:00Z,2026-01-01T00:00:00Z,,,")).isEqualTo("tickets.csv:2:"
                + " first_response_at: 2026-01-01T00:00:00Z is before created_at 2026-01-02T00:00:00Z (ticket T-1)");
        assertThat(ticketError("T-1,,,,,,2026-01-02T00:00:00Z,2026-01-03T00:00:00Z,,0,")).isEqualTo("tickets.csv:2:"
                + " agent_replies: 0 but first_response_at 2026-01-03T00:00:00Z is set; the first response is an agent"
                + " reply (ticket T-1)");
        assertThat(ticketError("T-1,\" \",,,,,2026-01-01T00:00:00Z,,,,"))
                .isEqualTo("tickets.csv:2: customer_id: must be null or non-blank, was ' ' (ticket T-1)");
        assertThat(ticketError("\" \",,,,,,2026-01-01T00:00:00Z,,,,"))
                .isEqualTo("tickets.csv:2: id: must not be blank, was ' '");
        assertThat(errorOf(CsvFormat.SURVEYS, "surveys.csv", "ticket_id,kind,score,answered_at\n"
                + "T-42,nps,11,2026-01-01T00:00:00Z\n"))
                .isEqualTo("surveys.csv:2: score: 11 out of range 0..10 for NPS (ticket T-42)");
    }

    static String errorWith(CsvFormat<?> format, CsvOptions options, String name, String text) {
        try {
            format.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name,
                    ErrorPolicy.FAIL_FAST, options, v -> { });
        } catch (CsvException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error for " + text);
    }

    @Test
    void modelErrorsNameTheFilesOwnHeadersAndTheColumnItGave() {
        CsvOptions mapped = CsvOptions.defaults().withHeaders(java.util.Map.of("id", "Ticket", "created_at", "Opened",
                "first_response_at", "Replied", "reopens", "Reopened", "agent_replies", "Replies"));
        assertThat(errorWith(CsvFormat.TICKETS, mapped, "t.csv", "Ticket,Opened,Replied,Replies,Reopened\n"
                + "T-1,2026-01-02T00:00:00Z,2026-01-01T00:00:00Z,1,\n")).isEqualTo("t.csv:2: Replied: "
                + "2026-01-01T00:00:00Z is before Opened 2026-01-02T00:00:00Z (ticket T-1)");
        CsvOptions reopened = CsvOptions.defaults().withHeaders(java.util.Map.of("reopens", "Reopened"));
        assertThat(errorWith(CsvFormat.TICKETS, reopened, "t.csv", "id,created_at,Reopened\nT-1,2026-01-02T00:00:00Z,-3\n"))
                .isEqualTo("t.csv:2: Reopened: -3 is negative (ticket T-1)");
        // A first response given in hours: the reason names the ticket's field by its instant column.
        assertThat(errorWith(CsvFormat.TICKETS, CsvOptions.defaults(), "t.csv",
                "id,created_at,first_response_hours,agent_replies\n"
                + "T-1,2026-01-02T00:00:00Z,1,0\n")).isEqualTo("t.csv:2: agent_replies: 0 but first_response_at "
                + "2026-01-02T01:00:00Z is set; the first response is an agent reply (ticket T-1)");
    }

    @Test
    void aTicketIdThatLooksLikeAFieldNameIsQuotedVerbatim() {
        assertThat(ticketError("createdAt,,,,,,2026-01-01T00:00:00Z,,,,-1"))
                .isEqualTo("tickets.csv:2: reopens: -1 is negative (ticket createdAt)");
    }

    @Test
    void responseAndSurveyConversionErrors() {
        String header = "ticket_id,sent_at,handle_seconds,automated\n";
        assertThat(errorOf(CsvFormat.RESPONSES, "r.csv", header + "T,2026-01-01T00:00:00Z,-5,\n"))
                .isEqualTo("r.csv:2: handle_seconds: '-5' is not a non-negative number of seconds (like 312 or 312.5)");
        assertThat(errorOf(CsvFormat.RESPONSES, "r.csv", header + "T,2026-01-01T00:00:00Z,1e3,\n"))
                .startsWith("r.csv:2: handle_seconds: '1e3' is not");
        assertThat(errorOf(CsvFormat.RESPONSES, "r.csv", header + "T,2026-01-01T00:00:00Z,,yes\n"))
                .isEqualTo("r.csv:2: automated: 'yes' is not a boolean (true, false, 1 or 0)");
        assertThat(errorOf(CsvFormat.SURVEYS, "s.csv", "kind,score,answered_at\nstars,5,2026-01-01T00:00:00Z\n"))
                .isEqualTo("s.csv:2: kind: 'stars' is not a survey kind (csat, nps, ces)");
        assertThat(errorOf(CsvFormat.SURVEYS, "s.csv", "kind,score,answered_at\ncsat,,2026-01-01T00:00:00Z\n"))
                .isEqualTo("s.csv:2: score: required, but the cell is empty");
        assertThat(errorOf(CsvFormat.SURVEYS, "s.csv", "kind,score,answered_at\n,3,2026-01-01T00:00:00Z\n"))
                .isEqualTo("s.csv:2: kind: required, but the cell is empty");
    }

    static String strictErrorOf(CsvFormat<?> format, String name, String text) {
        return errorWith(format, CsvOptions.defaults().withStrictColumns(true), name, text);
    }

    @Test
    void headerErrorsNameUnknownAndMissingColumns() {
        assertThat(strictErrorOf(CsvFormat.TICKETS, "t.csv", "id,created_at,agentid\n")).isEqualTo("t.csv:1: unknown"
                + " column 'agentid' (tickets columns: id, customer_id, agent_id, channel, type, priority, created_at,"
                + " first_response_at, resolved_at, agent_replies, reopens, team, first_response_minutes,"
                + " first_response_hours, resolution_minutes, resolution_hours; required: id, created_at)");
        assertThat(errorOf(CsvFormat.RESPONSES, "r.csv", "\n\nagent_id\n")).isEqualTo("r.csv:3: missing required"
                + " columns 'ticket_id', 'sent_at' (responses columns: ticket_id, agent_id, sent_at, handle_seconds,"
                + " automated; required: ticket_id, sent_at)");
        assertThat(strictErrorOf(CsvFormat.SURVEYS, "s.csv", "kind,scor,answered_at,x\n")).startsWith("s.csv:1:"
                + " unknown columns 'scor', 'x'; missing required column 'score' (surveys columns:");
        assertThat(errorOf(CsvFormat.SURVEYS, "s.csv", "kind,scor,answered_at,x\n")).startsWith("s.csv:1: missing"
                + " required column 'score' (surveys columns:");
    }

    @Test
    void wrongFieldCountNamesTheRecordsLine() {
        assertThat(errorOf(CsvFormat.SURVEYS, "s.csv", "kind,score,answered_at\n\"a\nb\",1\n"))
                .isEqualTo("s.csv:2: the record has 2 fields but the header has 3");
    }

    @Test
    void lineNumbersCountLineBreaksInsideEarlierQuotedFields() {
        String text = TICKETS_HEADER
                + "T-1,\"multi\nline\r\ncustomer\",,,,,2026-01-01T00:00:00Z,,,,\r\n"
                + "\n"
                + "T-2,,,\"x\",,,2026-01-01T00:00:00Z,,,,oops\n";
        assertThat(errorOf(CsvFormat.TICKETS, "t.csv", text)).isEqualTo("t.csv:6: reopens: 'oops' is not an integer");
    }

    @Test
    void skipInvalidCountsBadRowsAndKeepsTheFirstTenMessages() throws IOException {
        StringBuilder text = new StringBuilder("id,created_at\n");
        for (int i = 1; i <= 30; i++) {
            text.append("T-").append(i).append(',').append(i % 2 == 0 ? "bad" : "2026-01-01T00:00:00Z").append('\n');
        }
        text.append("T-31\n");
        List<Ticket> tickets = new ArrayList<>();
        ReadResult result = CsvFormat.TICKETS.read(new StringReader(text.toString()), "t.csv",
                ErrorPolicy.SKIP_INVALID, tickets::add);
        assertThat(tickets).hasSize(15).extracting(Ticket::id).startsWith("T-1", "T-3", "T-5");
        assertThat(result.accepted()).isEqualTo(15);
        assertThat(result.rejected()).isEqualTo(16);
        assertThat(result.records()).isEqualTo(31);
        assertThat(result.firstErrors()).hasSize(10)
                .startsWith("t.csv:3: created_at: 'bad' is not an ISO-8601 instant (like 2026-01-31T10:00:00Z or"
                        + " 2026-01-31T11:00:00+01:00)" + Row.LOCAL_HINT)
                .endsWith("t.csv:21: created_at: 'bad' is not an ISO-8601 instant (like 2026-01-31T10:00:00Z or"
                        + " 2026-01-31T11:00:00+01:00)" + Row.LOCAL_HINT);
    }

    @Test
    void skipInvalidStillStopsAtMalformedCsv() {
        String text = "id,created_at\nT-1,bad\nT-2,2026-01-01T00:00:00Z\nT-3,\"2026\"x\nT-4,2026-01-01T00:00:00Z\n";
        List<Ticket> tickets = new ArrayList<>();
        assertThatThrownBy(() -> CsvFormat.TICKETS.read(new StringReader(text), "t.csv", ErrorPolicy.SKIP_INVALID,
                tickets::add))
                .isInstanceOf(CsvException.class)
                .hasMessage("t.csv:4: created_at: text after the closing quote of a quoted field");
        assertThat(tickets).extracting(Ticket::id).containsExactly("T-2");
    }

    @Test
    void anExceptionFromTheSinkPropagatesUnchanged() {
        IllegalArgumentException boom = new IllegalArgumentException("sink says no");
        assertThatThrownBy(() -> CsvFormat.TICKETS.read(new StringReader("id,created_at\nT,2026-01-01T00:00:00Z\n"),
                "t.csv", ErrorPolicy.SKIP_INVALID, t -> {
                    throw boom;
                })).isSameAs(boom);
    }

    @Test
    void exceptionExposesItsParts() {
        CsvException e = new CsvException("f.csv", 7, "score", "bad");
        assertThat(e).hasMessage("f.csv:7: score: bad");
        assertThat(e.fileName()).isEqualTo("f.csv");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.column()).contains("score");
        assertThat(e.reason()).isEqualTo("bad");
        assertThat(new CsvException("f.csv", 1, null, "bad").column()).isEmpty();
    }

    @Test
    void formatsListTheirColumns() {
        assertThat(CsvFormat.TICKETS.requiredColumns()).containsExactly("id", "created_at");
        assertThat(CsvFormat.RESPONSES.columns())
                .containsExactly("ticket_id", "agent_id", "sent_at", "handle_seconds", "automated");
        assertThat(CsvFormat.SURVEYS.requiredColumns()).containsExactly("kind", "score", "answered_at");
    }

    @Test
    void readResultChecksItsCounts() {
        assertThatThrownBy(() -> new ReadResult("f", 1, 2, List.of("only one")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstErrors has 1 messages");
        assertThatThrownBy(() -> new ReadResult("f", -1, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.cxmetrics.cli;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** What the writer writes, the reader reads back equal, for every kind of file. */
class CsvRoundTripTest {
    static <T> List<T> roundTrip(CsvFormat<T> format, List<T> values) throws IOException {
        StringWriter out = new StringWriter();
        format.write(values, out);
        List<T> back = new ArrayList<>();
        ReadResult result = format.read(new StringReader(out.toString()), "rt.csv", ErrorPolicy.FAIL_FAST, back::add);
        assertThat(result.accepted()).isEqualTo(values.size());
        return back;
    }

    @Test
    void randomTicketsWithNastyStringsReadBackEqual() throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            List<Ticket> tickets = Samples.tickets(new SplittableRandom(seed), 200);
            assertThat(roundTrip(CsvFormat.TICKETS, tickets)).as("seed %d", seed).isEqualTo(tickets);
        }
    }

    @Test
    void randomResponsesReadBackEqual() throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            List<Response> responses = Samples.responses(new SplittableRandom(seed), 200);
            assertThat(roundTrip(CsvFormat.RESPONSES, responses)).as("seed %d", seed).isEqualTo(responses);
        }
    }

    @Test
    void randomSurveyAnswersReadBackEqual() throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            List<SurveyAnswer> answers = Samples.answers(new SplittableRandom(seed), 200);
            assertThat(roundTrip(CsvFormat.SURVEYS, answers)).as("seed %d", seed).isEqualTo(answers);
        }
    }

    @Test
    void emptyListWritesOnlyTheHeader() throws IOException {
        StringWriter out = new StringWriter();
        CsvFormat.RESPONSES.write(List.of(), out);
        assertThat(out.toString()).isEqualTo("ticket_id,agent_id,sent_at,handle_seconds,automated\r\n");
        assertThat(roundTrip(CsvFormat.RESPONSES, List.of())).isEmpty();
    }

    @Test
    void filesRoundTripThroughUtf8OnDisk(@TempDir Path dir) throws IOException {
        List<Ticket> tickets = Samples.tickets(new SplittableRandom(99), 500);
        Path file = dir.resolve("tickets.csv");
        CsvFormat.TICKETS.write(tickets, file);
        List<Ticket> back = new ArrayList<>();
        ReadResult result = CsvFormat.TICKETS.read(file, ErrorPolicy.FAIL_FAST, back::add);
        assertThat(back).isEqualTo(tickets);
        assertThat(result).isEqualTo(new ReadResult(file.toString(), 500, 0, List.of()));
    }
}

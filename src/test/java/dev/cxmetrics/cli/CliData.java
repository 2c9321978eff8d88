package dev.cxmetrics.cli;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.sample.SampleData;
import dev.cxmetrics.sample.SampleDataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A data set written as the three CSV files of the command line, and read back independently. */
record CliData(Path tickets, Path responses, Path surveys) {
    /** Writes the records as {@code tickets.csv}, {@code responses.csv} and {@code surveys.csv} in {@code dir}. */
    static CliData write(Path dir, List<Ticket> tickets, List<Response> responses, List<SurveyAnswer> answers) {
        CliData data = new CliData(dir.resolve("tickets.csv"), dir.resolve("responses.csv"), dir.resolve("surveys.csv"));
        try {
            CsvFormat.TICKETS.write(tickets, data.tickets);
            CsvFormat.RESPONSES.write(responses, data.responses);
            CsvFormat.SURVEYS.write(answers, data.surveys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }

    /** Writes a seeded sample data set (zone Europe/Rome, the generator's default). */
    static CliData sample(Path dir, long seed, int tickets) {
        SampleDataset set = SampleData.builder().seed(seed).tickets(tickets).build().generate();
        return write(dir, set.tickets(), set.responses(), set.answers());
    }

    /** The arguments {@code --tickets T --responses R --surveys S}. */
    List<String> args() {
        return List.of("--tickets", tickets.toString(), "--responses", responses.toString(),
                "--surveys", surveys.toString());
    }

    /** The arguments of {@link #args()} followed by {@code more}. */
    String[] args(String... more) {
        List<String> all = new ArrayList<>(args());
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }

    List<Ticket> readTickets() {
        return read(CsvFormat.TICKETS, tickets);
    }

    List<Response> readResponses() {
        return read(CsvFormat.RESPONSES, responses);
    }

    List<SurveyAnswer> readAnswers() {
        return read(CsvFormat.SURVEYS, surveys);
    }

    private static <T> List<T> read(CsvFormat<T> format, Path file) {
        List<T> values = new ArrayList<>();
        try {
            format.read(file, ErrorPolicy.FAIL_FAST, values::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}

package dev.cxmetrics.cli;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.sample.SampleData;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/** The {@code sample} command: writes generated tickets, responses and surveys as CSV files. */
final class SampleCommand {
    private SampleCommand() {
    }

    static void run(ReportOptions options, PrintStream err) {
        ZoneId zone = options.zoneGiven ? options.zone : SampleData.DEFAULT_ZONE;
        Path tickets = options.outDir.resolve("tickets.csv");
        Path responses = options.outDir.resolve("responses.csv");
        Path surveys = options.outDir.resolve("surveys.csv");
        long[] counts = new long[3];
        try {
            Files.createDirectories(options.outDir);
            try (Writer t = Files.newBufferedWriter(tickets, StandardCharsets.UTF_8);
                 Writer r = Files.newBufferedWriter(responses, StandardCharsets.UTF_8);
                 Writer s = Files.newBufferedWriter(surveys, StandardCharsets.UTF_8)) {
                CsvFormat.RowSink<Ticket> ticketRows = CsvFormat.TICKETS.writer(t);
                CsvFormat.RowSink<Response> responseRows = CsvFormat.RESPONSES.writer(r);
                CsvFormat.RowSink<SurveyAnswer> surveyRows = CsvFormat.SURVEYS.writer(s);
                try {
                    // The zone shapes the data (the daily pattern is local time), as for report --sample.
                    SampleData.builder().seed(options.seed).tickets(options.sample).zone(zone).build().stream(
                            ticket -> write(ticketRows, ticket, counts, 0),
                            response -> write(responseRows, response, counts, 1),
                            answer -> write(surveyRows, answer, counts, 2));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        } catch (IOException e) {
            throw CliException.io("option --out-dir: cannot write", options.outDir, e);
        }
        err.println("wrote " + counts[0] + " tickets to " + tickets + ", " + counts[1] + " responses to "
                + responses + ", " + counts[2] + " survey answers to " + surveys);
    }

    private static <T> void write(CsvFormat.RowSink<T> rows, T value, long[] counts, int index) {
        try {
            rows.write(value);
            counts[index]++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

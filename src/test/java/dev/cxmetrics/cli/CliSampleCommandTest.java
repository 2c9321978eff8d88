package dev.cxmetrics.cli;

import dev.cxmetrics.sample.SampleData;
import dev.cxmetrics.sample.SampleDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sample --sample N --out-dir DIR} writes the generator's records as the three CSV files,
 * and {@code report} over them prints exactly what {@code report --sample N} prints with the same
 * seed and zone.
 */
class CliSampleCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportOverTheWrittenFilesEqualsReportOfTheSameSample() {
        String[][] settings = {{"1", "200", null}, {"42", "500", "UTC"}, {"7", "300", "America/New_York"},
            {"-3", "150", "Asia/Kolkata"}, {"11", "1", "Europe/Rome"}, {"5", "0", null}};
        for (String[] s : settings) {
            Path out = dir.resolve("seed" + s[0] + "/nested");
            List<String> sample = new ArrayList<>(List.of("sample", "--sample", s[1], "--seed", s[0], "--out-dir",
                    out.toString()));
            List<String> report = new ArrayList<>(List.of("report", "--by", "agent,priority", "--format", "json",
                    "--bucket", "week"));
            if (s[2] != null) {
                sample.addAll(List.of("--zone", s[2]));
            }
            // A file report defaults to UTC, a sample report to Europe/Rome: give the zone explicitly.
            List<String> files = new ArrayList<>(report);
            files.addAll(List.of("--zone", s[2] == null ? "Europe/Rome" : s[2], "--tickets",
                    out.resolve("tickets.csv").toString(), "--responses", out.resolve("responses.csv").toString(),
                    "--surveys", out.resolve("surveys.csv").toString()));
            List<String> generated = new ArrayList<>(report);
            generated.addAll(List.of("--sample", s[1], "--seed", s[0]));
            if (s[2] != null) {
                generated.addAll(List.of("--zone", s[2]));
            }

            CliRun written = CliRun.of(sample.toArray(new String[0]));
            assertThat(written.code()).as(written.describe()).isZero();
            assertThat(written.out()).isEmpty();
            CliRun fromFiles = CliRun.of(files.toArray(new String[0]));
            CliRun fromSample = CliRun.of(generated.toArray(new String[0]));
            assertThat(fromFiles.code()).as(fromFiles.describe()).isZero();
            assertThat(fromSample.code()).as(fromSample.describe()).isZero();
            assertThat(fromFiles.out()).as("seed %s zone %s", s[0], s[2]).isEqualTo(fromSample.out());
        }
    }

    @Test
    void theFilesHoldExactlyTheGeneratedRecordsAndTheCountsAreReported() {
        ZoneId zone = ZoneId.of("America/New_York");
        CliRun run = CliRun.of("sample", "--sample", "400", "--seed", "8", "--zone", zone.getId(), "--out-dir",
                dir.toString());
        assertThat(run.code()).as(run.describe()).isZero();
        SampleDataset expected = SampleData.builder().seed(8).tickets(400).zone(zone).build().generate();
        CliData data = new CliData(dir.resolve("tickets.csv"), dir.resolve("responses.csv"), dir.resolve("surveys.csv"));
        assertThat(data.readTickets()).isEqualTo(expected.tickets());
        assertThat(data.readResponses()).isEqualTo(expected.responses());
        assertThat(data.readAnswers()).isEqualTo(expected.answers());
        assertThat(run.errLines()).containsExactly("wrote 400 tickets to " + data.tickets() + ", "
                + expected.responses().size() + " responses to " + data.responses() + ", " + expected.answers().size()
                + " survey answers to " + data.surveys());
    }

    @Test
    void defaultsAreSeed42AndEuropeRome() {
        assertThat(CliRun.of("sample", "--sample", "50", "--out-dir", dir.toString()).code()).isZero();
        SampleDataset expected = SampleData.builder().seed(42).tickets(50).build().generate();
        CliData data = new CliData(dir.resolve("tickets.csv"), dir.resolve("responses.csv"), dir.resolve("surveys.csv"));
        assertThat(data.readTickets()).isEqualTo(expected.tickets());
        assertThat(data.readAnswers()).isEqualTo(expected.answers());
    }

    @Test
    void existingFilesAreReplaced() throws IOException {
        Files.writeString(dir.resolve("tickets.csv"), "x".repeat(100_000));
        assertThat(CliRun.of("sample", "--sample", "3", "--out-dir", dir.toString()).code()).isZero();
        CliData data = new CliData(dir.resolve("tickets.csv"), dir.resolve("responses.csv"), dir.resolve("surveys.csv"));
        assertThat(data.readTickets()).hasSize(3);
    }
}

package dev.cxmetrics.cli;

import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.ReportSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --skip-invalid}: bad rows are skipped, counted and the first ten listed on standard
 * error and after a text report; never dropped silently. The report is exactly the report of the
 * good rows, and good rows plus skipped rows are all the data rows of the file.
 */
class CliSkipInvalidTest {
    /** The columns of the rows below: our written columns but the last, {@code team}. */
    private static final String HEADER = String.join(",", CsvFormat.TICKETS.columns().subList(0, 11));
    /** Bad rows, each alone on a line except the multi-line one; "DUP" is replaced by a repeated id. */
    private static final List<String> BAD = List.of(
            "B-1,,,,,,not-a-date,,,,",
            "B-2,,,,,vip,2026-01-05T09:00:00Z,,,,",
            ",,,,,,2026-01-05T09:00:00Z,,,,",
            "B-4,,,,,,2026-01-05T09:00:00Z,,,,-1",
            "B-5,,,,,,2026-01-05T09:00:00Z,2026-01-05T08:00:00Z,,1,0",
            "B-6,,,,,,2026-01-05T09:00:00Z,,,x,",
            "B-7,,,,,,2026-01-05T09:00:00Z",
            "B-8,,,,,,2026-01-05T09:00:00Z,,,,,,",
            "DUP",
            "B-10,,,,,,2026-01-05T09:00:00Z,2026-01-05T10:00:00Z,,0,0",
            "B-11,,,,,,2026-01-05T09:00:00Z,,2026-01-04T09:00:00Z,,",
            "B-12,\"multi\nline\",,,,,yesterday,,,,",
            "DUP");

    @TempDir
    Path dir;

    /** The file's rows, the good ones and the 1-based lines of the bad ones, in file order. */
    private record Mixed(Path file, Path goodOnly, int dataRows, List<Long> badLines) {
    }

    private Mixed write(long seed, int good, List<String> bad) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> goodRows = new ArrayList<>();
        for (int i = 0; i < good; i++) {
            goodRows.add("V-" + i + ",C-" + i % 7 + ",agent-" + i % 3 + ",email,\"billing, refunds\"," + (i % 2 == 0
                    ? "normal" : "urgent") + ",2026-01-0" + (5 + i % 5) + "T09:" + (10 + i) + ":00Z,2026-01-0"
                    + (5 + i % 5) + "T11:00:00Z," + (i % 3 == 0 ? "" : "2026-01-12T08:00:00Z") + ",1," + i % 2);
        }
        List<String> ordered = new ArrayList<>(goodRows);
        List<String> repeats = new ArrayList<>();
        for (String row : bad) {
            if (row.equals("DUP")) {
                // A repeat goes after every good row, so it always repeats an earlier id.
                repeats.add("\u0000" + goodRows.get(random.nextInt(good)));
            } else {
                ordered.add(random.nextInt(ordered.size() + 1), row);
            }
        }
        ordered.addAll(repeats);
        StringBuilder content = new StringBuilder(HEADER).append("\r\n");
        List<Long> badLines = new ArrayList<>();
        long line = 2;
        for (String row : ordered) {
            String text = row.startsWith("\u0000") ? row.substring(1) : row;
            if (row.startsWith("\u0000") || !goodRows.contains(text)) {
                badLines.add(line);
            }
            content.append(text).append("\r\n");
            line += 1 + text.chars().filter(c -> c == '\n').count();
        }
        Path file = Files.writeString(dir.resolve("tickets-" + seed + ".csv"), content, StandardCharsets.UTF_8);
        Path goodOnly = Files.writeString(dir.resolve("good-" + seed + ".csv"),
                HEADER + "\n" + String.join("\n", goodRows) + "\n", StandardCharsets.UTF_8);
        return new Mixed(file, goodOnly, ordered.size(), badLines);
    }

    private static List<Ticket> read(Path file) throws IOException {
        List<Ticket> tickets = new ArrayList<>();
        CsvFormat.TICKETS.read(file, ErrorPolicy.FAIL_FAST, tickets::add);
        return tickets;
    }

    @Test
    void badRowsAreCountedTheFirstTenListedAndTheReportIsThatOfTheGoodRows() throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            Mixed mixed = write(seed, 25, BAD);
            assertThat(mixed.badLines()).hasSize(13);
            KpiReport expected = ReportSpec.builder().build().compute(read(mixed.goodOnly()), List.of(), List.of());

            CliRun json = CliRun.of("report", "--tickets", mixed.file().toString(), "--skip-invalid", "--format", "json");
            assertThat(json.code()).as(json.describe()).isZero();
            String expectedJson = expected.toJson();
            int end = expectedJson.lastIndexOf('}');
            assertThat(json.out()).as("seed %d: the report, and how many rows were skipped", seed)
                    .isEqualTo(expectedJson.substring(0, end) + ",\"skipped\":13" + expectedJson.substring(end));
            assertThat(((BigDecimal) json.json().get("skipped")).longValueExact()).isEqualTo(13);
            assertListing(json.errLines(), mixed, "seed " + seed);
            long tickets = ((BigDecimal) ((Map<?, ?>) json.json().get("overall")).get("tickets")).longValueExact();
            assertThat(tickets + 13).as("seed %d: reported + skipped == data rows", seed).isEqualTo(mixed.dataRows());

            CliRun text = CliRun.of("report", "--tickets", mixed.file().toString(), "--skip-invalid");
            assertThat(text.code()).as(text.describe()).isZero();
            assertThat(text.out()).as("seed %d", seed).isEqualTo(expected.toText() + "\n" + text.err());
            assertListing(text.errLines(), mixed, "seed " + seed);

            Path out = dir.resolve("report-" + seed + ".txt");
            CliRun file = CliRun.of("report", "--tickets", mixed.file().toString(), "--skip-invalid", "--out",
                    out.toString());
            assertThat(file.out()).isEmpty();
            assertThat(Files.readString(out)).isEqualTo(expected.toText() + "\n" + file.err());

            // Without --skip-invalid, the first bad row stops the run with the first listed message.
            CliRun strict = CliRun.of("report", "--tickets", mixed.file().toString(), "--format", "json");
            assertThat(strict.code()).isEqualTo(2);
            assertThat(strict.errLines()).containsExactly("cxmetrics: " + json.errLines().get(1).substring(2));
        }
    }

    private static void assertListing(List<String> lines, Mixed mixed, String context) {
        assertThat(lines).as(context).hasSize(11);
        assertThat(lines.get(0)).as(context).isEqualTo(mixed.file() + ": 13 invalid rows skipped, "
                + (mixed.dataRows() - 13) + " read; the first 10:");
        for (int i = 0; i < 10; i++) {
            assertThat(lines.get(i + 1)).as(context).startsWith("  " + mixed.file() + ":" + mixed.badLines().get(i) + ": ");
        }
    }

    @Test
    void oneBadRowIsListedInTheSingular() throws IOException {
        Mixed mixed = write(99, 5, List.of("B-12,\"multi\nline\",,,,,yesterday,,,,"));
        CliRun run = CliRun.of("report", "--tickets", mixed.file().toString(), "--skip-invalid", "--format", "csv");
        assertThat(run.code()).isZero();
        assertThat(run.errLines()).containsExactly(
                mixed.file() + ": 1 invalid row skipped, 5 read; the first 1:",
                "  " + mixed.file() + ":" + mixed.badLines().get(0) + ": created_at: 'yesterday' is not an ISO-8601 "
                        + "instant (like 2026-01-31T10:00:00Z or 2026-01-31T11:00:00+01:00)" + Row.LOCAL_HINT);
        assertThat(run.out()).as("csv output has no listing").isEqualTo(ReportSpec.builder().build()
                .compute(read(mixed.goodOnly()), List.of(), List.of()).toCsv());
    }

    @Test
    void eachFileHasItsOwnListingAndSurveyTotalsAccountForEveryRow() throws IOException {
        Mixed tickets = write(5, 10, BAD.subList(0, 3));
        Path responses = Files.writeString(dir.resolve("responses.csv"), "ticket_id,agent_id,sent_at,handle_seconds,automated\n"
                + "V-1,ann,2026-01-05T10:00:00Z,60,false\nV-1,ann,soon,60,false\nV-2,bob,2026-01-05T10:00:00Z,1e3,false\n"
                + "V-3,,2026-01-05T10:00:00Z,,maybe\nV-4,ann,2026-01-06T10:00:00Z,30.5,true\n");
        StringBuilder surveys = new StringBuilder("kind,score,answered_at,agent_id\n");
        int rows = 0;
        int bad = 0;
        for (int i = 0; i < 40; i++) {
            String kind = new String[] {"csat", "nps", "ces"}[i % 3];
            int score = i % 13 - 1;
            boolean ok = kind.equals("csat") ? score >= 1 && score <= 5
                    : kind.equals("nps") ? score >= 0 && score <= 10 : score >= 1 && score <= 7;
            surveys.append(kind).append(',').append(score).append(",2026-01-0").append(1 + i % 9).append("T12:00:00Z,a")
                    .append(i % 4).append('\n');
            rows++;
            bad += ok ? 0 : 1;
        }
        Path surveyFile = Files.writeString(dir.resolve("surveys.csv"), surveys);

        CliRun run = CliRun.of("report", "--tickets", tickets.file().toString(), "--responses", responses.toString(),
                "--surveys", surveyFile.toString(), "--skip-invalid", "--by", "agent", "--format", "json");
        assertThat(run.code()).as(run.describe()).isZero();
        List<String> lines = run.errLines();
        assertThat(lines.get(0)).isEqualTo(tickets.file() + ": 3 invalid rows skipped, 10 read; the first 3:");
        assertThat(lines.get(4)).isEqualTo(responses + ": 3 invalid rows skipped, 2 read; the first 3:");
        assertThat(lines.subList(5, 8)).containsExactly(
                "  " + responses + ":3: sent_at: 'soon' is not an ISO-8601 instant (like 2026-01-31T10:00:00Z or "
                        + "2026-01-31T11:00:00+01:00)" + Row.LOCAL_HINT,
                "  " + responses + ":4: handle_seconds: '1e3' is not a non-negative number of seconds (like 312 or 312.5)",
                "  " + responses + ":5: automated: 'maybe' is not a boolean (true, false, 1 or 0)");
        assertThat(lines.get(8)).isEqualTo(surveyFile + ": " + bad + " invalid rows skipped, " + (rows - bad)
                + " read; the first 10:");
        assertThat(lines).hasSize(19);

        Map<?, ?> overall = (Map<?, ?>) run.json().get("overall");
        long answers = 0;
        for (String kind : List.of("csat", "nps", "ces")) {
            answers += ((BigDecimal) ((Map<?, ?>) overall.get(kind)).get("total")).longValueExact();
        }
        assertThat(answers + bad).as("answers reported + skipped == survey rows").isEqualTo(rows);
        List<SurveyAnswer> good = new ArrayList<>();
        ReadResult result = CsvFormat.SURVEYS.read(surveyFile, ErrorPolicy.SKIP_INVALID, good::add);
        assertThat(result.rejected()).isEqualTo(bad);
        assertThat(answers).isEqualTo(good.size());
    }

    @Test
    void aTicketTheSlaCannotEvaluateIsSkippedOnceAndNotCounted() throws IOException {
        Path file = Files.writeString(dir.resolve("extreme.csv"), HEADER + "\n"
                + "T-1,,ann,,,urgent,2026-01-05T09:00:00Z,,,,\n"
                + "T-2,,ann,,,urgent,+999999999-12-01T00:00:00Z,,,,\n"
                + "T-3,,bob,,,low,2026-01-05T09:00:00Z,2026-01-05T09:10:00Z,,,\n");
        CliRun run = CliRun.of("report", "--tickets", file.toString(), "--skip-invalid", "--sla",
                "urgent: first 1h, resolution 36525d", "--as-of", "2026-02-01T00:00:00Z", "--format", "json");
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).isEqualTo(file + ": 1 invalid row skipped, 2 read; the first 1:");
        assertThat(run.errLines().get(1)).startsWith("  " + file + ":3: created_at: +999999999-12-01T00:00:00Z plus");
        Map<String, Object> json = run.json();
        assertThat(((Map<?, ?>) json.get("overall")).get("tickets")).isEqualTo(BigDecimal.valueOf(2));
        Map<?, ?> first = (Map<?, ?>) ((Map<?, ?>) json.get("sla")).get("firstResponse");
        assertThat(first.get("breached")).isEqualTo(BigDecimal.ONE);
        assertThat(first.get("noTarget")).isEqualTo(BigDecimal.ONE);
    }
}

package dev.cxmetrics.cli;

import dev.cxmetrics.TicketEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code report --events} over 2,000 mutated events files beside a valid tickets file. Each run
 * ends cleanly: exit 0, or exit 2 with one line {@code cxmetrics: <events file>:<line>: ...} (or
 * the line saying every row is invalid); never exit 1. With {@code --skip-invalid} and exit 0, no
 * event vanishes: rows read plus rows skipped equal the data records of the file, as counted by
 * {@link ReferenceCsv}.
 */
class CliEventsFuzzTest {
    private static final long SEED = 0xE7E7_5EEDL;
    private static final int RUNS = 2_000;
    private static final Pattern SKIPPED = Pattern.compile("(.*): (\\d+) invalid rows? skipped, (\\d+) read; the first (\\d+):");

    @TempDir
    Path dir;

    @Test
    void everyRunEndsCleanlyAndEveryEventIsAccounted() throws IOException {
        SplittableRandom master = new SplittableRandom(SEED);
        CliData data = CliData.sample(dir, 7, 40);
        Path events = dir.resolve("events.csv");
        List<byte[]> bases = new ArrayList<>();
        for (int b = 0; b < 20; b++) {
            List<TicketEvent> log = CliEventsTest.EventLogs.random(master, data.readTickets());
            StringWriter out = new StringWriter();
            CsvFormat.EVENTS.write(log, out);
            bases.add(out.toString().getBytes(StandardCharsets.UTF_8));
        }
        Pattern clean = Pattern.compile("cxmetrics: " + Pattern.quote(events.toString()) + ":[1-9][0-9]*: \\S.*");
        Pattern noValidRow = Pattern.compile("cxmetrics: every row of " + Pattern.quote(events.toString())
                + " is invalid \\(\\d+ rows?\\); no report");
        long[] outcomes = new long[3];
        long checked = 0;
        for (int i = 0; i < RUNS; i++) {
            long seed = master.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            byte[] bytes = CliFuzzTest.mutate(random, bases.get(random.nextInt(bases.size())));
            Files.write(events, bytes);
            boolean skip = random.nextBoolean();
            List<String> args = new ArrayList<>(List.of("report", "--tickets", data.tickets().toString(),
                    "--events", events.toString(), "--format", "json"));
            if (skip) {
                args.add("--skip-invalid");
            }
            CliRun run = CliRun.of(args.toArray(new String[0]));
            String what = "seed " + seed + ": " + run.describe();
            assertThat(run.code()).as(what).isIn(0, 2);
            outcomes[run.code()]++;
            List<String> lines = new ArrayList<>(run.errLines());
            lines.removeIf(line -> line.startsWith("cxmetrics: " + events + ": ignoring column"));
            if (run.code() == 2) {
                assertThat(lines).as(what).hasSize(lines.size() > 1 && skip ? lines.size() : 1);
                String last = lines.get(lines.size() - 1);
                assertThat(clean.matcher(last).matches() || noValidRow.matcher(last).matches()).as(what).isTrue();
                continue;
            }
            if (!skip) {
                assertThat(lines).as(what).isEmpty();
                continue;
            }
            String text = decode(bytes);
            assertThat(text).as("a run that read the file had valid UTF-8: %s", what).isNotNull();
            long records = ReferenceCsv.parse(text).records().size() - 1;
            long skipped = 0;
            long read = records;
            if (!lines.isEmpty()) {
                Matcher m = SKIPPED.matcher(lines.get(0));
                assertThat(m.matches()).as(what).isTrue();
                skipped = Long.parseLong(m.group(2));
                read = Long.parseLong(m.group(3));
                assertThat(lines).as(what).hasSize(1 + Integer.parseInt(m.group(4)));
                assertThat(((Number) run.json().get("skipped")).longValue()).as(what).isEqualTo(skipped);
            } else {
                assertThat(run.json()).as(what).doesNotContainKey("skipped");
            }
            assertThat(read + skipped).as("events read plus skipped, %s", what).isEqualTo(records);
            checked++;
        }
        assertThat(outcomes[0]).as("runs that exit 0").isGreaterThan(RUNS / 5);
        assertThat(outcomes[2]).as("runs that exit 2").isGreaterThan(RUNS / 5);
        assertThat(checked).as("skip-invalid runs whose counts were checked").isGreaterThan(RUNS / 10);
    }

    /** The text of strictly valid UTF-8, without a leading byte order mark, or null. */
    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

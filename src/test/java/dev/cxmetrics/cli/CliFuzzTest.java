package dev.cxmetrics.cli;

import dev.cxmetrics.sample.SampleData;
import dev.cxmetrics.sample.SampleDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * 100,000 runs of {@code report} over mutated and random CSV files, with random options. Each run
 * must end cleanly: exit 0, or exit 2 with exactly one line {@code cxmetrics: <file>:<line>: ...}
 * on standard error. Never exit 1 (an unexpected failure). With {@code --skip-invalid} and exit
 * 0, no row vanishes: tickets in the JSON plus the skipped count equal the data records of the
 * tickets file, survey totals plus skipped equal those of the surveys file, as counted by a
 * simple RFC 4180 record counter independent of the reader.
 */
class CliFuzzTest {
    private static final long SEED = 0xC11_F022L;
    private static final int RUNS = 100_000;
    private static final int RANDOM_FILES = 10_000;
    private static final int KINDS = 3;
    private static final String[] NAMES = {"tickets.csv", "responses.csv", "surveys.csv"};
    private static final String[] OPTIONS = {"--tickets", "--responses", "--surveys"};
    private static final String[] ZONES = {"UTC", "Europe/Rome", "America/New_York", "Asia/Kolkata"};
    private static final byte[] INSERTS = "\",\n\r\n\r 0-9:TZ.+é\u0000\uFEFF".getBytes(StandardCharsets.UTF_8);
    private static final Pattern SKIPPED = Pattern.compile("(.*): (\\d+) invalid rows? skipped, (\\d+) read; the first (\\d+):");

    @TempDir
    Path dir;

    private Path[] paths;
    private final FileChannel[] channels = new FileChannel[KINDS];
    private final byte[][] written = new byte[KINDS][];
    private Pattern cleanError;
    private static final Pattern IGNORED = Pattern.compile("cxmetrics: (.*): ignoring columns? '.*"
            + " \\(not used; --strict-columns makes this an error\\)");
    private static final Pattern NO_VALID_ROW = Pattern.compile("cxmetrics: every row of (.*) is invalid \\((\\d+) rows?\\); no report");
    private final long[] outcomes = new long[3];
    private long skippedRows;
    private long checkedRuns;

    @Test
    void everyRunEndsCleanlyAndSkippedRowsAreAccountedFor() throws IOException {
        paths = new Path[KINDS];
        for (int k = 0; k < KINDS; k++) {
            paths[k] = dir.resolve(NAMES[k]);
            channels[k] = FileChannel.open(paths[k], StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
        try {
            fuzz();
        } finally {
            for (FileChannel channel : channels) {
                channel.close();
            }
        }
    }

    /**
     * Replaces a file's content through a channel kept open: rewriting in place and shrinking is
     * cheap, whereas truncating a file to zero and rewriting it can make the file system flush
     * to disk on close, at a few milliseconds a file.
     */
    private void overwrite(int kind, byte[] content) throws IOException {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
        long position = 0;
        while (buffer.hasRemaining()) {
            position += channels[kind].write(buffer, position);
        }
        channels[kind].truncate(content.length);
    }

    private void fuzz() throws IOException {
        cleanError = Pattern.compile("cxmetrics: (" + Pattern.quote(paths[0].toString()) + "|"
                + Pattern.quote(paths[1].toString()) + "|" + Pattern.quote(paths[2].toString()) + "):[1-9][0-9]*: \\S.*");
        SplittableRandom master = new SplittableRandom(SEED);
        List<byte[][]> bases = bases(master);
        for (int i = 0; i < RUNS; i++) {
            long seed = master.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            byte[][] base = bases.get(random.nextInt(bases.size()));
            int target = random.nextInt(KINDS);
            byte[][] files = base.clone();
            if (i < RANDOM_FILES) {
                files[target] = randomFile(random, target);
            } else {
                files[target] = mutate(random, base[target]);
            }
            run(random, files, target, "seed " + seed);
        }
        // The mutations must reach every outcome, or the test proves little.
        assertThat(outcomes[0]).as("runs that exit 0").isGreaterThan(25_000);
        assertThat(outcomes[2]).as("runs that exit 2").isGreaterThan(25_000);
        assertThat(checkedRuns).as("runs with --skip-invalid whose counts were checked").isGreaterThan(15_000);
        assertThat(skippedRows).as("rows skipped in checked runs").isGreaterThan(5_000);
    }

    /** Valid files of each kind, a few rows each, with nasty strings or realistic values, LF or CRLF, a BOM. */
    private static List<byte[][]> bases(SplittableRandom random) throws IOException {
        List<byte[][]> bases = new ArrayList<>();
        for (int b = 0; b < 60; b++) {
            StringWriter[] out = {new StringWriter(), new StringWriter(), new StringWriter()};
            int rows = 1 + random.nextInt(6);
            // Nasty strings in a quarter of the bases; their instants span ten years, which makes
            // daily buckets costly, so the others are realistic data over 90 days.
            if (b % 4 == 0) {
                CsvFormat.TICKETS.write(Samples.tickets(random, rows), out[0]);
                CsvFormat.RESPONSES.write(Samples.responses(random, 1 + random.nextInt(6)), out[1]);
                CsvFormat.SURVEYS.write(Samples.answers(random, 1 + random.nextInt(6)), out[2]);
            } else {
                SampleDataset set = SampleData.generate(random.nextLong(), rows);
                CsvFormat.TICKETS.write(set.tickets(), out[0]);
                CsvFormat.RESPONSES.write(set.responses(), out[1]);
                CsvFormat.SURVEYS.write(set.answers(), out[2]);
            }
            byte[][] files = new byte[KINDS][];
            for (int k = 0; k < KINDS; k++) {
                String text = out[k].toString();
                if (random.nextBoolean()) {
                    text = text.replace("\r\n", "\n");
                }
                if (random.nextInt(6) == 0) {
                    text = "\uFEFF" + text;
                }
                files[k] = text.getBytes(StandardCharsets.UTF_8);
            }
            bases.add(files);
        }
        return bases;
    }

    /** A valid header, then random bytes or random characters from a CSV-heavy alphabet. */
    private static byte[] randomFile(SplittableRandom random, int kind) {
        List<String> columns = List.of(CsvFormat.TICKETS, CsvFormat.RESPONSES, CsvFormat.SURVEYS).get(kind).columns();
        StringBuilder text = new StringBuilder(String.join(",", columns)).append('\n');
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = new byte[random.nextInt(200)];
        if (random.nextBoolean()) {
            random.nextBytes(tail);
        } else {
            for (int i = 0; i < tail.length; i++) {
                tail[i] = INSERTS[random.nextInt(INSERTS.length)];
            }
        }
        byte[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    static byte[] mutate(SplittableRandom random, byte[] base) {
        FuzzBytes s = new FuzzBytes(base);
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            int n = s.length();
            int at = n == 0 ? 0 : random.nextInt(n);
            switch (random.nextInt(11)) {
                case 0 -> s.flip(at, random.nextInt(8));
                case 1 -> s.delete(at, Math.min(n, at + 1 + random.nextInt(random.nextBoolean() ? 2 : 30)));
                case 2 -> s.insert(at, new byte[] {INSERTS[random.nextInt(INSERTS.length)]});
                case 3 -> s.insert(at, new byte[] {(byte) random.nextInt(256)});
                case 4 -> s.truncate(at);
                case 5 -> s.digit(at, random);
                case 6 -> s.duplicateLine(random);
                case 7 -> s.swapLines(random);
                case 8 -> s.mutateHeader(random);
                case 9 -> s.insert(at, random.nextBoolean() ? "\"".getBytes(StandardCharsets.UTF_8)
                        : ",".getBytes(StandardCharsets.UTF_8));
                default -> s.insert(at, random.nextBoolean() ? "\n".getBytes(StandardCharsets.UTF_8)
                        : "\r\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        return s.toArray();
    }

    private void run(SplittableRandom random, byte[][] files, int target, String what) throws IOException {
        List<String> args = new ArrayList<>(List.of("report"));
        boolean[] given = new boolean[KINDS];
        for (int k = 0; k < KINDS; k++) {
            given[k] = k == target || random.nextBoolean();
            if (given[k]) {
                if (written[k] != files[k]) {
                    overwrite(k, files[k]);
                    written[k] = files[k];
                }
                args.addAll(List.of(OPTIONS[k], paths[k].toString()));
            }
        }
        boolean skip = random.nextInt(3) > 0;
        if (skip) {
            args.add("--skip-invalid");
        }
        boolean json = random.nextInt(10) > 0;
        args.addAll(List.of("--format", json ? "json" : random.nextBoolean() ? "text" : "csv"));
        args.addAll(List.of("--zone", ZONES[random.nextInt(ZONES.length)], "--bucket",
                new String[] {"day", "week", "month"}[random.nextInt(3)]));
        if (random.nextBoolean()) {
            args.addAll(List.of("--by", new String[] {"agent", "channel,type", "priority,agent",
                "agent,channel,type,priority"}[random.nextInt(4)]));
        }
        if (random.nextInt(4) == 0) {
            args.addAll(List.of("--business-hours", "Mon-Fri 09:00-17:00", "--holidays", "2026-01-06"));
            boolean measure = random.nextBoolean();
            if (measure) {
                args.addAll(List.of("--measure", "business"));
            }
            if (random.nextBoolean() || !measure) {
                args.addAll(List.of("--sla", "urgent: first 30m, resolution 4h; high+normal+low: first 4h business",
                        "--as-of", "2026-03-01T00:00:00Z"));
            }
        } else if (random.nextInt(4) == 0) {
            args.addAll(List.of("--sla", "all: first 1h, resolution 36525d", "--as-of", "2028-01-01T00:00:00Z"));
        }

        CliRun run = CliRun.of(args.toArray(new String[0]));
        String context = what + ": " + run.describe() + "\nmutated " + NAMES[target] + ": "
                + new String(files[target], StandardCharsets.UTF_8).replace("\r", "\\r").replace("\n", "\\n\n");
        if (run.code() == 2) {
            outcomes[2]++;
            List<String> lines = withoutIgnoredColumns(run.errLines(), context);
            Matcher none = NO_VALID_ROW.matcher(lines.get(lines.size() - 1));
            if (skip && none.matches()) {
                // Every row of a file was invalid: the listing, then the reason the run stops.
                long[] rejected = new long[KINDS];
                long[] accepted = new long[KINDS];
                parseListing(lines.subList(0, lines.size() - 1), rejected, accepted, context);
                int k = Arrays.asList(paths).indexOf(Path.of(none.group(1)));
                assertThat(accepted[k]).as(context).isZero();
                assertThat(rejected[k]).as(context).isEqualTo(Long.parseLong(none.group(2))).isPositive();
                assertThat(run.out()).as(context).isEmpty();
                return;
            }
            assertThat(lines).as(context).hasSize(1);
            if (!cleanError.matcher(run.errLines().get(0)).matches()) {
                fail("not a clean file:line message: " + context);
            }
            assertThat(run.out()).as(context).isEmpty();
            return;
        }
        if (run.code() != 0) {
            fail("unexpected exit code: " + context);
        }
        outcomes[0]++;
        long[] rejected = new long[KINDS];
        long[] accepted = new long[KINDS];
        Arrays.fill(accepted, -1);
        List<String> listing = withoutIgnoredColumns(run.errLines(), context);
        parseListing(listing, rejected, accepted, context);
        if (!skip) {
            assertThat(listing).as(context).isEmpty();
        }
        if (!json) {
            return;
        }
        Map<?, ?> overall = (Map<?, ?>) run.json().get("overall");
        long[] records = new long[KINDS];
        for (int k = 0; k < KINDS; k++) {
            records[k] = given[k] ? dataRecords(files[k]) : 0;
            if (accepted[k] >= 0) {
                assertThat(accepted[k] + rejected[k]).as("read + skipped == records of %s: %s", NAMES[k], context)
                        .isEqualTo(records[k]);
            }
        }
        long tickets = number(overall, "tickets");
        assertThat(tickets + rejected[0]).as("tickets + skipped == ticket records: " + context).isEqualTo(records[0]);
        long answers = number((Map<?, ?>) overall.get("csat"), "total") + number((Map<?, ?>) overall.get("nps"), "total")
                + number((Map<?, ?>) overall.get("ces"), "total");
        assertThat(answers + rejected[2]).as("answers + skipped == survey records: " + context).isEqualTo(records[2]);
        assertThat(number((Map<?, ?>) overall.get("aht"), "count") + rejected[1]).as(context).isLessThanOrEqualTo(records[1]);
        if (skip) {
            checkedRuns++;
            skippedRows += rejected[0] + rejected[1] + rejected[2];
        }
    }

    /** Standard error without the notes on unused columns, which come first and once per file. */
    private List<String> withoutIgnoredColumns(List<String> lines, String context) {
        int i = 0;
        Set<String> files = new HashSet<>();
        while (i < lines.size()) {
            Matcher m = IGNORED.matcher(lines.get(i));
            if (!m.matches()) {
                break;
            }
            assertThat(files.add(m.group(1))).as("one note per file: %s", context).isTrue();
            i++;
        }
        return lines.subList(i, lines.size());
    }

    /** Reads the {@code --skip-invalid} listing: per file, a count line and the first messages. */
    private void parseListing(List<String> lines, long[] rejected, long[] accepted, String context) {
        int i = 0;
        while (i < lines.size()) {
            Matcher m = SKIPPED.matcher(lines.get(i));
            if (!m.matches()) {
                fail("unexpected line " + Cells.quote(lines.get(i)) + " in " + context);
            }
            int k = Arrays.asList(paths).indexOf(Path.of(m.group(1)));
            assertThat(k).as(context).isNotNegative();
            rejected[k] = Long.parseLong(m.group(2));
            accepted[k] = Long.parseLong(m.group(3));
            int listed = Integer.parseInt(m.group(4));
            assertThat(listed).as(context).isEqualTo(Math.min(10, rejected[k]));
            for (int j = 1; j <= listed; j++) {
                assertThat(lines.get(i + j)).as(context).startsWith("  " + paths[k] + ":");
            }
            i += 1 + listed;
        }
    }

    private static long number(Map<?, ?> object, String key) {
        return ((BigDecimal) object.get(key)).longValueExact();
    }

    /**
     * Counts the data records of a well-formed RFC 4180 file: records are separated by CR, LF or
     * CRLF outside quotes, blank lines hold none, a leading BOM is no content, the first record
     * is the header.
     */
    static long dataRecords(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        long records = 0;
        boolean quoted = false;
        boolean lineStart = true;
        for (int i = s.startsWith("\uFEFF") ? 1 : 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
            } else if (c == '\r' || c == '\n') {
                lineStart = true;
            } else {
                if (lineStart) {
                    records++;
                    lineStart = false;
                }
                quoted = c == '"';
            }
        }
        return Math.max(0, records - 1);
    }
}

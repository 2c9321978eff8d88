package dev.cxmetrics.benchmarks;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.cli.CsvFormat;
import dev.cxmetrics.cli.CsvOptions;
import dev.cxmetrics.cli.ErrorPolicy;
import dev.cxmetrics.cli.Preset;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.ReportAccumulator;
import dev.cxmetrics.report.ReportSpec;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Reading a tickets CSV of {@code rows} rows (about 120 bytes each) from memory into
 * {@link Ticket} records: the library's RFC 4180 reader with full validation, beside what a user
 * would write instead ({@code readLine} + {@code split(",")} + {@code Instant.parse}, which
 * mishandles quoted fields) and beside a floor that only decodes the UTF-8 and counts lines.
 *
 * <p>Beside it, the same number of rows of a Zendesk Support ticket export (its 41 standard
 * columns and two custom fields, 43 columns, local timestamps, about 400 bytes a row) read with
 * {@code --preset zendesk}: {@link #zendeskRead} and {@link #zendeskReadAndReport}.
 *
 * <p>The score is whole files per second; the {@link Volume} counters report {@code rows} and
 * {@code bytes} per second in the same run: divide {@code bytes} by 10^6 for MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class CsvIngestBenchmark {
    @Param({"1000000"})
    int rows;

    byte[] csv;

    /** Rows and bytes read, reported by JMH as rates beside the score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Volume {
        /** Rows read; reported per second. */
        public long rows;
        /** Bytes read; reported per second. */
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            rows = 0;
            bytes = 0;
        }
    }

    @Setup
    public void setUp() throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        String[] channels = {"email", "chat", "phone", "web"};
        String[] types = {"billing", "bug", "question", "refund", "account"};
        Priority[] priorities = Priority.values();
        List<Ticket> tickets = new ArrayList<>(rows);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < rows; i++) {
            Instant created = start.plusSeconds(random.nextLong(31L * 86_400));
            Instant first = random.nextInt(4) == 0 ? null : created.plusSeconds(60 + random.nextLong(86_400));
            Instant resolved = random.nextInt(3) == 0 ? null : created.plusSeconds(600 + random.nextLong(5 * 86_400L));
            tickets.add(new Ticket("T-" + i, "C-" + random.nextInt(50_000), "agent-" + random.nextInt(40),
                    channels[random.nextInt(channels.length)], types[random.nextInt(types.length)],
                    priorities[random.nextInt(priorities.length)], created, first, resolved,
                    first == null ? 0 : 1 + random.nextInt(4), random.nextInt(10) == 0 ? 1 : 0));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows * 128);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            CsvFormat.TICKETS.write(tickets, out);
        }
        csv = bytes.toByteArray();
    }

    /** A Zendesk ticket export of {@code rows} rows and 43 columns, built once per run. */
    @State(Scope.Benchmark)
    public static class ZendeskFile {
        byte[] csv;

        @Setup
        public void setUp(CsvIngestBenchmark outer) {
            csv = zendeskExport(outer.rows);
        }
    }

    static byte[] zendeskExport(int rows) {
        SplittableRandom random = new SplittableRandom(7);
        String[] via = {"Web form", "Mail", "Chat", "Phone call (incoming)", "API"};
        String[] types = {"Question", "Incident", "Problem", "Task", "-"};
        String[] priorities = {"Low", "Normal", "High", "Urgent", "-"};
        String[] scores = {"Good", "Bad", "Offered", "Unoffered"};
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        StringBuilder out = new StringBuilder(rows * 420);
        out.append("Summation column,Id,Requester,Requester id,Requester external id,Requester email,")
                .append("Requester domain,Submitter,Assignee,Group,Subject,Tags,Status,Priority,Via,Ticket type,")
                .append("Created at,Updated at,Assigned at,Organization,Due date,Initially assigned at,Solved at,")
                .append("Resolution time,Satisfaction Score,Group stations,Assignee stations,Reopens,Replies,")
                .append("First reply time in minutes,First reply time in minutes within business hours,")
                .append("First resolution time in minutes,First resolution time in minutes within business hours,")
                .append("Full resolution time in minutes,Full resolution time in minutes within business hours,")
                .append("Agent wait time in minutes,Agent wait time in minutes within business hours,")
                .append("Requester wait time in minutes,Requester wait time in minutes within business hours,")
                .append("On hold time in minutes,On hold time in minutes within business hours,")
                .append("Ticket Category [list],Status [list]\n");
        LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
        for (int i = 0; i < rows; i++) {
            LocalDateTime created = start.plusSeconds(random.nextLong(31L * 86_400));
            boolean solved = random.nextInt(3) > 0;
            LocalDateTime solvedAt = created.plusSeconds(600 + random.nextLong(5 * 86_400L));
            boolean replied = random.nextInt(4) > 0;
            long firstMinutes = 1 + random.nextLong(1_440);
            int requester = random.nextInt(50_000);
            out.append(i + 1).append(',').append(100_000 + i).append(",Customer ").append(requester).append(',')
                    .append(requester).append(",,customer").append(requester).append("@example.com,example.com,")
                    .append("Agent ").append(random.nextInt(40)).append(",Agent ").append(random.nextInt(40))
                    .append(",Tier ").append(1 + random.nextInt(3))
                    .append(",\"Cannot log in, again\",login web,").append(solved ? "Solved" : "Open").append(',')
                    .append(priorities[random.nextInt(priorities.length)]).append(',')
                    .append(via[random.nextInt(via.length)]).append(',').append(types[random.nextInt(types.length)])
                    .append(',').append(created.format(local)).append(',').append(solvedAt.format(local))
                    .append(',').append(created.plusMinutes(5).format(local)).append(",Acme,,")
                    .append(created.plusMinutes(5).format(local)).append(',')
                    .append(solved ? solvedAt.format(local) : "").append(',').append(solved ? "20" : "").append(',')
                    .append(scores[random.nextInt(scores.length)]).append(",1,1,")
                    .append(random.nextInt(10) == 0 ? 1 : 0).append(',').append(replied ? 1 + random.nextInt(4) : 0)
                    .append(',').append(replied ? Long.toString(firstMinutes) : "").append(',')
                    .append(replied ? Long.toString(firstMinutes) : "");
            for (int k = 0; k < 10; k++) {
                out.append(',').append(random.nextInt(10_000));
            }
            out.append(",billing,-\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A Zendesk export read with the preset: 43 columns, local times, tickets and CSAT answers. */
    @Benchmark
    public long zendeskRead(ZendeskFile file, Volume volume, Blackhole blackhole) throws IOException {
        long n = Preset.ZENDESK.tickets().read(new ByteArrayInputStream(file.csv), "zendesk.csv",
                ErrorPolicy.FAIL_FAST, CsvOptions.defaults(), blackhole::consume).accepted();
        volume.rows += n;
        volume.bytes += file.csv.length;
        return n;
    }

    /** The same Zendesk read, every ticket and CSAT answer streamed into the ingest report, then a snapshot. */
    @Benchmark
    public KpiReport zendeskReadAndReport(ZendeskFile file, Volume volume) throws IOException {
        ReportAccumulator accumulator = INGEST_SPEC.accumulator();
        long n = Preset.ZENDESK.tickets().read(new ByteArrayInputStream(file.csv), "zendesk.csv",
                ErrorPolicy.FAIL_FAST, CsvOptions.defaults(), row -> {
                    accumulator.add(row.ticket());
                    if (row.csat().isPresent()) {
                        accumulator.add(row.csat().get());
                    }
                }).accepted();
        volume.rows += n;
        volume.bytes += file.csv.length;
        return accumulator.snapshot();
    }

    /** The library: strict UTF-8, RFC 4180, header matched by name, every row validated. */
    @Benchmark
    public long cxmetricsRead(Volume volume, Blackhole blackhole) throws IOException {
        long n = CsvFormat.TICKETS.read(new ByteArrayInputStream(csv), "tickets.csv", ErrorPolicy.FAIL_FAST,
                blackhole::consume).accepted();
        volume.rows += n;
        volume.bytes += csv.length;
        return n;
    }

    /**
     * Ingest: the same read, every row streamed into a report (overall, by agent and channel,
     * daily buckets in Europe/Rome, exact quantiles) and a snapshot of it at the end.
     */
    @Benchmark
    public KpiReport cxmetricsReadAndReport(Volume volume) throws IOException {
        ReportAccumulator accumulator = INGEST_SPEC.accumulator();
        long n = CsvFormat.TICKETS.read(new ByteArrayInputStream(csv), "tickets.csv", ErrorPolicy.FAIL_FAST,
                accumulator::add).accepted();
        volume.rows += n;
        volume.bytes += csv.length;
        return accumulator.snapshot();
    }

    private static final ReportSpec INGEST_SPEC = ReportSpec.builder().zone(java.time.ZoneId.of("Europe/Rome"))
            .by(Dimension.AGENT, Dimension.CHANNEL).build();

    /** Baseline: what a user writes by hand. Wrong on quoted fields; no line numbers in errors. */
    @Benchmark
    public long splitAndParse(Volume volume, Blackhole blackhole) throws IOException {
        long n = 0;
        try (BufferedReader in = reader()) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(",", -1);
                Ticket.Builder builder = Ticket.builder(f[0], Instant.parse(f[6]))
                        .customer(emptyToNull(f[1])).agent(emptyToNull(f[2])).channel(emptyToNull(f[3]))
                        .type(emptyToNull(f[4]))
                        .priority(f[5].isEmpty() ? null : Priority.valueOf(f[5].toUpperCase(Locale.ROOT)))
                        .firstResponseAt(f[7].isEmpty() ? null : Instant.parse(f[7]))
                        .resolvedAt(f[8].isEmpty() ? null : Instant.parse(f[8]))
                        .agentReplies(Integer.parseInt(f[9]))
                        .reopens(Integer.parseInt(f[10]));
                blackhole.consume(builder.build());
                n++;
            }
        }
        volume.rows += n;
        volume.bytes += csv.length;
        return n;
    }

    /** Floor: decode the UTF-8 and count the lines; no parsing at all. */
    @Benchmark
    public long decodeAndCountLines(Volume volume) {
        long lines = 0;
        char[] buf = new char[1 << 13];
        try (Reader in = reader()) {
            for (int n; (n = in.read(buf, 0, buf.length)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        volume.rows += lines - 1;
        volume.bytes += csv.length;
        return lines;
    }

    private BufferedReader reader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8), 1 << 13);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}

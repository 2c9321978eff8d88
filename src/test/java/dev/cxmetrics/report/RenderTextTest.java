package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text rendering: every table is aligned (same line length, same column positions in every
 * row), each group is one row with its label, and every cell shows the Java API's value.
 */
class RenderTextTest {
    private static final List<String> HEADER = List.of("tickets", "CSAT", "n", "NPS", "n", "CES", "n",
            "FRT med", "FRT p90", "unanswered", "RES med", "RES p90", "open", "FCR", "AHT");
    private static final Instant T0 = Instant.parse("2026-01-31T09:00:00Z");

    @Test
    void workedExampleReads37m40sForTheMeanHandleTime() {
        // FRT of 5, 33 and 75 minutes; the same three as handle times, whose mean the AHT column shows.
        List<Ticket> tickets = new ArrayList<>();
        List<Response> responses = new ArrayList<>();
        int[] minutes = {5, 33, 75};
        for (int i = 0; i < minutes.length; i++) {
            Instant answered = T0.plusSeconds(60L * minutes[i]);
            tickets.add(Ticket.builder("T-" + i, T0).firstResponseAt(answered).agentReplies(1).build());
            responses.add(new Response("T-" + i, "ann", answered, Duration.ofMinutes(minutes[i]), false));
        }
        KpiReport report = ReportSpec.builder().build().compute(tickets, responses, List.of());
        String text = report.toText();

        assertThat(text).contains("37m 40s");
        Map<String, List<String>> overall = tables(report).get("Overall");
        // Median 33 min; p90 = 33 + 0.8 * (75 - 33) = 66.6 min.
        assertThat(overall.get("all")).containsExactly(
                "3", "-", "0", "-", "0", "-", "0", "33m 00s", "1h 07m", "0", "-", "-", "3", "-", "37m 40s");
    }

    @Test
    void everyTableIsAlignedAndShowsTheApiValuesOnRandomData() {
        for (long seed = 1; seed <= 100; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RandomData data = random.nextBoolean() ? NastyData.generate(seed, random.nextInt(60))
                    : RandomData.generate(seed, random.nextInt(60));
            ReportSpec spec = RenderJsonTest.randomSpec(random);
            KpiReport report = spec.compute(data.tickets, data.responses, data.answers, data.events);
            Map<String, Map<String, List<String>>> tables = tables(report);
            String context = "seed " + seed + " " + spec;

            assertThat(tables.get("Overall")).as(context).containsOnlyKeys("all");
            assertRows(tables.get("Overall").get("all"), report.overall(), context + " overall");
            for (Dimension dimension : spec.dimensions()) {
                Map<String, List<String>> table = tables.get("By " + dimension.label());
                SortedMap<String, KpiSet> groups = report.groups(dimension);
                assertThat(table).as(context).hasSize(groups.size());
                groups.forEach((key, set) -> assertRows(table.get(label(key)), set, context + " " + key));
            }
            Map<String, List<String>> byBucket = tables.get("By " + spec.bucket().label());
            assertThat(byBucket).as(context).hasSize(report.buckets().size());
            report.buckets().forEach((date, set) -> assertRows(byBucket.get(date.toString()), set, context + " " + date));
        }
    }

    @Test
    void absentKeyShowsNoneAndEmptyMetricsShowADash() {
        List<Ticket> tickets = List.of(
                Ticket.builder("T-1", T0).agent("ann").firstResponseAt(T0.plusSeconds(90)).agentReplies(1)
                        .resolvedAt(T0.plusSeconds(3600)).build(),
                Ticket.builder("T-2", T0).build());
        List<SurveyAnswer> answers = List.of(new SurveyAnswer("T-1", null, "ann", SurveyKind.CSAT, 5, T0));
        KpiReport report = ReportSpec.builder().by(Dimension.AGENT, Dimension.CHANNEL).build()
                .compute(tickets, List.of(), answers);
        Map<String, Map<String, List<String>>> tables = tables(report);

        assertThat(tables.get("By agent")).containsOnlyKeys("(none)", "ann");
        assertThat(tables.get("By agent").get("(none)")).containsExactly(
                "1", "-", "0", "-", "0", "-", "0", "-", "-", "1", "-", "-", "1", "-", "-");
        assertThat(tables.get("By agent").get("ann")).containsExactly(
                "1", "100.0%", "1", "-", "0", "-", "0", "1m 30s", "1m 30s", "0", "1h 00m", "1h 00m", "0", "100.0%", "-");
        assertThat(tables.get("By channel")).containsOnlyKeys("(none)");
    }

    @Test
    void controlCharactersInKeysAreEscapedSoEachGroupIsOneLine() {
        String agent = "line\nbreak\r\ttab\u0001\u007f\u2028 😀 lone \ud800 ç CORP\\ann";
        KpiReport report = ReportSpec.builder().by(Dimension.AGENT).build()
                .compute(List.of(Ticket.builder("T-1", T0).agent(agent).build()), List.of(), List.of());
        String text = report.toText();

        String shown = "line\\nbreak\\r\\ttab\\u0001\\u007f\\u2028 😀 lone \\ud800 ç CORP\\ann";
        assertThat(tables(report).get("By agent")).containsOnlyKeys(shown);
        assertThat(text.chars().filter(c -> c != '\n' && (Character.isISOControl(c) || c == '\u2028')))
                .as("raw control characters").isEmpty();
        assertThat(TextRenderer.printable("plain ç 😀")).isEqualTo("plain ç 😀");
        assertThat(TextRenderer.printable("\udc00\ud83d\ude00\ud83d")).isEqualTo("\\udc00😀\\ud83d");
    }

    @Test
    void emptyReportRendersInEveryFormat() {
        for (TimeBucket bucket : TimeBucket.values()) {
            ReportSpec spec = ReportSpec.builder().zone(ZoneId.of("Europe/Rome")).bucket(bucket)
                    .by(Dimension.values()).build();
            KpiReport report = spec.compute(List.of(), List.of(), List.of());

            String text = report.toText();
            assertThat(tables(report).get("Overall").get("all")).containsExactly(
                    "0", "-", "0", "-", "0", "-", "0", "-", "-", "0", "-", "-", "0", "-", "-");
            for (Dimension dimension : Dimension.values()) {
                assertThat(text).contains("By " + dimension.label() + "\n  (no data)\n");
            }
            assertThat(text).contains("By " + bucket.label() + "\n  (no data)\n");
            RenderJsonTest.assertJsonMatches(report, report.toJson(), "empty " + bucket);
            assertThat(TestCsv.parse(report.toCsv())).hasSize(2);
        }
    }

    @Test
    void unmatchedRecordsAreReportedBelowTheTables() {
        KpiReport report = ReportSpec.builder().by(Dimension.CHANNEL).build().compute(List.of(),
                List.of(new Response("T-9", "ann", T0, Duration.ofMinutes(2), false)), List.of());
        assertThat(report.toText()).contains("Not matched to a ticket: 1 responses, 0 survey answers");
        assertThat(tables(report).get("By channel").get("(none)").get(14)).isEqualTo("2m 00s");
    }

    /** The label a key has in the first column. */
    private static String label(String key) {
        return key.equals(Ticket.ABSENT) ? "(none)" : TextRenderer.printable(key);
    }

    /** Checks one row's cells against the API: counts exactly, ratios and durations as formatted. */
    private static void assertRows(List<String> cells, KpiSet set, String context) {
        assertThat(cells).as(context + " has a row").isNotNull();
        assertThat(cells).as(context).containsExactly(
                Long.toString(set.tickets()),
                Formats.fixed(set.csat().percent(), 1, "%"), Long.toString(set.csat().total()),
                Formats.fixed(set.nps().score(), 1, ""), Long.toString(set.nps().total()),
                Formats.fixed(set.ces().mean(), 2, ""), Long.toString(set.ces().total()),
                Formats.human(set.firstResponse().stats().median()),
                Formats.human(set.firstResponse().stats().percentile(90)),
                Long.toString(set.firstResponse().unanswered()),
                Formats.human(set.resolution().stats().median()),
                Formats.human(set.resolution().stats().percentile(90)),
                Long.toString(set.resolution().open()),
                Formats.fixed(set.fcr().percent(), 1, "%"),
                Formats.human(set.aht().mean()));
    }

    /**
     * Splits the text into its tables (title → row label → cells), asserting the layout on the way:
     * every line of a table has the header's length in code points, the key column is left-aligned
     * at column 2, every other column is right-aligned to the end of its header name, and columns
     * are separated by at least two spaces at the same positions in every row.
     */
    static Map<String, Map<String, List<String>>> tables(KpiReport report) {
        String text = report.toText();
        assertThat(text).endsWith("\n");
        List<String> lines = Arrays.asList(text.split("\n", -1));
        Map<String, Map<String, List<String>>> tables = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size()) {
            String title = lines.get(i);
            if (!title.equals("Overall") && !title.startsWith("By ")) {
                i++;
                continue;
            }
            Map<String, List<String>> rows = new LinkedHashMap<>();
            assertThat(tables.put(title, rows)).as("table %s appears once", title).isNull();
            if (lines.get(i + 1).equals("  (no data)")) {
                i += 2;
                continue;
            }
            int[] header = lines.get(i + 1).codePoints().toArray();
            int[] ends = headerEnds(lines.get(i + 1));
            List<int[]> body = new ArrayList<>();
            for (i += 2; !lines.get(i).isEmpty(); i++) {
                body.add(lines.get(i).codePoints().toArray());
            }
            assertThat(body).as("rows of %s", title).isNotEmpty();
            int keyWidth = 0;
            for (int[] row : body) {
                assertThat(row.length).as("length of a row of %s: %s", title, str(row)).isEqualTo(header.length);
                assertThat(str(row, 0, 2)).isEqualTo("  ");
                String label = str(row, 2, ends[0]).replaceFirst(" +[0-9]+$", "");
                keyWidth = Math.max(keyWidth, label.codePointCount(0, label.length()));
            }
            for (int[] row : body) {
                List<String> cells = new ArrayList<>();
                // The separator before each column is blank in every row, header included.
                int start = 2 + keyWidth;
                for (int c = 0; c < ends.length; c++) {
                    assertThat(str(row, start, start + 2)).as("separator before %s in %s", HEADER.get(c), str(row))
                            .isEqualTo("  ");
                    assertThat(str(header, start, start + 2)).isEqualTo("  ");
                    assertThat(row[ends[c] - 1]).as("right-aligned %s in %s", HEADER.get(c), str(row)).isNotEqualTo(' ');
                    cells.add(str(row, start, ends[c]).strip());
                    start = ends[c];
                }
                String label = str(row, 2, 2 + keyWidth).stripTrailing();
                assertThat(rows.put(label, cells)).as("label %s appears once in %s", label, title).isNull();
            }
        }
        return tables;
    }

    /** End positions of the header names, which must appear in order. */
    private static int[] headerEnds(String header) {
        int[] ends = new int[HEADER.size()];
        int from = 0;
        for (int c = 0; c < ends.length; c++) {
            int at = header.indexOf(HEADER.get(c), from);
            assertThat(at).as("header %s in %s", HEADER.get(c), header).isPositive();
            assertThat(header.substring(from, at)).as("only spaces before %s", HEADER.get(c)).isBlank();
            ends[c] = at + HEADER.get(c).length();
            from = ends[c];
        }
        assertThat(from).as("nothing after the last column").isEqualTo(header.length());
        return ends;
    }

    private static String str(int[] codePoints) {
        return str(codePoints, 0, codePoints.length);
    }

    private static String str(int[] codePoints, int from, int to) {
        return Arrays.stream(codePoints, from, to).mapToObj(Character::toString).collect(Collectors.joining());
    }
}

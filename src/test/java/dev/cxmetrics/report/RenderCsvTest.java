package dev.cxmetrics.report;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV rendering is strict RFC 4180 with the documented header and one row per group, in
 * report order, and every cell equals the Java API (empty cell for an empty metric).
 */
class RenderCsvTest {
    /** Numbers are written in plain notation, never with an exponent. */
    private static final String PLAIN_DECIMAL = "-?(0|[1-9][0-9]*)(\\.[0-9]+)?";
    /** The columns after {@code group,key}, named independently of the renderer, with their API value. */
    private static final List<Map.Entry<String, Function<KpiSet, Object>>> COLUMNS = List.of(
            column("tickets", KpiSet::tickets),
            column("csat_satisfied", s -> s.csat().satisfied()),
            column("csat_total", s -> s.csat().total()),
            column("csat_percent", s -> s.csat().percent()),
            column("nps_promoters", s -> s.nps().promoters()),
            column("nps_passives", s -> s.nps().passives()),
            column("nps_detractors", s -> s.nps().detractors()),
            column("nps_total", s -> s.nps().total()),
            column("nps_score", s -> s.nps().score()),
            column("ces_total", s -> s.ces().total()),
            column("ces_mean", s -> s.ces().mean()),
            column("frt_count", s -> s.firstResponse().stats().count()),
            column("frt_unanswered", s -> s.firstResponse().unanswered()),
            column("frt_mean_s", s -> s.firstResponse().stats().mean()),
            column("frt_median_s", s -> s.firstResponse().stats().median()),
            column("frt_p90_s", s -> s.firstResponse().stats().percentile(90)),
            column("resolution_count", s -> s.resolution().stats().count()),
            column("resolution_open", s -> s.resolution().open()),
            column("resolution_mean_s", s -> s.resolution().stats().mean()),
            column("resolution_median_s", s -> s.resolution().stats().median()),
            column("resolution_p90_s", s -> s.resolution().stats().percentile(90)),
            column("fcr_one_touch", s -> s.fcr().oneTouch()),
            column("fcr_eligible", s -> s.fcr().eligible()),
            column("fcr_percent", s -> s.fcr().percent()),
            column("aht_count", s -> s.aht().stats().count()),
            column("aht_mean_s", s -> s.aht().mean()),
            column("first_resolution_count", s -> s.firstResolution().count()),
            column("first_resolution_mean_s", s -> s.firstResolution().mean()),
            column("first_resolution_median_s", s -> s.firstResolution().median()),
            column("first_resolution_p90_s", s -> s.firstResolution().percentile(90)),
            column("agent_work_count", s -> s.agentWork().count()),
            column("agent_work_mean_s", s -> s.agentWork().mean()),
            column("agent_work_median_s", s -> s.agentWork().median()),
            column("agent_work_p90_s", s -> s.agentWork().percentile(90)),
            column("agent_wait_count", s -> s.agentWait().count()),
            column("agent_wait_mean_s", s -> s.agentWait().mean()),
            column("agent_wait_median_s", s -> s.agentWait().median()),
            column("agent_wait_p90_s", s -> s.agentWait().percentile(90)),
            column("on_hold_count", s -> s.onHold().count()),
            column("on_hold_mean_s", s -> s.onHold().mean()),
            column("on_hold_median_s", s -> s.onHold().median()),
            column("on_hold_p90_s", s -> s.onHold().percentile(90)),
            column("requester_wait_count", s -> s.requesterWait().count()),
            column("requester_wait_mean_s", s -> s.requesterWait().mean()),
            column("requester_wait_median_s", s -> s.requesterWait().median()),
            column("requester_wait_p90_s", s -> s.requesterWait().percentile(90)),
            column("next_reply_count", s -> s.nextReply().stats().count()),
            column("next_reply_awaiting", s -> s.nextReply().awaiting()),
            column("next_reply_mean_s", s -> s.nextReply().stats().mean()),
            column("next_reply_median_s", s -> s.nextReply().stats().median()),
            column("next_reply_p90_s", s -> s.nextReply().stats().percentile(90)),
            column("frt_0_1h", s -> s.frtBrackets().underOneHour()),
            column("frt_1_8h", s -> s.frtBrackets().oneToEightHours()),
            column("frt_8_24h", s -> s.frtBrackets().eightToTwentyFourHours()),
            column("frt_24h_plus", s -> s.frtBrackets().overTwentyFourHours()),
            column("conflicts", KpiSet::conflicts));

    @Test
    void headerNamesEveryColumnOnce() {
        List<String> names = new ArrayList<>(List.of("group", "key"));
        COLUMNS.forEach(c -> names.add(c.getKey()));
        assertThat(CsvRenderer.HEADER).isEqualTo(String.join(",", names));
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void rowsEqualTheJavaApiOnRandomData() {
        for (long seed = 1; seed <= 120; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RandomData data = RandomData.generate(seed, random.nextInt(60));
            ReportSpec spec = RenderJsonTest.randomSpec(random);
            KpiReport report = spec.compute(data.tickets, data.responses, data.answers, data.events);
            assertCsvMatches(report, report.toCsv(), "seed " + seed + " " + spec);
        }
    }

    @Test
    void keysWithCommasQuotesAndNewlinesRoundTrip() {
        for (long seed = 1; seed <= 60; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RandomData data = NastyData.generate(seed, 1 + random.nextInt(60));
            TimeBucket bucket = TimeBucket.values()[random.nextInt(3)];
            ReportSpec spec = ReportSpec.builder().bucket(bucket)
                    .by(Dimension.CHANNEL, Dimension.PRIORITY, Dimension.TYPE, Dimension.AGENT)
                    .crossTab(Dimension.AGENT, Dimension.CHANNEL).crossTab(Dimension.TYPE, bucket).build();
            KpiReport report = spec.compute(data.tickets, data.responses, data.answers, data.events);
            assertCsvMatches(report, report.toCsv(), "nasty seed " + seed);
        }
    }

    @Test
    void fieldsAreQuotedOnlyWhenNeededAndQuotesAreDoubled() {
        Instant t0 = Instant.parse("2026-01-31T09:00:00Z");
        List<Ticket> tickets = List.of(
                Ticket.builder("T-1", t0).agent("d,\"quoted\"").build(),
                Ticket.builder("T-2", t0).agent("line\r\nbreak").build(),
                Ticket.builder("T-3", t0).agent("plain ç 😀").build(),
                Ticket.builder("T-4", t0).build());
        KpiReport report = ReportSpec.builder().by(Dimension.AGENT).build().compute(tickets, List.of(), List.of());
        String csv = report.toCsv();

        assertThat(csv).contains("\r\nagent,\"d,\"\"quoted\"\"\",1,")
                .contains("\r\nagent,\"line\r\nbreak\",1,")
                .contains("\r\nagent,plain ç 😀,1,")
                .contains("\r\nagent,,1,")
                .endsWith("\r\n");
        assertCsvMatches(report, csv, "quoting");
    }

    @Test
    void emptyReportHasTheHeaderAndAnOverallRowWithEmptyMetrics() {
        ReportSpec spec = ReportSpec.builder().by(Dimension.values()).build();
        KpiReport report = spec.compute(List.of(), List.of(), List.of());
        List<List<String>> rows = TestCsv.parse(report.toCsv());

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly("overall", "", "0", "0", "0", "", "0", "0", "0", "0", "", "0", "",
                "0", "0", "", "", "", "0", "0", "", "", "", "0", "0", "", "0", "",
                "0", "", "", "", "0", "", "", "", "0", "", "", "", "0", "", "", "", "0", "", "", "",
                "0", "0", "", "", "", "0", "0", "0", "0", "0");
        assertCsvMatches(report, report.toCsv(), "empty report");
    }

    @Test
    void readerRejectsMalformedCsv() {
        for (String bad : List.of("a,b", "a\nb\r\n", "a\"b\r\n", "\"a\"b\r\n", "\"a\r\n", "a\rb\r\n")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestCsv.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(TestCsv.parse("a,\"b,\"\"c\"\"\r\nd\",\r\n,\r\n"))
                .containsExactly(List.of("a", "b,\"c\"\r\nd", ""), List.of("", ""));
    }

    /**
     * Parses {@code csv} strictly and checks the header, the order of rows and every cell; with
     * cross-tabs a column column follows the key, empty except in the cross-tab rows that end the file.
     */
    private static void assertCsvMatches(KpiReport report, String csv, String context) {
        List<List<String>> rows = TestCsv.parse(csv);
        boolean crossTabs = !report.spec().crossTabs().isEmpty();
        List<Object[]> expected = new ArrayList<>();
        expected.add(new Object[] {"overall", "", "", report.overall()});
        for (Dimension dimension : report.spec().dimensions()) {
            report.groups(dimension).forEach((key, set) -> expected.add(new Object[] {dimension.label(), key, "", set}));
        }
        for (Map.Entry<LocalDate, KpiSet> entry : report.buckets().entrySet()) {
            expected.add(new Object[] {report.spec().bucket().label(), entry.getKey().toString(), "", entry.getValue()});
        }
        for (CrossTab tab : report.spec().crossTabs()) {
            String label = tab.label(report.spec().bucket());
            if (tab.isByBucket()) {
                report.crossTabByBucket(tab.rows()).forEach((row, cells) -> cells.forEach(
                        (date, set) -> expected.add(new Object[] {label, row, date.toString(), set})));
            } else {
                report.crossTab(tab.rows(), tab.columns().orElseThrow()).forEach((row, cells) -> cells.forEach(
                        (column, set) -> expected.add(new Object[] {label, row, column, set})));
            }
        }
        assertThat(rows).as(context).hasSize(1 + expected.size());
        assertThat(String.join(",", rows.get(0))).as(context)
                .isEqualTo(crossTabs ? CsvRenderer.HEADER.replace("group,key,", "group,key,column,") : CsvRenderer.HEADER);
        int first = crossTabs ? 3 : 2;
        for (int r = 0; r < expected.size(); r++) {
            List<String> row = rows.get(r + 1);
            Object[] want = expected.get(r);
            String where = context + " row " + (r + 1);
            assertThat(row).as(where).hasSize(first + COLUMNS.size());
            assertThat(row.get(0)).as(where + " group").isEqualTo(want[0]);
            assertThat(row.get(1)).as(where + " key").isEqualTo(want[1]);
            if (crossTabs) {
                assertThat(row.get(2)).as(where + " column").isEqualTo(want[2]);
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                Map.Entry<String, Function<KpiSet, Object>> column = COLUMNS.get(c);
                assertCell(row.get(c + first), column.getValue().apply((KpiSet) want[3]), where + " " + column.getKey());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertCell(String cell, Object expected, String where) {
        if (expected instanceof Long) {
            assertThat(cell).as(where).isEqualTo(Long.toString((Long) expected));
        } else if (expected instanceof OptionalDouble) {
            OptionalDouble want = (OptionalDouble) expected;
            if (want.isEmpty()) {
                assertThat(cell).as(where + " of an empty metric").isEmpty();
            } else {
                assertThat(cell).as(where).matches(PLAIN_DECIMAL);
                assertThat(new BigDecimal(cell).doubleValue()).as(where + " '" + cell + "'").isEqualTo(want.getAsDouble());
            }
        } else {
            Optional<Duration> want = (Optional<Duration>) expected;
            if (want.isEmpty()) {
                assertThat(cell).as(where + " of an empty metric").isEmpty();
            } else {
                Duration d = want.get();
                BigDecimal seconds = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
                assertThat(cell).as(where).matches(PLAIN_DECIMAL);
                assertThat(new BigDecimal(cell)).as(where + " '" + cell + "'").isEqualByComparingTo(seconds);
            }
        }
    }

    private static Map.Entry<String, Function<KpiSet, Object>> column(String name, Function<KpiSet, Object> value) {
        return Map.entry(name, value);
    }
}

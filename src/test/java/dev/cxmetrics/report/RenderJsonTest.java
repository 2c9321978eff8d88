package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.stats.DurationStats;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON rendering parses strictly, has exactly the documented keys and nesting, and every
 * value equals the Java API: counts as integers, durations as exact decimal seconds, ratios as
 * the same double, empty metrics as {@code null}.
 */
class RenderJsonTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Instant T0 = Instant.parse("2026-01-31T09:00:00Z");

    @Test
    void shapeAndValuesEqualTheJavaApiOnRandomData() {
        for (long seed = 1; seed <= 120; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RandomData data = RandomData.generate(seed, random.nextInt(60));
            ReportSpec spec = randomSpec(random);
            KpiReport report = spec.compute(data.tickets, data.responses, data.answers, data.events);
            assertJsonMatches(report, report.toJson(), "seed " + seed + " " + spec);
        }
    }

    @Test
    void keysWithQuotesNewlinesControlCharsAndSurrogatesRoundTrip() {
        for (long seed = 1; seed <= 60; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RandomData data = NastyData.generate(seed, 1 + random.nextInt(60));
            ReportSpec spec = ReportSpec.builder().zone(ROME).bucket(TimeBucket.values()[random.nextInt(3)])
                    .by(Dimension.TYPE, Dimension.AGENT, Dimension.CHANNEL, Dimension.PRIORITY).build();
            KpiReport report = spec.compute(data.tickets, data.responses, data.answers, data.events);
            assertJsonMatches(report, report.toJson(), "nasty seed " + seed);
        }
    }

    @Test
    void nastyAgentIdIsEscapedAsJsonRequires() {
        String agent = "a\"b\\c/d\ne\rf\tg\bh\fi\u0000j\u001fk\u007fl\u2028m\u2029n😀o\ud800p\udc00ç";
        Ticket ticket = Ticket.builder("T-1", T0).agent(agent).build();
        KpiReport report = ReportSpec.builder().by(Dimension.AGENT).build()
                .compute(List.of(ticket), List.of(), List.of());
        String json = report.toJson();

        assertThat(json).contains("\"a\\\"b\\\\c/d\\ne\\rf\\tg\\bh\\fi\\u0000j\\u001fk\u007fl\\u2028m\\u2029n😀o"
                + "\\ud800p\\udc00ç\":");
        Map<?, ?> agents = (Map<?, ?>) ((Map<?, ?>) root(json).get("groups")).get("agent");
        assertThat(List.copyOf(agents.keySet())).isEqualTo(List.of(agent));
        assertJsonMatches(report, json, "nasty agent");
    }

    @Test
    void workedExampleRendersExactDecimalSeconds() {
        // FRT of 5, 33 and 75 minutes: mean 37 min 40 s = 2260 s, median 33 min, p90 = 33 + 0.8 * 42 min.
        List<Ticket> tickets = new ArrayList<>();
        int[] minutes = {5, 33, 75};
        for (int i = 0; i < minutes.length; i++) {
            tickets.add(Ticket.builder("T-" + i, T0).firstResponseAt(T0.plusSeconds(60L * minutes[i]))
                    .agentReplies(1).build());
        }
        List<Response> responses = List.of(
                new Response("T-0", "ann", T0.plusSeconds(5 * 60), Duration.ofMillis(1500), false),
                new Response("T-1", "ann", T0.plusSeconds(33 * 60), Duration.ofNanos(2), false));
        KpiReport report = ReportSpec.builder().build().compute(tickets, responses, List.of());
        Map<?, ?> overall = (Map<?, ?>) root(report.toJson()).get("overall");

        Map<?, ?> frt = (Map<?, ?>) overall.get("frt");
        assertThat(frt.get("mean")).isEqualTo(new BigDecimal("2260"));
        assertThat(frt.get("median")).isEqualTo(new BigDecimal("1980"));
        assertThat(frt.get("p90")).isEqualTo(new BigDecimal("3996"));
        // (1.5 s + 2 ns) / 2 = 0.750000001 s exactly, no exponent, no binary rounding.
        assertThat(((Map<?, ?>) overall.get("aht")).get("mean")).isEqualTo(new BigDecimal("0.750000001"));
        assertThat(report.toJson()).contains("\"mean\":0.750000001}");
    }

    @Test
    void emptyMetricsAreNullNeverZeroOrNaN() {
        Ticket open = Ticket.builder("T-1", T0).agent("ann").build();
        KpiReport report = ReportSpec.builder().by(Dimension.AGENT).build()
                .compute(List.of(open), List.of(), List.of());
        String json = report.toJson();
        Map<?, ?> overall = (Map<?, ?>) root(json).get("overall");

        assertThat(((Map<?, ?>) overall.get("csat")).get("percent")).isNull();
        assertThat(((Map<?, ?>) overall.get("nps")).get("score")).isNull();
        assertThat(((Map<?, ?>) overall.get("ces")).get("mean")).isNull();
        assertThat(((Map<?, ?>) overall.get("frt")).get("mean")).isNull();
        assertThat(((Map<?, ?>) overall.get("frt")).get("unanswered")).isEqualTo(BigDecimal.ONE);
        assertThat(((Map<?, ?>) overall.get("resolution")).get("p90")).isNull();
        assertThat(((Map<?, ?>) overall.get("fcr")).get("percent")).isNull();
        assertThat(((Map<?, ?>) overall.get("aht")).get("mean")).isNull();
        assertThat(json).doesNotContain("NaN").doesNotContain("Infinity");
        assertJsonMatches(report, json, "one open ticket");
    }

    @Test
    void emptyReportRendersEveryGroupAsAnEmptyObject() {
        ReportSpec spec = ReportSpec.builder().bucket(TimeBucket.MONTH)
                .by(Dimension.PRIORITY, Dimension.AGENT, Dimension.TYPE, Dimension.CHANNEL).build();
        KpiReport report = spec.compute(List.of(), List.of(), List.of());
        Map<?, ?> groups = (Map<?, ?>) root(report.toJson()).get("groups");

        assertThat(List.copyOf(groups.keySet())).isEqualTo(List.of("priority", "agent", "type", "channel", "month"));
        for (Object group : groups.values()) {
            assertThat((Map<?, ?>) group).isEmpty();
        }
        assertJsonMatches(report, report.toJson(), "empty report");
    }

    @Test
    void bucketKeysAreIsoStartDatesOfTheirKind() {
        for (long seed = 1; seed <= 30; seed++) {
            RandomData data = RandomData.generate(seed, 40);
            for (TimeBucket bucket : TimeBucket.values()) {
                KpiReport report = ReportSpec.builder().zone(ROME).bucket(bucket).build()
                        .compute(data.tickets, data.responses, data.answers, data.events);
                Map<?, ?> byBucket = (Map<?, ?>) ((Map<?, ?>) root(report.toJson()).get("groups")).get(bucket.label());
                assertThat(byBucket).as("seed %d %s", seed, bucket).isNotEmpty();
                for (Object key : byBucket.keySet()) {
                    String text = (String) key;
                    assertThat(text).as("seed %d", seed).matches("\\d{4}-\\d{2}-\\d{2}");
                    LocalDate date = LocalDate.parse(text);
                    if (bucket == TimeBucket.WEEK) {
                        assertThat(date.getDayOfWeek()).as("seed %d %s", seed, text).isEqualTo(DayOfWeek.MONDAY);
                    } else if (bucket == TimeBucket.MONTH) {
                        assertThat(date.getDayOfMonth()).as("seed %d %s", seed, text).isEqualTo(1);
                    }
                }
            }
        }
    }

    @Test
    void surveyOnlyGroupHasTicketsZeroAndNullDurations() {
        SurveyAnswer answer = new SurveyAnswer(null, null, "ann", SurveyKind.CSAT, 5, T0);
        KpiReport report = ReportSpec.builder().by(Dimension.AGENT).build().compute(List.of(), List.of(),
                List.of(answer));
        Map<?, ?> ann = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) root(report.toJson()).get("groups")).get("agent"))
                .get("ann");

        assertThat(ann.get("tickets")).isEqualTo(BigDecimal.ZERO);
        assertThat(((Map<?, ?>) ann.get("csat")).get("percent")).isEqualTo(new BigDecimal("100"));
        assertThat(((Map<?, ?>) ann.get("frt")).get("median")).isNull();
        assertJsonMatches(report, report.toJson(), "survey only");
    }

    static ReportSpec randomSpec(SplittableRandom random) {
        List<Dimension> all = new ArrayList<>(List.of(Dimension.values()));
        Collections.shuffle(all, new java.util.Random(random.nextLong()));
        TimeBucket bucket = TimeBucket.values()[random.nextInt(3)];
        ReportSpec.Builder builder = ReportSpec.builder().zone(ROME).bucket(bucket)
                .by(all.subList(0, random.nextInt(all.size() + 1)).toArray(new Dimension[0]));
        if (random.nextBoolean()) {
            // Cross-tabs on half: of two dimensions, and often one by the bucket.
            Collections.shuffle(all, new java.util.Random(random.nextLong()));
            builder.crossTab(all.get(0), all.get(1));
            if (random.nextBoolean()) {
                builder.crossTab(all.get(2), bucket);
            }
        }
        return builder.build();
    }

    private static Map<?, ?> root(String json) {
        return (Map<?, ?>) TestJson.parse(json);
    }

    /** Parses {@code json} strictly and checks every key, its order and every value against the report. */
    static void assertJsonMatches(KpiReport report, String json, String context) {
        JsonReportCheck.assertMatches(TestJson.parse(json), report, report.sla().orElse(null), context);
    }
}

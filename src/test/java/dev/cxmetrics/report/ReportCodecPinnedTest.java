package dev.cxmetrics.report;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import static dev.cxmetrics.report.CodecFixtures.AS_OF;
import static dev.cxmetrics.report.CodecFixtures.OFFICE;
import static dev.cxmetrics.report.CodecFixtures.POLICY;
import static dev.cxmetrics.report.CodecFixtures.ROME;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report encoding of the current version is pinned by checked-in files, like the spec encoding
 * ({@code report-spec-v1.hex}): each was written once from the fixed data set below (built by
 * {@link SplittableRandom}, whose sequence is fixed by its specification) and a fixed spec. The
 * test decodes each file, compares the report with one recomputed from the same records, and
 * checks that encoding again gives exactly the same bytes. A change of the format must bump
 * {@link ReportCodec#VERSION} and add files of the new version; a decoder that still reads an old
 * version keeps its files.
 *
 * <p>To write the files of a new version, run this test with
 * {@code -Dcxmetrics.pin.dir=src/test/resources/dev/cxmetrics/report}.
 */
class ReportCodecPinnedTest {
    private static final long SEED = 20_260_105L;
    private static final Instant START = Instant.parse("2026-03-02T07:00:00Z");
    private static final String[] AGENTS = {"ann", "bob", "chen", "dana"};
    private static final String[] CHANNELS = {"email", "chat", "phone"};
    private static final String[] TYPES = {"billing", "bug", "question"};
    private static final String[] TEAMS = {"tier1", "tier2"};
    private static final String[] BRANDS = {"acme", "zeta"};

    /** Exact quantiles, per day, by agent, channel, priority and a custom field, business hours and SLA. */
    static ReportSpec exactSpec() {
        return ReportSpec.builder().zone(ROME).bucket(TimeBucket.DAY)
                .by(Dimension.AGENT, Dimension.CHANNEL, Dimension.PRIORITY, Dimension.field("brand"))
                .businessHours(OFFICE).sla(POLICY, AS_OF).build();
    }

    /** Approximate quantiles (more than 1,000 handle times overall: a sketch), per week, by type and team. */
    static ReportSpec approximateSpec() {
        return ReportSpec.builder().zone(ROME).bucket(TimeBucket.WEEK).by(Dimension.TYPE, Dimension.TEAM)
                .approximateQuantiles(0.01).build();
    }

    private static ReportSpec spec(String name) {
        return name.equals("exact") ? exactSpec() : approximateSpec();
    }

    private static String file(String name) {
        return "accumulator-v" + ReportCodec.VERSION + "-" + name + ".bin";
    }

    /**
     * The fixed records: 400 tickets over four weeks with responses, answers and, for every third
     * ticket, events; then records whose ticket is never given (pending responses and answers, a
     * waiting log), so that every section of the encoding is used.
     */
    static List<Object> records() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Object> records = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String id = "T-" + (1000 + i);
            Instant created = START.plusSeconds(random.nextLong(28L * 24 * 3600)).plusMillis(random.nextInt(1000));
            String agent = random.nextInt(10) == 0 ? null : AGENTS[random.nextInt(AGENTS.length)];
            Ticket.Builder ticket = Ticket.builder(id, created).agent(agent)
                    .customer("C-" + random.nextInt(150))
                    .channel(random.nextInt(8) == 0 ? null : CHANNELS[random.nextInt(CHANNELS.length)])
                    .type(TYPES[random.nextInt(TYPES.length)])
                    .team(TEAMS[random.nextInt(TEAMS.length)])
                    .priority(random.nextInt(6) == 0 ? null : Priority.values()[random.nextInt(4)])
                    .field("brand", BRANDS[random.nextInt(BRANDS.length)]);
            int replies = 0;
            Instant first = null;
            int responses = 2 + random.nextInt(4);
            for (int r = 0; r < responses; r++) {
                Instant sent = created.plusSeconds(60 + random.nextLong(3 * 24 * 3600));
                boolean automated = random.nextInt(5) == 0;
                Duration handle = random.nextInt(7) == 0 ? null : Duration.ofSeconds(30 + random.nextInt(1800));
                records.add(new Response(id, automated ? null : agent, sent, handle, automated));
                if (!automated) {
                    replies++;
                    first = first == null || sent.isBefore(first) ? sent : first;
                }
            }
            if (first != null) {
                ticket.firstResponseAt(first).agentReplies(replies);
            }
            if (random.nextInt(4) != 0) {
                ticket.resolvedAt(created.plusSeconds(3600 + random.nextLong(6 * 24 * 3600)))
                        .reopens(random.nextInt(5) == 0 ? 1 : 0);
            }
            records.add(ticket.build());
            if (i % 3 == 0) {
                events(random, id, created, agent, records);
            }
            for (SurveyKind kind : SurveyKind.values()) {
                if (random.nextInt(3) == 0) {
                    int score = kind.minScore() + random.nextInt(kind.maxScore() - kind.minScore() + 1);
                    records.add(new SurveyAnswer(id, "C-" + i, agent, kind, score,
                            created.plusSeconds(4 * 24 * 3600 + random.nextInt(3600))));
                }
            }
        }
        // Records of tickets never given.
        records.add(new Response("P-1", "bob", START.plusSeconds(5000), Duration.ofMinutes(4), false));
        records.add(new Response("P-2", null, START.plusSeconds(9000), null, true));
        records.add(new SurveyAnswer("P-1", "C-9", "bob", SurveyKind.NPS, 9, START.plusSeconds(7000)));
        records.add(new SurveyAnswer("P-3", null, null, SurveyKind.CSAT, 2, START.plusSeconds(8000)));
        events(random, "W-1", START.plusSeconds(100_000), "chen", records);
        return records;
    }

    /** A log: replies and customer messages, pending and solved, sometimes reopened, sometimes closed. */
    private static void events(SplittableRandom random, String id, Instant created, String agent, List<Object> out) {
        Instant at = created.plusSeconds(30 + random.nextInt(7200));
        out.add(new TicketEvent(id, at, TicketEvent.Type.BOT_REPLY, null));
        at = at.plusSeconds(60 + random.nextInt(7200));
        out.add(new TicketEvent(id, at, TicketEvent.Type.AGENT_REPLY, agent));
        out.add(new TicketEvent(id, at, TicketEvent.Type.PENDING, null));
        at = at.plusSeconds(60 + random.nextInt(36_000));
        out.add(new TicketEvent(id, at, TicketEvent.Type.CUSTOMER_MESSAGE, null));
        out.add(new TicketEvent(id, at, TicketEvent.Type.OPEN, null));
        if (random.nextInt(4) == 0) {
            out.add(new TicketEvent(id, at.plusSeconds(600), TicketEvent.Type.ON_HOLD, null));
            at = at.plusSeconds(1200 + random.nextInt(3600));
            out.add(new TicketEvent(id, at, TicketEvent.Type.OPEN, null));
        }
        if (random.nextInt(5) == 0) {
            return; // still awaiting a reply
        }
        at = at.plusSeconds(60 + random.nextInt(7200));
        out.add(new TicketEvent(id, at, TicketEvent.Type.AGENT_REPLY, AGENTS[random.nextInt(AGENTS.length)]));
        out.add(new TicketEvent(id, at, TicketEvent.Type.SOLVED, null));
        if (random.nextInt(4) == 0) {
            at = at.plusSeconds(3600 + random.nextInt(7200));
            out.add(new TicketEvent(id, at, TicketEvent.Type.CUSTOMER_MESSAGE, null));
            out.add(new TicketEvent(id, at, TicketEvent.Type.OPEN, null));
            at = at.plusSeconds(60 + random.nextInt(7200));
            out.add(new TicketEvent(id, at, TicketEvent.Type.AGENT_REPLY, agent));
            out.add(new TicketEvent(id, at, TicketEvent.Type.SOLVED, null));
        }
        if (random.nextBoolean()) {
            out.add(new TicketEvent(id, at.plusSeconds(4 * 24 * 3600), TicketEvent.Type.CLOSED, null));
        }
    }

    private static void add(ReportAccumulator accumulator, Object record) {
        if (record instanceof TicketEvent event) {
            accumulator.add(event);
        } else {
            CodecFixtures.add(accumulator, record);
        }
    }

    /** The records in order, into one accumulator. */
    private static ReportAccumulator inOrder(ReportSpec spec) {
        ReportAccumulator accumulator = spec.accumulator();
        for (Object record : records()) {
            add(accumulator, record);
        }
        return accumulator;
    }

    /** The records shuffled over three accumulators, then merged: the encoding must not depend on it. */
    private static ReportAccumulator shuffledAndMerged(ReportSpec spec) {
        List<Object> records = records();
        Collections.shuffle(records, new Random(SEED));
        ReportAccumulator[] parts = {spec.accumulator(), spec.accumulator(), spec.accumulator()};
        for (int i = 0; i < records.size(); i++) {
            add(parts[i % 3], records.get(i));
        }
        return parts[2].merge(parts[0]).merge(parts[1]);
    }

    private static byte[] pinned(String name) throws IOException {
        try (InputStream in = ReportCodecPinnedTest.class.getResourceAsStream(file(name))) {
            assertThat(in).as("pinned file %s", file(name)).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"exact", "approximate"})
    void pinnedBytesDecodeToTheReportOfTheirRecordsAndEncodeAgainToTheSameBytes(String name) throws IOException {
        ReportSpec spec = spec(name);
        String dir = System.getProperty("cxmetrics.pin.dir");
        if (dir != null) {
            Files.write(Path.of(dir, file(name)), inOrder(spec).toByteArray());
        }
        byte[] pinned = pinned(name);
        ReportAccumulator decoded = ReportAccumulator.fromByteArray(spec, pinned);
        KpiReport expected = inOrder(spec).snapshot();
        assertThat(decoded.snapshot()).isEqualTo(expected);
        assertThat(decoded.snapshot().toJson()).isEqualTo(expected.toJson());
        assertThat(decoded.toByteArray()).isEqualTo(pinned);
        assertThat(shuffledAndMerged(spec).toByteArray()).isEqualTo(pinned);
    }

    @ParameterizedTest
    @ValueSource(strings = {"exact", "approximate"})
    void thePinnedDataUsesEverySectionOfTheEncoding(String name) {
        ReportSpec spec = spec(name);
        ReportAccumulator accumulator = inOrder(spec);
        KpiReport report = accumulator.snapshot();
        assertThat(accumulator.pendingResponses).hasSize(2);
        assertThat(accumulator.pendingAnswers).hasSize(2);
        assertThat(accumulator.logs.waitingLog("W-1")).isNotNegative();
        assertThat(report.overall().nextReply().stats().count()).isPositive();
        assertThat(report.overall().nextReply().awaiting()).isPositive();
        assertThat(report.overall().aht().stats().count()).isGreaterThan(DurationRecorder.Approximate.EXACT_UP_TO);
        if (name.equals("exact")) {
            assertThat(report.sla()).isPresent();
        }
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.time.TimeBucket;
import dev.cxmetrics.stats.ExactDurationStats;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import static dev.cxmetrics.report.CodecFixtures.accumulate;
import static dev.cxmetrics.report.CodecFixtures.add;
import static dev.cxmetrics.report.CodecFixtures.randomSpec;
import static dev.cxmetrics.report.CodecFixtures.shuffledRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Decoding an encoded accumulator gives one that behaves exactly like the original. */
class ReportCodecRoundTripTest {

    @Test
    void decodedAccumulatorsReportAndContinueExactlyLikeTheirOriginals() {
        for (long seed = 1; seed <= 250; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            ReportSpec spec = randomSpec(random);
            RandomData data = seed % 3 == 0 ? NastyData.generate(seed, random.nextInt(50))
                    : RandomData.generate(seed, random.nextInt(50));
            List<Object> records = shuffledRecords(data, seed);
            int before = random.nextInt(records.size() + 1);
            ReportAccumulator original = accumulate(spec, records.subList(0, before));

            byte[] bytes = original.toByteArray();
            ReportAccumulator decoded = ReportAccumulator.fromByteArray(spec, bytes);
            assertThat(decoded.snapshot()).as("seed %d", seed).isEqualTo(original.snapshot());
            assertThat(decoded.ticketCount()).as("seed %d", seed).isEqualTo(original.ticketCount());
            assertThat(decoded.toByteArray()).as("seed %d: re-encoding", seed).isEqualTo(bytes);

            // The rest of the records, then a merge, then a repeated ticket: same outcome on both.
            for (Object record : records.subList(before, records.size())) {
                add(original, record);
                add(decoded, record);
            }
            assertThat(decoded.snapshot()).as("seed %d: after more records", seed).isEqualTo(original.snapshot());
            ReportAccumulator other = spec.accumulator().add(Ticket.builder("Z-" + seed,
                    Instant.parse("2026-03-28T10:00:00Z")).channel("chat").priority(Priority.URGENT).build());
            original.merge(other);
            decoded.merge(other);
            assertThat(decoded.snapshot()).as("seed %d: after a merge", seed).isEqualTo(original.snapshot());
            assertThat(decoded.toByteArray()).as("seed %d", seed).isEqualTo(original.toByteArray());
            if (!data.tickets.isEmpty()) {
                Ticket again = data.tickets.get(0);
                assertThatThrownBy(() -> decoded.add(again)).as("seed %d", seed)
                        .hasMessage("id " + again.id() + " was already added to this report");
            }
        }
    }

    @Test
    void theEncodingDependsOnTheContentsNotOnTheOrderOfAdditions() {
        for (long seed = 1; seed <= 100; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            ReportSpec spec = randomSpec(random);
            RandomData data = RandomData.generate(seed, random.nextInt(60));
            byte[] one = accumulate(spec, shuffledRecords(data, seed)).toByteArray();
            byte[] other = accumulate(spec, shuffledRecords(data, ~seed)).toByteArray();
            assertThat(other).as("seed %d", seed).isEqualTo(one);
        }
    }

    @Test
    void partitionsEncodedDecodedAndMergedInRandomOrderGiveTheOnePassReport() {
        for (long seed = 1; seed <= 150; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            ReportSpec spec = randomSpec(random);
            RandomData data = seed % 4 == 0 ? NastyData.generate(seed, random.nextInt(80))
                    : RandomData.generate(seed, random.nextInt(80));
            ReportAccumulator onePass = spec.accumulator();
            List<ReportAccumulator> shards = new ArrayList<>();
            int parts = 1 + random.nextInt(5);
            for (int i = 0; i < parts; i++) {
                shards.add(spec.accumulator());
            }
            for (Object record : shuffledRecords(data, seed)) {
                add(onePass, record);
                add(shards.get(random.nextInt(parts)), record);
            }
            // Each shard travels as bytes; the receiver decodes and merges them in random order.
            List<byte[]> wire = new ArrayList<>();
            for (ReportAccumulator shard : shards) {
                wire.add(shard.toByteArray());
            }
            Collections.shuffle(wire, new Random(seed));
            ReportAccumulator received = ReportAccumulator.fromByteArray(spec, wire.get(0));
            for (byte[] bytes : wire.subList(1, wire.size())) {
                received.merge(ReportAccumulator.fromByteArray(spec, bytes));
            }
            assertThat(received.snapshot()).as("seed %d", seed).isEqualTo(onePass.snapshot());
            assertThat(received.toByteArray()).as("seed %d", seed).isEqualTo(onePass.toByteArray());
        }
    }

    @Test
    void anEmptyAccumulatorRoundTripsForEveryKindOfSpec() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50; i++) {
            ReportSpec spec = randomSpec(random);
            byte[] bytes = spec.accumulator().toByteArray();
            ReportAccumulator decoded = ReportAccumulator.fromByteArray(spec, bytes);
            assertThat(decoded.snapshot()).as("spec %s", spec).isEqualTo(spec.accumulator().snapshot());
            assertThat(decoded.ticketCount()).isZero();
            assertThat(bytes.length).as("spec %s", spec).isLessThan(120);
        }
    }

    @Test
    void pendingResponsesAndAnswersKeepEveryFieldAndStillMatchTheirTicketLater() {
        ReportSpec spec = ReportSpec.builder().zone(CodecFixtures.ROME).by(Dimension.CHANNEL, Dimension.AGENT).build();
        Instant t = Instant.parse("2026-03-29T21:30:00.123456789Z");
        ReportAccumulator accumulator = spec.accumulator()
                .add(new Response("T-9", "ann", t, Duration.ofSeconds(90, 5), false))
                .add(new Response("T-9", null, t.plusSeconds(1), null, true))
                .add(new SurveyAnswer("T-9", "cust", "ann", SurveyKind.NPS, 10, t.plusSeconds(60)))
                .add(new SurveyAnswer("T-8", null, null, SurveyKind.CES, 7, t.minusSeconds(60)))
                .add(new SurveyAnswer(null, null, "bob", SurveyKind.CSAT, 1, t));
        ReportAccumulator decoded = ReportAccumulator.fromByteArray(spec, accumulator.toByteArray());
        assertThat(decoded.pendingResponses).containsExactlyInAnyOrderElementsOf(accumulator.pendingResponses);
        assertThat(decoded.pendingAnswers).containsExactlyInAnyOrderElementsOf(accumulator.pendingAnswers);
        assertThat(decoded.snapshot().unmatchedResponses()).isEqualTo(2);
        assertThat(decoded.snapshot().unmatchedAnswers()).isEqualTo(2);

        Ticket ticket = Ticket.builder("T-9", t.minusSeconds(600)).channel("email").build();
        KpiReport report = decoded.add(ticket).snapshot();
        assertThat(report).isEqualTo(accumulator.add(ticket).snapshot());
        assertThat(report.unmatchedResponses()).isZero();
        assertThat(report.unmatchedAnswers()).isEqualTo(1);
        assertThat(report.groups(Dimension.CHANNEL).get("email").aht().count()).isEqualTo(1);
        assertThat(report.groups(Dimension.CHANNEL).get("email").nps().promoters()).isEqualTo(1);
    }

    @Test
    void exactDurationsSurviveToTheNanosecondFromZeroToTheLongestMeasurable() {
        ReportSpec spec = ReportSpec.builder().bucket(TimeBucket.MONTH).build();
        Instant t = Instant.parse("2026-01-31T23:59:59Z");
        ReportAccumulator accumulator = spec.accumulator();
        long[] handles = {0, 0, 1, 999_999_999, 60_000_000_000L, Long.MAX_VALUE - 1, Long.MAX_VALUE};
        for (long nanos : handles) {
            accumulator.add(Response.byAgent("T-1", "ann", t, Duration.ofNanos(nanos)));
        }
        ReportAccumulator decoded = ReportAccumulator.fromByteArray(spec, accumulator.toByteArray());
        assertThat(((ExactDurationStats) decoded.snapshot().overall().aht().stats()).toSortedNanos()).containsExactly(handles);
        assertThat(decoded.snapshot()).isEqualTo(accumulator.snapshot());
        assertThat(decoded.snapshot().buckets().keySet()).containsExactly(LocalDate.parse("2026-01-01"));
    }

    @Test
    void wholeSecondDurationsCostAboutOneByteEachAfterTheirCommonDivisor() {
        ReportSpec spec = ReportSpec.builder().build();
        Instant t = Instant.parse("2026-01-05T10:00:00Z");
        ReportAccumulator accumulator = spec.accumulator();
        for (int i = 0; i < 1000; i++) {
            accumulator.add(Response.byAgent("T-1", "ann", t, Duration.ofSeconds(60 + i % 100)));
        }
        // Handle times are in the overall group and the one bucket: about 1000 bytes each.
        int size = accumulator.toByteArray().length;
        assertThat(size).isBetween(2000, 2200);
    }

    @Test
    void ticketIdsThatAreNotSequentialStillRoundTrip() {
        ReportSpec spec = ReportSpec.builder().by(Dimension.TYPE).build();
        Instant t = Instant.parse("2026-01-05T10:00:00Z");
        List<String> ids = List.of("1", "09", "10", "A-99", "A-100", "A-0099999999999999999", "A-0100000000000000000",
                "a", "ab", "abc", "é", "😀", "\ud800", "x".repeat(200), "x".repeat(200) + "1", "x".repeat(201));
        ReportAccumulator accumulator = spec.accumulator();
        for (String id : ids) {
            accumulator.add(Ticket.builder(id, t).type(id.length() > 3 ? "long" : null).build());
        }
        ReportAccumulator decoded = ReportAccumulator.fromByteArray(spec, accumulator.toByteArray());
        for (String id : ids) {
            assertThat(decoded.tickets.find(id)).as(id).isNotNegative();
            assertThat(decoded.tickets.key(decoded.tickets.find(id), 0))
                    .isEqualTo(accumulator.tickets.key(accumulator.tickets.find(id), 0));
        }
        assertThat(decoded.tickets.size()).isEqualTo(ids.size());
    }
}

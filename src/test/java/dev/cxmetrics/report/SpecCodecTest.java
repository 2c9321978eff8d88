package dev.cxmetrics.report;

import dev.cxmetrics.Priority;
import dev.cxmetrics.internal.ByteWriter;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import static dev.cxmetrics.report.CodecFixtures.AS_OF;
import static dev.cxmetrics.report.CodecFixtures.OFFICE;
import static dev.cxmetrics.report.CodecFixtures.POLICY;
import static dev.cxmetrics.report.CodecFixtures.ROME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/** The spec encoding: round trips, the pinned version-1 bytes, malformed and random input. */
class SpecCodecTest {
    private static final long SEED = 20261114L;
    private static final ZoneId[] ZONES = {ZoneOffset.UTC, ROME, ZoneId.of("America/New_York"),
        ZoneId.of("Asia/Kolkata"), ZoneOffset.ofHoursMinutes(5, 45), ZoneId.of("Australia/Lord_Howe")};

    @Test
    void defaultSpecRoundTrips() {
        ReportSpec spec = ReportSpec.builder().build();
        ReportSpec decoded = ReportSpec.fromByteArray(spec.toByteArray());
        assertThat(decoded).isEqualTo(spec);
        assertThat(decoded.dimensions()).isEmpty();
        assertThat(decoded.relativeAccuracy()).isEmpty();
        assertThat(decoded.businessHours()).isEmpty();
        assertThat(decoded.slaPolicy()).isEmpty();
    }

    @Test
    void fullSpecRoundTripsWithEveryPart() {
        SlaPolicy policy = SlaPolicy.builder().businessHours(OFFICE).unprioritizedAs(Priority.LOW)
                .target(SlaMetric.FIRST_RESPONSE, Priority.URGENT, SlaTarget.calendar(Duration.ofSeconds(59, 1)))
                .target(SlaMetric.RESOLUTION, Priority.LOW, SlaTarget.business(Duration.ofDays(3)))
                .build();
        ReportSpec spec = ReportSpec.builder().zone(ROME).bucket(TimeBucket.WEEK)
                .by(Dimension.PRIORITY, Dimension.field("brand"), Dimension.AGENT).approximateQuantiles(0.005)
                .businessHours(OFFICE).sla(policy, Instant.parse("2026-03-30T12:00:00.000000001Z")).build();
        ReportSpec decoded = ReportSpec.fromByteArray(spec.toByteArray());
        assertThat(decoded).isEqualTo(spec);
        assertThat(decoded.dimensions()).containsExactly(Dimension.PRIORITY, Dimension.field("brand"), Dimension.AGENT);
        assertThat(decoded.slaPolicy().orElseThrow().unprioritizedAs()).contains(Priority.LOW);
        assertThat(decoded.slaPolicy().orElseThrow().target(SlaMetric.RESOLUTION, null))
                .contains(SlaTarget.business(Duration.ofDays(3)));
        assertThat(decoded.businessHours().orElseThrow().holidays()).containsExactly(LocalDate.parse("2026-04-01"));
        assertThat(decoded.toByteArray()).isEqualTo(spec.toByteArray());
    }

    @Test
    void randomSpecsRoundTripToEqualSpecsAndBytes() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 2_000; i++) {
            ReportSpec spec = randomSpec(random);
            byte[] bytes = spec.toByteArray();
            ReportSpec decoded = ReportSpec.fromByteArray(bytes);
            assertThat(decoded).as("spec %d of seed %d: %s", i, SEED, spec).isEqualTo(spec);
            assertThat(decoded.toByteArray()).as("spec %d of seed %d", i, SEED).isEqualTo(bytes);
            // The decoded spec is interchangeable with the original for accumulator encodings.
            byte[] accumulator = spec.accumulator().toByteArray();
            assertThat(ReportAccumulator.fromByteArray(decoded, accumulator).toByteArray()).isEqualTo(accumulator);
        }
    }

    @Test
    void versionOneBytesArePinned() throws IOException {
        ReportSpec spec = ReportSpec.builder().zone(ROME).bucket(TimeBucket.MONTH)
                .by(Dimension.AGENT, Dimension.CHANNEL).approximateQuantiles()
                .businessHours(OFFICE).sla(POLICY, AS_OF).build();
        String pinned;
        try (InputStream in = SpecCodecTest.class.getResourceAsStream("report-spec-v1.hex")) {
            pinned = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
        }
        assertThat(HexFormat.of().formatHex(spec.toByteArray())).isEqualTo(pinned);
        assertThat(ReportSpec.fromByteArray(HexFormat.of().parseHex(pinned))).isEqualTo(spec);
    }

    /** Cross-tabs came as section tag 3 of version 1: specs without them encode as before. */
    @Test
    void versionOneBytesWithCrossTabsArePinned() throws IOException {
        ReportSpec spec = ReportSpec.builder().bucket(TimeBucket.WEEK).by(Dimension.AGENT)
                .crossTab(Dimension.TYPE, Dimension.PRIORITY).crossTab(Dimension.AGENT, TimeBucket.WEEK)
                .crossTab(Dimension.field("brand"), Dimension.CHANNEL).build();
        String pinned;
        try (InputStream in = SpecCodecTest.class.getResourceAsStream("report-spec-v1-crosstabs.hex")) {
            pinned = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
        }
        assertThat(HexFormat.of().formatHex(spec.toByteArray())).isEqualTo(pinned);
        ReportSpec decoded = ReportSpec.fromByteArray(HexFormat.of().parseHex(pinned));
        assertThat(decoded).isEqualTo(spec);
        assertThat(decoded.crossTabs()).containsExactly(CrossTab.of(Dimension.TYPE, Dimension.PRIORITY),
                CrossTab.byBucket(Dimension.AGENT), CrossTab.of(Dimension.field("brand"), Dimension.CHANNEL));
    }

    @Test
    void malformedCrossTabsAreRejectedNamingTheProblem() {
        assertRejected(body().writeVarLong(3).writeVarLong(0).writeVarLong(0).toByteArray(), "cross-tab count is 0");
        assertRejected(body().writeVarLong(3).writeVarLong(1).writeVarLong(2).writeVarLong(3).writeVarLong(0)
                .toByteArray(), "cross-tab: a cross-tab needs two different dimensions, not type twice");
        assertRejected(body().writeVarLong(3).writeVarLong(1).writeVarLong(2).writeVarLong(7).toByteArray(),
                "cross-tab columns 7 is outside [0, 6]");
        assertRejected(body().writeVarLong(3).writeVarLong(2).writeVarLong(2).writeVarLong(4)
                .writeVarLong(3).writeVarLong(3).writeVarLong(0).toByteArray(),
                "cross-tab: cross-tab type/priority was already given");
        assertRejected(body().writeVarLong(3).writeVarLong(5).toByteArray(), "cross-tab count");
    }

    @Test
    void compactingClosedTicketsIsSectionFourAndLeavesSpecsWithoutItAsTheyWere() {
        ReportSpec.Builder builder = ReportSpec.builder().zone(ROME).bucket(TimeBucket.MONTH)
                .by(Dimension.AGENT, Dimension.CHANNEL).approximateQuantiles().businessHours(OFFICE).sla(POLICY, AS_OF);
        byte[] whole = builder.build().toByteArray();
        ReportSpec compact = builder.compactClosedTickets().build();
        byte[] bytes = compact.toByteArray();
        // The same bytes with tag 4 (no body) before the end tag 0.
        byte[] expected = Arrays.copyOf(whole, whole.length + 1);
        expected[whole.length - 1] = SpecCodec.COMPACT_CLOSED;
        expected[whole.length] = SpecCodec.END;
        assertThat(bytes).isEqualTo(expected);
        assertThat(ReportSpec.fromByteArray(bytes)).isEqualTo(compact);
        assertThat(ReportSpec.fromByteArray(bytes).compactsClosedTickets()).isTrue();
        assertThat(ReportSpec.fromByteArray(whole).compactsClosedTickets()).isFalse();
    }

    @Test
    void malformedInputIsRejectedNamingTheProblem() {
        byte[] valid = ReportSpec.builder().zone(ROME).businessHours(OFFICE).build().toByteArray();
        assertRejected(new byte[0], "truncated while reading magic");
        assertRejected(new byte[] {'C', 'X', 'R', 1}, "bad magic");
        assertRejected(new byte[] {'C', 'X', 'S', 2}, "version 2 is not supported");
        assertRejected(Arrays.copyOf(valid, valid.length + 1), "1 trailing bytes");
        assertRejected(Arrays.copyOf(valid, valid.length - 1), "truncated");
        assertRejected(header("Mars/Olympus").writeVarLong(0).writeVarLong(0).writeDouble(0).writeVarLong(0)
                .toByteArray(), "zone: ");
        assertRejected(header("UTC").writeVarLong(3).toByteArray(), "bucket 3 is outside [0, 2]");
        ByteWriter badField = header("UTC").writeVarLong(0).writeVarLong(1).writeVarLong(Dimension.FIELD_CODE);
        StringCodec.writeText(badField, "");
        assertRejected(badField.writeDouble(0).writeVarLong(0).toByteArray(), "custom field name: ");
        assertRejected(header("UTC").writeVarLong(0).writeVarLong(1).writeVarLong(Dimension.FIELD_CODE + 1)
                .toByteArray(), "dimension 6 is outside [0, 5]");
        assertRejected(header("UTC").writeVarLong(0).writeVarLong(2).writeVarLong(1).writeVarLong(1)
                .toByteArray(), "dimension: dimension channel was already given");
        assertRejected(header("UTC").writeVarLong(0).writeVarLong(0).writeDouble(1.5).writeVarLong(0)
                .toByteArray(), "relative accuracy: ");
        assertRejected(header("UTC").writeVarLong(0).writeVarLong(0).writeDouble(Double.NaN).writeVarLong(0)
                .toByteArray(), "relative accuracy: ");
        assertRejected(body().writeVarLong(5).toByteArray(), "section tag 5 is unknown");
        ByteWriter twice = body().writeVarLong(1);
        writeCalendar(twice, "UTC", "24/7");
        twice.writeVarLong(1);
        writeCalendar(twice, "UTC", "24/7");
        assertRejected(twice.writeVarLong(0).toByteArray(), "section tag 1 repeats");
        ByteWriter badSchedule = body().writeVarLong(1);
        writeCalendar(badSchedule, "UTC", "Mon 10:00-09:00");
        assertRejected(badSchedule.writeVarLong(0).toByteArray(), "business hours schedule: empty interval");
        ByteWriter badHoliday = body().writeVarLong(1);
        StringCodec.writeText(badHoliday, "UTC");
        StringCodec.writeText(badHoliday, "24/7");
        badHoliday.writeVarLong(2).writeZigZag(10).writeVarLong(0);
        assertRejected(badHoliday.writeVarLong(0).toByteArray(), "holiday gap 0 is not positive");
        // Section 2: as-of (seconds, nanos), no unprioritized priority, no calendar, then the targets.
        ByteWriter noTargets = sla().writeVarLong(0);
        assertRejected(noTargets.writeVarLong(0).toByteArray(), "an SLA policy needs at least one target");
        ByteWriter businessWithoutCalendar = sla().writeVarLong(1).writeVarLong(0).writeVarLong(0).writeVarLong(1).writeVarLong(60).writeVarLong(0);
        assertRejected(businessWithoutCalendar.writeVarLong(0).toByteArray(), "no business hours were set");
        ByteWriter zeroLimit = sla().writeVarLong(1).writeVarLong(0).writeVarLong(0).writeVarLong(0).writeVarLong(0).writeVarLong(0);
        assertRejected(zeroLimit.writeVarLong(0).toByteArray(), "SLA limit PT0S is not positive");
    }

    @Test
    void randomAndMutatedBytesDecodeOrFailCleanly() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        List<byte[]> valid = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            valid.add(randomSpec(random).toByteArray());
        }
        int decoded = 0;
        for (int i = 0; i < 40_000; i++) {
            byte[] bytes;
            if (i % 4 == 0) {
                bytes = new byte[random.nextInt(48)];
                for (int k = 0; k < bytes.length; k++) {
                    bytes[k] = (byte) random.nextInt(256);
                }
                if (bytes.length >= 4 && random.nextBoolean()) {
                    System.arraycopy(new byte[] {'C', 'X', 'S', 1}, 0, bytes, 0, 4);
                }
            } else {
                bytes = valid.get(random.nextInt(valid.size())).clone();
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    bytes = mutate(random, bytes);
                }
            }
            try {
                ReportSpec spec = ReportSpec.fromByteArray(bytes);
                decoded++;
                // Whatever decodes is a working spec that encodes back to a spec equal to itself.
                assertThat(ReportSpec.fromByteArray(spec.toByteArray())).isEqualTo(spec);
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).as("input %d of seed %d", i, SEED + 1)
                        .startsWith("malformed report spec encoding: ");
            } catch (RuntimeException | Error e) {
                fail("input %d of seed %d (%s) threw %s", i, SEED + 1, HexFormat.of().formatHex(bytes), e);
            }
        }
        assertThat(decoded).as("some mutations stay valid").isPositive();
    }

    private static byte[] mutate(SplittableRandom random, byte[] bytes) {
        if (bytes.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(bytes.length);
        switch (random.nextInt(4)) {
            case 0:
                bytes[at] = (byte) random.nextInt(256);
                return bytes;
            case 1:
                bytes[at] ^= (byte) (1 << random.nextInt(8));
                return bytes;
            case 2:
                return Arrays.copyOf(bytes, at);
            default:
                byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
                System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                longer[at] = (byte) random.nextInt(256);
                return longer;
        }
    }

    private static void assertRejected(byte[] bytes, String message) {
        assertThatThrownBy(() -> ReportSpec.fromByteArray(bytes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed report spec encoding: ").hasMessageContaining(message);
    }

    private static ByteWriter header(String zone) {
        ByteWriter out = new ByteWriter().writeRawBytes(SpecCodec.MAGIC).writeByte(SpecCodec.VERSION);
        StringCodec.writeText(out, zone);
        return out;
    }

    /** A valid header and fixed part, ready for sections. */
    private static ByteWriter body() {
        return header("UTC").writeVarLong(0).writeVarLong(0).writeDouble(0);
    }

    /** A valid fixed part and the start of an SLA section, up to its target count. */
    private static ByteWriter sla() {
        return body().writeVarLong(2).writeZigZag(0).writeVarLong(0).writeVarLong(0).writeVarLong(0);
    }

    private static void writeCalendar(ByteWriter out, String zone, String schedule) {
        StringCodec.writeText(out, zone);
        StringCodec.writeText(out, schedule);
        out.writeVarLong(0);
    }

    /** Random zones, buckets, dimension orders, accuracies, calendars (odd times, holidays) and policies. */
    static ReportSpec randomSpec(SplittableRandom random) {
        List<Dimension> all = new ArrayList<>(List.of(Dimension.values()));
        all.add(Dimension.field("brand"));
        all.add(Dimension.field("language"));
        Collections.shuffle(all, new Random(random.nextLong()));
        ReportSpec.Builder builder = ReportSpec.builder().zone(ZONES[random.nextInt(ZONES.length)])
                .bucket(TimeBucket.values()[random.nextInt(3)])
                .by(all.subList(0, random.nextInt(all.size() + 1)).toArray(new Dimension[0]));
        if (random.nextBoolean()) {
            builder.approximateQuantiles(random.nextBoolean() ? 0.01 : 0.0001 + random.nextDouble() * 0.9);
        }
        if (random.nextInt(3) == 0) {
            builder.businessHours(randomCalendar(random));
        }
        SlaPolicy policy = null;
        if (random.nextInt(3) == 0) {
            policy = randomPolicy(random);
            builder.sla(policy, Instant.ofEpochSecond(random.nextLong(-4_000_000_000L, 4_000_000_000L),
                    random.nextInt(1_000_000_000)));
        }
        if (random.nextInt(4) == 0 && (policy == null || !measuresFromEvents(policy))) {
            builder.compactClosedTickets();
        }
        return builder.build();
    }

    /** Compaction keeps no status history, so it goes only with policies whose targets need none. */
    static boolean measuresFromEvents(SlaPolicy policy) {
        for (SlaMetric metric : SlaMetric.values()) {
            if (metric.fromEvents() && policy.hasTargets(metric)) {
                return true;
            }
        }
        return false;
    }

    private static BusinessCalendar randomCalendar(SplittableRandom random) {
        BusinessCalendar.Builder builder = BusinessCalendar.builder(ZONES[random.nextInt(ZONES.length)]);
        for (int k = 1 + random.nextInt(6); k > 0; k--) {
            long from = random.nextLong(86_399_000_000_000L);
            long to = random.nextBoolean() ? 86_400_000_000_000L : random.nextLong(from + 1, 86_400_000_000_000L);
            DayOfWeek day = DayOfWeek.of(1 + random.nextInt(7));
            if (to == 86_400_000_000_000L) {
                builder.schedule(day.name().substring(0, 3) + " " + LocalTime.ofNanoOfDay(from) + "-24:00");
            } else {
                builder.open(day, LocalTime.ofNanoOfDay(from), LocalTime.ofNanoOfDay(to));
            }
        }
        for (int k = random.nextInt(5); k > 0; k--) {
            builder.holiday(LocalDate.ofEpochDay(random.nextLong(-800_000, 800_000)));
        }
        return builder.build();
    }

    private static SlaPolicy randomPolicy(SplittableRandom random) {
        SlaPolicy.Builder builder = SlaPolicy.builder();
        boolean calendar = random.nextBoolean();
        if (calendar) {
            builder.businessHours(randomCalendar(random));
        }
        if (random.nextBoolean()) {
            builder.unprioritizedAs(Priority.values()[random.nextInt(Priority.values().length)]);
        }
        boolean any = false;
        for (SlaMetric metric : SlaMetric.values()) {
            for (Priority priority : Priority.values()) {
                if (random.nextInt(3) == 0 || (!any && metric.ordinal() == SlaMetric.values().length - 1
                        && priority == Priority.URGENT)) {
                    Duration limit = Duration.ofSeconds(random.nextLong(0, 10_000_000), random.nextInt(1, 1_000_000_000));
                    builder.target(metric, priority, new SlaTarget(limit, calendar && random.nextBoolean()));
                    any = true;
                }
            }
        }
        return builder.build();
    }
}

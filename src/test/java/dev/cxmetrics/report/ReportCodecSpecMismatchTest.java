package dev.cxmetrics.report;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static dev.cxmetrics.report.CodecFixtures.AS_OF;
import static dev.cxmetrics.report.CodecFixtures.OFFICE;
import static dev.cxmetrics.report.CodecFixtures.POLICY;
import static dev.cxmetrics.report.CodecFixtures.ROME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decoder refuses an encoding made with another spec and says which part differs. */
class ReportCodecSpecMismatchTest {
    private static final ReportSpec SPEC = ReportSpec.builder().zone(ROME).bucket(TimeBucket.WEEK)
            .by(Dimension.AGENT, Dimension.CHANNEL).businessHours(OFFICE).sla(POLICY, AS_OF).build();
    private static final byte[] BYTES = SPEC.accumulator()
            .add(Ticket.builder("T-1", Instant.parse("2026-03-27T10:00:00Z")).agent("ann").build()).toByteArray();

    private static ReportSpec.Builder like() {
        return ReportSpec.builder().zone(ROME).bucket(TimeBucket.WEEK).by(Dimension.AGENT, Dimension.CHANNEL)
                .businessHours(OFFICE).sla(POLICY, AS_OF);
    }

    private static void assertRejected(ReportSpec spec, String message) {
        assertThatThrownBy(() -> ReportAccumulator.fromByteArray(spec, BYTES))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void theSameSpecBuiltAgainIsAccepted() {
        assertThat(ReportAccumulator.fromByteArray(like().build(), BYTES).ticketCount()).isEqualTo(1);
    }

    @Test
    void anotherZoneIsNamed() {
        assertRejected(like().zone(ZoneOffset.UTC).build(), "the encoded report accumulator was made for a spec "
                + "with zone 'Europe/Rome', but this spec has zone Z");
    }

    @Test
    void anotherBucketIsNamed() {
        assertRejected(like().bucket(TimeBucket.DAY).build(), "the encoded report accumulator was made for a spec "
                + "with week buckets, but this spec has day buckets");
    }

    @Test
    void otherDimensionsOrTheSameInAnotherOrderAreNamed() {
        String message = "the encoded report accumulator was made for a spec with dimensions [agent, channel], "
                + "but this spec has dimensions [channel, agent]";
        assertRejected(ReportSpec.builder().zone(ROME).bucket(TimeBucket.WEEK).by(Dimension.CHANNEL, Dimension.AGENT)
                .businessHours(OFFICE).sla(POLICY, AS_OF).build(), message);
        assertRejected(ReportSpec.builder().zone(ROME).bucket(TimeBucket.WEEK).by(Dimension.AGENT)
                .businessHours(OFFICE).sla(POLICY, AS_OF).build(), "the encoded report accumulator was made for a "
                + "spec with dimensions [agent, channel], but this spec has dimensions [agent]");
    }

    @Test
    void approximateQuantilesOrAnotherAccuracyAreNamed() {
        assertRejected(like().approximateQuantiles().build(), "the encoded report accumulator was made for a spec "
                + "with exact quantiles, but this spec has approximate quantiles to 0.01");
        ReportSpec approximate = like().approximateQuantiles(0.02).build();
        byte[] bytes = approximate.accumulator().toByteArray();
        assertThatThrownBy(() -> ReportAccumulator.fromByteArray(like().approximateQuantiles(0.01).build(), bytes))
                .hasMessage("the encoded report accumulator was made for a spec with approximate quantiles to 0.02, "
                        + "but this spec has approximate quantiles to 0.01");
    }

    @Test
    void missingOrOtherBusinessHoursAreNamed() {
        assertRejected(ReportSpec.builder().zone(ROME).bucket(TimeBucket.WEEK).by(Dimension.AGENT, Dimension.CHANNEL)
                .sla(POLICY, AS_OF).build(), "the encoded report accumulator was made for a spec with business hours, "
                + "but this spec has calendar time");
        BusinessCalendar saturdayOff = BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-13:00,14:00-18:00")
                .holiday(LocalDate.parse("2026-04-01")).build();
        assertThatThrownBy(() -> ReportAccumulator.fromByteArray(like().businessHours(saturdayOff).build(), BYTES))
                .hasMessageStartingWith("the encoded report accumulator was made for a spec with other business "
                        + "hours, but this spec has business hours BusinessCalendar[zone=Europe/Rome");
    }

    @Test
    void holidaysThatToStringAbbreviatesStillTellCalendarsApart() {
        BusinessCalendar.Builder common = BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-17:00");
        for (int day = 1; day <= 10; day++) {
            common.holiday(LocalDate.of(2026, 1, day * 3));
        }
        BusinessCalendar one = common.build();
        java.util.List<LocalDate> days = new java.util.ArrayList<>(one.holidays());
        days.set(4, LocalDate.of(2026, 1, 16)); // the 15th moves to the 16th: same count, same first and last
        BusinessCalendar moved = BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-17:00").holidays(days).build();
        assertThat(moved).isNotEqualTo(one);
        assertThat(moved.toString()).isEqualTo(one.toString());
        byte[] bytes = ReportSpec.builder().businessHours(one).build().accumulator().toByteArray();
        ReportSpec other = ReportSpec.builder().businessHours(moved).build();
        assertThatThrownBy(() -> ReportAccumulator.fromByteArray(other, bytes))
                .hasMessageContaining("other business hours");
    }

    @Test
    void missingOrOtherSlaPolicyOrAsOfAreNamed() {
        assertRejected(ReportSpec.builder().zone(ROME).bucket(TimeBucket.WEEK).by(Dimension.AGENT, Dimension.CHANNEL)
                .businessHours(OFFICE).build(), "the encoded report accumulator was made for a spec with an SLA "
                + "policy, but this spec has no SLA policy");
        SlaPolicy stricter = SlaPolicy.builder().target(SlaMetric.FIRST_RESPONSE, Priority.URGENT,
                SlaTarget.calendar(Duration.ofMinutes(10))).build();
        assertThatThrownBy(() -> ReportAccumulator.fromByteArray(like().sla(stricter, AS_OF).build(), BYTES))
                .hasMessageStartingWith("the encoded report accumulator was made for a spec with another SLA "
                        + "policy, but this spec has SLA policy SlaPolicy{");
        assertRejected(like().sla(POLICY, AS_OF.plusNanos(1)).build(), "the encoded report accumulator was made "
                + "for a spec with SLA as of 2026-03-30T12:00:00Z, but this spec has SLA as of "
                + "2026-03-30T12:00:00.000000001Z");
    }

    @Test
    void aZoneWithTheSameRulesButAnotherIdIsAnotherSpec() {
        byte[] bytes = ReportSpec.builder().zone(ZoneId.of("UTC")).build().accumulator().toByteArray();
        ReportSpec offset = ReportSpec.builder().zone(ZoneOffset.UTC).build();
        assertThatThrownBy(() -> ReportAccumulator.fromByteArray(offset, bytes))
                .hasMessage("the encoded report accumulator was made for a spec with zone 'UTC', "
                        + "but this spec has zone Z");
    }

    @Test
    void fingerprintsHashWithFnv1aOverTheSpecEncodingBytes() {
        // Published FNV-1a 64-bit test vectors.
        assertThat(SpecFingerprint.hash(new byte[0])).isEqualTo(0xcbf29ce484222325L);
        assertThat(SpecFingerprint.hash("a".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(SpecFingerprint.hash("foobar".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isEqualTo(0x85944171f73967e8L);
        // The fingerprint of an SLA spec ends with the hash of the policy's spec encoding and the as-of instant.
        ReportSpec spec = ReportSpec.builder().sla(POLICY, AS_OF).build();
        dev.cxmetrics.internal.ByteWriter policy = new dev.cxmetrics.internal.ByteWriter();
        SpecCodec.writePolicy(policy, POLICY);
        dev.cxmetrics.internal.ByteWriter expected = new dev.cxmetrics.internal.ByteWriter();
        SpecCodec.writeFixedPart(expected, spec);
        expected.writeVarLong(2).writeFixedLong(SpecFingerprint.hash(policy.toByteArray()));
        SpecFingerprint.writeInstant(expected, AS_OF);
        dev.cxmetrics.internal.ByteWriter actual = new dev.cxmetrics.internal.ByteWriter();
        SpecFingerprint.write(actual, spec);
        assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Test
    void policiesThatDifferOnlyInTheirCalendarsHaveOtherFingerprints() {
        BusinessCalendar otherHoliday = BusinessCalendar.builder(ROME)
                .schedule("Mon-Fri 09:00-13:00,14:00-18:00; Sat 10:00-12:00").holiday(LocalDate.parse("2026-04-02"))
                .build();
        SlaPolicy calendarOnly = SlaPolicy.builder().businessHours(otherHoliday).target(SlaMetric.FIRST_RESPONSE,
                Priority.URGENT, SlaTarget.business(Duration.ofHours(1))).build();
        SlaPolicy office = SlaPolicy.builder().businessHours(OFFICE).target(SlaMetric.FIRST_RESPONSE, Priority.URGENT,
                SlaTarget.business(Duration.ofHours(1))).build();
        byte[] bytes = ReportSpec.builder().sla(office, AS_OF).build().accumulator().toByteArray();
        assertThatThrownBy(() -> ReportAccumulator.fromByteArray(ReportSpec.builder().sla(calendarOnly, AS_OF).build(),
                bytes)).hasMessageStartingWith("the encoded report accumulator was made for a spec with another SLA");
        assertThat(ReportAccumulator.fromByteArray(ReportSpec.builder().sla(office, AS_OF).build(), bytes)
                .ticketCount()).isZero();
    }
}

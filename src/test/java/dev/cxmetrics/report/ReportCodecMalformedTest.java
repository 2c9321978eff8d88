package dev.cxmetrics.report;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.internal.ByteWriter;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import static dev.cxmetrics.report.CodecFixtures.AS_OF;
import static dev.cxmetrics.report.CodecFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hand-made encodings of states that no sequence of records produces; each is rejected with a
 * message naming the problem. Counters of a group are written in the documented order: tickets,
 * csatSatisfied, csatTotal, promoters, passives, detractors, cesTotal, cesSum, cesEasy,
 * unanswered, open, oneTouch, eligible, zeroTouch, untracked.
 */
class ReportCodecMalformedTest {
    private static final ReportSpec PLAIN = ReportSpec.builder().build();
    private static final ReportSpec BY_AGENT = ReportSpec.builder().by(Dimension.AGENT).build();
    private static final ReportSpec BY_CHANNEL = ReportSpec.builder().by(Dimension.CHANNEL).build();
    private static final long[] EMPTY = new long[15];
    /** One ticket, unanswered and open. */
    private static final long[] ONE_OPEN = {1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0};
    /** One CSAT answer scored 5. */
    private static final long[] ONE_CSAT = {0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    private static ByteWriter header(ReportSpec spec) {
        ByteWriter out = new ByteWriter().writeRawBytes(ReportCodec.MAGIC).writeByte(ReportCodec.VERSION);
        SpecFingerprint.write(out, spec);
        return out;
    }

    /** The header and a string table. */
    private static ByteWriter start(ReportSpec spec, String... strings) {
        ByteWriter out = header(spec);
        out.writeVarLong(strings.length);
        String previous = null;
        for (String string : strings) {
            StringCodec.writeNext(out, previous, string);
            previous = string;
        }
        return out;
    }

    /** A group with empty exact recorders. */
    private static ByteWriter group(ByteWriter out, long... counters) {
        for (long counter : counters) {
            out.writeVarLong(counter);
        }
        return out.writeVarLong(0).writeVarLong(0).writeVarLong(0);
    }

    private static void assertRejected(ReportSpec spec, ByteWriter out, String message) {
        assertThatThrownBy(() -> ReportAccumulator.fromByteArray(spec, out.toByteArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed report accumulator encoding: ")
                .hasMessageContaining(message);
    }

    @Test
    void wrongMagicVersionTruncationAndTrailingBytesAreRejected() {
        byte[] valid = PLAIN.accumulator().add(Ticket.builder("T-1", Instant.parse("2026-01-05T10:00:00Z")).build())
                .toByteArray();
        byte[] magic = valid.clone();
        magic[0] = 'D';
        assertThatThrownBy(() -> ReportAccumulator.fromByteArray(PLAIN, magic)).hasMessageContaining("bad magic bytes");
        byte[] version = valid.clone();
        for (int other : new int[] {1, 2, 3, 5}) {
            version[3] = (byte) other;
            assertThatThrownBy(() -> ReportAccumulator.fromByteArray(PLAIN, version))
                    .hasMessageContaining("unsupported version " + other + " (this library reads version 4)");
        }
        for (int length = 0; length < valid.length; length++) {
            byte[] truncated = Arrays.copyOf(valid, length);
            assertThatThrownBy(() -> ReportAccumulator.fromByteArray(PLAIN, truncated)).as("length %d", length)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ReportAccumulator.fromByteArray(PLAIN, Arrays.copyOf(valid, valid.length + 1)))
                .hasMessageContaining("1 trailing bytes");
    }

    @Test
    void aForgedLengthIsCheckedAgainstTheBytesThatRemain() {
        ByteWriter forged = header(PLAIN).writeVarLong(Integer.MAX_VALUE);
        assertRejected(PLAIN, forged, "string count 2147483647 exceeds the 0 bytes that remain");
        ByteWriter groups = group(start(BY_AGENT), EMPTY).writeVarLong(1L << 40);
        assertRejected(BY_AGENT, groups, "agent group count 1099511627776 exceeds the 0 bytes that remain");
    }

    @Test
    void repeatedOrUnsortedStringsAreRejected() {
        ByteWriter out = header(BY_AGENT).writeVarLong(2);
        StringCodec.writeText(out, "bob");
        out.writeVarLong(0);
        StringCodec.writeText(out, "ann");
        assertRejected(BY_AGENT, out, "string 'ann' does not come after 'bob'");
    }

    @Test
    void aRepeatedGroupKeyIsRejected() {
        ByteWriter out = group(start(BY_AGENT, "ann"), EMPTY).writeVarLong(2).writeVarLong(0);
        group(out, ONE_CSAT).writeVarLong(0);
        group(out, ONE_CSAT);
        assertRejected(BY_AGENT, out, "agent group 'ann' is repeated");
    }

    @Test
    void anEmptyGroupIsRejected() {
        ByteWriter out = group(start(BY_AGENT, "ann"), EMPTY).writeVarLong(1).writeVarLong(0);
        assertRejected(BY_AGENT, group(out, EMPTY), "agent group 'ann' is empty");
    }

    @Test
    void aBlankKeyOrAnUnknownPriorityIsRejected() {
        ByteWriter blank = group(start(BY_AGENT, " "), EMPTY).writeVarLong(1).writeVarLong(0);
        assertRejected(BY_AGENT, group(blank, ONE_CSAT), "agent group key ' ' is blank");
        ReportSpec byPriority = ReportSpec.builder().by(Dimension.PRIORITY).build();
        ByteWriter unknown = group(start(byPriority, "HIGHEST"), EMPTY).writeVarLong(1).writeVarLong(0);
        assertRejected(byPriority, group(unknown, ONE_CSAT), "priority group key 'HIGHEST' is not a priority");
    }

    @Test
    void aBucketDateThatIsNotABucketStartIsRejected() {
        ReportSpec weekly = ReportSpec.builder().bucket(TimeBucket.WEEK).build();
        ByteWriter out = group(start(weekly), EMPTY).writeVarLong(1)
                .writeZigZag(LocalDate.parse("2026-03-31").toEpochDay());
        assertRejected(weekly, group(out, ONE_CSAT), "bucket date 2026-03-31 is not the start of a week");
    }

    /** A ticket's row after its id: created at the epoch, no own values, no agent or priority, empty log. */
    private static ByteWriter emptyRow(ByteWriter out) {
        for (int i = 0; i < 10; i++) {
            out.writeVarLong(0);
        }
        return out;
    }

    @Test
    void repeatedTicketIdsAreRejected() {
        ByteWriter out = group(start(PLAIN), EMPTY);
        out.writeVarLong(0).writeVarLong(2); // no buckets, two tickets
        StringCodec.writeText(out, "T-1");
        emptyRow(out).writeVarLong(0); // front-coded, sharing nothing
        StringCodec.writeText(out, "T-1");
        emptyRow(out).writeVarLong(0).writeVarLong(0).writeVarLong(0);
        assertRejected(PLAIN, out, "ticket id 'T-1' does not come after 'T-1'");
    }

    @Test
    void countsThatDisagreeWithinAGroupAreRejected() {
        assertRejected(PLAIN, group(start(PLAIN), 0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                "overall group: satisfied 2 exceeds total 1");
        assertRejected(PLAIN, group(start(PLAIN), 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0),
                "overall group has 1 tickets but 0 first response times and 0 unanswered");
        assertRejected(PLAIN, group(start(PLAIN), 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0),
                "overall group has 1 tickets but 0 resolution times and 0 open");
        assertRejected(PLAIN, group(start(PLAIN), 0, 0, 0, 0, 0, 0, 2, 20, 1, 0, 0, 0, 0, 0, 0),
                "overall group: scoreSum 20 is impossible for 2 answers");
        assertRejected(PLAIN, group(start(PLAIN), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0),
                "overall group has 0 resolution times but 0 eligible and 1 zero-touch tickets");
        assertRejected(PLAIN, group(start(PLAIN), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0),
                "overall group: oneTouch 1 exceeds eligible 0");
        ByteWriter negative = start(PLAIN).writeVarLong(Long.MIN_VALUE);
        assertRejected(PLAIN, negative, "tickets 9223372036854775808 exceeds 9223372036854775807");
    }

    @Test
    void countsThatDisagreeBetweenGroupsAreRejected() {
        ByteWriter noBucket = group(start(PLAIN), ONE_CSAT).writeVarLong(0).writeVarLong(0);
        noBucket.writeVarLong(0).writeVarLong(0).writeVarLong(0);
        assertRejected(PLAIN, noBucket, "the csatSatisfied of the buckets add up to 0, not to the 1 overall");

        ByteWriter agents = group(start(BY_AGENT, "ann"), ONE_CSAT).writeVarLong(1).writeVarLong(0);
        group(agents, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).writeVarLong(1).writeZigZag(0);
        group(agents, ONE_CSAT).writeVarLong(0).writeVarLong(0).writeVarLong(0).writeVarLong(0);
        assertRejected(BY_AGENT, agents, "the csatSatisfied of the agent groups add up to 2, not to the 1 overall");
    }

    @Test
    void groupsThatCountTicketsAreRejected() {
        // Tickets are encoded one by one since version 2; a group never counts them.
        assertRejected(PLAIN, group(start(PLAIN), ONE_OPEN),
                "overall group counts tickets, which this version encodes one by one");
    }

    @Test
    void ticketsAndLogsAreValidatedLikeAddedRecords() {
        ByteWriter early = group(start(PLAIN, "ann"), EMPTY).writeVarLong(0).writeVarLong(1);
        StringCodec.writeText(early, "T-1");
        for (int i = 0; i < 9; i++) {
            early.writeVarLong(0); // created at the epoch, no own values, no human responses
        }
        // one event (the log form is twice the event count): agent_reply by ann
        early.writeVarLong(2).writeZigZag(-1).writeVarLong(0).writeVarLong(6).writeVarLong(1);
        early.writeVarLong(0).writeVarLong(0).writeVarLong(0).writeVarLong(0);
        assertRejected(PLAIN, early, "log of ticket 'T-1': agent_reply event at 1969-12-31T23:59:59Z is before "
                + "createdAt 1970-01-01T00:00:00Z (ticket T-1)");

        ByteWriter unsorted = group(start(PLAIN), EMPTY).writeVarLong(0).writeVarLong(1);
        StringCodec.writeText(unsorted, "T-1");
        for (int i = 0; i < 9; i++) {
            unsorted.writeVarLong(0);
        }
        unsorted.writeVarLong(4).writeZigZag(5).writeVarLong(0).writeVarLong(0).writeVarLong(0)
                .writeZigZag(4).writeVarLong(0).writeVarLong(0).writeVarLong(0);
        assertRejected(PLAIN, unsorted, "events of ticket 'T-1' are out of order");

        ByteWriter priority = group(start(ReportSpec.builder().by(Dimension.PRIORITY).build(), "HIGH"), EMPTY)
                .writeVarLong(0).writeVarLong(0).writeVarLong(1).writeVarLong(0).writeVarLong(1);
        StringCodec.writeText(priority, "T-1");
        priority.writeVarLong(0);
        emptyRow(priority);
        assertRejected(ReportSpec.builder().by(Dimension.PRIORITY).build(), priority,
                "ticket 'T-1': priority key 'HIGH' disagrees with the ticket's own value ''");
    }

    @Test
    void invalidPendingRecordsAreRejected() {
        // overall, no channel groups, no buckets, no key tuples, no tickets
        ByteWriter score = group(start(BY_CHANNEL, "T-9"), EMPTY).writeVarLong(0).writeVarLong(0).writeVarLong(0)
                .writeVarLong(0).writeVarLong(0).writeVarLong(1).writeVarLong(0).writeVarLong(0).writeVarLong(0)
                .writeVarLong(16 + 11).writeZigZag(0).writeVarLong(0);
        assertRejected(BY_CHANNEL, score, "pending answer: score 11 out of range 0..10 for NPS (ticket T-9)");
        ByteWriter blank = group(start(BY_CHANNEL, "  "), EMPTY).writeVarLong(0).writeVarLong(0).writeVarLong(0)
                .writeVarLong(0).writeVarLong(1).writeVarLong(0).writeVarLong(0).writeVarLong(0).writeZigZag(0)
                .writeVarLong(0);
        assertRejected(BY_CHANNEL, blank, "pending response: ticketId must not be blank, was '  '");
        ByteWriter nanos = group(start(BY_CHANNEL, "T-9"), EMPTY).writeVarLong(0).writeVarLong(0).writeVarLong(0)
                .writeVarLong(0).writeVarLong(1).writeVarLong(0).writeVarLong(0).writeVarLong(0).writeZigZag(0)
                .writeVarLong(1_000_000_000);
        assertRejected(BY_CHANNEL, nanos, "pending response sentAt nanoseconds 1000000000 is outside [0, 999999999]");
        ByteWriter unjoined = group(start(PLAIN, "T-9"), EMPTY).writeVarLong(0).writeVarLong(0).writeVarLong(1)
                .writeVarLong(0).writeVarLong(0).writeVarLong(0).writeZigZag(0).writeVarLong(0);
        assertRejected(PLAIN, unjoined, "pending responses, but the spec groups by none of channel, type and priority");
    }

    @Test
    void exactDurationsMustBeWrittenWithTheirGreatestCommonDivisorAndFitInALong() {
        ByteWriter divisor = start(PLAIN);
        for (int i = 0; i < 14; i++) {
            divisor.writeVarLong(0);
        }
        divisor.writeVarLong(0).writeVarLong(0).writeVarLong(0).writeVarLong(2).writeVarLong(10).writeVarLong(4)
                .writeVarLong(2);
        assertRejected(PLAIN, divisor, "overall group handle times divisor 10 is not the greatest common divisor");
        ByteWriter overflow = start(PLAIN);
        for (int i = 0; i < 14; i++) {
            overflow.writeVarLong(0);
        }
        overflow.writeVarLong(0).writeVarLong(0).writeVarLong(0).writeVarLong(2).writeVarLong(1)
                .writeVarLong(Long.MAX_VALUE).writeVarLong(1);
        assertRejected(PLAIN, overflow, "overall group handle times exceed 9223372036854775807 ns");
    }
}

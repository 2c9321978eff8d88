package dev.cxmetrics.report;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.TicketEvent.Type;
import dev.cxmetrics.internal.ByteReader;
import dev.cxmetrics.internal.ByteWriter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The memory bound of compacted closed tickets, measured as sizes (never time): what a closed
 * ticket keeps does not grow with its status changes, only with its next-reply samples; and the
 * decoder of a compacted ticket rejects summaries no event log gives.
 */
class ClosedTicketMemoryTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final ReportSpec WHOLE = ReportSpec.builder().by(Dimension.AGENT).build();
    private static final ReportSpec COMPACT = ReportSpec.builder().by(Dimension.AGENT).compactClosedTickets().build();

    /**
     * A ticket answered once, then {@code changes} status changes between pending and open in its
     * first ten hours, {@code replies} more exchanges of a customer message and a reply, solved and
     * closed at fixed times: its spans do not depend on the counts.
     */
    private static List<TicketEvent> events(String id, int changes, int replies) {
        List<TicketEvent> events = new ArrayList<>();
        events.add(new TicketEvent(id, T0, Type.CUSTOMER_MESSAGE, null));
        events.add(new TicketEvent(id, T0.plusSeconds(600), Type.AGENT_REPLY, "ann"));
        for (int k = 0; k < changes; k++) {
            Instant at = T0.plusSeconds(3600).plusMillis(9L * 3600_000 * k / changes);
            events.add(new TicketEvent(id, at, k % 2 == 0 ? Type.PENDING : Type.OPEN, "ann"));
        }
        for (int k = 0; k < replies; k++) {
            Instant asked = T0.plusSeconds(11 * 3600).plusMillis(8L * 3600_000 * k / replies);
            events.add(new TicketEvent(id, asked, Type.CUSTOMER_MESSAGE, null));
            events.add(new TicketEvent(id, asked.plusSeconds(60), Type.AGENT_REPLY, "bob"));
        }
        events.add(new TicketEvent(id, T0.plusSeconds(20 * 3600), Type.SOLVED, "ann"));
        events.add(new TicketEvent(id, T0.plusSeconds(30 * 3600), Type.CLOSED, null));
        return events;
    }

    private static ReportAccumulator oneTicket(ReportSpec spec, int changes, int replies) {
        ReportAccumulator accumulator = spec.accumulator().add(Ticket.builder("T-1", T0).agent("ann").build());
        events("T-1", changes, replies).forEach(accumulator::add);
        return accumulator;
    }

    @Test
    void aClosedTicketsEncodingDoesNotGrowWithItsStatusChanges() {
        int few = oneTicket(COMPACT, 2, 0).toByteArray().length;
        for (int changes : new int[] {10, 100, 1_000, 10_000}) {
            int many = oneTicket(COMPACT, changes, 0).toByteArray().length;
            // Only the varint lengths of the time in each status may differ.
            assertThat(Math.abs(many - few)).as("%d status changes", changes).isLessThanOrEqualTo(4);
            assertThat(oneTicket(WHOLE, changes, 0).toByteArray().length).as("whole log of %d changes", changes)
                    .isGreaterThan(few + 3 * changes);
        }
    }

    @Test
    void aClosedTicketGrowsOnlyByItsNextReplySamples() {
        int base = oneTicket(COMPACT, 100, 0).toByteArray().length;
        for (int replies : new int[] {1, 10, 100}) {
            ReportAccumulator accumulator = oneTicket(COMPACT, 100, replies);
            assertThat(accumulator.logs.closed.sampleCount()).isEqualTo(replies);
            int grown = accumulator.toByteArray().length - base;
            // A sample: its reply's time after creation, its wait and its agent, up to 14 bytes here;
            // plus the agent in the string table and the reply count.
            assertThat(grown).as("%d samples", replies).isBetween(replies, 14 * replies + 8);
        }
    }

    @Test
    void closedTicketsHoldNoEventsAndEventCellsAreReused() {
        ReportAccumulator accumulator = COMPACT.accumulator();
        for (int i = 0; i < 1_000; i++) {
            String id = "T-" + i;
            accumulator.add(Ticket.builder(id, T0).agent("ann").build());
            events(id, 100, 3).forEach(accumulator::add);
        }
        assertThat(accumulator.logs.liveEvents()).isZero();
        // The columns never held more than one ticket's 110 events at once.
        assertThat(accumulator.logs.eventCells()).isEqualTo(110);
        assertThat(accumulator.logs.closed.size()).isEqualTo(1_000);
        assertThat(accumulator.logs.closed.sampleCount()).isEqualTo(3_000);

        ReportAccumulator whole = WHOLE.accumulator();
        for (int i = 0; i < 1_000; i++) {
            String id = "T-" + i;
            whole.add(Ticket.builder(id, T0).agent("ann").build());
            events(id, 100, 3).forEach(whole::add);
        }
        assertThat(whole.logs.liveEvents()).isEqualTo(110_000);
        ClosedTicketCompactionTest.assertSameNumbers(accumulator.snapshot(), whole.snapshot(), "1,000 tickets");
    }

    @Test
    void anOpenTicketStillKeepsItsEvents() {
        ReportAccumulator accumulator = COMPACT.accumulator().add(Ticket.builder("T-1", T0).build());
        List<TicketEvent> events = events("T-1", 10, 1);
        events.subList(0, events.size() - 1).forEach(accumulator::add);
        assertThat(accumulator.logs.liveEvents()).isEqualTo(events.size() - 1);
        assertThat(accumulator.logs.closed.size()).isZero();
    }

    /** The summary layout of {@link ClosedLifecycleCodec}, with the close 30 h after creation. */
    private static ByteWriter summary(long firstReply, int replies, int reopens, long firstSolved, long resolved,
                                      long work, long wait, long hold, long awaiting) {
        ByteWriter out = new ByteWriter();
        out.writeZigZag(T0.getEpochSecond() + 30 * 3600).writeVarLong(0);
        offset(out, firstReply);
        out.writeVarLong(replies).writeVarLong(reopens);
        offset(out, firstSolved);
        offset(out, resolved);
        out.writeVarLong(work).writeVarLong(wait).writeVarLong(hold);
        offset(out, awaiting);
        return out;
    }

    private static void offset(ByteWriter out, long seconds) {
        if (seconds < 0) {
            out.writeVarLong(0);
        } else {
            out.writeVarLong(seconds + 1).writeVarLong(0);
        }
    }

    private static String read(ByteWriter out) {
        ClosedLifecycles closed = new ClosedLifecycles();
        Instant close = ClosedLifecycleCodec.read(new ByteReader(out.toByteArray(), "test"), T0, closed, what -> null);
        return close + " " + closed.replies(0) + " " + closed.sampleCount();
    }

    private static final long H = 3600;
    private static final long NS = 1_000_000_000L;

    @Test
    void aSummaryNoEventLogGivesIsRejected() {
        // Valid: replied after 10 min, solved at 20 h, 20 h in NEW/OPEN, one sample at 12 h waiting 1 min.
        ByteWriter valid = summary(600, 2, 0, 20 * H, 20 * H, 20 * H * NS, 0, 0, -1).writeVarLong(1)
                .writeVarLong(12 * H * NS).writeVarLong(60 * NS).writeVarLong(0);
        assertThat(read(valid)).isEqualTo("2026-01-06T15:00:00Z 2 1");

        assertRejected(summary(600, 0, 0, 20 * H, 20 * H, 0, 0, 0, -1).writeVarLong(0),
                "0 agent replies disagree with the first reply");
        assertRejected(summary(-1, 0, 0, -1, 20 * H, 0, 0, 0, -1).writeVarLong(0),
                "the resolution disagrees with the first solve and the close");
        assertRejected(summary(-1, 0, 0, 21 * H, 20 * H, 0, 0, 0, -1).writeVarLong(0),
                "the resolution disagrees with the first solve and the close");
        assertRejected(summary(-1, 0, 2, -1, 30 * H, 0, 0, 0, -1).writeVarLong(0), "2 reopens without a solve");
        assertRejected(summary(-1, 0, 0, 31 * H, 31 * H, 0, 0, 0, -1), "first solve is after the close");
        assertRejected(summary(600, 1, 0, 20 * H, 20 * H, 0, 0, 0, 300).writeVarLong(0),
                "a next-reply clock runs from before the first reply");
        assertRejected(summary(600, 1, 0, 20 * H, 20 * H, 20 * H * NS, 1, 0, -1).writeVarLong(0),
                "time in status 72000000000001 ns disagrees with the resolution");
        assertRejected(summary(600, 1, 0, 20 * H, 20 * H, Long.MAX_VALUE, Long.MAX_VALUE, 0, -1).writeVarLong(0),
                "disagrees with the resolution");
        assertRejected(summary(600, 1, 0, 20 * H, 20 * H, 0, 0, 0, -1).writeVarLong(2)
                .writeVarLong(12 * H * NS).writeVarLong(60 * NS).writeVarLong(0)
                .writeVarLong(13 * H * NS).writeVarLong(60 * NS).writeVarLong(0),
                "2 next reply samples exceed 1 agent replies");
        assertRejected(summary(600, 3, 0, 20 * H, 20 * H, 0, 0, 0, -1).writeVarLong(2)
                .writeVarLong(13 * H * NS).writeVarLong(60 * NS).writeVarLong(0)
                .writeVarLong(12 * H * NS).writeVarLong(60 * NS).writeVarLong(0),
                "next reply sample 1 is out of order");
        assertRejected(summary(600, 3, 0, 20 * H, 20 * H, 0, 0, 0, -1).writeVarLong(1)
                .writeVarLong(31 * H * NS).writeVarLong(60 * NS).writeVarLong(0),
                "next reply sample 0 is out of order, before the first reply or after the close");
        assertRejected(summary(600, 3, 0, 20 * H, 20 * H, 0, 0, 0, -1).writeVarLong(1)
                .writeVarLong(H * NS).writeVarLong(H * NS).writeVarLong(0),
                "next reply time 3600000000000 ns exceeds the time since the first reply");
        ByteWriter early = new ByteWriter().writeZigZag(T0.getEpochSecond() - 1).writeVarLong(0);
        assertRejected(early, "close 2026-01-05T08:59:59Z is before createdAt 2026-01-05T09:00:00Z");
    }

    private static void assertRejected(ByteWriter out, String message) {
        assertThatThrownBy(() -> read(out)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void aCompactedLogIsRejectedWhereNoneCanBe() {
        ReportAccumulator accumulator = oneTicket(COMPACT, 3, 1);
        byte[] bytes = accumulator.toByteArray();
        assertThat(ReportAccumulator.fromByteArray(COMPACT, bytes).snapshot()).isEqualTo(accumulator.snapshot());
        // Forged: the same bytes with the fingerprint of a spec that keeps closed tickets whole.
        ByteWriter compactPrint = new ByteWriter();
        SpecFingerprint.write(compactPrint, COMPACT);
        ByteWriter wholePrint = new ByteWriter();
        SpecFingerprint.write(wholePrint, WHOLE);
        byte[] forged = bytes.clone();
        System.arraycopy(wholePrint.toByteArray(), 0, forged, 4, compactPrint.toByteArray().length);
        assertThat(wholePrint.toByteArray().length).isEqualTo(compactPrint.toByteArray().length);
        assertThatThrownBy(() -> ReportAccumulator.fromByteArray(WHOLE, forged))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ticket 'T-1' is compacted, but the spec keeps closed tickets whole");
        // Truncated anywhere in the summary: rejected, never another exception.
        for (int length = 0; length < bytes.length; length++) {
            byte[] truncated = java.util.Arrays.copyOf(bytes, length);
            assertThatThrownBy(() -> ReportAccumulator.fromByteArray(COMPACT, truncated)).as("length %d", length)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}

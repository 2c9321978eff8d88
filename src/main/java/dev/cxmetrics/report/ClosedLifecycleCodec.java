package dev.cxmetrics.report;

import dev.cxmetrics.internal.ByteReader;
import dev.cxmetrics.internal.ByteWriter;

import java.time.Instant;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The binary form of a compacted closed ticket's lifecycle inside the report encoding (see
 * {@link ReportCodec}), written after the log's form tag 1:
 *
 * <pre>
 * closed   = close:instant firstReply:offset replies:varint reopens:varint firstSolved:offset
 *            resolved:offset agentWork:varint agentWait:varint onHold:varint awaiting:offset
 *            count:varint { at:varint nanos:varint agent:ref }
 * offset   = 0 for none, else whole seconds after creation + 1, then nanos:varint
 * </pre>
 * Samples are a reply's nanoseconds after creation, its waiting time by the report's clock and the
 * replying agent, in reply order. The reader checks what no sequence of events gives: instants
 * before creation or after the close, a resolution other than the close without a solve, reopens
 * without a solve, replies without a first reply or fewer than the samples, samples out of order or
 * before the first reply, waits longer than the time since the first reply, and time in status
 * beyond the time to resolution.
 */
final class ClosedLifecycleCodec {
    private ClosedLifecycleCodec() {
    }

    /** Adds the agent ids of a compacted log's samples to the string table. */
    static void addStrings(TreeSet<String> strings, TicketLogs logs, int log) {
        ClosedLifecycles closed = logs.closed;
        int s = logs.summary(log);
        for (int k = closed.sampleStart(s); k < closed.sampleEnd(s); k++) {
            if (closed.sampleAgent(k) != null) {
                strings.add(closed.sampleAgent(k));
            }
        }
    }

    static void write(ByteWriter out, TicketLogs logs, int log, Map<String, Integer> refs) {
        ClosedLifecycles closed = logs.closed;
        int s = logs.summary(log);
        out.writeZigZag(logs.closeSecond(log));
        out.writeVarLong(logs.closeNano(log));
        ReportCodec.writeOffset(out, closed.firstReply(s));
        out.writeVarLong(closed.replies(s));
        out.writeVarLong(closed.reopens(s));
        ReportCodec.writeOffset(out, closed.firstSolved(s));
        ReportCodec.writeOffset(out, closed.resolved(s));
        out.writeVarLong(closed.agentWork(s));
        out.writeVarLong(closed.agentWait(s));
        out.writeVarLong(closed.onHold(s));
        ReportCodec.writeOffset(out, closed.awaiting(s));
        out.writeVarLong(closed.sampleEnd(s) - closed.sampleStart(s));
        for (int k = closed.sampleStart(s); k < closed.sampleEnd(s); k++) {
            out.writeVarLong(closed.sampleAt(k));
            out.writeVarLong(closed.sampleNanos(k));
            String agent = closed.sampleAgent(k);
            out.writeVarLong(agent == null ? 0 : refs.get(agent) + 1L);
        }
    }

    /**
     * Reads a compacted lifecycle of a ticket created at {@code created} as a new summary of
     * {@code into}, which it returns; returns the close. {@code agentRef} reads a nullable string
     * reference.
     */
    static Instant read(ByteReader in, Instant created, ClosedLifecycles into, Function<String, String> agentRef) {
        Instant close = SpecFingerprint.readInstant(in, "close");
        if (close.isBefore(created)) {
            throw in.fail("close " + close + " is before createdAt " + created);
        }
        long closeOffset;
        try {
            closeOffset = dev.cxmetrics.internal.Nanos.between(created, close, "the time to the close", null);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw in.fail("close " + close + " is too far after createdAt " + created);
        }
        long firstReply = offset(in, "first reply", closeOffset);
        int replies = in.readVarInt("agent replies", Integer.MAX_VALUE);
        int reopens = in.readVarInt("reopens", Integer.MAX_VALUE);
        long firstSolved = offset(in, "first solve", closeOffset);
        long resolved = offset(in, "resolution", closeOffset);
        long work = in.readNonNegativeVarLong("agent work");
        long wait = in.readNonNegativeVarLong("agent wait");
        long hold = in.readNonNegativeVarLong("on hold");
        long awaiting = offset(in, "awaiting since", closeOffset);
        if ((firstReply >= 0) != (replies > 0)) {
            throw in.fail(replies + " agent replies disagree with the first reply");
        }
        if (resolved < 0 || firstSolved < 0 && resolved != closeOffset || firstSolved > resolved) {
            throw in.fail("the resolution disagrees with the first solve and the close");
        }
        if (reopens > 0 && firstSolved < 0) {
            throw in.fail(reopens + " reopens without a solve");
        }
        if (awaiting >= 0 && (firstReply < 0 || awaiting < firstReply)) {
            throw in.fail("a next-reply clock runs from before the first reply");
        }
        long inStatus;
        try {
            inStatus = Math.addExact(Math.addExact(work, wait), hold);
        } catch (ArithmeticException e) {
            inStatus = Long.MAX_VALUE;
        }
        // Time while solved between two solves counts in no status, so the sum may fall short.
        if (inStatus > resolved) {
            throw in.fail("time in status " + inStatus + " ns disagrees with the resolution after " + resolved + " ns");
        }
        // at, nanos, agent
        int samples = in.readLength("next reply sample count", 3);
        if (samples > replies) {
            throw in.fail(samples + " next reply samples exceed " + replies + " agent replies");
        }
        int summary = into.add(firstReply, firstSolved, resolved, awaiting, replies, reopens, work, wait, hold);
        long previous = firstReply;
        for (int k = 0; k < samples; k++) {
            long at = in.readNonNegativeVarLong("next reply at");
            long nanos = in.readNonNegativeVarLong("next reply time");
            String agent = agentRef.apply("next reply agent");
            if (at < previous || at > closeOffset) {
                throw in.fail("next reply sample " + k + " is out of order, before the first reply or after the close");
            }
            if (nanos > at - firstReply) {
                throw in.fail("next reply time " + nanos + " ns exceeds the time since the first reply");
            }
            into.addSample(summary, at, nanos, agent);
            previous = at;
        }
        return close;
    }

    private static long offset(ByteReader in, String what, long closeOffset) {
        long offset = ReportDecoder.readOffset(in, what);
        if (offset > closeOffset) {
            throw in.fail(what + " is after the close");
        }
        return offset;
    }
}

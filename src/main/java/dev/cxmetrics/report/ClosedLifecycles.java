package dev.cxmetrics.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The lifecycles of closed tickets whose event logs were compacted (see
 * {@link ReportSpec.Builder#compactClosedTickets()}): per ticket a fixed summary of what its
 * metrics need, plus one sample per measured next reply. Instants are kept as nanoseconds after
 * the ticket's creation, durations as the report's clock measured them, so that restoring a
 * summary gives the {@link Lifecycle} that deriving the events gave, bit for bit.
 *
 * <p>Memory: 68 bytes a ticket and 20 bytes a next-reply sample, however many status changes
 * and messages the ticket had. Agent ids are shared, not copied per sample. Not thread-safe.
 */
final class ClosedLifecycles {
    private static final long NANOS = 1_000_000_000L;

    private int size;
    /** First agent reply, first solve, full resolution and running next-reply clock after creation; -1 when none. */
    private long[] firstReply = new long[16];
    private long[] firstSolved = new long[16];
    private long[] resolved = new long[16];
    private long[] awaiting = new long[16];
    private int[] replies = new int[16];
    private int[] reopens = new int[16];
    /** Time in NEW and OPEN, PENDING and ON_HOLD until full resolution, by the report's clock. */
    private long[] agentWork = new long[16];
    private long[] agentWait = new long[16];
    private long[] onHold = new long[16];
    /** One past the last sample of each summary; a summary's samples follow the previous one's. */
    private int[] sampleEnd = new int[16];

    private int samples;
    /** A sample's reply after creation, its waiting time by the report's clock, and the replying agent. */
    private long[] sampleAt = new long[16];
    private long[] sampleNanos = new long[16];
    private String[] sampleAgent = new String[16];
    private final Map<String, String> agents = new HashMap<>();

    int size() {
        return size;
    }

    int sampleCount() {
        return samples;
    }

    /** Stores the lifecycle last derived for a ticket created at {@code cs, cn}; returns the summary. */
    int add(Lifecycle l, long cs, int cn) {
        int s = add(l.answered ? offset(cs, cn, l.firstReplySecond, l.firstReplyNano) : -1,
                l.solved ? offset(cs, cn, l.firstSolvedSecond, l.firstSolvedNano) : -1,
                l.resolved ? offset(cs, cn, l.resolvedSecond, l.resolvedNano) : -1,
                l.awaiting ? offset(cs, cn, l.awaitingSecond, l.awaitingNano) : -1,
                l.agentReplies, l.reopens, l.agentWork, l.agentWait, l.onHold);
        for (int k = 0; k < l.samples; k++) {
            addSample(s, offset(cs, cn, l.sampleSecond[k], l.sampleNano[k]), l.sampleNanos[k], l.sampleAgent[k]);
        }
        return s;
    }

    /** Copies summary {@code from} of {@code other}; returns the new summary. */
    int copy(ClosedLifecycles other, int from) {
        int s = add(other.firstReply[from], other.firstSolved[from], other.resolved[from], other.awaiting[from],
                other.replies[from], other.reopens[from], other.agentWork[from], other.agentWait[from],
                other.onHold[from]);
        for (int k = other.sampleStart(from); k < other.sampleEnd[from]; k++) {
            addSample(s, other.sampleAt[k], other.sampleNanos[k], other.sampleAgent[k]);
        }
        return s;
    }

    /**
     * Stores a summary without samples: offsets after creation (-1 for none), counts, and times in
     * status by the report's clock; returns it. Its samples follow with {@link #addSample}.
     */
    int add(long firstReplyAt, long firstSolvedAt, long resolvedAt, long awaitingSince, int agentReplies,
            int reopenCount, long work, long wait, long hold) {
        int s = next();
        firstReply[s] = firstReplyAt;
        firstSolved[s] = firstSolvedAt;
        resolved[s] = resolvedAt;
        awaiting[s] = awaitingSince;
        replies[s] = agentReplies;
        reopens[s] = reopenCount;
        agentWork[s] = work;
        agentWait[s] = wait;
        onHold[s] = hold;
        sampleEnd[s] = samples;
        return s;
    }

    /** Adds a next-reply sample to summary {@code s}, the last one stored. */
    void addSample(int s, long at, long nanos, String agent) {
        if (samples == sampleAt.length) {
            int n = samples * 2;
            sampleAt = Arrays.copyOf(sampleAt, n);
            sampleNanos = Arrays.copyOf(sampleNanos, n);
            sampleAgent = Arrays.copyOf(sampleAgent, n);
        }
        sampleAt[samples] = at;
        sampleNanos[samples] = nanos;
        sampleAgent[samples] = agent == null ? null : agents.computeIfAbsent(agent, k -> k);
        samples++;
        sampleEnd[s] = samples;
    }

    /** Puts summary {@code s} of a ticket created at {@code cs, cn} into {@code l}, as its derivation would. */
    void restore(int s, long cs, int cn, Lifecycle l) {
        l.clear();
        if (firstReply[s] >= 0) {
            l.answered = true;
            l.firstReplySecond = second(cs, cn, firstReply[s]);
            l.firstReplyNano = nano(cn, firstReply[s]);
        }
        if (firstSolved[s] >= 0) {
            l.solved = true;
            l.firstSolvedSecond = second(cs, cn, firstSolved[s]);
            l.firstSolvedNano = nano(cn, firstSolved[s]);
        }
        if (resolved[s] >= 0) {
            l.resolved = true;
            l.resolvedSecond = second(cs, cn, resolved[s]);
            l.resolvedNano = nano(cn, resolved[s]);
        }
        if (awaiting[s] >= 0) {
            l.awaiting = true;
            l.awaitingSecond = second(cs, cn, awaiting[s]);
            l.awaitingNano = nano(cn, awaiting[s]);
        }
        l.agentReplies = replies[s];
        l.reopens = reopens[s];
        l.agentWork = agentWork[s];
        l.agentWait = agentWait[s];
        l.onHold = onHold[s];
        for (int k = sampleStart(s); k < sampleEnd[s]; k++) {
            l.sample(second(cs, cn, sampleAt[k]), nano(cn, sampleAt[k]), sampleAgent[k], sampleNanos[k]);
        }
    }

    int sampleStart(int s) {
        return s == 0 ? 0 : sampleEnd[s - 1];
    }

    int sampleEnd(int s) {
        return sampleEnd[s];
    }

    long firstReply(int s) {
        return firstReply[s];
    }

    long firstSolved(int s) {
        return firstSolved[s];
    }

    long resolved(int s) {
        return resolved[s];
    }

    long awaiting(int s) {
        return awaiting[s];
    }

    int replies(int s) {
        return replies[s];
    }

    int reopens(int s) {
        return reopens[s];
    }

    long agentWork(int s) {
        return agentWork[s];
    }

    long agentWait(int s) {
        return agentWait[s];
    }

    long onHold(int s) {
        return onHold[s];
    }

    long sampleAt(int k) {
        return sampleAt[k];
    }

    long sampleNanos(int k) {
        return sampleNanos[k];
    }

    String sampleAgent(int k) {
        return sampleAgent[k];
    }

    private int next() {
        if (size == firstReply.length) {
            int n = size * 2;
            firstReply = Arrays.copyOf(firstReply, n);
            firstSolved = Arrays.copyOf(firstSolved, n);
            resolved = Arrays.copyOf(resolved, n);
            awaiting = Arrays.copyOf(awaiting, n);
            replies = Arrays.copyOf(replies, n);
            reopens = Arrays.copyOf(reopens, n);
            agentWork = Arrays.copyOf(agentWork, n);
            agentWait = Arrays.copyOf(agentWait, n);
            onHold = Arrays.copyOf(onHold, n);
            sampleEnd = Arrays.copyOf(sampleEnd, n);
        }
        return size++;
    }

    /** Nanoseconds from {@code cs, cn} to {@code s, ns}; spans were checked to fit in a long. */
    private static long offset(long cs, int cn, long s, int ns) {
        return (s - cs) * NANOS + (ns - cn);
    }

    private static long second(long cs, int cn, long offset) {
        return cs + offset / NANOS + (cn + offset % NANOS) / NANOS;
    }

    private static int nano(int cn, long offset) {
        return (int) ((cn + offset % NANOS) % NANOS);
    }
}

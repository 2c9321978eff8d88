package dev.cxmetrics.report;

import dev.cxmetrics.TicketEvent;

import java.util.Arrays;

/**
 * What a report keeps of each ticket's lifecycle sources until it is folded into a report: the
 * ticket's events and a summary of its human responses (the earliest and how many), one log per
 * ticket. A log belongs to a ticket slot of the report once its ticket was added, or waits under
 * the ticket id until then. Events are kept in primitive columns (about 21 bytes each), linked per
 * log; the validity rules that span events (nothing after {@code CLOSED}) are checked here as
 * they arrive. Not thread-safe.
 *
 * <p>A closed ticket's log may be compacted ({@link #compact}): its lifecycle goes into
 * {@link #closed} as a fixed summary, its event cells go to a free list that later events reuse,
 * and from then on no event may join it (its responses still may). So with compaction the event
 * columns hold only the events of tickets not closed yet.
 */
final class TicketLogs {
    // Per log.
    private int logs;
    /** The first event of the log's list, -1 when none; {@code -2 - summary} once compacted. */
    private int[] head = new int[16];
    private int[] count = new int[16];
    /** The latest event of the log, to check a {@code CLOSED} against. */
    private long[] maxSecond = new long[16];
    private int[] maxNano = new int[16];
    /** The log's {@code CLOSED} event, or {@code closeNano < 0} when there is none. */
    private long[] closeSecond = new long[16];
    private int[] closeNano = new int[16];
    /** The earliest human response and the number of them; {@code replyCount == 0} when none. */
    private long[] replySecond = new long[16];
    private int[] replyNano = new int[16];
    private int[] replyCount = new int[16];

    // Per event.
    private int events;
    long[] second = new long[64];
    int[] nano = new int[64];
    byte[] type = new byte[64];
    String[] agent = new String[64];
    private int[] next = new int[64];
    /** Event cells freed by compaction, linked through {@link #next}; -1 when none. */
    private int free = -1;
    private int freeCount;

    /** The summaries of compacted logs. */
    final ClosedLifecycles closed = new ClosedLifecycles();

    // Logs of tickets not added yet, by ticket id; -1 once the ticket took its log.
    final TicketIndex waiting = new TicketIndex(0);
    private int[] logOfWaiting = new int[16];

    int newLog() {
        if (logs == head.length) {
            int size = logs * 2;
            head = Arrays.copyOf(head, size);
            count = Arrays.copyOf(count, size);
            maxSecond = Arrays.copyOf(maxSecond, size);
            maxNano = Arrays.copyOf(maxNano, size);
            closeSecond = Arrays.copyOf(closeSecond, size);
            closeNano = Arrays.copyOf(closeNano, size);
            replySecond = Arrays.copyOf(replySecond, size);
            replyNano = Arrays.copyOf(replyNano, size);
            replyCount = Arrays.copyOf(replyCount, size);
        }
        head[logs] = -1;
        count[logs] = 0;
        maxSecond[logs] = Long.MIN_VALUE;
        maxNano[logs] = 0;
        closeNano[logs] = -1;
        replyCount[logs] = 0;
        return logs++;
    }

    /** The log waiting under a ticket id, or -1. */
    int waitingLog(String ticketId) {
        int w = waiting.find(ticketId);
        return w < 0 ? -1 : logOfWaiting[w];
    }

    /** The log waiting under a ticket id, made when there is none. */
    int waitingLogOrNew(String ticketId) {
        int w = waiting.find(ticketId);
        if (w >= 0 && logOfWaiting[w] >= 0) {
            return logOfWaiting[w];
        }
        if (w < 0) {
            w = waiting.add(ticketId);
            if (w == logOfWaiting.length) {
                logOfWaiting = Arrays.copyOf(logOfWaiting, w * 2);
            }
        }
        int log = newLog();
        logOfWaiting[w] = log;
        return log;
    }

    /** Hands a waiting log over to its ticket; returns it, or -1 when none waited. */
    int take(String ticketId) {
        int w = waiting.find(ticketId);
        if (w < 0) {
            return -1;
        }
        int log = logOfWaiting[w];
        logOfWaiting[w] = -1;
        return log;
    }

    /** Calls the visitor with each ticket id that has a waiting log, and the log. */
    void forEachWaiting(java.util.function.ObjIntConsumer<String> visitor) {
        waiting.forEach((id, w) -> {
            if (logOfWaiting[w] >= 0) {
                visitor.accept(id, logOfWaiting[w]);
            }
        });
    }

    long maxSecond(int log) {
        return maxSecond[log];
    }

    int maxNano(int log) {
        return maxNano[log];
    }

    int eventCount(int log) {
        return count[log];
    }

    int firstEvent(int log) {
        return head[log];
    }

    int nextEvent(int event) {
        return next[event];
    }

    boolean hasClose(int log) {
        return closeNano[log] >= 0;
    }

    /** The summary in {@link #closed} of a compacted log, or -1 when the log was not compacted. */
    int summary(int log) {
        return head[log] <= -2 ? -2 - head[log] : -1;
    }

    long closeSecond(int log) {
        return closeSecond[log];
    }

    int closeNano(int log) {
        return closeNano[log];
    }

    /** How many event cells the columns use at most so far: the events of logs not compacted, at their peak. */
    int eventCells() {
        return events;
    }

    /** How many events the logs hold now: those of logs not compacted. */
    int liveEvents() {
        return events - freeCount;
    }

    /**
     * Compacts a closed log whose lifecycle {@code l} was just derived for a ticket created at
     * {@code cs, cn}: stores the summary and frees the event cells.
     */
    void compact(int log, Lifecycle l, long cs, int cn) {
        int summary = closed.add(l, cs, cn);
        int e = head[log];
        if (e >= 0) {
            while (true) {
                agent[e] = null;
                freeCount++;
                if (next[e] < 0) {
                    break;
                }
                e = next[e];
            }
            next[e] = free;
            free = head[log];
        }
        head[log] = -2 - summary;
        count[log] = 0;
    }

    /**
     * Makes log {@code log}, which has no events, the compacted log of a ticket closed at
     * {@code s, ns}, with a copy of summary {@code summary} of {@code from}.
     */
    void restoreCompacted(int log, ClosedLifecycles from, int summary, long s, int ns) {
        head[log] = -2 - closed.copy(from, summary);
        closeSecond[log] = s;
        closeNano[log] = ns;
        maxSecond[log] = s;
        maxNano[log] = ns;
    }

    private String compacted(int log) {
        return "ticket was closed at " + instant(closeSecond[log], closeNano[log])
                + " and its events were compacted (ReportSpec.Builder.compactClosedTickets()), so no event may join it";
    }

    int replyCount(int log) {
        return replyCount[log];
    }

    long replySecond(int log) {
        return replySecond[log];
    }

    int replyNano(int log) {
        return replyNano[log];
    }

    /**
     * Returns why an event cannot join a log (it comes after the log's {@code CLOSED}, or is a
     * {@code CLOSED} with an event after it or a second one), or null when it can.
     */
    String conflict(int log, long s, int ns, byte t) {
        if (log < 0) {
            return null;
        }
        if (summary(log) >= 0) {
            return "the " + compacted(log);
        }
        if (closeNano[log] >= 0) {
            if (t == Lifecycle.CLOSED) {
                return "it is a second closed event (the first is at " + instant(closeSecond[log], closeNano[log]) + ")";
            }
            if (Lifecycle.compare(s, ns, closeSecond[log], closeNano[log]) > 0) {
                return "it comes after the ticket was closed at " + instant(closeSecond[log], closeNano[log]);
            }
        } else if (t == Lifecycle.CLOSED && count[log] > 0
                && Lifecycle.compare(maxSecond[log], maxNano[log], s, ns) > 0) {
            return "it closes the ticket before its event at " + instant(maxSecond[log], maxNano[log]);
        }
        return null;
    }

    /** Tells whether every event of {@code from} may join {@code into}; returns the first conflict or null. */
    String conflict(int into, int from) {
        for (int e = head[from]; e >= 0; e = next[e]) {
            String why = conflict(into, second[e], nano[e], type[e]);
            if (why != null) {
                return describe(e) + ": " + why;
            }
        }
        return null;
    }

    String describe(int event) {
        return TicketEvent.Type.values()[type[event]].label() + " event at " + instant(second[event], nano[event]);
    }

    /** Adds an event; the caller checked {@link #conflict(int, long, int, byte)} first. */
    void addEvent(int log, long s, int ns, byte t, String agentId) {
        int e = free;
        if (e >= 0) {
            free = next[e];
            freeCount--;
        } else {
            if (events == second.length) {
                int size = events * 2;
                second = Arrays.copyOf(second, size);
                nano = Arrays.copyOf(nano, size);
                type = Arrays.copyOf(type, size);
                agent = Arrays.copyOf(agent, size);
                next = Arrays.copyOf(next, size);
            }
            e = events++;
        }
        second[e] = s;
        nano[e] = ns;
        type[e] = t;
        agent[e] = agentId;
        next[e] = head[log];
        head[log] = e;
        count[log]++;
        if (Lifecycle.compare(s, ns, maxSecond[log], maxNano[log]) > 0) {
            maxSecond[log] = s;
            maxNano[log] = ns;
        }
        if (t == Lifecycle.CLOSED) {
            closeSecond[log] = s;
            closeNano[log] = ns;
        }
    }

    /** Counts human responses: {@code n} of them, the earliest at {@code s, ns}. */
    void addReplies(int log, long s, int ns, int n) {
        if (replyCount[log] == 0 || Lifecycle.compare(s, ns, replySecond[log], replyNano[log]) < 0) {
            replySecond[log] = s;
            replyNano[log] = ns;
        }
        replyCount[log] = Math.addExact(replyCount[log], n);
    }

    /** Adds everything of {@code from} (of {@code other}) to {@code into}; the caller checked for conflicts. */
    void mergeLog(int into, TicketLogs other, int from) {
        int summary = other.summary(from);
        if (summary >= 0) {
            head[into] = -2 - closed.copy(other.closed, summary);
            closeSecond[into] = other.closeSecond[from];
            closeNano[into] = other.closeNano[from];
            maxSecond[into] = other.maxSecond[from];
            maxNano[into] = other.maxNano[from];
        }
        for (int e = other.head[from]; e >= 0; e = other.next[e]) {
            addEvent(into, other.second[e], other.nano[e], other.type[e], other.agent[e]);
        }
        if (other.replyCount[from] > 0) {
            addReplies(into, other.replySecond[from], other.replyNano[from], other.replyCount[from]);
        }
    }

    /** A conflict of the events of {@code from} (of {@code other}) joining {@code into}, or null. */
    String conflict(int into, TicketLogs other, int from) {
        if (into < 0) {
            return null;
        }
        if (other.summary(from) >= 0 && count[into] > 0) {
            return describe(head[into]) + ": the other " + other.compacted(from);
        }
        for (int e = other.head[from]; e >= 0; e = other.next[e]) {
            String why = conflict(into, other.second[e], other.nano[e], other.type[e]);
            if (why != null) {
                return other.describe(e) + ": " + why;
            }
        }
        return null;
    }

    /** The earliest event of a log that is before {@code s, ns}, or -1. */
    int firstBefore(int log, long s, int ns) {
        int found = -1;
        for (int e = head[log]; e >= 0; e = next[e]) {
            if (Lifecycle.compare(second[e], nano[e], s, ns) < 0
                    && (found < 0 || Lifecycle.compare(second[e], nano[e], second[found], nano[found]) < 0)) {
                found = e;
            }
        }
        return found;
    }

    static String instant(long s, int ns) {
        return java.time.Instant.ofEpochSecond(s, ns).toString();
    }
}

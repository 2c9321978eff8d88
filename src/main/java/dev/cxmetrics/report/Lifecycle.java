package dev.cxmetrics.report;

import dev.cxmetrics.internal.EventLifecycle;
import dev.cxmetrics.time.BusinessCalendar;

import java.time.Instant;

/**
 * The report's name for the derivation of a ticket's lifecycle from its events; the rule itself
 * lives in {@link EventLifecycle}, which the SLA targets measured from events use too. Not
 * thread-safe.
 */
final class Lifecycle extends EventLifecycle {
    /** The clock of a report: business time in {@code hours}, or calendar time when it is null. */
    static Clock clock(BusinessCalendar hours) {
        if (hours == null) {
            // Spans were checked to fit in a long when their records were added.
            return (fromSecond, fromNano, toSecond, toNano) -> (toSecond - fromSecond) * 1_000_000_000L
                    + (toNano - fromNano);
        }
        return (fromSecond, fromNano, toSecond, toNano) -> hours.betweenNanos(Instant.ofEpochSecond(fromSecond, fromNano),
                Instant.ofEpochSecond(toSecond, toNano));
    }

    /** A log's events, copied out of its linked list to be sorted. */
    private long[] logSecond = new long[16];
    private int[] logNano = new int[16];
    private byte[] logType = new byte[16];
    private String[] logAgent = new String[16];

    /**
     * Derives the lifecycle of a ticket created at {@code created} from the events of log
     * {@code log}, which has at least one; see {@link #derive(long, int, int, int, long[], int[], byte[],
     * String[], Clock)}.
     */
    void derive(long createdSecond, int createdNano, TicketLogs logs, int log, Clock clock) {
        int events = logs.eventCount(log);
        if (logSecond.length < events) {
            int size = Math.max(events, logSecond.length * 2);
            logSecond = new long[size];
            logNano = new int[size];
            logType = new byte[size];
            logAgent = new String[size];
        }
        int k = 0;
        for (int e = logs.firstEvent(log); e >= 0; e = logs.nextEvent(e)) {
            logSecond[k] = logs.second[e];
            logNano[k] = logs.nano[e];
            logType[k] = logs.type[e];
            logAgent[k] = logs.agent[e];
            k++;
        }
        derive(createdSecond, createdNano, 0, events, logSecond, logNano, logType, logAgent, clock);
    }
}

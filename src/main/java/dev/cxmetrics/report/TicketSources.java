package dev.cxmetrics.report;

import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.internal.Nanos;

import java.time.Instant;

/**
 * Where a report's tickets meet their events and human responses: the checks that need both (an
 * event before its ticket's creation or after its close, a human response before the creation)
 * and the bookkeeping of whose log is whose, when records are added and when accumulators merge.
 * Every method checks before it changes anything.
 */
final class TicketSources {
    private TicketSources() {
    }

    /**
     * Checks that nothing in a log of a ticket is before its creation, or more than about 292
     * years after it.
     */
    static void checkLog(TicketLogs logs, int log, long createdSecond, int createdNano, String ticketId) {
        int early = logs.firstBefore(log, createdSecond, createdNano);
        Instant created = Instant.ofEpochSecond(createdSecond, createdNano);
        if (early >= 0) {
            throw new IllegalArgumentException(logs.describe(early) + " is before createdAt " + created
                    + " (ticket " + ticketId + ")");
        }
        if (logs.replyCount(log) > 0
                && Lifecycle.compare(logs.replySecond(log), logs.replyNano(log), createdSecond, createdNano) < 0) {
            throw new IllegalArgumentException("human response sent at "
                    + TicketLogs.instant(logs.replySecond(log), logs.replyNano(log)) + " is before createdAt "
                    + created + " (ticket " + ticketId + ")");
        }
        if (logs.eventCount(log) > 0) {
            Nanos.between(created, Instant.ofEpochSecond(logs.maxSecond(log), logs.maxNano(log)),
                    "the time from creation to an event", ticketId);
        }
    }

    /** Fails when the span from a ticket's creation does not fit in a long of nanoseconds; allocates only then. */
    private static void checkSpan(TicketRows rows, int slot, long second, int nano, String what, String ticketId) {
        long seconds = second - rows.createdSecond(slot);
        // About 292 years of nanoseconds; exact arithmetic for the rare spans near the limit.
        if (seconds > 9_000_000_000L || seconds < -9_000_000_000L) {
            Nanos.between(rows.createdAt(slot), Instant.ofEpochSecond(second, nano), what, ticketId);
        }
    }

    /** Adds an event to its ticket's log, or to the log waiting for its ticket. */
    static void addEvent(TicketIndex tickets, TicketRows rows, TicketLogs logs, TicketEvent event) {
        Instant at = event.at();
        long second = at.getEpochSecond();
        int nano = at.getNano();
        byte type = (byte) event.type().ordinal();
        int slot = tickets.find(event.ticketId());
        int log;
        if (slot >= 0) {
            if (Lifecycle.compare(second, nano, rows.createdSecond(slot), rows.createdNano(slot)) < 0) {
                throw new IllegalArgumentException(event.type().label() + " event at " + at + " is before createdAt "
                        + rows.createdAt(slot) + " (ticket " + event.ticketId() + ")");
            }
            checkSpan(rows, slot, second, nano, "the time from creation to an event", event.ticketId());
            log = rows.log(slot);
        } else {
            log = logs.waitingLog(event.ticketId());
        }
        String why = logs.conflict(log, second, nano, type);
        if (why != null) {
            throw new IllegalArgumentException(event.type().label() + " event at " + at + " of ticket "
                    + event.ticketId() + " is rejected: " + why);
        }
        logs.addEvent(log >= 0 ? log : logOf(tickets, rows, logs, event.ticketId()), second, nano, type,
                event.agentId());
    }

    /** Counts {@code count} human responses of a ticket, the earliest sent at epoch second {@code s}, nanosecond {@code ns}. */
    static void addReplies(TicketIndex tickets, TicketRows rows, TicketLogs logs, String ticketId, long s, int ns,
                           int count) {
        addReplies(tickets.find(ticketId), rows, logs, ticketId, s, ns, count);
    }

    /** Like the one above, for the ticket at {@code slot} (-1 when not added yet), found by the caller. */
    static void addReplies(int slot, TicketRows rows, TicketLogs logs, String ticketId, long s, int ns, int count) {
        if (slot >= 0) {
            if (Lifecycle.compare(s, ns, rows.createdSecond(slot), rows.createdNano(slot)) < 0) {
                throw new IllegalArgumentException("human response sent at " + Instant.ofEpochSecond(s, ns)
                        + " is before createdAt " + rows.createdAt(slot) + " (ticket " + ticketId + ")");
            }
            checkSpan(rows, slot, s, ns, "first response time", ticketId);
        }
        logs.addReplies(logOf(slot, rows, logs, ticketId), s, ns, count);
    }

    /** Fails, naming ticket and event, when merging {@code other} into {@code this} would join invalid logs. */
    static void checkMerge(TicketIndex tickets, TicketRows rows, TicketLogs logs, TicketIndex otherTickets,
                           TicketRows otherRows, TicketLogs otherLogs) {
        otherTickets.forEach((id, slot) -> {
            if (tickets.find(id) >= 0) {
                throw new IllegalArgumentException("id " + id + " was added to both merged accumulators");
            }
            int mine = logs.waitingLog(id);
            if (mine >= 0) {
                checkLog(logs, mine, otherRows.createdSecond(slot), otherRows.createdNano(slot), id);
                checkJoin(logs, otherLogs, otherRows.log(slot), mine, id);
            }
        });
        otherLogs.forEachWaiting((id, log) -> {
            int slot = tickets.find(id);
            if (slot >= 0) {
                checkLog(otherLogs, log, rows.createdSecond(slot), rows.createdNano(slot), id);
                checkJoin(logs, otherLogs, log, rows.log(slot), id);
            } else {
                checkJoin(logs, otherLogs, log, logs.waitingLog(id), id);
            }
        });
    }

    /** Copies a ticket of another accumulator into slot {@code mine}, with its log and any log waiting for it. */
    static void mergeTicket(TicketRows rows, TicketLogs logs, int mine, String id, TicketRows otherRows,
                            TicketLogs otherLogs, int slot) {
        int log = logs.take(id);
        int theirs = otherRows.log(slot);
        if (theirs >= 0) {
            if (log < 0) {
                log = logs.newLog();
            }
            logs.mergeLog(log, otherLogs, theirs);
        }
        rows.addFrom(mine, otherRows, slot, log);
    }

    /** Adds the waiting logs of another accumulator to their tickets, or to the logs waiting here. */
    static void mergeWaiting(TicketIndex tickets, TicketRows rows, TicketLogs logs, TicketLogs otherLogs) {
        otherLogs.forEachWaiting((id, theirs) -> logs.mergeLog(logOf(tickets, rows, logs, id), otherLogs, theirs));
    }

    /**
     * Compacts the log of ticket slot {@code slot} when it is closed and not compacted yet: derives
     * its lifecycle with the report's clock and keeps only the summary (see {@link ClosedLifecycles}).
     */
    static void compactIfClosed(TicketRows rows, TicketLogs logs, int slot, Lifecycle lifecycle, Lifecycle.Clock clock) {
        int log = rows.log(slot);
        if (log < 0 || !logs.hasClose(log) || logs.summary(log) >= 0) {
            return;
        }
        long cs = rows.createdSecond(slot);
        int cn = rows.createdNano(slot);
        lifecycle.derive(cs, cn, logs, log, clock);
        logs.compact(log, lifecycle, cs, cn);
    }

    /** The log of a ticket: its own when it was added, else the one waiting for it; made when there is none. */
    static int logOf(TicketIndex tickets, TicketRows rows, TicketLogs logs, String ticketId) {
        return logOf(tickets.find(ticketId), rows, logs, ticketId);
    }

    /** Like the one above, for the ticket at {@code slot} (-1 when not added yet). */
    private static int logOf(int slot, TicketRows rows, TicketLogs logs, String ticketId) {
        if (slot < 0) {
            return logs.waitingLogOrNew(ticketId);
        }
        int log = rows.log(slot);
        if (log < 0) {
            log = logs.newLog();
            rows.setLog(slot, log);
        }
        return log;
    }

    /** Fails when the events of log {@code from} of {@code source} cannot join log {@code into}. */
    private static void checkJoin(TicketLogs logs, TicketLogs source, int from, int into, String ticketId) {
        if (from < 0 || into < 0) {
            return;
        }
        String why = logs.conflict(into, source, from);
        if (why != null) {
            throw new IllegalArgumentException("merging the events of ticket " + ticketId + " fails: " + why);
        }
    }

    /** Fails naming the first ticket (by id) whose events wait for a ticket never added, and its earliest event. */
    static void requireMatched(TicketLogs logs) {
        String[] first = {null};
        int[] log = {-1};
        logs.forEachWaiting((id, waiting) -> {
            if (logs.eventCount(waiting) > 0 && (first[0] == null || id.compareTo(first[0]) < 0)) {
                first[0] = id;
                log[0] = waiting;
            }
        });
        if (first[0] != null) {
            int earliest = logs.firstBefore(log[0], Long.MAX_VALUE, 0);
            throw new IllegalArgumentException(logs.describe(earliest) + " names ticket " + first[0]
                    + ", which was never added");
        }
    }
}

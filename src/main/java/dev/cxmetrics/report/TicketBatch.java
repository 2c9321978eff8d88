package dev.cxmetrics.report;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketColumns;
import dev.cxmetrics.internal.Nanos;

import java.time.Instant;

/**
 * The batch the ticket kernel reads. Instants are epoch second and nanosecond (records reach
 * beyond the epoch-nanosecond range of columns), spans are nanoseconds after creation ({@code -1}
 * for none), and group keys are resolved per row. Copying a row checks that its spans fit in a
 * long, as adding a record always did. Not thread-safe.
 */
final class TicketBatch extends RowBatch<Ticket, TicketColumns> {
    private final Dimension[] keyDimensions;
    final String[] id = new String[CAPACITY];
    final long[] createdSecond = new long[CAPACITY];
    final int[] createdNano = new int[CAPACITY];
    final long[] first = new long[CAPACITY];
    final long[] resolved = new long[CAPACITY];
    final int[] replies = new int[CAPACITY];
    final int[] reopens = new int[CAPACITY];
    final String[] agent = new String[CAPACITY];
    final byte[] priority = new byte[CAPACITY];
    /** Group keys per dimension taken from the ticket: {@code keys[j][row]}. */
    final String[][] keys;

    /** A batch resolving the keys of {@code keyDimensions}, the dimensions taken from the ticket. */
    TicketBatch(Dimension[] keyDimensions) {
        this.keyDimensions = keyDimensions;
        this.keys = new String[keyDimensions.length][CAPACITY];
    }

    @Override
    void put(int row, Ticket ticket) {
        long firstNanos = ticket.firstResponseAt() == null ? -1
                : Nanos.between(ticket.createdAt(), ticket.firstResponseAt(), "first response time", ticket.id());
        long resolvedNanos = ticket.resolvedAt() == null ? -1
                : Nanos.between(ticket.createdAt(), ticket.resolvedAt(), "resolution time", ticket.id());
        for (int j = 0; j < keyDimensions.length; j++) {
            keys[j][row] = keyDimensions[j].keyOf(ticket);
        }
        put(row, ticket.id(), ticket.createdAt().getEpochSecond(), ticket.createdAt().getNano(), firstNanos,
                resolvedNanos, ticket.agentReplies(), ticket.reopens(), ticket.agentId(),
                ticket.priority() == null ? -1 : (byte) ticket.priority().ordinal());
    }

    @Override
    void put(int row, TicketColumns columns, int src) {
        long created = columns.createdAtNanos(src);
        String ticketId = columns.id(src);
        long firstNanos = span(created, columns.firstResponseAtNanos(src), "first response time", ticketId);
        long resolvedNanos = span(created, columns.resolvedAtNanos(src), "resolution time", ticketId);
        for (int j = 0; j < keyDimensions.length; j++) {
            keys[j][row] = keyDimensions[j].keyOf(columns, src);
        }
        put(row, ticketId, Math.floorDiv(created, NANOS_PER_SECOND), (int) Math.floorMod(created, NANOS_PER_SECOND),
                firstNanos, resolvedNanos, columns.agentReplies(src), columns.reopens(src), columns.agentId(src),
                columns.priority(src) == null ? -1 : (byte) columns.priority(src).ordinal());
    }

    @Override
    Ticket recordOf(TicketColumns columns, int src) {
        return columns.ticket(src);
    }

    /** Nanoseconds from {@code created} to {@code at} (both epoch nanoseconds, {@code at >= created}), -1 when absent. */
    private static long span(long created, long at, String what, String ticketId) {
        if (at == TicketColumns.ABSENT) {
            return -1;
        }
        long span = at - created;
        if (span < 0) {
            // Overflowed: the span of two valid instants can exceed a long; fail as a record would.
            return Nanos.between(instant(created), instant(at), what, ticketId);
        }
        return span;
    }

    private static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, NANOS_PER_SECOND),
                Math.floorMod(epochNanos, NANOS_PER_SECOND));
    }

    private void put(int row, String ticketId, long second, int nano, long firstNanos, long resolvedNanos,
                     int agentReplies, int ticketReopens, String agentId, byte priorityOrdinal) {
        id[row] = ticketId;
        createdSecond[row] = second;
        createdNano[row] = nano;
        first[row] = firstNanos;
        resolved[row] = resolvedNanos;
        replies[row] = agentReplies;
        reopens[row] = ticketReopens;
        agent[row] = agentId;
        priority[row] = priorityOrdinal;
    }
}

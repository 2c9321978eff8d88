package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.ResponseColumns;

/**
 * The batch the response kernel reads. Handle times are nanoseconds, {@code -1} when not tracked.
 * Not thread-safe.
 */
final class ResponseBatch extends RowBatch<Response, ResponseColumns> {
    final String[] ticketId = new String[CAPACITY];
    final String[] agent = new String[CAPACITY];
    final long[] second = new long[CAPACITY];
    final int[] nano = new int[CAPACITY];
    final long[] handle = new long[CAPACITY];
    final boolean[] automated = new boolean[CAPACITY];

    @Override
    void put(int row, Response response) {
        handle[row] = GroupAccumulator.handleNanos(response);
        ticketId[row] = response.ticketId();
        agent[row] = response.agentId();
        second[row] = response.sentAt().getEpochSecond();
        nano[row] = response.sentAt().getNano();
        automated[row] = response.automated();
    }

    @Override
    void put(int row, ResponseColumns columns, int src) {
        long sent = columns.sentAtNanos(src);
        long nanos = columns.handleNanos(src);
        handle[row] = nanos == ResponseColumns.ABSENT ? -1 : nanos;
        ticketId[row] = columns.ticketId(src);
        agent[row] = columns.agentId(src);
        second[row] = Math.floorDiv(sent, NANOS_PER_SECOND);
        nano[row] = (int) Math.floorMod(sent, NANOS_PER_SECOND);
        automated[row] = columns.automated(src);
    }

    @Override
    Response recordOf(ResponseColumns columns, int src) {
        return columns.response(src);
    }
}

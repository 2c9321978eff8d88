package dev.cxmetrics.spark;

import dev.cxmetrics.report.ReportAccumulator;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Builds one partition's accumulator on an executor: all its tickets first, then its responses
 * and answers, which (co-partitioned by ticket id) find their ticket in the same partition.
 */
final class PartitionTask {
    /** Positions of the ticket columns in the projected tickets: the declaration order. */
    static final int[] TICKET_AT = identity(Input.TICKETS.columns().length);
    /** Positions of the response and survey columns in a projected event row, see {@link SparkReports}. */
    static final int[] RESPONSE_AT = {0, 1, 3, 4, 5};
    static final int[] SURVEY_AT = {0, 2, 1, 6, 7, 8};
    /** The position of the record kind: {@link #RESPONSE} or {@link #SURVEY}. */
    static final int RECORD = 9;
    static final int RESPONSE = 0;
    static final int SURVEY = 1;

    private final byte[] spec;
    private final ReportAccumulator accumulator;
    private final boolean skipInvalid;
    private final List<InvalidRow> samples = new ArrayList<>();
    private long skipped;

    private PartitionTask(byte[] spec, boolean skipInvalid) {
        this.spec = spec;
        this.accumulator = SpecCache.get(spec).accumulator();
        this.skipInvalid = skipInvalid;
    }

    static Partial run(byte[] spec, boolean skipInvalid, Iterator<Row> tickets, Iterator<Row> events) {
        PartitionTask task = new PartitionTask(spec, skipInvalid);
        while (tickets.hasNext()) {
            Row row = tickets.next();
            try {
                task.accumulator.add(Rows.ticket(row, TICKET_AT));
            } catch (IllegalArgumentException | NullPointerException e) {
                task.reject(new InvalidRow(Input.TICKETS.label(), Rows.ticketId(row, 0), reason(e)), e);
            }
        }
        while (events.hasNext()) {
            Row row = events.next();
            boolean response = row.getInt(RECORD) == RESPONSE;
            try {
                if (response) {
                    task.accumulator.add(Rows.response(row, RESPONSE_AT));
                } else {
                    task.accumulator.add(Rows.answer(row, SURVEY_AT));
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                String input = (response ? Input.RESPONSES : Input.SURVEYS).label();
                task.reject(new InvalidRow(input, Rows.ticketId(row, 0), reason(e)), e);
            }
        }
        return new Partial(task.spec, task.accumulator, task.skipped, task.samples);
    }

    private void reject(InvalidRow row, RuntimeException cause) {
        if (!skipInvalid) {
            throw new InvalidRowException(row, cause);
        }
        skipped++;
        if (samples.size() < Partial.SAMPLES) {
            samples.add(row);
        }
    }

    static String reason(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static int[] identity(int length) {
        int[] positions = new int[length];
        for (int i = 0; i < length; i++) {
            positions[i] = i;
        }
        return positions;
    }
}

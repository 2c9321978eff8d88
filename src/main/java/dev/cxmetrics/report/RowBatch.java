package dev.cxmetrics.report;

import java.util.Arrays;

/**
 * A small reusable columnar batch: the one form an accumulator kernel reads. Records are copied
 * in one at a time ({@link #add}), rows of a columnar input a slice at a time ({@link #fill});
 * then the same kernel loop adds the batch. A row remembers where it came from, so the few rows
 * that need a record (one that waits for its ticket, an SLA check) get the caller's own or one
 * made from its columns. Not thread-safe.
 *
 * @param <R> the record type
 * @param <C> the columnar input type
 */
abstract class RowBatch<R, C> {
    static final int CAPACITY = 256;
    static final long NANOS_PER_SECOND = 1_000_000_000L;

    int size;
    private final Object[] records = new Object[CAPACITY];
    private C source;
    private int sourceStart;

    final boolean isFull() {
        return size == CAPACITY;
    }

    /** Empties the batch, dropping its references to the records and columns it held. */
    final void clear() {
        Arrays.fill(records, 0, size, null);
        source = null;
        size = 0;
    }

    /** Appends a record; when it cannot be copied (a span too long), fails and adds nothing. */
    final void add(R record) {
        put(size, record);
        records[size] = record;
        size++;
    }

    /** Empties the batch and copies rows {@code [from, from + count)} of {@code columns}; {@code count <= CAPACITY}. */
    final void fill(C columns, int from, int count) {
        clear();
        source = columns;
        sourceStart = from;
        for (int row = 0; row < count; row++) {
            put(row, columns, from + row);
            size++;
        }
    }

    /** The record of a row: the one it came as, or one made from its columns (allocates). */
    @SuppressWarnings("unchecked")
    final R record(int row) {
        R record = (R) records[row];
        return record != null ? record : recordOf(source, sourceStart + row);
    }

    /** Copies a record's values into {@code row}. */
    abstract void put(int row, R record);

    /** Copies row {@code src} of {@code columns} into {@code row}. */
    abstract void put(int row, C columns, int src);

    /** Row {@code src} of {@code columns} as a record. */
    abstract R recordOf(C columns, int src);
}

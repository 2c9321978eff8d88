package dev.cxmetrics;

import java.time.Instant;

/** Shared pieces of the columnar inputs: length checks, copies, and epoch nanoseconds as instants. */
final class Columns {
    /** The value of an absent instant. */
    static final long ABSENT = Long.MIN_VALUE;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Columns() {
    }

    static void checkLength(int length, int rows, String column) {
        if (length != rows) {
            throw new ColumnValueException(-1, column, null, "has " + length + " values for a batch of " + rows + " rows",
                    null);
        }
    }

    static void checkRows(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows " + rows + " is negative");
        }
    }

    /** A checked copy of a column, or null when it was not given. */
    static long[] copy(long[] values, int rows, String column) {
        if (values == null) {
            return null;
        }
        checkLength(values.length, rows, column);
        return values.clone();
    }

    static int[] copy(int[] values, int rows, String column) {
        if (values == null) {
            return null;
        }
        checkLength(values.length, rows, column);
        return values.clone();
    }

    static String[] copy(String[] values, int rows, String column) {
        if (values == null) {
            return null;
        }
        checkLength(values.length, rows, column);
        return values.clone();
    }

    static boolean[] copy(boolean[] values, int rows, String column) {
        if (values == null) {
            return null;
        }
        checkLength(values.length, rows, column);
        return values.clone();
    }

    /** The instant of epoch nanoseconds, or null for {@link #ABSENT}. */
    static Instant instant(long epochNanos) {
        if (epochNanos == ABSENT) {
            return null;
        }
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, NANOS_PER_SECOND),
                Math.floorMod(epochNanos, NANOS_PER_SECOND));
    }

    /**
     * Runs a record check on one value and turns its rejection into a {@link ColumnValueException}
     * naming the row: the record's own rule and message, so columns and records agree.
     */
    static ColumnValueException rejected(int row, String column, String ticketId, RuntimeException e) {
        return new ColumnValueException(row, column, ticketId, e.getMessage(), e);
    }
}

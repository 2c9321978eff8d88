package dev.cxmetrics;

import java.time.Duration;

/**
 * A batch of responses as columns, for data that already sits in arrays: one array per
 * {@link Response} field, row {@code i} of every column being response {@code i}. Report
 * accumulators take a batch as a whole ({@code ReportAccumulator.add(ResponseColumns)}) with the
 * same results as adding {@link #response(int) its rows as responses}.
 *
 * <p>Encodings: {@code sentAt} in epoch nanoseconds (1677 to 2262, see {@link TicketColumns});
 * agent ids dictionary-encoded ({@code -1} or a null entry for absent); handle times in
 * nanoseconds with {@link #ABSENT} for not tracked, or in seconds with {@code NaN} for not
 * tracked; {@code automated} false when the column is not given.
 *
 * <p>Validation: {@link Builder#build()} applies the rules of the {@link Response} constructor
 * to every row and fails on the first row that breaks one with a {@link ColumnValueException}
 * naming the row, the column (the record field's name) and the ticket id. {@code build()} copies
 * every array, so the batch is immutable and thread-safe.
 */
public final class ResponseColumns {
    /** The encoding of an absent instant or handle time: {@code Long.MIN_VALUE}. */
    public static final long ABSENT = Columns.ABSENT;
    private static final double MAX_SECONDS = Long.MAX_VALUE / 1e9;

    private final int size;
    private final String[] ticketIds;
    private final long[] sentAt;
    private final long[] handleNanos;
    private final boolean[] automated;
    private final Coded<String> agent;

    private ResponseColumns(int size, String[] ticketIds, long[] sentAt, long[] handleNanos, boolean[] automated,
                            Coded<String> agent) {
        this.size = size;
        this.ticketIds = ticketIds;
        this.sentAt = sentAt;
        this.handleNanos = handleNanos;
        this.automated = automated;
        this.agent = agent;
    }

    /**
     * Starts a batch of {@code rows} responses. {@code ticketIds} and {@code sentAt} are required.
     *
     * @param rows the number of responses, {@code >= 0}; every column must have this length
     * @return a new builder; not thread-safe
     * @throws IllegalArgumentException when {@code rows} is negative
     */
    public static Builder builder(int rows) {
        Columns.checkRows(rows);
        return new Builder(rows);
    }

    /**
     * Returns a batch of no responses.
     *
     * @return an empty batch
     */
    public static ResponseColumns empty() {
        return builder(0).ticketIds(new String[0]).sentAt(new long[0]).build();
    }

    /**
     * Returns the number of responses (rows).
     *
     * @return the row count, {@code >= 0}
     */
    public int size() {
        return size;
    }

    /**
     * Returns a row's ticket id.
     *
     * @param row the row, in {@code [0, size())}
     * @return the id, never null or blank
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public String ticketId(int row) {
        return ticketIds[row];
    }

    /**
     * Returns a row's agent id, as {@link Response#agentId()} would.
     *
     * @param row the row, in {@code [0, size())}
     * @return the agent id, or null when absent
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public String agentId(int row) {
        checkRow(row);
        return agent == null ? null : agent.value(row);
    }

    /**
     * Returns when a row was sent.
     *
     * @param row the row, in {@code [0, size())}
     * @return epoch nanoseconds, never {@link #ABSENT}
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public long sentAtNanos(int row) {
        return sentAt[row];
    }

    /**
     * Returns a row's handle time.
     *
     * @param row the row, in {@code [0, size())}
     * @return nanoseconds, {@code >= 0}, or {@link #ABSENT} when not tracked
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public long handleNanos(int row) {
        checkRow(row);
        return handleNanos == null ? ABSENT : handleNanos[row];
    }

    /**
     * Tells whether a row was sent automatically (bot, auto-reply).
     *
     * @param row the row, in {@code [0, size())}
     * @return the flag; false when the column was not given
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public boolean automated(int row) {
        checkRow(row);
        return automated != null && automated[row];
    }

    /**
     * Returns a row as a record.
     *
     * @param row the row, in {@code [0, size())}
     * @return a new response equal to what the row encodes
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public Response response(int row) {
        long handle = handleNanos(row);
        return new Response(ticketIds[row], agentId(row), Columns.instant(sentAt[row]),
                handle == ABSENT ? null : Duration.ofNanos(handle), automated(row));
    }

    private void checkRow(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " is outside a batch of " + size);
        }
    }

    private void validate() {
        for (int row = 0; row < size; row++) {
            String id = ticketIds[row];
            if (id == null || id.isBlank()) {
                throw reject(row, "ticketId", null);
            }
            if (sentAt[row] == ABSENT) {
                throw new ColumnValueException(row, "sentAt", id, "sentAt is required" + Checks.ticketSuffix(id), null);
            }
            String agentId = agentId(row);
            if (agentId != null && agentId.isBlank()) {
                throw reject(row, "agentId", id);
            }
            long handle = handleNanos(row);
            if (handle != ABSENT && handle < 0) {
                throw new ColumnValueException(row, "handleTime", id, "handleTime " + Duration.ofNanos(handle)
                        + " is negative" + Checks.ticketSuffix(id), null);
            }
        }
    }

    private ColumnValueException reject(int row, String column, String id) {
        try {
            response(row);
        } catch (RuntimeException e) {
            return Columns.rejected(row, column, id, e);
        }
        throw new IllegalStateException("row " + row + " breaks a rule of column " + column + " that Response accepts");
    }

    /**
     * Collects the columns of a {@link ResponseColumns}. Each setter replaces the column it sets
     * (the two handle-time setters replace each other); nothing is checked or copied until
     * {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private final int rows;
        private String[] ticketIds;
        private long[] sentAt;
        private long[] handleNanos;
        private double[] handleSeconds;
        private boolean[] automated;
        private int[] agentCodes;
        private String[] agentDictionary;

        private Builder(int rows) {
            this.rows = rows;
        }

        /**
         * Sets the ticket ids (required): one non-blank id per row.
         *
         * @param ticketIds the ids
         * @return this builder
         */
        public Builder ticketIds(String[] ticketIds) {
            this.ticketIds = ticketIds;
            return this;
        }

        /**
         * Sets when each response was sent (required), in epoch nanoseconds.
         *
         * @param epochNanos the instants; {@link #ABSENT} is rejected
         * @return this builder
         */
        public Builder sentAt(long[] epochNanos) {
            this.sentAt = epochNanos;
            return this;
        }

        /**
         * Sets the responding agents, dictionary-encoded.
         *
         * @param codes one code per row into {@code dictionary}, -1 for absent
         * @param dictionary the distinct agent ids; used entries must be null or non-blank
         * @return this builder
         */
        public Builder agent(int[] codes, String[] dictionary) {
            this.agentCodes = codes;
            this.agentDictionary = dictionary;
            return this;
        }

        /**
         * Sets the handle times in nanoseconds: {@code >= 0}, or {@link #ABSENT} when not tracked.
         *
         * @param nanos the handle times
         * @return this builder
         */
        public Builder handleNanos(long[] nanos) {
            this.handleNanos = nanos;
            this.handleSeconds = null;
            return this;
        }

        /**
         * Sets the handle times in seconds, as a double column holds them: {@code NaN} when not
         * tracked (the usual reading of a null double); otherwise finite, {@code >= 0} and at most
         * about 292 years, rounded to the nearest nanosecond. Negative zero is zero.
         *
         * @param seconds the handle times
         * @return this builder
         */
        public Builder handleSeconds(double[] seconds) {
            this.handleSeconds = seconds;
            this.handleNanos = null;
            return this;
        }

        /**
         * Sets which responses were automated (bot, auto-reply); all false without this column.
         *
         * @param automated one flag per row
         * @return this builder
         */
        public Builder automated(boolean[] automated) {
            this.automated = automated;
            return this;
        }

        /**
         * Copies and checks the columns into a batch.
         *
         * @return an immutable batch
         * @throws ColumnValueException when a required column is missing, a column's length is not
         *     the batch's, a code is outside its dictionary, a handle time in seconds is negative,
         *     infinite or too long, or a row breaks a rule of {@link Response}; it names the row
         *     (when there is one), the column and the ticket id
         */
        public ResponseColumns build() {
            if (ticketIds == null) {
                throw new ColumnValueException(-1, "ticketId", null, "the ticket ids are required", null);
            }
            if (sentAt == null) {
                throw new ColumnValueException(-1, "sentAt", null, "the sent instants are required", null);
            }
            String[] ids = Columns.copy(ticketIds, rows, "ticketId");
            long[] handle = handleSeconds == null ? Columns.copy(handleNanos, rows, "handleTime") : nanos(ids);
            ResponseColumns columns = new ResponseColumns(rows, ids, Columns.copy(sentAt, rows, "sentAt"), handle,
                    Columns.copy(automated, rows, "automated"),
                    agentCodes == null && agentDictionary == null ? null
                            : Coded.of(agentCodes, agentDictionary, rows, "agentId"));
            columns.validate();
            return columns;
        }

        private long[] nanos(String[] ids) {
            Columns.checkLength(handleSeconds.length, rows, "handleTime");
            long[] nanos = new long[rows];
            for (int row = 0; row < rows; row++) {
                double seconds = handleSeconds[row];
                if (Double.isNaN(seconds)) {
                    nanos[row] = ABSENT;
                } else if (seconds < 0 || seconds > MAX_SECONDS) {
                    String id = ids[row] == null || ids[row].isBlank() ? null : ids[row];
                    throw new ColumnValueException(row, "handleTime", id, "handleTime " + seconds + " s is "
                            + (seconds < 0 ? "negative" : "longer than about 292 years, the longest duration measured")
                            + Checks.ticketSuffix(id), null);
                } else {
                    nanos[row] = Math.round(seconds * 1e9);
                }
            }
            return nanos;
        }
    }
}

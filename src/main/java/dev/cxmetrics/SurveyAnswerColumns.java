package dev.cxmetrics;

/**
 * A batch of survey answers as columns, for data that already sits in arrays: one array per
 * {@link SurveyAnswer} field, row {@code i} of every column being answer {@code i}. Report
 * accumulators take a batch as a whole ({@code ReportAccumulator.add(SurveyAnswerColumns)}) with
 * the same results as adding {@link #answer(int) its rows as answers}.
 *
 * <p>Encodings: {@code answeredAt} in epoch nanoseconds (1677 to 2262, see
 * {@link TicketColumns}); ticket ids one string per row (null for an answer tied to no ticket);
 * customer and agent ids and the survey kind dictionary-encoded ({@code -1} or a null entry for
 * absent).
 *
 * <p>Validation: {@link Builder#build()} applies the rules of the {@link SurveyAnswer}
 * constructor to every row and fails on the first row that breaks one with a
 * {@link ColumnValueException} naming the row, the column (the record field's name) and the
 * ticket id. {@code build()} copies every array, so the batch is immutable and thread-safe.
 */
public final class SurveyAnswerColumns {
    /** The encoding of an absent instant: {@code Long.MIN_VALUE}. */
    public static final long ABSENT = Columns.ABSENT;

    private final int size;
    private final String[] ticketIds;
    private final Coded<String> customer;
    private final Coded<String> agent;
    private final Coded<SurveyKind> kind;
    private final int[] scores;
    private final long[] answeredAt;

    private SurveyAnswerColumns(int size, String[] ticketIds, Coded<String> customer, Coded<String> agent,
                                Coded<SurveyKind> kind, int[] scores, long[] answeredAt) {
        this.size = size;
        this.ticketIds = ticketIds;
        this.customer = customer;
        this.agent = agent;
        this.kind = kind;
        this.scores = scores;
        this.answeredAt = answeredAt;
    }

    /**
     * Starts a batch of {@code rows} answers. {@code kind}, {@code scores} and {@code answeredAt}
     * are required.
     *
     * @param rows the number of answers, {@code >= 0}; every column must have this length
     * @return a new builder; not thread-safe
     * @throws IllegalArgumentException when {@code rows} is negative
     */
    public static Builder builder(int rows) {
        Columns.checkRows(rows);
        return new Builder(rows);
    }

    /**
     * Returns a batch of no answers.
     *
     * @return an empty batch
     */
    public static SurveyAnswerColumns empty() {
        return builder(0).kind(new int[0], new SurveyKind[0]).scores(new int[0]).answeredAt(new long[0]).build();
    }

    /**
     * Returns the number of answers (rows).
     *
     * @return the row count, {@code >= 0}
     */
    public int size() {
        return size;
    }

    /**
     * Returns a row's ticket id, as {@link SurveyAnswer#ticketId()} would.
     *
     * @param row the row, in {@code [0, size())}
     * @return the ticket id, or null for an answer tied to no ticket
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public String ticketId(int row) {
        checkRow(row);
        return ticketIds == null ? null : ticketIds[row];
    }

    /**
     * Returns a row's customer id.
     *
     * @param row the row, in {@code [0, size())}
     * @return the customer id, or null when absent
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public String customerId(int row) {
        checkRow(row);
        return customer == null ? null : customer.value(row);
    }

    /**
     * Returns a row's rated agent.
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
     * Returns a row's survey kind.
     *
     * @param row the row, in {@code [0, size())}
     * @return the kind, never null
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public SurveyKind kind(int row) {
        checkRow(row);
        return kind.value(row);
    }

    /**
     * Returns a row's score.
     *
     * @param row the row, in {@code [0, size())}
     * @return the score, in its kind's range
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public int score(int row) {
        return scores[row];
    }

    /**
     * Returns when a row was answered.
     *
     * @param row the row, in {@code [0, size())}
     * @return epoch nanoseconds, never {@link #ABSENT}
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public long answeredAtNanos(int row) {
        return answeredAt[row];
    }

    /**
     * Returns a row as a record.
     *
     * @param row the row, in {@code [0, size())}
     * @return a new answer equal to what the row encodes
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public SurveyAnswer answer(int row) {
        return new SurveyAnswer(ticketId(row), customerId(row), agentId(row), kind(row), scores[row],
                Columns.instant(answeredAt[row]));
    }

    private void checkRow(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " is outside a batch of " + size);
        }
    }

    private void validate() {
        for (int row = 0; row < size; row++) {
            String id = ticketId(row);
            if (id != null && id.isBlank()) {
                throw reject(row, "ticketId", null);
            }
            String customerId = customerId(row);
            if (customerId != null && customerId.isBlank()) {
                throw reject(row, "customerId", id);
            }
            String agentId = agentId(row);
            if (agentId != null && agentId.isBlank()) {
                throw reject(row, "agentId", id);
            }
            SurveyKind k = kind(row);
            if (k == null) {
                throw reject(row, "kind", id);
            }
            if (answeredAt[row] == ABSENT) {
                throw new ColumnValueException(row, "answeredAt", id, "answeredAt is required"
                        + Checks.ticketSuffix(id), null);
            }
            if (!k.accepts(scores[row])) {
                throw reject(row, "score", id);
            }
        }
    }

    private ColumnValueException reject(int row, String column, String id) {
        try {
            answer(row);
        } catch (RuntimeException e) {
            return Columns.rejected(row, column, id, e);
        }
        throw new IllegalStateException("row " + row + " breaks a rule of column " + column
                + " that SurveyAnswer accepts");
    }

    /**
     * Collects the columns of a {@link SurveyAnswerColumns}. Each setter replaces the column it
     * sets; nothing is checked or copied until {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private final int rows;
        private String[] ticketIds;
        private int[] customerCodes;
        private String[] customerDictionary;
        private int[] agentCodes;
        private String[] agentDictionary;
        private int[] kindCodes;
        private SurveyKind[] kindDictionary;
        private int[] scores;
        private long[] answeredAt;

        private Builder(int rows) {
            this.rows = rows;
        }

        /**
         * Sets the ticket ids: null or non-blank per row; all null without this column.
         *
         * @param ticketIds the ids
         * @return this builder
         */
        public Builder ticketIds(String[] ticketIds) {
            this.ticketIds = ticketIds;
            return this;
        }

        /**
         * Sets the customer ids, dictionary-encoded.
         *
         * @param codes one code per row into {@code dictionary}, -1 for absent
         * @param dictionary the distinct customer ids; used entries must be null or non-blank
         * @return this builder
         */
        public Builder customer(int[] codes, String[] dictionary) {
            this.customerCodes = codes;
            this.customerDictionary = dictionary;
            return this;
        }

        /**
         * Sets the rated agents, dictionary-encoded.
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
         * Sets the survey kinds (required), dictionary-encoded, e.g. ordinals into
         * {@code SurveyKind.values()}; every row needs one.
         *
         * @param codes one code per row into {@code dictionary}
         * @param dictionary the kinds the codes refer to
         * @return this builder
         */
        public Builder kind(int[] codes, SurveyKind[] dictionary) {
            this.kindCodes = codes;
            this.kindDictionary = dictionary;
            return this;
        }

        /**
         * Sets the scores (required), each in its row's kind's range.
         *
         * @param scores the scores
         * @return this builder
         */
        public Builder scores(int[] scores) {
            this.scores = scores;
            return this;
        }

        /**
         * Sets when each answer was given (required), in epoch nanoseconds.
         *
         * @param epochNanos the instants; {@link #ABSENT} is rejected
         * @return this builder
         */
        public Builder answeredAt(long[] epochNanos) {
            this.answeredAt = epochNanos;
            return this;
        }

        /**
         * Copies and checks the columns into a batch.
         *
         * @return an immutable batch
         * @throws ColumnValueException when a required column is missing, a column's length is not
         *     the batch's, a code is outside its dictionary, or a row breaks a rule of
         *     {@link SurveyAnswer}; it names the row (when there is one), the column and the ticket id
         */
        public SurveyAnswerColumns build() {
            if (kindCodes == null && kindDictionary == null) {
                throw new ColumnValueException(-1, "kind", null, "the survey kinds are required", null);
            }
            if (scores == null) {
                throw new ColumnValueException(-1, "score", null, "the scores are required", null);
            }
            if (answeredAt == null) {
                throw new ColumnValueException(-1, "answeredAt", null, "the answer instants are required", null);
            }
            SurveyAnswerColumns columns = new SurveyAnswerColumns(rows, Columns.copy(ticketIds, rows, "ticketId"),
                    customerCodes == null && customerDictionary == null ? null
                            : Coded.of(customerCodes, customerDictionary, rows, "customerId"),
                    agentCodes == null && agentDictionary == null ? null
                            : Coded.of(agentCodes, agentDictionary, rows, "agentId"),
                    Coded.of(kindCodes, kindDictionary, rows, "kind"),
                    Columns.copy(scores, rows, "score"), Columns.copy(answeredAt, rows, "answeredAt"));
            columns.validate();
            return columns;
        }
    }
}

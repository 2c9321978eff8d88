package dev.cxmetrics;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;

/**
 * A batch of tickets as columns, for data that already sits in arrays (JDBC batches, Arrow or
 * Parquet readers): one primitive array per {@link Ticket} field, row {@code i} of every column
 * being ticket {@code i}. Report accumulators take a batch as a whole
 * ({@code ReportAccumulator.add(TicketColumns)}) with the same results as adding
 * {@link #ticket(int) its rows as tickets}, without a record per row.
 *
 * <p>Encodings:
 * <ul>
 *   <li>instants are epoch nanoseconds (nanoseconds since 1970-01-01T00:00Z), {@link #ABSENT}
 *       ({@code Long.MIN_VALUE}) for an absent one; a long covers 1677-09-21T00:12:43.145224193Z
 *       to 2262-04-11T23:47:16.854775807Z, and tickets outside that range must be given as
 *       records;</li>
 *   <li>strings (customer, agent, channel, type, team, custom fields) and the priority are
 *       dictionary-encoded: an {@code int[]} of codes into a dictionary array, {@code -1} for
 *       absent; a null dictionary entry also reads as absent, and entries no row uses are never
 *       checked;</li>
 *   <li>ids are one string per row.</li>
 * </ul>
 *
 * <p>Validation: {@link Builder#build()} applies the rules of the {@link Ticket} constructor to
 * every row, in the same order and with the same reasons, and fails on the first row that breaks
 * one with a {@link ColumnValueException} naming the row, the column (the record field's name)
 * and the ticket id. Codes outside the dictionary and columns whose length is not the batch's
 * are rejected the same way.
 *
 * <p>Ownership: {@code build()} copies every array it was given (codes and dictionaries too), so
 * changing them afterwards does not change the batch. The batch is immutable and thread-safe.
 */
public final class TicketColumns {
    /** The encoding of an absent instant: {@code Long.MIN_VALUE}. */
    public static final long ABSENT = Columns.ABSENT;

    private final int size;
    private final String[] ids;
    private final long[] createdAt;
    private final long[] firstResponseAt;
    private final long[] resolvedAt;
    /** Null when not given: 1 for rows with a first response, else 0, as {@link Ticket.Builder}. */
    private final int[] agentReplies;
    private final int[] reopens;
    private final Coded<String> customer;
    private final Coded<String> agent;
    private final Coded<String> channel;
    private final Coded<String> type;
    private final Coded<String> team;
    private final Coded<Priority> priority;
    private final TreeMap<String, Coded<String>> fields;

    private TicketColumns(Builder b) {
        this.size = b.rows;
        this.ids = b.ids;
        this.createdAt = b.createdAt;
        this.firstResponseAt = b.firstResponseAt;
        this.resolvedAt = b.resolvedAt;
        this.agentReplies = b.agentReplies;
        this.reopens = b.reopens;
        this.customer = b.customer;
        this.agent = b.agent;
        this.channel = b.channel;
        this.type = b.type;
        this.team = b.team;
        this.priority = b.priority;
        this.fields = b.fields;
    }

    /**
     * Starts a batch of {@code rows} tickets. {@code ids} and {@code createdAt} are required;
     * every other column is optional and absent in every row when not given.
     *
     * @param rows the number of tickets, {@code >= 0}; every column must have this length
     * @return a new builder; not thread-safe
     * @throws IllegalArgumentException when {@code rows} is negative
     */
    public static Builder builder(int rows) {
        Columns.checkRows(rows);
        return new Builder(rows);
    }

    /**
     * Returns a batch of no tickets.
     *
     * @return an empty batch
     */
    public static TicketColumns empty() {
        return builder(0).ids(new String[0]).createdAt(new long[0]).build();
    }

    /**
     * Returns the number of tickets (rows).
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
    public String id(int row) {
        return ids[row];
    }

    /**
     * Returns a row's creation instant.
     *
     * @param row the row, in {@code [0, size())}
     * @return epoch nanoseconds, never {@link #ABSENT}
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public long createdAtNanos(int row) {
        return createdAt[row];
    }

    /**
     * Returns a row's first response instant.
     *
     * @param row the row, in {@code [0, size())}
     * @return epoch nanoseconds, {@code >= createdAtNanos(row)}, or {@link #ABSENT}
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public long firstResponseAtNanos(int row) {
        checkRow(row);
        return firstResponseAt == null ? ABSENT : firstResponseAt[row];
    }

    /**
     * Returns a row's resolution instant.
     *
     * @param row the row, in {@code [0, size())}
     * @return epoch nanoseconds, {@code >= createdAtNanos(row)}, or {@link #ABSENT}
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public long resolvedAtNanos(int row) {
        checkRow(row);
        return resolvedAt == null ? ABSENT : resolvedAt[row];
    }

    /**
     * Returns a row's number of human agent replies: the column's value, or when the column was not
     * given 1 for a row with a first response and 0 otherwise (as {@link Ticket.Builder#build()}).
     *
     * @param row the row, in {@code [0, size())}
     * @return the count, {@code >= 0}, and {@code >= 1} when the row has a first response
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public int agentReplies(int row) {
        checkRow(row);
        if (agentReplies != null) {
            return agentReplies[row];
        }
        return firstResponseAtNanos(row) == ABSENT ? 0 : 1;
    }

    /**
     * Returns a row's number of reopens.
     *
     * @param row the row, in {@code [0, size())}
     * @return the count, {@code >= 0}; 0 when the column was not given
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public int reopens(int row) {
        checkRow(row);
        return reopens == null ? 0 : reopens[row];
    }

    /**
     * Returns a row's customer id, as {@link Ticket#customerId()} would.
     *
     * @param row the row, in {@code [0, size())}
     * @return the customer id, or null when absent (code -1, a null entry, or no column)
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public String customerId(int row) {
        return value(customer, row);
    }

    /**
     * Returns a row's agent id, as {@link Ticket#agentId()} would.
     *
     * @param row the row, in {@code [0, size())}
     * @return the agent id, or null when absent
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public String agentId(int row) {
        return value(agent, row);
    }

    /**
     * Returns a row's channel, as {@link Ticket#channel()} would.
     *
     * @param row the row, in {@code [0, size())}
     * @return the channel, or null when absent
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public String channel(int row) {
        return value(channel, row);
    }

    /**
     * Returns a row's request type, as {@link Ticket#type()} would.
     *
     * @param row the row, in {@code [0, size())}
     * @return the type, or null when absent
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public String type(int row) {
        return value(type, row);
    }

    /**
     * Returns a row's team, as {@link Ticket#team()} would.
     *
     * @param row the row, in {@code [0, size())}
     * @return the team, or null when absent
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public String team(int row) {
        return value(team, row);
    }

    /**
     * Returns a row's priority, as {@link Ticket#priority()} would.
     *
     * @param row the row, in {@code [0, size())}
     * @return the priority, or null when absent
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public Priority priority(int row) {
        return value(priority, row);
    }

    /**
     * Returns a row's value of a custom field, as {@link Ticket#field(String)} would.
     *
     * @param name the field name
     * @param row the row, in {@code [0, size())}
     * @return the value, or null when the row has none or the batch has no such column
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public String field(String name, int row) {
        return value(fields.get(name), row);
    }

    /**
     * Returns the names of the custom-field columns, sorted.
     *
     * @return an unmodifiable set, possibly empty
     */
    public NavigableSet<String> fieldNames() {
        return Collections.unmodifiableNavigableSet(fields.navigableKeySet());
    }

    /**
     * Returns a row as a record; the batch's own rows always make valid tickets.
     *
     * @param row the row, in {@code [0, size())}
     * @return a new ticket equal to what the row encodes
     * @throws IndexOutOfBoundsException when the row is out of range
     */
    public Ticket ticket(int row) {
        return toTicket(row, agentReplies(row));
    }

    private Ticket toTicket(int row, int replies) {
        Map<String, String> values = null;
        if (!fields.isEmpty()) {
            values = new TreeMap<>();
            for (Map.Entry<String, Coded<String>> field : fields.entrySet()) {
                String value = field.getValue().value(row);
                if (value != null) {
                    values.put(field.getKey(), value);
                }
            }
        }
        return new Ticket(ids[row], customerId(row), agentId(row), channel(row), type(row), priority(row),
                Columns.instant(createdAt[row]), Columns.instant(firstResponseAtNanos(row)),
                Columns.instant(resolvedAtNanos(row)), replies, reopens(row), team(row), values);
    }

    private void checkRow(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " is outside a batch of " + size);
        }
    }

    private <T> T value(Coded<T> column, int row) {
        checkRow(row);
        return column == null ? null : column.value(row);
    }

    /** Checks every row against the record's rules, in the record's order. */
    private void validate() {
        for (int row = 0; row < size; row++) {
            String id = ids[row];
            if (id == null || id.isBlank()) {
                throw reject(row, "id", null);
            }
            if (createdAt[row] == ABSENT) {
                throw new ColumnValueException(row, "createdAt", id, "createdAt is required"
                        + Checks.ticketSuffix(id), null);
            }
            checkName(customer, row, "customerId", id);
            checkName(agent, row, "agentId", id);
            checkName(channel, row, "channel", id);
            checkName(type, row, "type", id);
            checkName(team, row, "team", id);
            for (Coded<String> field : fields.values()) {
                checkName(field, row, "fields", id);
            }
            long created = createdAt[row];
            long first = firstResponseAtNanos(row);
            if (first != ABSENT && first < created) {
                throw reject(row, "firstResponseAt", id);
            }
            long resolved = resolvedAtNanos(row);
            if (resolved != ABSENT && resolved < created) {
                throw reject(row, "resolvedAt", id);
            }
            int replies = agentReplies(row);
            if (replies < 0) {
                throw reject(row, "agentReplies", id);
            }
            if (reopens(row) < 0) {
                throw reject(row, "reopens", id);
            }
            if (first != ABSENT && replies == 0) {
                throw reject(row, "agentReplies", id);
            }
        }
    }

    private void checkName(Coded<String> column, int row, String name, String id) {
        if (column != null) {
            String value = column.value(row);
            if (value != null && value.isBlank()) {
                throw reject(row, name, id);
            }
        }
    }

    /** The record's own rejection of the row, naming the row and the column found to break a rule. */
    private ColumnValueException reject(int row, String column, String id) {
        try {
            toTicket(row, agentReplies(row));
        } catch (RuntimeException e) {
            return Columns.rejected(row, column, id == null || id.isBlank() ? null : id, e);
        }
        throw new IllegalStateException("row " + row + " breaks a rule of column " + column + " that Ticket accepts");
    }

    /**
     * Collects the columns of a {@link TicketColumns}. Each setter replaces the column it sets;
     * nothing is checked or copied until {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private final int rows;
        private String[] ids;
        private long[] createdAt;
        private long[] firstResponseAt;
        private long[] resolvedAt;
        private int[] agentReplies;
        private int[] reopens;
        private Coded<String> customer;
        private Coded<String> agent;
        private Coded<String> channel;
        private Coded<String> type;
        private Coded<String> team;
        private Coded<Priority> priority;
        private final TreeMap<String, Coded<String>> fields = new TreeMap<>();
        // Dictionary columns are checked (and copied) as they are set, so kept raw until build.
        private int[][] codes = new int[7][];
        private Object[][] dictionaries = new Object[7][];
        private final TreeMap<String, int[]> fieldCodes = new TreeMap<>();
        private final TreeMap<String, String[]> fieldDictionaries = new TreeMap<>();

        private Builder(int rows) {
            this.rows = rows;
        }

        /**
         * Sets the ticket ids (required): one non-blank id per row.
         *
         * @param ids the ids
         * @return this builder
         */
        public Builder ids(String[] ids) {
            this.ids = ids;
            return this;
        }

        /**
         * Sets the creation instants (required), in epoch nanoseconds; {@link #ABSENT} is rejected.
         *
         * @param epochNanos the instants
         * @return this builder
         */
        public Builder createdAt(long[] epochNanos) {
            this.createdAt = epochNanos;
            return this;
        }

        /**
         * Sets the first response instants, in epoch nanoseconds, {@link #ABSENT} for unanswered
         * tickets; each must be at or after its row's creation.
         *
         * @param epochNanos the instants
         * @return this builder
         */
        public Builder firstResponseAt(long[] epochNanos) {
            this.firstResponseAt = epochNanos;
            return this;
        }

        /**
         * Sets the resolution instants, in epoch nanoseconds, {@link #ABSENT} for open tickets; each
         * must be at or after its row's creation.
         *
         * @param epochNanos the instants
         * @return this builder
         */
        public Builder resolvedAt(long[] epochNanos) {
            this.resolvedAt = epochNanos;
            return this;
        }

        /**
         * Sets the number of human agent replies per row: {@code >= 0}, and {@code >= 1} in rows
         * with a first response. Without this column a row counts 1 reply when it has a first
         * response, else 0.
         *
         * @param counts the counts
         * @return this builder
         */
        public Builder agentReplies(int[] counts) {
            this.agentReplies = counts;
            return this;
        }

        /**
         * Sets the number of reopens per row, {@code >= 0}; 0 without this column.
         *
         * @param counts the counts
         * @return this builder
         */
        public Builder reopens(int[] counts) {
            this.reopens = counts;
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
            return coded(0, codes, dictionary);
        }

        /**
         * Sets the agent ids (the ticket's owner), dictionary-encoded.
         *
         * @param codes one code per row into {@code dictionary}, -1 for absent
         * @param dictionary the distinct agent ids; used entries must be null or non-blank
         * @return this builder
         */
        public Builder agent(int[] codes, String[] dictionary) {
            return coded(1, codes, dictionary);
        }

        /**
         * Sets the channels, dictionary-encoded.
         *
         * @param codes one code per row into {@code dictionary}, -1 for absent
         * @param dictionary the distinct channels; used entries must be null or non-blank
         * @return this builder
         */
        public Builder channel(int[] codes, String[] dictionary) {
            return coded(2, codes, dictionary);
        }

        /**
         * Sets the request types, dictionary-encoded.
         *
         * @param codes one code per row into {@code dictionary}, -1 for absent
         * @param dictionary the distinct types; used entries must be null or non-blank
         * @return this builder
         */
        public Builder type(int[] codes, String[] dictionary) {
            return coded(3, codes, dictionary);
        }

        /**
         * Sets the teams, dictionary-encoded.
         *
         * @param codes one code per row into {@code dictionary}, -1 for absent
         * @param dictionary the distinct teams; used entries must be null or non-blank
         * @return this builder
         */
        public Builder team(int[] codes, String[] dictionary) {
            return coded(4, codes, dictionary);
        }

        /**
         * Sets the priorities, dictionary-encoded (for example with {@code Priority.values()} as the
         * dictionary and ordinals as codes).
         *
         * @param codes one code per row into {@code dictionary}, -1 for absent
         * @param dictionary the priorities the codes refer to; a null entry reads as absent
         * @return this builder
         */
        public Builder priority(int[] codes, Priority[] dictionary) {
            return coded(5, codes, dictionary);
        }

        /**
         * Sets a custom field's values, dictionary-encoded.
         *
         * @param name the field name, valid for {@link Ticket#checkFieldName(String)}
         * @param codes one code per row into {@code dictionary}, -1 for absent
         * @param dictionary the distinct values; used entries must be null or non-blank
         * @return this builder
         * @throws IllegalArgumentException when the name is not a valid field name
         * @throws NullPointerException when the name is null
         */
        public Builder field(String name, int[] codes, String[] dictionary) {
            Ticket.checkFieldName(name);
            fieldCodes.put(name, codes);
            fieldDictionaries.put(name, dictionary);
            return this;
        }

        private Builder coded(int column, int[] codes, Object[] dictionary) {
            this.codes[column] = codes;
            this.dictionaries[column] = dictionary;
            return this;
        }

        /**
         * Copies and checks the columns into a batch.
         *
         * @return an immutable batch
         * @throws ColumnValueException when a required column is missing, a column's length is not
         *     the batch's, a code is outside its dictionary, or a row breaks a rule of
         *     {@link Ticket}; it names the row (when there is one), the column and the ticket id
         */
        public TicketColumns build() {
            if (ids == null) {
                throw new ColumnValueException(-1, "id", null, "the ids are required", null);
            }
            if (createdAt == null) {
                throw new ColumnValueException(-1, "createdAt", null, "the creation instants are required", null);
            }
            Builder copy = new Builder(rows);
            copy.ids = Columns.copy(ids, rows, "id");
            copy.createdAt = Columns.copy(createdAt, rows, "createdAt");
            copy.firstResponseAt = Columns.copy(firstResponseAt, rows, "firstResponseAt");
            copy.resolvedAt = Columns.copy(resolvedAt, rows, "resolvedAt");
            copy.agentReplies = Columns.copy(agentReplies, rows, "agentReplies");
            copy.reopens = Columns.copy(reopens, rows, "reopens");
            copy.customer = strings(0, "customerId");
            copy.agent = strings(1, "agentId");
            copy.channel = strings(2, "channel");
            copy.type = strings(3, "type");
            copy.team = strings(4, "team");
            copy.priority = codes[5] == null && dictionaries[5] == null ? null
                    : Coded.of(codes[5], (Priority[]) dictionaries[5], rows, "priority");
            for (Map.Entry<String, int[]> field : fieldCodes.entrySet()) {
                copy.fields.put(field.getKey(),
                        Coded.of(field.getValue(), fieldDictionaries.get(field.getKey()), rows, "fields"));
            }
            TicketColumns columns = new TicketColumns(copy);
            columns.validate();
            return columns;
        }

        private Coded<String> strings(int column, String name) {
            if (codes[column] == null && dictionaries[column] == null) {
                return null;
            }
            return Coded.of(codes[column], (String[]) dictionaries[column], rows, name);
        }
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketColumns;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * An attribute a report groups by: one of the built-in dimensions {@link #AGENT},
 * {@link #CHANNEL}, {@link #TYPE}, {@link #PRIORITY}, {@link #TEAM}, or a ticket's custom field
 * ({@link #field(String)}).
 *
 * <p>A ticket's group is its own value. A response is grouped by its own {@code agentId} for
 * {@link #AGENT} and by its ticket's value for the other dimensions (team and custom fields
 * included); a survey answer likewise (its own {@code agentId}, the rest from its ticket). Records
 * whose value is {@code null}, or whose ticket lacks the custom field, are grouped under
 * {@link Ticket#ABSENT}, never under the string {@code "null"}. Group keys are the values
 * themselves, and {@link Priority#name()} for {@link #PRIORITY}.
 *
 * <p>Dimensions are immutable values: two dimensions are equal when they are the same built-in
 * one or custom fields of the same name. Thread-safe.
 */
public final class Dimension {
    /** The agent: the ticket's owner, the responding agent, the rated agent. */
    public static final Dimension AGENT = new Dimension(0, "agent", null);
    /** The ticket's contact channel. */
    public static final Dimension CHANNEL = new Dimension(1, "channel", null);
    /** The ticket's request type. */
    public static final Dimension TYPE = new Dimension(2, "type", null);
    /** The ticket's priority, keyed by {@link Priority#name()} and sorted by urgency. */
    public static final Dimension PRIORITY = new Dimension(3, "priority", null);
    /** The team or queue that owns the ticket. */
    public static final Dimension TEAM = new Dimension(4, "team", null);

    /** The code of custom-field dimensions in the report encoding; built-ins use 0 to 4. */
    static final int FIELD_CODE = 5;

    private static final Dimension[] BUILT_IN = {AGENT, CHANNEL, TYPE, PRIORITY, TEAM};
    private static final Comparator<String> BY_PRIORITY = Comparator.comparingInt(Dimension::priorityRank);

    private final int code;
    private final String label;
    /** The custom field's name, or null for a built-in dimension. */
    private final String field;

    private Dimension(int code, String label, String field) {
        this.code = code;
        this.label = label;
        this.field = field;
    }

    /**
     * Returns the dimension of a ticket's custom field: its group key is the ticket's value of the
     * field, or {@link Ticket#ABSENT} when the ticket does not have it.
     *
     * @param name the field's name, as {@link Ticket#checkFieldName(String)} accepts it
     * @return the dimension, labelled with {@code name}
     * @throws IllegalArgumentException when the name is not a valid field name
     * @throws NullPointerException when {@code name} is null
     */
    public static Dimension field(String name) {
        return new Dimension(FIELD_CODE, Ticket.checkFieldName(name), name);
    }

    /**
     * Returns the built-in dimensions, in a new array: {@link #AGENT}, {@link #CHANNEL},
     * {@link #TYPE}, {@link #PRIORITY}, {@link #TEAM}.
     *
     * @return the built-in dimensions
     */
    public static Dimension[] values() {
        return BUILT_IN.clone();
    }

    /**
     * Tells whether this dimension is a custom field.
     *
     * @return true for dimensions made by {@link #field(String)}
     */
    public boolean isField() {
        return field != null;
    }

    /**
     * Returns the group key of a ticket in this dimension.
     *
     * @param ticket the ticket
     * @return the ticket's value, or {@link Ticket#ABSENT} when it has none
     */
    public String keyOf(Ticket ticket) {
        String value = switch (code) {
            case 0 -> ticket.agentId();
            case 1 -> ticket.channel();
            case 2 -> ticket.type();
            case 3 -> ticket.priority() == null ? null : ticket.priority().name();
            case 4 -> ticket.team();
            default -> ticket.field(field);
        };
        return value == null ? Ticket.ABSENT : value;
    }

    /** The group key of row {@code row} of a batch of ticket columns, as {@link #keyOf(Ticket)} gives it for the row's ticket. */
    String keyOf(TicketColumns columns, int row) {
        String value = switch (code) {
            case 0 -> columns.agentId(row);
            case 1 -> columns.channel(row);
            case 2 -> columns.type(row);
            case 3 -> columns.priority(row) == null ? null : columns.priority(row).name();
            case 4 -> columns.team(row);
            default -> columns.field(field, row);
        };
        return value == null ? Ticket.ABSENT : value;
    }

    /**
     * Returns the order of group keys in reports: natural string order, and urgency order
     * (absent first, then LOW to URGENT) for {@link #PRIORITY}.
     *
     * @return the key comparator
     */
    public Comparator<String> keyOrder() {
        return this == PRIORITY ? BY_PRIORITY : Comparator.naturalOrder();
    }

    /**
     * Returns the name used in JSON, CSV and on the command line: {@code agent}, {@code channel},
     * {@code type}, {@code priority}, {@code team}, or the custom field's name as given.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /** The code of this dimension in the report encoding: 0 to 4 built-in, {@link #FIELD_CODE} a field. */
    int code() {
        return code;
    }

    /**
     * Parses the label of a built-in dimension as returned by {@link #label()}, ignoring case and
     * surrounding blanks. Custom fields are not parsed here (a typo must not become an empty
     * field): ask for them with {@link #field(String)}.
     *
     * @param label {@code agent}, {@code channel}, {@code type}, {@code priority} or {@code team}
     * @return the dimension
     * @throws IllegalArgumentException naming the value when it is none of them
     * @throws NullPointerException when {@code label} is null
     */
    public static Dimension parse(String label) {
        Objects.requireNonNull(label, "label");
        for (Dimension dimension : BUILT_IN) {
            if (dimension.label.equalsIgnoreCase(label.trim())) {
                return dimension;
            }
        }
        throw new IllegalArgumentException("dimension '" + label
                + "' is not one of agent, channel, type, priority, team");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dimension that && code == that.code && Objects.equals(field, that.field);
    }

    @Override
    public int hashCode() {
        return 31 * code + Objects.hashCode(field);
    }

    /**
     * Returns the upper-case name of a built-in dimension ({@code AGENT}), or {@code field:<name>}.
     *
     * @return a description for messages
     */
    @Override
    public String toString() {
        return field == null ? label.toUpperCase(Locale.ROOT) : "field:" + field;
    }

    private static int priorityRank(String key) {
        if (key.equals(Ticket.ABSENT)) {
            return -1;
        }
        return Priority.valueOf(key).ordinal();
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Ticket;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * An attribute a report groups by.
 *
 * <p>A ticket's group is its own value. A response is grouped by its own {@code agentId} for
 * {@link #AGENT} and by its ticket's value for the other dimensions; a survey answer likewise
 * (its own {@code agentId}, the ticket's channel, type and priority). Records whose value is
 * {@code null} are grouped under {@link Ticket#ABSENT}, never under the string {@code "null"}.
 * Group keys are the values themselves, and {@link Priority#name()} for {@link #PRIORITY}.
 */
public enum Dimension {
    /** The agent: the ticket's owner, the responding agent, the rated agent. */
    AGENT,
    /** The ticket's contact channel. */
    CHANNEL,
    /** The ticket's request type. */
    TYPE,
    /** The ticket's priority, keyed by {@link Priority#name()} and sorted by urgency. */
    PRIORITY;

    private static final Comparator<String> BY_PRIORITY = Comparator.comparingInt(Dimension::priorityRank);

    /**
     * Returns the group key of a ticket in this dimension.
     *
     * @param ticket the ticket
     * @return the ticket's value, or {@link Ticket#ABSENT} when it has none
     */
    public String keyOf(Ticket ticket) {
        String value;
        switch (this) {
            case AGENT:
                value = ticket.agentId();
                break;
            case CHANNEL:
                value = ticket.channel();
                break;
            case TYPE:
                value = ticket.type();
                break;
            default:
                value = ticket.priority() == null ? null : ticket.priority().name();
                break;
        }
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
     * Returns the lower-case name used in JSON and on the command line, e.g. {@code agent}.
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a label as returned by {@link #label()}, ignoring case.
     *
     * @param label {@code agent}, {@code channel}, {@code type} or {@code priority}
     * @return the dimension
     * @throws IllegalArgumentException naming the value when it is none of them
     */
    public static Dimension parse(String label) {
        Objects.requireNonNull(label, "label");
        for (Dimension dimension : values()) {
            if (dimension.name().equalsIgnoreCase(label.trim())) {
                return dimension;
            }
        }
        throw new IllegalArgumentException("dimension '" + label + "' is not one of agent, channel, type, priority");
    }

    private static int priorityRank(String key) {
        if (key.equals(Ticket.ABSENT)) {
            return -1;
        }
        return Priority.valueOf(key).ordinal();
    }
}

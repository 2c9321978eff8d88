package dev.cxmetrics;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One support request and its lifecycle.
 *
 * <p>Required: {@code id} (non-blank) and {@code createdAt}. Optional: the dimensions
 * ({@code customerId}, {@code agentId}, {@code channel}, {@code type}, {@code priority}), which
 * are {@code null} when unknown and never blank, so that reports can group unknown values as
 * "absent" (the key {@link #ABSENT}) without colliding with a real value. {@code firstResponseAt}
 * (the first reply by a human agent) and {@code resolvedAt} (final resolution) are {@code null}
 * until they happen, and never before {@code createdAt}.
 *
 * <p>{@code agentReplies} counts replies by human agents: at least 0, and at least 1 when
 * {@code firstResponseAt} is set. {@code reopens} counts how often the ticket was reopened
 * after a resolution, at least 0.
 *
 * <p>{@code team} is the group or queue that owns the ticket (null when unknown, never blank).
 * {@code fields} are custom fields (brand, product, language...): an immutable map sorted by name,
 * with names as {@link #checkFieldName(String)} accepts and non-blank values; a field the ticket
 * does not have is simply absent. Reports group by the team and by any custom field.
 *
 * <p><b>Where the lifecycle comes from.</b> One rule, value by value: a ticket's
 * {@link TicketEvent}s win over its {@link Response}s, which win over its own fields. When the
 * ticket has at least one event, its first response, agent replies, reopens and resolution are
 * those derived from the events (responses and own fields are not used for them). Otherwise, when
 * it has at least one human (not automated) response, its first response is the earliest of them
 * and its agent replies their number; its own {@code resolvedAt} and {@code reopens} stay. Otherwise
 * its own fields are used as they are. A report counts the tickets whose sources disagreed
 * ({@code KpiSet.conflicts()}) so that a silent difference cannot go unnoticed.
 *
 * <p>Invalid values are rejected with an {@link InvalidRecordException} (an
 * {@link IllegalArgumentException}; or a {@link NullPointerException} for a missing required
 * value) whose message names the field, the value and the ticket id, and whose fields carry them. Instances are immutable and thread-safe.
 *
 * @param id the ticket's identifier, unique within a data set; required, non-blank
 * @param customerId the customer who raised the ticket, or null when unknown
 * @param agentId the agent who owns the ticket, or null when unassigned
 * @param channel the contact channel (email, chat, phone, ...), or null when unknown
 * @param type the request type or category, or null when unknown
 * @param priority the urgency, or null when unknown
 * @param createdAt when the customer opened the ticket; required
 * @param firstResponseAt when a human agent first replied, or null when no agent has replied
 * @param resolvedAt when the ticket was finally resolved, or null while it is open
 * @param agentReplies the number of human agent replies, {@code >= 0}
 * @param reopens the number of times the ticket was reopened, {@code >= 0}
 * @param team the team or queue that owns the ticket, or null when unknown
 * @param fields custom fields by name, sorted by name; null is taken as none
 */
public record Ticket(
        String id,
        String customerId,
        String agentId,
        String channel,
        String type,
        Priority priority,
        Instant createdAt,
        Instant firstResponseAt,
        Instant resolvedAt,
        int agentReplies,
        int reopens,
        String team,
        Map<String, String> fields) {

    /**
     * The group key under which reports put records whose dimension value is {@code null}:
     * the empty string. Dimension values are never blank, so it never collides with a real value.
     */
    public static final String ABSENT = "";

    /**
     * Creates an instance after validating every component.
     *
     * @param id the ticket's identifier, unique within a data set; required, non-blank
     * @param customerId the customer who raised the ticket, or null when unknown
     * @param agentId the agent who owns the ticket, or null when unassigned
     * @param channel the contact channel (email, chat, phone, ...), or null when unknown
     * @param type the request type or category, or null when unknown
     * @param priority the urgency, or null when unknown
     * @param createdAt when the customer opened the ticket; required
     * @param firstResponseAt when a human agent first replied, or null when no agent has replied
     * @param resolvedAt when the ticket was finally resolved, or null while it is open
     * @param agentReplies the number of human agent replies, {@code >= 0}
     * @param reopens the number of times the ticket was reopened, {@code >= 0}
     * @param team the team or queue that owns the ticket, or null when unknown
     * @param fields custom fields by name; null is taken as none; copied into an immutable map sorted by name
     * @throws InvalidRecordException when a component is out of its range; its fields name the
     *     component, the value and the ticket
     */
    public Ticket {
        Checks.requiredId(id, "id");
        Checks.required(createdAt, "createdAt", id);
        Checks.optionalName(customerId, "customerId", id);
        Checks.optionalName(agentId, "agentId", id);
        Checks.optionalName(channel, "channel", id);
        Checks.optionalName(type, "type", id);
        Checks.optionalName(team, "team", id);
        fields = copyFields(fields, id);
        Checks.notBefore(firstResponseAt, "firstResponseAt", createdAt, id);
        Checks.notBefore(resolvedAt, "resolvedAt", createdAt, id);
        Checks.nonNegative(agentReplies, "agentReplies", id);
        Checks.nonNegative(reopens, "reopens", id);
        if (firstResponseAt != null && agentReplies == 0) {
            throw new InvalidRecordException("agentReplies", "0", id, "0 but firstResponseAt " + firstResponseAt
                    + " is set; the first response is an agent reply");
        }
    }

    /**
     * Creates a ticket without team and custom fields: the constructor of the first versions.
     *
     * @param id the ticket's identifier, unique within a data set; required, non-blank
     * @param customerId the customer who raised the ticket, or null when unknown
     * @param agentId the agent who owns the ticket, or null when unassigned
     * @param channel the contact channel (email, chat, phone, ...), or null when unknown
     * @param type the request type or category, or null when unknown
     * @param priority the urgency, or null when unknown
     * @param createdAt when the customer opened the ticket; required
     * @param firstResponseAt when a human agent first replied, or null when no agent has replied
     * @param resolvedAt when the ticket was finally resolved, or null while it is open
     * @param agentReplies the number of human agent replies, {@code >= 0}
     * @param reopens the number of times the ticket was reopened, {@code >= 0}
     * @throws InvalidRecordException when a component is out of its range; its fields name the
     *     component, the value and the ticket
     */
    public Ticket(String id, String customerId, String agentId, String channel, String type, Priority priority,
                  Instant createdAt, Instant firstResponseAt, Instant resolvedAt, int agentReplies, int reopens) {
        this(id, customerId, agentId, channel, type, priority, createdAt, firstResponseAt, resolvedAt,
                agentReplies, reopens, null, null);
    }

    /**
     * Checks a custom-field name: non-blank, without surrounding blanks, without {@code ,}
     * {@code /} {@code =} or control characters (they separate names on the command line), and not
     * the label of a built-in dimension or calendar bucket ({@code agent}, {@code channel},
     * {@code type}, {@code priority}, {@code team}, {@code day}, {@code week}, {@code month}, in any
     * case), so that a field's group kind in a report never collides with another one.
     *
     * @param name the name
     * @return {@code name}
     * @throws NullPointerException when {@code name} is null
     * @throws IllegalArgumentException naming the value and the rule it breaks
     */
    public static String checkFieldName(String name) {
        return Checks.fieldName(name, null);
    }

    private static SortedMap<String, String> copyFields(Map<String, String> fields, String id) {
        if (fields == null || fields.isEmpty()) {
            return Collections.emptySortedMap();
        }
        TreeMap<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> entry : fields.entrySet()) {
            String name = Checks.fieldName(entry.getKey(), id);
            String value = entry.getValue();
            if (value == null || value.isBlank()) {
                throw Checks.blankFieldValue(name, value, id);
            }
            copy.put(name, value);
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Returns the value of a custom field, or null when the ticket does not have it.
     *
     * @param name the field's name
     * @return the value, or null
     */
    public String field(String name) {
        return fields.get(name);
    }

    /**
     * Starts a builder for a ticket with its two required fields.
     *
     * @param id the ticket's identifier; required, non-blank
     * @param createdAt when the ticket was opened; required
     * @return a new builder; not thread-safe
     */
    public static Builder builder(String id, Instant createdAt) {
        return new Builder(id, createdAt);
    }

    /**
     * Tells whether the ticket has been resolved.
     *
     * @return true when {@code resolvedAt} is set
     */
    public boolean isResolved() {
        return resolvedAt != null;
    }

    /**
     * Returns a builder initialised with this ticket's values, to derive a changed copy.
     *
     * @return a new builder holding every field of this ticket
     */
    public Builder toBuilder() {
        return new Builder(id, createdAt)
                .customer(customerId).agent(agentId).channel(channel).type(type).priority(priority)
                .firstResponseAt(firstResponseAt).resolvedAt(resolvedAt)
                .agentReplies(agentReplies).reopens(reopens).team(team).fields(fields);
    }

    /**
     * A fluent builder of {@link Ticket}; setters are named after the fields. Validation happens
     * in {@link #build()}. Not thread-safe.
     *
     * <p>When {@link #agentReplies(int)} is not called, the ticket gets 1 agent reply if
     * {@code firstResponseAt} is set and 0 otherwise: the least the other fields imply.
     */
    public static final class Builder {
        private final String id;
        private final Instant createdAt;
        private String customerId;
        private String agentId;
        private String channel;
        private String type;
        private Priority priority;
        private Instant firstResponseAt;
        private Instant resolvedAt;
        private int agentReplies = -1;
        private int reopens;
        private String team;
        private final TreeMap<String, String> fields = new TreeMap<>();

        private Builder(String id, Instant createdAt) {
            this.id = id;
            this.createdAt = createdAt;
        }

        /**
         * Sets the customer.
         *
         * @param customerId the customer id, or null when unknown
         * @return this builder
         */
        public Builder customer(String customerId) {
            this.customerId = customerId;
            return this;
        }

        /**
         * Sets the owning agent.
         *
         * @param agentId the agent id, or null when unassigned
         * @return this builder
         */
        public Builder agent(String agentId) {
            this.agentId = agentId;
            return this;
        }

        /**
         * Sets the contact channel.
         *
         * @param channel the channel, or null when unknown
         * @return this builder
         */
        public Builder channel(String channel) {
            this.channel = channel;
            return this;
        }

        /**
         * Sets the request type.
         *
         * @param type the type, or null when unknown
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the priority.
         *
         * @param priority the priority, or null when unknown
         * @return this builder
         */
        public Builder priority(Priority priority) {
            this.priority = priority;
            return this;
        }

        /**
         * Sets when a human agent first replied.
         *
         * @param firstResponseAt the instant of the first agent reply, or null when none
         * @return this builder
         */
        public Builder firstResponseAt(Instant firstResponseAt) {
            this.firstResponseAt = firstResponseAt;
            return this;
        }

        /**
         * Sets when the ticket was resolved.
         *
         * @param resolvedAt the resolution instant, or null while open
         * @return this builder
         */
        public Builder resolvedAt(Instant resolvedAt) {
            this.resolvedAt = resolvedAt;
            return this;
        }

        /**
         * Sets the number of human agent replies.
         *
         * @param agentReplies the count, {@code >= 0}
         * @return this builder
         * @throws InvalidRecordException at once when the count is negative, naming the ticket
         *     ({@link #build()} checks it against {@code firstResponseAt})
         */
        public Builder agentReplies(int agentReplies) {
            this.agentReplies = Checks.nonNegative(agentReplies, "agentReplies", id);
            return this;
        }

        /**
         * Sets the number of reopens.
         *
         * @param reopens the count, {@code >= 0}
         * @return this builder
         * @throws InvalidRecordException at once when the count is negative, naming the ticket
         */
        public Builder reopens(int reopens) {
            this.reopens = Checks.nonNegative(reopens, "reopens", id);
            return this;
        }

        /**
         * Sets the owning team or queue.
         *
         * @param team the team, or null when unknown
         * @return this builder
         */
        public Builder team(String team) {
            this.team = team;
            return this;
        }

        /**
         * Sets a custom field, replacing an earlier value of the same name; a null value removes it.
         *
         * @param name the field's name, checked by {@link Ticket#checkFieldName(String)}
         * @param value the value, non-blank; or null to remove the field
         * @return this builder
         * @throws IllegalArgumentException when the name is invalid or the value blank
         */
        public Builder field(String name, String value) {
            Checks.fieldName(name, id);
            if (value == null) {
                fields.remove(name);
                return this;
            }
            if (value.isBlank()) {
                throw Checks.blankFieldValue(name, value, id);
            }
            fields.put(name, value);
            return this;
        }

        /**
         * Replaces all custom fields.
         *
         * @param fields the fields by name; null or empty for none
         * @return this builder
         * @throws IllegalArgumentException when a name is invalid or a value null or blank
         */
        public Builder fields(Map<String, String> fields) {
            this.fields.clear();
            if (fields != null) {
                for (Map.Entry<String, String> entry : fields.entrySet()) {
                    if (entry.getValue() == null) {
                        throw Checks.blankFieldValue(entry.getKey(), null, id);
                    }
                    field(entry.getKey(), entry.getValue());
                }
            }
            return this;
        }

        /**
         * Validates and builds the ticket.
         *
         * @return the ticket
         * @throws NullPointerException when a required field is null
         * @throws IllegalArgumentException when a field is invalid; the message names field, value and ticket
         */
        public Ticket build() {
            int replies = agentReplies >= 0 ? agentReplies : (firstResponseAt != null ? 1 : 0);
            return new Ticket(id, customerId, agentId, channel, type, priority, createdAt,
                    firstResponseAt, resolvedAt, replies, reopens, team, fields);
        }
    }
}

package dev.cxmetrics;

import java.time.Instant;
import java.util.Objects;

/** Validation helpers shared by the model records; messages name the field, the value and the ticket. */
final class Checks {
    private Checks() {
    }

    static String ticketSuffix(String ticketId) {
        return ticketId == null ? "" : " (ticket " + ticketId + ")";
    }

    static <T> T required(T value, String field, String ticketId) {
        return Objects.requireNonNull(value, () -> field + " is required" + ticketSuffix(ticketId));
    }

    static String requiredId(String id, String field) {
        Objects.requireNonNull(id, () -> field + " is required");
        if (id.isBlank()) {
            throw new InvalidRecordException(field, id, null, "must not be blank, was '" + id + "'");
        }
        return id;
    }

    /** Dimension values are optional, but never blank: the blank key is reserved for "absent". */
    static String optionalName(String value, String field, String ticketId) {
        if (value != null && value.isBlank()) {
            throw new InvalidRecordException(field, value, ticketId, "must be null or non-blank, was '" + value + "'");
        }
        return value;
    }

    static void notBefore(Instant value, String field, Instant createdAt, String ticketId) {
        if (value != null && value.isBefore(createdAt)) {
            throw new InvalidRecordException(field, value.toString(), ticketId,
                    value + " is before createdAt " + createdAt);
        }
    }

    static int nonNegative(int value, String field, String ticketId) {
        if (value < 0) {
            throw new InvalidRecordException(field, Integer.toString(value), ticketId, value + " is negative");
        }
        return value;
    }

    private static final java.util.Set<String> RESERVED_NAMES =
            java.util.Set.of("agent", "channel", "type", "priority", "team", "day", "week", "month");

    static String fieldName(String name, String ticketId) {
        Objects.requireNonNull(name, () -> "field name is required" + ticketSuffix(ticketId));
        if (name.isBlank() || !name.strip().equals(name)) {
            throw badFieldName(name, ticketId, "must be non-blank without surrounding blanks");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ',' || c == '/' || c == '=' || Character.isISOControl(c)) {
                throw badFieldName(name, ticketId,
                        "must not contain " + (Character.isISOControl(c) ? "control characters" : "'" + c + "'"));
            }
        }
        if (RESERVED_NAMES.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            throw badFieldName(name, ticketId, "is reserved for a built-in dimension or bucket");
        }
        return name;
    }

    /** A custom field's name is invalid: the message reads {@code field name 'x' <reason>}. */
    private static InvalidRecordException badFieldName(String name, String ticketId, String reason) {
        return InvalidRecordException.ofCustomField("field name '" + name + "'", name, ticketId, reason);
    }

    /** A custom field's value is null or blank: the message reads {@code field <name> must have ...}. */
    static InvalidRecordException blankFieldValue(String name, String value, String ticketId) {
        return InvalidRecordException.ofCustomField("field " + name, value, ticketId,
                "must have a non-blank value, was " + (value == null ? "null" : "'" + value + "'"));
    }
}

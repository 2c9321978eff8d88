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
            throw new IllegalArgumentException(field + " must not be blank, was '" + id + "'");
        }
        return id;
    }

    /** Dimension values are optional, but never blank: the blank key is reserved for "absent". */
    static String optionalName(String value, String field, String ticketId) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + " must be null or non-blank, was '" + value + "'"
                    + ticketSuffix(ticketId));
        }
        return value;
    }

    static void notBefore(Instant value, String field, Instant createdAt, String ticketId) {
        if (value != null && value.isBefore(createdAt)) {
            throw new IllegalArgumentException(field + " " + value + " is before createdAt " + createdAt
                    + ticketSuffix(ticketId));
        }
    }

    static int nonNegative(int value, String field, String ticketId) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " " + value + " is negative" + ticketSuffix(ticketId));
        }
        return value;
    }

    private static final java.util.Set<String> RESERVED_NAMES =
            java.util.Set.of("agent", "channel", "type", "priority", "team", "day", "week", "month");

    static String fieldName(String name, String ticketId) {
        Objects.requireNonNull(name, () -> "field name is required" + ticketSuffix(ticketId));
        if (name.isBlank() || !name.strip().equals(name)) {
            throw new IllegalArgumentException("field name '" + name + "' must be non-blank without surrounding blanks"
                    + ticketSuffix(ticketId));
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ',' || c == '/' || c == '=' || Character.isISOControl(c)) {
                throw new IllegalArgumentException("field name '" + name + "' must not contain "
                        + (Character.isISOControl(c) ? "control characters" : "'" + c + "'") + ticketSuffix(ticketId));
            }
        }
        if (RESERVED_NAMES.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("field name '" + name + "' is reserved for a built-in dimension or bucket"
                    + ticketSuffix(ticketId));
        }
        return name;
    }
}

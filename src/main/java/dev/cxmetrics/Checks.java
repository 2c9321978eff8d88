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
}

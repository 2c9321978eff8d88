package dev.cxmetrics.spark;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import org.apache.spark.sql.Row;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Turns Spark rows into model records. Positions come from {@link Input#positions}; -1 is an
 * absent optional column, read as null. Every rejection is an {@link IllegalArgumentException}
 * naming the column and the value; the model's own checks name the field and the ticket.
 */
final class Rows {
    private static final Priority[] PRIORITIES = Priority.values();
    private static final SurveyKind[] KINDS = SurveyKind.values();
    private static final BigInteger MAX_NANOS = BigInteger.valueOf(Long.MAX_VALUE);

    private Rows() {
    }

    /** Reads a ticket; {@code at} holds the positions of {@link Input#TICKETS}' columns in the row. */
    static Ticket ticket(Row row, int[] at) {
        String id = required(row, at[0], "id");
        Ticket.Builder builder = Ticket.builder(id, requiredInstant(row, at[6], "created_at"))
                .customer(text(row, at[1]))
                .agent(text(row, at[2]))
                .channel(text(row, at[3]))
                .type(text(row, at[4]))
                .priority(constant(row, at[5], "priority", PRIORITIES))
                .firstResponseAt(instant(row, at[7]))
                .resolvedAt(instant(row, at[8]))
                .reopens(isNull(row, at[10]) ? 0 : row.getInt(at[10]))
                .team(text(row, at[11]));
        if (!isNull(row, at[9])) {
            builder.agentReplies(row.getInt(at[9]));
        }
        return builder.build();
    }

    /** Reads a response; {@code at} holds the positions of {@link Input#RESPONSES}' columns. */
    static Response response(Row row, int[] at) {
        return new Response(required(row, at[0], "ticket_id"), text(row, at[1]), requiredInstant(row, at[2], "sent_at"),
                isNull(row, at[3]) ? null : seconds(row.getDouble(at[3])), !isNull(row, at[4]) && row.getBoolean(at[4]));
    }

    /** Reads a survey answer; {@code at} holds the positions of {@link Input#SURVEYS}' columns. */
    static SurveyAnswer answer(Row row, int[] at) {
        SurveyKind kind = constant(row, at[3], "kind", KINDS);
        if (kind == null) {
            throw new IllegalArgumentException("column kind is null");
        }
        if (isNull(row, at[4])) {
            throw new IllegalArgumentException("column score is null");
        }
        return new SurveyAnswer(text(row, at[0]), text(row, at[1]), text(row, at[2]), kind, row.getInt(at[4]),
                requiredInstant(row, at[5], "answered_at"));
    }

    /** The row's ticket id for error messages, or null: never throws. */
    static String ticketId(Row row, int position) {
        try {
            return text(row, position);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Converts seconds to a duration, rounded half-even to the nanosecond from the double's
     * shortest decimal form (so {@code 0.1} is exactly 100 ms).
     */
    static Duration seconds(double seconds) {
        if (!Double.isFinite(seconds)) {
            throw new IllegalArgumentException("column handle_seconds " + seconds + " is not a finite number");
        }
        BigInteger nanos = BigDecimal.valueOf(seconds).setScale(9, RoundingMode.HALF_EVEN).unscaledValue();
        if (nanos.abs().compareTo(MAX_NANOS) > 0) {
            throw new IllegalArgumentException("column handle_seconds " + seconds + " is out of range (at most about 292 years)");
        }
        return Duration.ofNanos(nanos.longValue());
    }

    private static boolean isNull(Row row, int position) {
        return position < 0 || row.isNullAt(position);
    }

    private static String text(Row row, int position) {
        return isNull(row, position) ? null : row.getString(position);
    }

    private static String required(Row row, int position, String column) {
        String value = text(row, position);
        if (value == null) {
            throw new IllegalArgumentException("column " + column + " is null");
        }
        return value;
    }

    private static Instant instant(Row row, int position) {
        if (isNull(row, position)) {
            return null;
        }
        // java.sql.Timestamp by default, java.time.Instant when spark.sql.datetime.java8API.enabled
        Object value = row.get(position);
        return value instanceof Instant instant ? instant : ((Timestamp) value).toInstant();
    }

    private static Instant requiredInstant(Row row, int position, String column) {
        Instant value = instant(row, position);
        if (value == null) {
            throw new IllegalArgumentException("column " + column + " is null");
        }
        return value;
    }

    private static <E extends Enum<E>> E constant(Row row, int position, String column, E[] values) {
        String value = text(row, position);
        if (value == null) {
            return null;
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        for (E constant : values) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        StringBuilder names = new StringBuilder();
        for (E constant : values) {
            names.append(names.length() == 0 ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException("column " + column + " '" + value + "' is not one of " + names);
    }
}

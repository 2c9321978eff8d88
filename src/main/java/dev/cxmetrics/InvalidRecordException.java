package dev.cxmetrics;

import java.util.Objects;
import java.util.Optional;

/**
 * A record of the model (or a record given to a report) was rejected because one of its fields
 * is invalid. Beside the readable message it carries what a caller needs to point at the
 * problem without parsing text: the {@linkplain #field() field} (the record component's name,
 * e.g. {@code "reopens"} or {@code "createdAt"}), the offending {@linkplain #value() value} as
 * text, the {@linkplain #recordId() ticket id} when there is one, and the {@linkplain #reason()
 * reason}.
 *
 * <p>The message is {@code field + " " + reason}, followed by {@code " (ticket <id>)"} when the
 * ticket id is known, e.g. {@code "reopens -1 is negative (ticket T-1)"} or {@code "id must not
 * be blank, was ' '"}. A custom field of a ticket is named as itself instead: the field is
 * {@code "fields"} and the message reads {@code "field brand must have a non-blank value, was ' '
 * (ticket T-1)"}. Immutable, hence thread-safe.
 */
public final class InvalidRecordException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The record component that is invalid. */
    private final String field;
    /** The offending value as text; null when there is none to show. */
    private final String value;
    /** The id of the ticket the record belongs to; null when unknown. */
    private final String recordId;
    /** Why the value is invalid, as it follows the field name in the message. */
    private final String reason;

    /**
     * Creates an exception.
     *
     * @param field the record component's name, e.g. {@code "firstResponseAt"}
     * @param value the offending value as text, or null when there is none to show
     * @param recordId the ticket id, or null when unknown
     * @param reason why it is invalid, as it reads after the field name, e.g. {@code "-1 is negative"}
     * @throws NullPointerException when {@code field} or {@code reason} is null
     */
    public InvalidRecordException(String field, String value, String recordId, String reason) {
        this(Objects.requireNonNull(field, "field"), field, value, recordId, reason);
    }

    private InvalidRecordException(String field, String subject, String value, String recordId, String reason) {
        super(subject + " " + Objects.requireNonNull(reason, "reason") + Checks.ticketSuffix(recordId));
        this.field = field;
        this.value = value;
        this.recordId = recordId;
        this.reason = reason;
    }

    /** A custom field (component {@code fields}) is invalid; {@code subject} names it in the message. */
    static InvalidRecordException ofCustomField(String subject, String value, String recordId, String reason) {
        return new InvalidRecordException("fields", subject, value, recordId, reason);
    }

    /**
     * Returns the name of the invalid record component, e.g. {@code "agentReplies"}.
     *
     * @return the field name; never null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the offending value as text, as the message shows it.
     *
     * @return the value, or empty when there is none to show
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the id of the ticket the rejected record belongs to.
     *
     * @return the ticket id, or empty when it is unknown (e.g. the id itself is invalid)
     */
    public Optional<String> recordId() {
        return Optional.ofNullable(recordId);
    }

    /**
     * Returns why the value is invalid, as the message reads after the field name and before the
     * ticket id, e.g. {@code "-1 is negative"}.
     *
     * @return the reason; never null
     */
    public String reason() {
        return reason;
    }
}

package dev.cxmetrics.spark;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One row the model rejected: which input it came from, the ticket it belongs to and why.
 *
 * @param input {@code tickets}, {@code responses} or {@code surveys}
 * @param ticketId the row's ticket id ({@code id} of a ticket, {@code ticket_id} otherwise), or null
 *     when the row has none
 * @param reason the model's message, naming the field and the value
 * @serial exclude
 */
public record InvalidRow(String input, String ticketId, String reason) implements Serializable {

    /**
     * Creates an instance.
     *
     * @param input the input name
     * @param ticketId the ticket id, or null
     * @param reason why the row was rejected
     */
    public InvalidRow {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns the ticket id.
     *
     * @return the id, or empty when the row has none
     */
    public Optional<String> ticket() {
        return Optional.ofNullable(ticketId);
    }

    @Override
    public String toString() {
        return input + " row" + (ticketId == null ? " without a ticket id" : " of ticket " + ticketId) + ": " + reason;
    }
}

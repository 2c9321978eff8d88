package dev.cxmetrics.cli;

import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of a helpdesk's ticket export read with a {@link Preset}: the ticket, and the CSAT
 * answer the same row carries, if any. Immutable and thread-safe.
 *
 * @param ticket the ticket
 * @param csat the satisfaction answer of the row, or empty when it has none
 * @param repliesAssumed whether the row had a first response but 0 replies, read as 1 reply
 */
public record ExportedTicket(Ticket ticket, Optional<SurveyAnswer> csat, boolean repliesAssumed) {
    /**
     * Checks the components.
     *
     * @param ticket the ticket; required
     * @param csat the satisfaction answer; required, possibly empty
     * @param repliesAssumed whether a reply count of 0 was read as 1
     * @throws NullPointerException when {@code ticket} or {@code csat} is null
     */
    public ExportedTicket {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(csat, "csat");
    }
}

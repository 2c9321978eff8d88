package dev.cxmetrics.sla;

import java.util.Locale;

/**
 * What an SLA target limits. {@link #FIRST_RESPONSE} and {@link #RESOLUTION} are measured per
 * ticket from its creation, from the ticket's fields (or what its events derive). The other three
 * are measured from the ticket's events ({@link dev.cxmetrics.TicketEvent}), because they need its
 * status history or its messages; a ticket without events is not measured for them and is counted
 * as {@link SlaStatus#UNMEASURED}, never as met.
 */
public enum SlaMetric {
    /** Time from creation to the first human agent reply. */
    FIRST_RESPONSE,
    /** Time from creation to the final resolution. */
    RESOLUTION,
    /**
     * Every next reply: the clock starts at the first customer message that follows an agent reply
     * and stops at the next agent reply (bots never stop it), exactly the next-reply samples of the
     * report. Each reply is one evaluation, its breaches counted for the replying agent; a clock
     * still running is one evaluation too, pending or breached, counted for the ticket's agent.
     */
    NEXT_REPLY,
    /**
     * Time in status {@code NEW} or {@code OPEN} from creation until full resolution: a clock
     * paused while the ticket is pending or on hold (and while solved, until a reopen).
     */
    AGENT_WORK,
    /**
     * Time in status {@code NEW}, {@code OPEN} or {@code ON_HOLD} from creation until full
     * resolution: a clock paused only while the ticket is pending (and while solved, until a reopen).
     */
    REQUESTER_WAIT;

    /**
     * Returns the lower-case name used in JSON and on the command line: {@code first_response},
     * {@code resolution}, {@code next_reply}, {@code agent_work}, {@code requester_wait}.
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Tells whether this metric is measured from a ticket's events, so that a ticket without
     * events is {@link SlaStatus#UNMEASURED} for it.
     *
     * @return true for {@link #NEXT_REPLY}, {@link #AGENT_WORK} and {@link #REQUESTER_WAIT}
     */
    public boolean fromEvents() {
        return this == NEXT_REPLY || this == AGENT_WORK || this == REQUESTER_WAIT;
    }
}

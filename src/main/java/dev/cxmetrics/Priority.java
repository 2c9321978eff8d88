package dev.cxmetrics;

/**
 * The urgency of a ticket, lowest first. The declaration order is the sort order used
 * wherever tickets are grouped by priority.
 */
public enum Priority {
    /** Can wait; no customer is blocked. */
    LOW,
    /** The default urgency of a request. */
    NORMAL,
    /** A customer is blocked or a deadline is near. */
    HIGH,
    /** Service is down or money is at stake; handle first. */
    URGENT
}

package dev.cxmetrics.sla;

/** The state of one ticket against one SLA target, as of an instant. */
public enum SlaStatus {
    /** The event happened by the deadline. */
    MET,
    /** The event happened after the deadline, or has not happened and the deadline has passed. */
    BREACHED,
    /** The event has not happened and the deadline has not passed; excluded from attainment. */
    PENDING,
    /** The policy sets no target for the ticket's priority. */
    NO_TARGET
}

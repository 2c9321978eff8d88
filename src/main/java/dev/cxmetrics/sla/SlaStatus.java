package dev.cxmetrics.sla;

/** The state of one ticket (or one reply, for {@link SlaMetric#NEXT_REPLY}) against one SLA target, as of an instant. */
public enum SlaStatus {
    /** The event happened by the deadline; exactly at the deadline (exactly the limit) is met. */
    MET,
    /** The event happened after the deadline, or has not happened and the deadline has passed. */
    BREACHED,
    /** The event has not happened and the deadline has not passed; excluded from attainment. */
    PENDING,
    /** The policy sets no target for the ticket's priority. */
    NO_TARGET,
    /**
     * The metric is measured from ticket events ({@link SlaMetric#fromEvents()}) and the ticket
     * has none, so it has no status history to measure; excluded from attainment, never met.
     */
    UNMEASURED
}

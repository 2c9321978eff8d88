package dev.cxmetrics.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * A clock that runs in some spans of time and is paused in others, measured in a target's time
 * (calendar or business): tells whether more than the limit ran, and where the run time reached
 * the limit — the deadline of a paused clock. Spans are given in time order. Not thread-safe.
 */
final class PausedClock {
    private final SlaPolicy policy;
    private final SlaMetric metric;
    private final SlaTarget target;
    private final String ticketId;
    private Duration left;
    private Instant reached;
    private boolean exceeded;

    PausedClock(SlaPolicy policy, SlaMetric metric, SlaTarget target, String ticketId) {
        this.policy = policy;
        this.metric = metric;
        this.target = target;
        this.ticketId = ticketId;
        this.left = target.limit();
    }

    /** Adds the span {@code from .. to}, in which the clock runs or is paused. */
    void run(boolean running, Instant from, Instant to) {
        if (!running || exceeded || !from.isBefore(to)) {
            return;
        }
        Duration ran = policy.elapsed(target, from, to);
        int c = ran.compareTo(left);
        if (c > 0) {
            exceeded = true;
            if (reached == null) {
                reached = policy.plus(metric, target, "paused clock at", from, left, ticketId);
            }
        } else if (c == 0 && reached == null && !ran.isZero()) {
            // Exactly the limit so far: the deadline is here; only more run time breaches it.
            reached = policy.plus(metric, target, "paused clock at", from, left, ticketId);
            left = Duration.ZERO;
        } else {
            left = left.minus(ran);
        }
    }

    /** Tells whether more than the limit ran. */
    boolean exceeded() {
        return exceeded;
    }

    /**
     * The instant the run time reached the limit; when it has not, the instant it would reach it
     * were the clock running from {@code end} on.
     */
    Instant deadline(Instant end) {
        return reached != null ? reached : policy.plus(metric, target, "resolution at", end, left, ticketId);
    }
}

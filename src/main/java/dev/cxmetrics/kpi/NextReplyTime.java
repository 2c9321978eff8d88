package dev.cxmetrics.kpi;

import dev.cxmetrics.stats.DurationStats;

import java.util.Objects;

/**
 * Next reply time, derived from ticket events: after a ticket's first agent reply, a clock starts
 * at the first customer message that follows an agent reply and stops at the next agent reply
 * (bots never stop it); each stop is one sample, attributed to the replying agent and to the
 * calendar bucket of the reply. A clock still running is counted as {@link #awaiting()}, for the
 * ticket's agent and in the bucket of the message that started it.
 *
 * <p>Measured in calendar time, or in business hours when the report counts in business hours.
 * Immutable and thread-safe.
 *
 * @param stats the waiting times that ended with an agent reply
 * @param awaiting the number of clocks still running: customer messages not replied to yet
 */
public record NextReplyTime(DurationStats stats, long awaiting) {

    /**
     * Creates an instance after validating every component.
     *
     * @param stats the waiting times that ended with an agent reply
     * @param awaiting the number of clocks still running, {@code >= 0}
     * @throws IllegalArgumentException when {@code awaiting} is negative
     * @throws NullPointerException when {@code stats} is null
     */
    public NextReplyTime {
        Objects.requireNonNull(stats, "stats");
        Ratios.nonNegative(awaiting, "awaiting");
    }

    /**
     * Returns the result with no samples and nothing awaiting.
     *
     * @return an empty result
     */
    public static NextReplyTime empty() {
        return new NextReplyTime(DurationStats.empty(), 0);
    }
}

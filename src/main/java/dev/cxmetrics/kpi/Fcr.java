package dev.cxmetrics.kpi;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.internal.DistinctIds;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * First contact resolution: the share of resolved tickets that an agent resolved with one
 * reply and that were never reopened.
 *
 * <p>Eligible tickets are resolved tickets with {@code agentReplies >= 1}; one-touch tickets are
 * eligible tickets with {@code agentReplies == 1 && reopens == 0}. {@code percent() = 100 ×
 * oneTouch / eligible}, empty when nothing is eligible. Resolved tickets with no agent reply
 * (closed by a bot, merged, spam) are counted apart as {@link #zeroTouch()}; open tickets are
 * not counted. Immutable and thread-safe.
 *
 * @param oneTouch eligible tickets resolved with exactly one agent reply and no reopen
 * @param eligible resolved tickets with at least one agent reply
 * @param zeroTouch resolved tickets without any agent reply
 */
public record Fcr(long oneTouch, long eligible, long zeroTouch) {

    /**
     * Creates an instance after validating every component.
     *
     * @param oneTouch eligible tickets resolved with exactly one agent reply and no reopen
     * @param eligible resolved tickets with at least one agent reply
     * @param zeroTouch resolved tickets without any agent reply
     * @throws IllegalArgumentException when a component is out of its range, naming it and its value
     */
    public Fcr {
        Ratios.nonNegative(oneTouch, "oneTouch");
        Ratios.nonNegative(eligible, "eligible");
        Ratios.nonNegative(zeroTouch, "zeroTouch");
        Ratios.atMost(oneTouch, "oneTouch", eligible, "eligible");
    }

    /**
     * Computes first contact resolution.
     *
     * @param tickets the tickets; open ones are ignored
     * @return the result
     * @throws IllegalArgumentException when a ticket id is given twice (the report rejects it too)
     */
    public static Fcr of(Iterable<Ticket> tickets) {
        Objects.requireNonNull(tickets, "tickets");
        DistinctIds ids = new DistinctIds();
        long oneTouch = 0;
        long eligible = 0;
        long zeroTouch = 0;
        for (Ticket ticket : tickets) {
            ids.add(ticket.id());
            if (ticket.resolvedAt() == null) {
                continue;
            }
            if (ticket.agentReplies() == 0) {
                zeroTouch++;
            } else {
                eligible++;
                if (ticket.agentReplies() == 1 && ticket.reopens() == 0) {
                    oneTouch++;
                }
            }
        }
        return new Fcr(oneTouch, eligible, zeroTouch);
    }

    /**
     * Returns the first contact resolution rate in percent, in [0, 100].
     *
     * @return {@code 100 × oneTouch / eligible}, or empty when {@code eligible == 0}
     */
    public OptionalDouble percent() {
        return Ratios.percent(oneTouch, eligible);
    }

    /**
     * Combines two results over disjoint tickets.
     *
     * @param other the other result
     * @return the result over both sets of tickets
     */
    public Fcr plus(Fcr other) {
        return new Fcr(Math.addExact(oneTouch, other.oneTouch), Math.addExact(eligible, other.eligible),
                Math.addExact(zeroTouch, other.zeroTouch));
    }
}

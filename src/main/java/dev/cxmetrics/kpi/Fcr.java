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
        Counter counter = new Counter();
        for (Ticket ticket : tickets) {
            ids.add(ticket.id());
            if (ticket.resolvedAt() != null) {
                counter.resolved(ticket.agentReplies(), ticket.reopens());
            }
        }
        return counter.result();
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

    /**
     * Starts an empty counter.
     *
     * @return a new counter; not thread-safe
     */
    public static Counter counter() {
        return new Counter();
    }

    /**
     * The running form of FCR: the one place its rule lives, used by {@link #of(Iterable)} and the
     * grouped report. Mergeable; its state is its {@link #result()}, which {@link #add(Fcr)} takes
     * back. Allocation-free. Not thread-safe.
     */
    public static final class Counter {
        private long oneTouch;
        private long eligible;
        private long zeroTouch;

        private Counter() {
        }

        /**
         * Counts one resolved ticket: zero-touch without an agent reply, else eligible, and
         * one-touch with exactly one reply and no reopen.
         *
         * @param agentReplies the ticket's human agent replies, {@code >= 0}
         * @param reopens the ticket's reopens, {@code >= 0}
         * @throws IllegalArgumentException when a count is negative
         */
        public void resolved(int agentReplies, int reopens) {
            if (agentReplies < 0 || reopens < 0) {
                throw new IllegalArgumentException("agentReplies " + agentReplies + " and reopens " + reopens
                        + " must not be negative");
            }
            if (agentReplies == 0) {
                zeroTouch++;
            } else {
                eligible++;
                if (agentReplies == 1 && reopens == 0) {
                    oneTouch++;
                }
            }
        }

        /**
         * Adds the counts of a result, e.g. one decoded from storage.
         *
         * @param counts the counts to add
         * @throws ArithmeticException when a count overflows
         */
        public void add(Fcr counts) {
            oneTouch = Math.addExact(oneTouch, counts.oneTouch());
            eligible = Math.addExact(eligible, counts.eligible());
            zeroTouch = Math.addExact(zeroTouch, counts.zeroTouch());
        }

        /**
         * Adds another counter's counts; the other is unchanged. Allocation-free.
         *
         * @param other the counter to add
         * @throws ArithmeticException when a count overflows
         */
        public void merge(Counter other) {
            oneTouch = Math.addExact(oneTouch, other.oneTouch);
            eligible = Math.addExact(eligible, other.eligible);
            zeroTouch = Math.addExact(zeroTouch, other.zeroTouch);
        }

        /**
         * Returns the number of resolved tickets counted.
         *
         * @return eligible plus zero-touch
         */
        public long resolved() {
            return eligible + zeroTouch;
        }

        /**
         * Returns the result so far.
         *
         * @return the counts as an {@link Fcr}
         */
        public Fcr result() {
            return new Fcr(oneTouch, eligible, zeroTouch);
        }
    }
}

package dev.cxmetrics.sla;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.internal.EventLifecycle;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates one ticket against the targets measured from its events ({@link SlaMetric#fromEvents()}):
 * checks the events, derives the lifecycle from the events at or before the as-of instant (what
 * the helpdesk had recorded then) and measures each clock in the target's time. Not thread-safe;
 * reuses its buffers from ticket to ticket.
 */
final class EventTargets implements EventLifecycle.Clock {
    private final SlaPolicy policy;
    private final Instant asOf;
    private final EventLifecycle lifecycle = new EventLifecycle();
    private long[] second = new long[16];
    private int[] nano = new int[16];
    private byte[] type = new byte[16];
    private String[] agent = new String[16];

    EventTargets(SlaPolicy policy, Instant asOf) {
        this.policy = policy;
        this.asOf = asOf;
    }

    /** One evaluation: a ticket's, or one reply's for {@link SlaMetric#NEXT_REPLY}; deadline null unless met or breached. */
    record Outcome(SlaMetric metric, SlaStatus status, String agentId, Instant deadline) {
    }

    /**
     * Returns the ticket with the first response, agent replies, reopens and resolution its
     * events derive (all of them, as the report derives them), or the ticket itself when it has none.
     */
    Ticket derived(Ticket ticket, Collection<TicketEvent> events) {
        if (events.isEmpty()) {
            return ticket;
        }
        derive(ticket, events, Instant.MAX);
        EventLifecycle l = lifecycle;
        return ticket.toBuilder()
                .firstResponseAt(l.answered ? Instant.ofEpochSecond(l.firstReplySecond, l.firstReplyNano) : null)
                .resolvedAt(l.resolved ? Instant.ofEpochSecond(l.resolvedSecond, l.resolvedNano) : null)
                .agentReplies(l.agentReplies).reopens(l.reopens).build();
    }

    /**
     * Adds the outcomes of the three targets measured from events to {@code out}; the events were
     * checked by {@link #check}.
     *
     * @throws IllegalArgumentException naming the ticket when a deadline is past the representable range
     */
    void evaluate(Ticket ticket, Collection<TicketEvent> events, List<Outcome> out) {
        boolean derived = false;
        for (SlaMetric metric : SlaMetric.values()) {
            if (!metric.fromEvents()) {
                continue;
            }
            Optional<SlaTarget> target = policy.target(metric, ticket.priority());
            if (target.isEmpty()) {
                out.add(new Outcome(metric, SlaStatus.NO_TARGET, null, null));
            } else if (events.isEmpty()) {
                out.add(new Outcome(metric, SlaStatus.UNMEASURED, null, null));
            } else if (ticket.createdAt().isAfter(asOf)) {
                // Nothing has happened yet as of asOf: no reply to measure, the work clocks not started.
                if (metric != SlaMetric.NEXT_REPLY) {
                    out.add(new Outcome(metric, SlaStatus.PENDING, ticket.agentId(), null));
                }
            } else {
                if (!derived) {
                    derive(ticket, events, asOf);
                    derived = true;
                }
                if (metric == SlaMetric.NEXT_REPLY) {
                    nextReply(ticket, target.get(), out);
                } else {
                    out.add(paused(metric, ticket, target.get()));
                }
            }
        }
    }

    /**
     * Checks that every event belongs to the ticket and may be in its log.
     *
     * @throws IllegalArgumentException naming ticket and event when an event is for another
     *     ticket, before the ticket's creation, after its close, or a second close
     */
    static void check(Ticket ticket, Collection<TicketEvent> events) {
        TicketEvent close = null;
        for (TicketEvent event : events) {
            if (!event.ticketId().equals(ticket.id())) {
                throw new IllegalArgumentException(describe(event) + " is for ticket " + event.ticketId()
                        + ", not for ticket " + ticket.id());
            }
            if (event.at().isBefore(ticket.createdAt())) {
                throw new IllegalArgumentException(describe(event) + " comes before the creation of ticket "
                        + ticket.id() + " at " + ticket.createdAt());
            }
            if (event.type() == TicketEvent.Type.CLOSED) {
                if (close != null) {
                    throw new IllegalArgumentException(describe(event) + " is a second close of ticket " + ticket.id()
                            + " (the first is at " + close.at() + ")");
                }
                close = event;
            }
        }
        if (close != null) {
            for (TicketEvent event : events) {
                if (event.at().isAfter(close.at())) {
                    throw new IllegalArgumentException(describe(event) + " comes after ticket " + ticket.id()
                            + " was closed at " + close.at());
                }
            }
        }
    }

    private static String describe(TicketEvent event) {
        return event.type().label() + " event at " + event.at();
    }

    /** Derives the lifecycle from the events at or before {@code until}. */
    private void derive(Ticket ticket, Collection<TicketEvent> events, Instant until) {
        if (second.length < events.size()) {
            int size = Math.max(events.size(), second.length * 2);
            second = new long[size];
            nano = new int[size];
            type = new byte[size];
            agent = new String[size];
        }
        int n = 0;
        for (TicketEvent event : events) {
            if (!event.at().isAfter(until)) {
                second[n] = event.at().getEpochSecond();
                nano[n] = event.at().getNano();
                type[n] = (byte) event.type().ordinal();
                agent[n] = event.agentId();
                n++;
            }
        }
        lifecycle.derive(ticket.createdAt().getEpochSecond(), ticket.createdAt().getNano(), 0, n, second, nano, type,
                agent, this);
    }

    /** The lifecycle's own durations are not used here: each target measures its clock in its own time. */
    @Override
    public long nanos(long fromSecond, int fromNano, long toSecond, int toNano) {
        return 0;
    }

    private void nextReply(Ticket ticket, SlaTarget target, List<Outcome> out) {
        EventLifecycle l = lifecycle;
        for (int k = 0; k < l.samples; k++) {
            Instant start = Instant.ofEpochSecond(l.sampleStartSecond[k], l.sampleStartNano[k]);
            Instant reply = Instant.ofEpochSecond(l.sampleSecond[k], l.sampleNano[k]);
            Instant deadline = policy.plus(SlaMetric.NEXT_REPLY, target, "customer message at", start, target.limit(),
                    ticket.id());
            out.add(new Outcome(SlaMetric.NEXT_REPLY, reply.isAfter(deadline) ? SlaStatus.BREACHED : SlaStatus.MET,
                    l.sampleAgent[k], deadline));
        }
        if (l.awaiting) {
            Instant start = Instant.ofEpochSecond(l.awaitingSecond, l.awaitingNano);
            Instant deadline = policy.plus(SlaMetric.NEXT_REPLY, target, "customer message at", start, target.limit(),
                    ticket.id());
            boolean late = asOf.isAfter(deadline);
            out.add(new Outcome(SlaMetric.NEXT_REPLY, late ? SlaStatus.BREACHED : SlaStatus.PENDING, ticket.agentId(),
                    late ? deadline : null));
        }
    }

    /**
     * Measures a paused clock from creation to full resolution (or asOf when not resolved by
     * then): it runs in the statuses the metric counts and is paused in the others. Met when the
     * ticket was resolved with at most the limit run (exactly the limit is met); breached when more
     * than the limit ran, resolved or not; pending otherwise. The deadline is the instant the run
     * time reaches the limit, counting the clock as running on after resolution for a ticket that
     * met its target with time left.
     */
    private Outcome paused(SlaMetric metric, Ticket ticket, SlaTarget target) {
        EventLifecycle l = lifecycle;
        Instant end = l.resolved ? Instant.ofEpochSecond(l.resolvedSecond, l.resolvedNano) : asOf;
        PausedClock clock = new PausedClock(policy, metric, target, ticket.id());
        byte status = EventLifecycle.NEW;
        Instant start = ticket.createdAt();
        for (int c = 0; c < l.statusChanges; c++) {
            Instant at = Instant.ofEpochSecond(l.statusSecond[c], l.statusNano[c]);
            boolean last = !at.isBefore(end);
            clock.run(runs(metric, status), start, last ? end : at);
            if (last) {
                start = end;
                break;
            }
            status = l.statusType[c];
            start = at;
        }
        if (start.isBefore(end)) {
            clock.run(runs(metric, status), start, end);
        }
        SlaStatus result = clock.exceeded() ? SlaStatus.BREACHED : l.resolved ? SlaStatus.MET : SlaStatus.PENDING;
        Instant deadline = result == SlaStatus.PENDING ? null : clock.deadline(end);
        return new Outcome(metric, result, ticket.agentId(), deadline);
    }

    /** Whether the metric's clock runs in a status: agent work in new and open, requester wait also on hold. */
    private static boolean runs(SlaMetric metric, byte status) {
        return status == EventLifecycle.NEW || status == EventLifecycle.OPEN
                || metric == SlaMetric.REQUESTER_WAIT && status == EventLifecycle.ON_HOLD;
    }
}

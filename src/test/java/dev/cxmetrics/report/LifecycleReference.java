package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.TicketEvent.Type;
import dev.cxmetrics.time.BusinessCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle of each ticket computed the obvious, slow way, straight from the definitions: sort
 * the ticket's events, list its status intervals, clip them to creation .. resolution, walk its
 * messages; then pick the winning source (events, else human responses, else the ticket's own
 * fields) and compare the others with it.
 */
final class LifecycleReference {
    /** At the same instant messages before status changes, then by type, then by agent (absent first). */
    static final Comparator<TicketEvent> ORDER = Comparator.comparing(TicketEvent::at)
            .thenComparing(e -> e.type().isMessage() ? 0 : 1)
            .thenComparing(TicketEvent::type)
            .thenComparing(TicketEvent::agentId, Comparator.nullsFirst(Comparator.naturalOrder()));

    record Sample(Instant at, String agent, long nanos) {
    }

    static final class Derived {
        Ticket effective;
        boolean conflict;
        boolean hasEvents;
        Instant firstSolved;
        long work;
        long wait;
        long hold;
        final List<Sample> samples = new ArrayList<>();
        Instant awaitingSince;
    }

    private LifecycleReference() {
    }

    static Map<String, Derived> derive(List<Ticket> tickets, List<Response> responses, List<TicketEvent> events,
                                       BusinessCalendar hours) {
        Map<String, List<Response>> humans = new HashMap<>();
        for (Response r : responses) {
            if (!r.automated()) {
                humans.computeIfAbsent(r.ticketId(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, List<TicketEvent>> byTicket = new HashMap<>();
        for (TicketEvent e : events) {
            byTicket.computeIfAbsent(e.ticketId(), k -> new ArrayList<>()).add(e);
        }
        Map<String, Derived> result = new HashMap<>();
        for (Ticket t : tickets) {
            result.put(t.id(), derive(t, humans.getOrDefault(t.id(), List.of()),
                    byTicket.getOrDefault(t.id(), List.of()), hours));
        }
        return result;
    }

    static long span(Instant from, Instant to, BusinessCalendar hours) {
        return hours == null ? Duration.between(from, to).toNanos() : hours.betweenNanos(from, to);
    }

    private static Derived derive(Ticket t, List<Response> humans, List<TicketEvent> unsorted, BusinessCalendar hours) {
        Derived d = new Derived();
        Instant ownFirst = t.firstResponseAt();
        Instant ownResolved = t.resolvedAt();
        Instant first = ownFirst;
        Instant resolved = ownResolved;
        int replies = t.agentReplies();
        int reopens = t.reopens();
        Instant responsesFirst = humans.stream().map(Response::sentAt).min(Comparator.naturalOrder()).orElse(null);
        if (!unsorted.isEmpty()) {
            d.hasEvents = true;
            List<TicketEvent> events = new ArrayList<>(unsorted);
            events.sort(ORDER);
            first = events.stream().filter(e -> e.type() == Type.AGENT_REPLY).map(TicketEvent::at).findFirst()
                    .orElse(null);
            replies = (int) events.stream().filter(e -> e.type() == Type.AGENT_REPLY).count();
            // Status intervals: from creation NEW (null), then each status event that changes it.
            List<Instant> starts = new ArrayList<>(List.of(t.createdAt()));
            List<Type> statuses = new ArrayList<>();
            statuses.add(null);
            reopens = 0;
            Instant lastSolved = null;
            Instant closed = null;
            for (TicketEvent e : events) {
                if (e.type().isMessage()) {
                    continue;
                }
                Type current = statuses.get(statuses.size() - 1);
                if (current == Type.SOLVED && (e.type() == Type.OPEN || e.type() == Type.PENDING
                        || e.type() == Type.ON_HOLD)) {
                    reopens++;
                }
                if (e.type() == Type.SOLVED) {
                    lastSolved = e.at();
                    if (d.firstSolved == null) {
                        d.firstSolved = e.at();
                    }
                }
                if (e.type() == Type.CLOSED) {
                    closed = e.at();
                }
                if (e.type() != current) {
                    starts.add(e.at());
                    statuses.add(e.type());
                }
            }
            Type last = statuses.get(statuses.size() - 1);
            resolved = last == Type.SOLVED || last == Type.CLOSED ? (lastSolved != null ? lastSolved : closed) : null;
            if (resolved != null) {
                for (int i = 0; i < statuses.size(); i++) {
                    Instant from = starts.get(i);
                    Instant to = i + 1 < starts.size() ? starts.get(i + 1) : Instant.MAX;
                    if (to.isAfter(resolved)) {
                        to = resolved;
                    }
                    if (!to.isAfter(from)) {
                        continue;
                    }
                    long nanos = span(from, to, hours);
                    Type s = statuses.get(i);
                    if (s == null || s == Type.OPEN) {
                        d.work += nanos;
                    } else if (s == Type.PENDING) {
                        d.wait += nanos;
                    } else if (s == Type.ON_HOLD) {
                        d.hold += nanos;
                    }
                }
            }
            boolean replied = false;
            Instant clock = null;
            for (TicketEvent e : events) {
                if (e.type() == Type.AGENT_REPLY) {
                    if (clock != null) {
                        d.samples.add(new Sample(e.at(), e.agentId(), span(clock, e.at(), hours)));
                        clock = null;
                    }
                    replied = true;
                } else if (e.type() == Type.CUSTOMER_MESSAGE && replied && clock == null) {
                    clock = e.at();
                }
            }
            d.awaitingSince = clock;
            d.conflict = !humans.isEmpty() && (humans.size() != replies || !responsesFirst.equals(first))
                    || ownFirst != null && !ownFirst.equals(first)
                    || ownResolved != null && !ownResolved.equals(resolved)
                    || t.agentReplies() > 0 && t.agentReplies() != replies
                    || t.reopens() > 0 && t.reopens() != reopens;
        } else if (!humans.isEmpty()) {
            first = responsesFirst;
            replies = humans.size();
            d.conflict = ownFirst != null && !ownFirst.equals(first) || t.agentReplies() > 0 && t.agentReplies() != replies;
        }
        d.effective = t.toBuilder().firstResponseAt(first).resolvedAt(resolved).agentReplies(replies).reopens(reopens)
                .build();
        return d;
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.sla.SlaAccumulator;
import dev.cxmetrics.sla.SlaReport;
import dev.cxmetrics.time.BusinessCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a report of an accumulator without changing it: takes views of its groups that share
 * what the fold only reads (surveys, handle times) and copy what it adds to, then folds every
 * ticket in with the lifecycle its sources give (events, else human responses, else its own
 * fields; see {@link Ticket}). One instance per report.
 */
final class ReportFold {
    private final ReportAccumulator acc;
    private final BusinessCalendar hours;
    private final GroupAccumulator overall;
    private final List<Map<String, GroupAccumulator>> groups;
    /** Lookups into {@link #groups}, one cache per dimension, filled once the views are in. */
    private final GroupCache[] groupCaches;
    private final BucketIndex buckets;
    private final SlaAccumulator sla;
    private final CrossTabs crossTabs;
    /** A ticket's bucket groups at its creation and at its resolution, then at another instant: the bucket, then its cross-tab cells. */
    private final GroupAccumulator[] createdIn;
    private final GroupAccumulator[] resolvedIn;
    private final GroupAccumulator[] in;
    private final Lifecycle lifecycle = new Lifecycle();
    private final Lifecycle.Clock clock;
    /** The view groups of each key tuple of the ticket index, filled on first use. */
    private final GroupAccumulator[] tupleGroups;
    /** The groups of the ticket being folded: overall first, then one per dimension. */
    private final GroupAccumulator[] mine;

    ReportFold(ReportAccumulator acc) {
        this.acc = acc;
        this.hours = acc.businessHours;
        this.clock = Lifecycle.clock(hours);
        // Views share the accumulator's survey and handle time parts: the fold only adds tickets.
        this.overall = GroupAccumulator.foldView(acc.overall);
        this.groups = new ArrayList<>(acc.dimensions.length);
        GroupAccumulator pending = null;
        if (!acc.pendingResponses.isEmpty() || !acc.pendingAnswers.isEmpty()) {
            // Unmatched records go under ABSENT for this report only: their ticket may still come.
            pending = new GroupAccumulator(acc.relativeAccuracy);
            for (Response response : acc.pendingResponses) {
                pending.response(GroupAccumulator.handleNanos(response));
            }
            for (SurveyAnswer answer : acc.pendingAnswers) {
                pending.answer(answer);
            }
        }
        for (int d = 0; d < acc.dimensions.length; d++) {
            boolean withPending = pending != null && acc.dimensions[d] != Dimension.AGENT;
            Map<String, GroupAccumulator> views = new HashMap<>();
            for (Map.Entry<String, GroupAccumulator> entry : acc.groups.get(d).entrySet()) {
                // The group that takes the pending records gets its own copy of everything.
                boolean takesPending = withPending && entry.getKey().equals(Ticket.ABSENT);
                views.put(entry.getKey(), takesPending ? entry.getValue().copy()
                        : GroupAccumulator.foldView(entry.getValue()));
            }
            if (withPending) {
                views.computeIfAbsent(Ticket.ABSENT, k -> new GroupAccumulator(acc.relativeAccuracy)).merge(pending);
            }
            groups.add(views);
        }
        this.groupCaches = new GroupCache[acc.dimensions.length];
        for (int d = 0; d < acc.dimensions.length; d++) {
            groupCaches[d] = new GroupCache(groups.get(d), acc.relativeAccuracy);
        }
        this.buckets = new BucketIndex(acc.spec().bucket(), acc.spec().zone(), acc.relativeAccuracy);
        for (Map.Entry<LocalDate, GroupAccumulator> entry : acc.buckets.groups().entrySet()) {
            buckets.put(entry.getKey(), GroupAccumulator.foldView(entry.getValue()));
        }
        ReportSpec spec = acc.spec();
        this.sla = spec.slaPolicy().isEmpty() ? null
                : SlaReport.accumulator(spec.slaPolicy().get(), spec.slaAsOf().orElseThrow(), spec.bucket(), spec.zone());
        this.tupleGroups = new GroupAccumulator[acc.tickets.tupleCount() * acc.ticketDimensions.length];
        this.crossTabs = acc.crossTabs.copy();
        for (Response response : acc.pendingResponses) {
            crossTabs.response(GroupAccumulator.handleNanos(response), response.agentId(), acc.tickets, -1,
                    response.sentAt());
        }
        for (SurveyAnswer answer : acc.pendingAnswers) {
            crossTabs.answer(answer, acc.tickets, -1);
        }
        this.mine = new GroupAccumulator[1 + acc.dimensions.length + crossTabs.dimensionTabs()];
        this.createdIn = new GroupAccumulator[1 + crossTabs.bucketTabs()];
        this.resolvedIn = new GroupAccumulator[createdIn.length];
        this.in = new GroupAccumulator[createdIn.length];
    }

    KpiReport report() {
        for (int slot = 0; slot < acc.rows.size(); slot++) {
            fold(slot);
        }
        long[] unmatchedEvents = {0};
        acc.logs.forEachWaiting((id, log) -> unmatchedEvents[0] += acc.logs.eventCount(log));
        Map<Dimension, Map<String, KpiSet>> sets = new HashMap<>();
        for (int d = 0; d < acc.dimensions.length; d++) {
            Map<String, KpiSet> byKey = new HashMap<>();
            for (Map.Entry<String, GroupAccumulator> entry : groups.get(d).entrySet()) {
                byKey.put(entry.getKey(), entry.getValue().snapshot());
            }
            sets.put(acc.dimensions[d], byKey);
        }
        Map<LocalDate, KpiSet> bucketSets = new HashMap<>();
        for (Map.Entry<LocalDate, GroupAccumulator> entry : buckets.groups().entrySet()) {
            if (!entry.getValue().isEmpty()) {
                bucketSets.put(entry.getKey(), entry.getValue().snapshot());
            }
        }
        return new KpiReport(acc.spec(), overall.snapshot(), sets, bucketSets, acc.pendingResponses.size(),
                acc.pendingAnswers.size(), unmatchedEvents[0], sla == null ? null : sla.snapshot(), crossTabs.snapshot());
    }

    private void fold(int slot) {
        TicketRows rows = acc.rows;
        TicketLogs logs = acc.logs;
        long cs = rows.createdSecond(slot);
        int cn = rows.createdNano(slot);
        int log = rows.log(slot);
        int events = log < 0 ? 0 : logs.eventCount(log);
        int summary = log < 0 ? -1 : logs.summary(log);
        int responses = log < 0 ? 0 : logs.replyCount(log);
        long ownFirst = rows.ownFirst(slot);
        long ownResolved = rows.ownResolved(slot);
        // Values as calendar offsets from creation (-1 = none) and counts, from the winning source.
        long first;
        long resolved;
        int replies;
        int reopens;
        boolean conflict = false;
        if (events > 0 || summary >= 0) {
            if (events > 0) {
                lifecycle.derive(cs, cn, logs, log, clock);
            } else {
                logs.closed.restore(summary, cs, cn, lifecycle);
            }
            first = lifecycle.answered ? offset(cs, cn, lifecycle.firstReplySecond, lifecycle.firstReplyNano) : -1;
            resolved = lifecycle.resolved ? offset(cs, cn, lifecycle.resolvedSecond, lifecycle.resolvedNano) : -1;
            replies = lifecycle.agentReplies;
            reopens = lifecycle.reopens;
            if (responses > 0) {
                conflict = responses != replies || offset(cs, cn, logs.replySecond(log), logs.replyNano(log)) != first;
            }
            conflict |= ownFirst >= 0 && ownFirst != first || ownResolved >= 0 && ownResolved != resolved
                    || rows.ownReplies(slot) > 0 && rows.ownReplies(slot) != replies
                    || rows.ownReopens(slot) > 0 && rows.ownReopens(slot) != reopens;
        } else if (responses > 0) {
            first = offset(cs, cn, logs.replySecond(log), logs.replyNano(log));
            replies = responses;
            resolved = ownResolved;
            reopens = rows.ownReopens(slot);
            conflict = ownFirst >= 0 && ownFirst != first || rows.ownReplies(slot) > 0 && rows.ownReplies(slot) != replies;
        } else {
            first = ownFirst;
            resolved = ownResolved;
            replies = rows.ownReplies(slot);
            reopens = rows.ownReopens(slot);
        }
        // Instants only where business hours or the SLA need them: calendar spans are the offsets.
        long frt = first < 0 ? -1 : hours == null ? first : hours.betweenNanos(rows.createdAt(slot), at(cs, cn, first));
        long resolution = resolved < 0 ? -1
                : hours == null ? resolved : hours.betweenNanos(rows.createdAt(slot), at(cs, cn, resolved));
        int n = groupsOf(slot, rows.agent(slot));
        int b = bucketsOf(createdIn, slot, rows.agent(slot), cs);
        if (resolved >= 0) {
            bucketsOf(resolvedIn, slot, rows.agent(slot), second(cs, cn, resolved));
        }
        for (int g = 0; g < n; g++) {
            ticket(mine[g], frt, resolution, replies, reopens, conflict);
        }
        for (int g = 0; g < b; g++) {
            GroupAccumulator createdBucket = createdIn[g];
            createdBucket.created(frt);
            if (conflict) {
                createdBucket.conflict();
            }
            if (resolved < 0) {
                createdBucket.stillOpen();
            } else {
                resolvedIn[g].resolved(resolution, replies, reopens);
            }
        }
        if (events > 0 || summary >= 0) {
            lifecycleKpis(slot, cs, cn, n, b);
        }
        if (sla != null) {
            sla.add(Ticket.builder(acc.tickets.id(slot), rows.createdAt(slot)).agent(rows.agent(slot))
                    .priority(rows.priority(slot)).firstResponseAt(first < 0 ? null : at(cs, cn, first))
                    .resolvedAt(resolved < 0 ? null : at(cs, cn, resolved))
                    .agentReplies(replies).reopens(reopens).build(), events == 0 ? List.of() : slaEvents(slot, log));
        }
    }

    /** The ticket's events, for the SLA targets measured from events. */
    private List<TicketEvent> slaEvents(int slot, int log) {
        String id = acc.tickets.id(slot);
        TicketLogs logs = acc.logs;
        List<TicketEvent> list = new ArrayList<>(logs.eventCount(log));
        for (int e = logs.firstEvent(log); e >= 0; e = logs.nextEvent(e)) {
            list.add(new TicketEvent(id, Instant.ofEpochSecond(logs.second[e], logs.nano[e]),
                    TicketEvent.Type.values()[logs.type[e]], logs.agent[e]));
        }
        return list;
    }

    private static Instant at(long cs, int cn, long offset) {
        return Instant.ofEpochSecond(cs, cn + offset);
    }

    /** The epoch second of the instant {@code offset} nanoseconds after {@code cs, cn}. */
    private static long second(long cs, int cn, long offset) {
        return cs + Math.floorDiv(cn + offset, 1_000_000_000L);
    }

    private static void ticket(GroupAccumulator group, long frt, long resolution, int replies, int reopens,
                               boolean conflict) {
        group.created(frt);
        if (resolution < 0) {
            group.stillOpen();
        } else {
            group.resolved(resolution, replies, reopens);
        }
        if (conflict) {
            group.conflict();
        }
    }

    /** Lifecycle KPIs into the ticket's groups ({@code n} in {@link #mine}) and its bucket groups ({@code b} per instant). */
    private void lifecycleKpis(int slot, long cs, int cn, int n, int b) {
        Lifecycle l = lifecycle;
        String agent = acc.rows.agent(slot);
        if (l.solved) {
            long nanos = clock.nanos(cs, cn, l.firstSolvedSecond, l.firstSolvedNano);
            for (int g = 0; g < n; g++) {
                mine[g].firstResolution(nanos);
            }
            bucketsOf(in, slot, agent, l.firstSolvedSecond);
            for (int g = 0; g < b; g++) {
                in[g].firstResolution(nanos);
            }
        }
        if (l.resolved) {
            for (int g = 0; g < n; g++) {
                mine[g].statusTimes(l.agentWork, l.agentWait, l.onHold);
            }
            for (int g = 0; g < b; g++) {
                resolvedIn[g].statusTimes(l.agentWork, l.agentWait, l.onHold);
            }
        }
        for (int k = 0; k < l.samples; k++) {
            long nanos = l.sampleNanos[k];
            // Grouped by the replying agent, not the ticket's.
            int m = groupsOf(slot, l.sampleAgent[k]);
            for (int g = 0; g < m; g++) {
                mine[g].nextReply(nanos);
            }
            bucketsOf(in, slot, l.sampleAgent[k], l.sampleSecond[k]);
            for (int g = 0; g < b; g++) {
                in[g].nextReply(nanos);
            }
        }
        if (l.awaiting) {
            int m = groupsOf(slot, agent);
            for (int g = 0; g < m; g++) {
                mine[g].awaiting();
            }
            bucketsOf(in, slot, agent, l.awaitingSecond);
            for (int g = 0; g < b; g++) {
                in[g].awaiting();
            }
        }
    }

    /** Puts the bucket group of the epoch second and the ticket's cross-tab cells there into {@code into}; returns how many. */
    private int bucketsOf(GroupAccumulator[] into, int slot, String agentId, long second) {
        into[0] = buckets.groupOfSecond(second);
        return 1 + crossTabs.bucketCells(into, 1, agentId, acc.tickets, slot, second);
    }

    /** Puts the ticket's groups into {@link #mine}, with {@code agent} for the agent dimension; returns how many. */
    private int groupsOf(int slot, String agentId) {
        mine[0] = overall;
        int width = acc.ticketDimensions.length;
        int tuple = width == 0 ? 0 : acc.tickets.tuple(slot);
        for (int d = 0; d < acc.dimensions.length; d++) {
            if (acc.dimensions[d] == Dimension.AGENT) {
                mine[1 + d] = group(d, agentId == null ? Ticket.ABSENT : agentId);
            } else {
                int j = 0;
                while (acc.ticketDimensions[j] != d) {
                    j++;
                }
                int at = tuple * width + j;
                GroupAccumulator group = tupleGroups[at];
                if (group == null) {
                    group = group(d, acc.tickets.tupleKey(tuple, j));
                    tupleGroups[at] = group;
                }
                mine[1 + d] = group;
            }
        }
        int n = 1 + acc.dimensions.length;
        return n + crossTabs.ticketCells(mine, n, agentId, acc.tickets, slot);
    }

    private GroupAccumulator group(int d, String key) {
        return groupCaches[d].group(key);
    }

    private static long offset(long cs, int cn, long s, int n) {
        return (s - cs) * 1_000_000_000L + (n - cn);
    }
}

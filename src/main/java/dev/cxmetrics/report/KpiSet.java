package dev.cxmetrics.report;

import dev.cxmetrics.kpi.Aht;
import dev.cxmetrics.kpi.Ces;
import dev.cxmetrics.kpi.Csat;
import dev.cxmetrics.kpi.Fcr;
import dev.cxmetrics.kpi.FirstResponseBrackets;
import dev.cxmetrics.kpi.FirstResponseTime;
import dev.cxmetrics.kpi.NextReplyTime;
import dev.cxmetrics.kpi.Nps;
import dev.cxmetrics.kpi.ResolutionTime;
import dev.cxmetrics.stats.DurationStats;
import dev.cxmetrics.stats.ExactDurationStats;

import java.util.Objects;

/**
 * Every KPI of one group of a {@link KpiReport}: the whole data set, one dimension value or one
 * calendar bucket. Each KPI carries its own sample size; a group may have tickets but no survey
 * answers, in which case the survey KPIs are empty, not zero. Immutable and thread-safe.
 *
 * <p>The lifecycle KPIs ({@code firstResolution}, {@code agentWork}, {@code agentWait},
 * {@code onHold}, {@code requesterWait}, {@code nextReply}) are derived from ticket events and
 * cover only the tickets that have events: first resolution = first {@code SOLVED} − creation,
 * bucketed by that {@code SOLVED}; agent work = time in {@code NEW} and {@code OPEN}, agent wait =
 * time in {@code PENDING}, on hold = time in {@code ON_HOLD}, requester wait = agent work + on hold,
 * each from creation to full resolution over resolved tickets (0 when never in that status) and
 * bucketed by the resolution; next reply as {@link NextReplyTime} says. Durations are in calendar
 * time, or business time when the report counts in business hours.
 *
 * @param tickets tickets in the group (for a calendar bucket: created in it)
 * @param csat customer satisfaction over the group's CSAT answers
 * @param nps Net Promoter Score over the group's NPS answers
 * @param ces customer effort over the group's CES answers
 * @param firstResponse first response times of the group's tickets
 * @param resolution resolution times of the group's tickets
 * @param fcr first contact resolution of the group's resolved tickets
 * @param aht handle times of the group's responses
 * @param firstResolution time from creation to the first {@code SOLVED} event
 * @param agentWork time in {@code NEW} and {@code OPEN} until full resolution
 * @param agentWait time in {@code PENDING} until full resolution
 * @param onHold time in {@code ON_HOLD} until full resolution
 * @param requesterWait agent work plus on hold, until full resolution
 * @param nextReply next reply times and the customer messages still awaiting a reply
 * @param frtBrackets first response times in brackets, the same tickets as {@code firstResponse}
 * @param conflicts tickets whose lifecycle sources (events, responses, own fields) gave different
 *     values; the report used the winning source, as {@link dev.cxmetrics.Ticket} documents
 */
public record KpiSet(long tickets, Csat csat, Nps nps, Ces ces, FirstResponseTime firstResponse,
                     ResolutionTime resolution, Fcr fcr, Aht aht, DurationStats firstResolution,
                     DurationStats agentWork, DurationStats agentWait, DurationStats onHold,
                     DurationStats requesterWait, NextReplyTime nextReply, FirstResponseBrackets frtBrackets,
                     long conflicts) {

    /**
     * Creates an instance after validating every component.
     *
     * @param tickets tickets in the group, {@code >= 0}
     * @param csat customer satisfaction
     * @param nps Net Promoter Score
     * @param ces customer effort
     * @param firstResponse first response times
     * @param resolution resolution times
     * @param fcr first contact resolution
     * @param aht handle times
     * @param firstResolution time to the first {@code SOLVED}
     * @param agentWork time in {@code NEW} and {@code OPEN}
     * @param agentWait time in {@code PENDING}
     * @param onHold time in {@code ON_HOLD}
     * @param requesterWait agent work plus on hold
     * @param nextReply next reply times
     * @param frtBrackets first response brackets
     * @param conflicts tickets whose lifecycle sources disagreed, {@code >= 0}
     * @throws NullPointerException when a KPI is null
     * @throws IllegalArgumentException when {@code tickets} or {@code conflicts} is negative
     */
    public KpiSet {
        if (tickets < 0) {
            throw new IllegalArgumentException("tickets " + tickets + " is negative");
        }
        if (conflicts < 0) {
            throw new IllegalArgumentException("conflicts " + conflicts + " is negative");
        }
        Objects.requireNonNull(firstResolution, "firstResolution");
        Objects.requireNonNull(agentWork, "agentWork");
        Objects.requireNonNull(agentWait, "agentWait");
        Objects.requireNonNull(onHold, "onHold");
        Objects.requireNonNull(requesterWait, "requesterWait");
        Objects.requireNonNull(nextReply, "nextReply");
        Objects.requireNonNull(frtBrackets, "frtBrackets");
        Objects.requireNonNull(csat, "csat");
        Objects.requireNonNull(nps, "nps");
        Objects.requireNonNull(ces, "ces");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(fcr, "fcr");
        Objects.requireNonNull(aht, "aht");
    }

    /**
     * Creates the KPIs of a group without ticket events: the lifecycle KPIs are empty, no ticket
     * had conflicting sources, and the first-response brackets are counted from the exact first
     * response times.
     *
     * @param tickets tickets in the group, {@code >= 0}
     * @param csat customer satisfaction
     * @param nps Net Promoter Score
     * @param ces customer effort
     * @param firstResponse first response times; exact statistics
     * @param resolution resolution times
     * @param fcr first contact resolution
     * @param aht handle times
     * @throws NullPointerException when a KPI is null
     * @throws IllegalArgumentException when {@code tickets} is negative, or the first response
     *     times are approximate (their brackets cannot be counted)
     */
    public KpiSet(long tickets, Csat csat, Nps nps, Ces ces, FirstResponseTime firstResponse,
                  ResolutionTime resolution, Fcr fcr, Aht aht) {
        this(tickets, csat, nps, ces, firstResponse, resolution, fcr, aht, DurationStats.empty(),
                DurationStats.empty(), DurationStats.empty(), DurationStats.empty(), DurationStats.empty(),
                NextReplyTime.empty(), brackets(firstResponse), 0);
    }

    private static FirstResponseBrackets brackets(FirstResponseTime firstResponse) {
        Objects.requireNonNull(firstResponse, "firstResponse");
        if (!(firstResponse.stats() instanceof ExactDurationStats exact)) {
            throw new IllegalArgumentException("first response brackets cannot be counted from approximate statistics");
        }
        long[] counts = new long[4];
        for (long nanos : exact.toSortedNanos()) {
            counts[FirstResponseBrackets.bracketOf(nanos)]++;
        }
        return new FirstResponseBrackets(counts[0], counts[1], counts[2], counts[3], firstResponse.unanswered());
    }
}

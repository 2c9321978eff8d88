package dev.cxmetrics.report;

import dev.cxmetrics.kpi.Aht;
import dev.cxmetrics.kpi.Ces;
import dev.cxmetrics.kpi.Csat;
import dev.cxmetrics.kpi.Fcr;
import dev.cxmetrics.kpi.FirstResponseTime;
import dev.cxmetrics.kpi.Nps;
import dev.cxmetrics.kpi.ResolutionTime;

import java.util.Objects;

/**
 * Every KPI of one group of a {@link KpiReport}: the whole data set, one dimension value or one
 * calendar bucket. Each KPI carries its own sample size; a group may have tickets but no survey
 * answers, in which case the survey KPIs are empty, not zero. Immutable and thread-safe.
 *
 * @param tickets tickets in the group (for a calendar bucket: created in it)
 * @param csat customer satisfaction over the group's CSAT answers
 * @param nps Net Promoter Score over the group's NPS answers
 * @param ces customer effort over the group's CES answers
 * @param firstResponse first response times of the group's tickets
 * @param resolution resolution times of the group's tickets
 * @param fcr first contact resolution of the group's resolved tickets
 * @param aht handle times of the group's responses
 */
public record KpiSet(long tickets, Csat csat, Nps nps, Ces ces, FirstResponseTime firstResponse,
                     ResolutionTime resolution, Fcr fcr, Aht aht) {

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
     * @throws NullPointerException when a KPI is null
     * @throws IllegalArgumentException when {@code tickets} is negative
     */
    public KpiSet {
        if (tickets < 0) {
            throw new IllegalArgumentException("tickets " + tickets + " is negative");
        }
        Objects.requireNonNull(csat, "csat");
        Objects.requireNonNull(nps, "nps");
        Objects.requireNonNull(ces, "ces");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(fcr, "fcr");
        Objects.requireNonNull(aht, "aht");
    }
}

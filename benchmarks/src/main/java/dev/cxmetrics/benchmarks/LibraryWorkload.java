package dev.cxmetrics.benchmarks;

import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.KpiSet;
import dev.cxmetrics.stats.DurationStats;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the core workload's figures off a {@link KpiReport} by agent and by day. */
final class LibraryWorkload {
    private LibraryWorkload() {
    }

    static WorkloadResult figures(KpiReport report) {
        WorkloadResult result = new WorkloadResult();
        put(result, "overall", report.overall());
        for (Map.Entry<String, KpiSet> entry : report.groups(Dimension.AGENT).entrySet()) {
            put(result, "agent/" + entry.getKey(), entry.getValue());
        }
        for (Map.Entry<LocalDate, KpiSet> entry : report.buckets().entrySet()) {
            put(result, "day/" + entry.getKey(), entry.getValue());
        }
        return result;
    }

    private static void put(WorkloadResult result, String key, KpiSet set) {
        // A bucket holding only responses has none of the workload's figures: the other engines never see it.
        if (set.tickets() == 0 && set.csat().total() == 0 && set.nps().total() == 0 && set.ces().total() == 0
                && set.firstResponse().stats().count() == 0 && set.resolution().stats().count() == 0
                && set.fcr().eligible() == 0) {
            return;
        }
        double[] f = result.group(key);
        f[WorkloadResult.TICKETS] = set.tickets();
        f[WorkloadResult.CSAT_SATISFIED] = set.csat().satisfied();
        f[WorkloadResult.CSAT_TOTAL] = set.csat().total();
        f[WorkloadResult.NPS_PROMOTERS] = set.nps().promoters();
        f[WorkloadResult.NPS_DETRACTORS] = set.nps().detractors();
        f[WorkloadResult.NPS_TOTAL] = set.nps().total();
        f[WorkloadResult.CES_SUM] = set.ces().scoreSum();
        f[WorkloadResult.CES_TOTAL] = set.ces().total();
        durations(f, WorkloadResult.FRT, set.firstResponse().stats());
        durations(f, WorkloadResult.RESOLUTION, set.resolution().stats());
        f[WorkloadResult.FCR_ONE_TOUCH] = set.fcr().oneTouch();
        f[WorkloadResult.FCR_ELIGIBLE] = set.fcr().eligible();
    }

    private static void durations(double[] f, int base, DurationStats stats) {
        f[base + WorkloadResult.COUNT] = stats.count();
        if (stats.count() > 0) {
            List<Duration> quantiles = stats.percentiles(50, 90);
            f[base + WorkloadResult.MEAN] = millis(stats.mean());
            f[base + WorkloadResult.MEDIAN] = quantiles.get(0).toNanos() / 1e6;
            f[base + WorkloadResult.P90] = quantiles.get(1).toNanos() / 1e6;
        }
    }

    private static double millis(Optional<Duration> duration) {
        return duration.orElseThrow().toNanos() / 1e6;
    }
}

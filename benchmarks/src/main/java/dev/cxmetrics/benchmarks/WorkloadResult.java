package dev.cxmetrics.benchmarks;

import java.util.Map;
import java.util.TreeMap;

/**
 * One engine's answer to the core workload, in one shape for every engine so that they can be
 * checked equal: group key ({@code overall}, {@code agent/<id>}, {@code day/<ISO date>}) to the
 * figures below, durations in milliseconds, {@code NaN} for a statistic over nothing.
 */
final class WorkloadResult {
    static final int TICKETS = 0;
    static final int CSAT_SATISFIED = 1;
    static final int CSAT_TOTAL = 2;
    static final int NPS_PROMOTERS = 3;
    static final int NPS_DETRACTORS = 4;
    static final int NPS_TOTAL = 5;
    static final int CES_SUM = 6;
    static final int CES_TOTAL = 7;
    static final int FRT = 8;
    static final int RESOLUTION = 12;
    static final int FCR_ONE_TOUCH = 16;
    static final int FCR_ELIGIBLE = 17;
    static final int WIDTH = 18;
    /** Offsets from {@link #FRT} or {@link #RESOLUTION}: count, mean, median, p90. */
    static final int COUNT = 0;
    static final int MEAN = 1;
    static final int MEDIAN = 2;
    static final int P90 = 3;

    private static final String[] NAMES = {"tickets", "csat.satisfied", "csat.total", "nps.promoters",
        "nps.detractors", "nps.total", "ces.sum", "ces.total", "frt.count", "frt.mean", "frt.median", "frt.p90",
        "resolution.count", "resolution.mean", "resolution.median", "resolution.p90", "fcr.oneTouch", "fcr.eligible"};

    final Map<String, double[]> groups = new TreeMap<>();

    double[] group(String key) {
        return groups.computeIfAbsent(key, k -> {
            double[] figures = new double[WIDTH];
            for (int base : new int[] {FRT, RESOLUTION}) {
                figures[base + MEAN] = Double.NaN;
                figures[base + MEDIAN] = Double.NaN;
                figures[base + P90] = Double.NaN;
            }
            return figures;
        });
    }

    /** A checksum for JMH to consume. */
    long digest() {
        long digest = groups.size();
        for (double[] figures : groups.values()) {
            for (double figure : figures) {
                digest = 31 * digest + Double.doubleToLongBits(figure);
            }
        }
        return digest;
    }

    /**
     * Throws unless both results have the same groups and figures: counts equal, durations within
     * a microsecond (engines round a mean or an interpolated percentile differently below that).
     */
    void assertSameAs(WorkloadResult expected, String engine) {
        if (!groups.keySet().equals(expected.groups.keySet())) {
            Map<String, double[]> missing = new TreeMap<>(expected.groups);
            missing.keySet().removeAll(groups.keySet());
            Map<String, double[]> extra = new TreeMap<>(groups);
            extra.keySet().removeAll(expected.groups.keySet());
            throw new IllegalStateException(engine + " has other groups: missing " + missing.keySet()
                    + ", extra " + extra.keySet());
        }
        for (Map.Entry<String, double[]> entry : expected.groups.entrySet()) {
            double[] mine = groups.get(entry.getKey());
            double[] theirs = entry.getValue();
            for (int i = 0; i < WIDTH; i++) {
                boolean same = Double.isNaN(theirs[i]) ? Double.isNaN(mine[i]) : Math.abs(mine[i] - theirs[i]) <= 1e-3;
                if (!same) {
                    throw new IllegalStateException(engine + " differs in " + entry.getKey() + " " + NAMES[i]
                            + ": " + mine[i] + " instead of " + theirs[i]);
                }
            }
        }
    }
}

package dev.cxmetrics.benchmarks;

import java.time.LocalDate;

/**
 * The core workload as a performance engineer would hand-write it for exactly this report: one
 * pass over primitive arrays into flat per-group counters (overall, agent codes, day offsets),
 * durations copied into one exact-size array per group after a counting pass, and the median and
 * p90 by quickselect. It knows its groups in advance and handles nothing else, which is the point:
 * it is the speed the library's general design is measured against.
 */
final class HandTunedWorkload {
    private static final long DAY_MS = 86_400_000L;
    private static final int CSAT = 0;
    private static final int NPS = 1;

    private HandTunedWorkload() {
    }

    static WorkloadResult figures(WorkloadData d) {
        long firstDay = Long.MAX_VALUE;
        long lastDay = Long.MIN_VALUE;
        for (int i = 0; i < d.tickets; i++) {
            long day = Math.floorDiv(d.createdMs[i], DAY_MS);
            firstDay = Math.min(firstDay, day);
            lastDay = Math.max(lastDay, day);
            if (d.resolvedMs[i] >= 0) {
                lastDay = Math.max(lastDay, Math.floorDiv(d.resolvedMs[i], DAY_MS));
            }
        }
        for (int i = 0; i < d.answers; i++) {
            long day = Math.floorDiv(d.answeredMs[i], DAY_MS);
            firstDay = Math.min(firstDay, day);
            lastDay = Math.max(lastDay, day);
        }
        if (firstDay > lastDay) {
            firstDay = 0;
            lastDay = -1;
        }
        int agents = d.agents.length + 1; // slot 0 is "no agent"
        int dayBase = 1 + agents;
        int groups = dayBase + (int) (lastDay - firstDay + 1);
        long[] c = new long[groups * WorkloadResult.WIDTH];
        int[] frtCount = new int[groups];
        int[] resCount = new int[groups];

        // Pass 1: counters, and how many durations each group will hold.
        for (int i = 0; i < d.tickets; i++) {
            int agent = 1 + d.ticketAgent[i] + 1;
            int created = dayBase + (int) (Math.floorDiv(d.createdMs[i], DAY_MS) - firstDay);
            c[WorkloadResult.TICKETS]++;
            c[agent * WorkloadResult.WIDTH + WorkloadResult.TICKETS]++;
            c[created * WorkloadResult.WIDTH + WorkloadResult.TICKETS]++;
            if (d.firstResponseMs[i] >= 0) {
                frtCount[0]++;
                frtCount[agent]++;
                frtCount[created]++;
            }
            if (d.resolvedMs[i] >= 0) {
                int resolved = dayBase + (int) (Math.floorDiv(d.resolvedMs[i], DAY_MS) - firstDay);
                resCount[0]++;
                resCount[agent]++;
                resCount[resolved]++;
                if (d.agentReplies[i] > 0) {
                    long oneTouch = d.agentReplies[i] == 1 && d.reopens[i] == 0 ? 1 : 0;
                    fcr(c, 0, oneTouch);
                    fcr(c, agent, oneTouch);
                    fcr(c, resolved, oneTouch);
                }
            }
        }
        for (int i = 0; i < d.answers; i++) {
            int agent = 1 + d.answerAgent[i] + 1;
            int day = dayBase + (int) (Math.floorDiv(d.answeredMs[i], DAY_MS) - firstDay);
            answer(c, 0, d.answerKind[i], d.answerScore[i]);
            answer(c, agent, d.answerKind[i], d.answerScore[i]);
            answer(c, day, d.answerKind[i], d.answerScore[i]);
        }

        // Pass 2: durations into exact-size arrays.
        long[][] frt = new long[groups][];
        long[][] res = new long[groups][];
        for (int g = 0; g < groups; g++) {
            frt[g] = new long[frtCount[g]];
            res[g] = new long[resCount[g]];
        }
        int[] frtFill = new int[groups];
        int[] resFill = new int[groups];
        for (int i = 0; i < d.tickets; i++) {
            int agent = 1 + d.ticketAgent[i] + 1;
            if (d.firstResponseMs[i] >= 0) {
                long v = d.firstResponseMs[i] - d.createdMs[i];
                int created = dayBase + (int) (Math.floorDiv(d.createdMs[i], DAY_MS) - firstDay);
                frt[0][frtFill[0]++] = v;
                frt[agent][frtFill[agent]++] = v;
                frt[created][frtFill[created]++] = v;
            }
            if (d.resolvedMs[i] >= 0) {
                long v = d.resolvedMs[i] - d.createdMs[i];
                int resolved = dayBase + (int) (Math.floorDiv(d.resolvedMs[i], DAY_MS) - firstDay);
                res[0][resFill[0]++] = v;
                res[agent][resFill[agent]++] = v;
                res[resolved][resFill[resolved]++] = v;
            }
        }

        WorkloadResult result = new WorkloadResult();
        for (int g = 0; g < groups; g++) {
            if (isEmpty(c, g, frtCount[g], resCount[g])) {
                continue;
            }
            String key = g == 0 ? "overall"
                    : g < dayBase ? "agent/" + d.agent(g - 2)
                    : "day/" + LocalDate.ofEpochDay(firstDay + g - dayBase);
            double[] f = result.group(key);
            for (int k = 0; k < WorkloadResult.WIDTH; k++) {
                f[k] = c[g * WorkloadResult.WIDTH + k];
            }
            durations(f, WorkloadResult.FRT, frt[g]);
            durations(f, WorkloadResult.RESOLUTION, res[g]);
        }
        return result;
    }

    private static void fcr(long[] c, int g, long oneTouch) {
        c[g * WorkloadResult.WIDTH + WorkloadResult.FCR_ELIGIBLE]++;
        c[g * WorkloadResult.WIDTH + WorkloadResult.FCR_ONE_TOUCH] += oneTouch;
    }

    private static void answer(long[] c, int g, int kind, int score) {
        int at = g * WorkloadResult.WIDTH;
        if (kind == CSAT) {
            c[at + WorkloadResult.CSAT_TOTAL]++;
            c[at + WorkloadResult.CSAT_SATISFIED] += score >= 4 ? 1 : 0;
        } else if (kind == NPS) {
            c[at + WorkloadResult.NPS_TOTAL]++;
            c[at + WorkloadResult.NPS_PROMOTERS] += score >= 9 ? 1 : 0;
            c[at + WorkloadResult.NPS_DETRACTORS] += score <= 6 ? 1 : 0;
        } else {
            c[at + WorkloadResult.CES_TOTAL]++;
            c[at + WorkloadResult.CES_SUM] += score;
        }
    }

    private static boolean isEmpty(long[] c, int g, int frtCount, int resCount) {
        int at = g * WorkloadResult.WIDTH;
        return c[at + WorkloadResult.TICKETS] == 0 && c[at + WorkloadResult.CSAT_TOTAL] == 0
                && c[at + WorkloadResult.NPS_TOTAL] == 0 && c[at + WorkloadResult.CES_TOTAL] == 0
                && frtCount == 0 && resCount == 0 && c[at + WorkloadResult.FCR_ELIGIBLE] == 0;
    }

    private static void durations(double[] f, int base, long[] values) {
        int n = values.length;
        f[base + WorkloadResult.COUNT] = n;
        if (n == 0) {
            f[base + WorkloadResult.MEAN] = Double.NaN;
            f[base + WorkloadResult.MEDIAN] = Double.NaN;
            f[base + WorkloadResult.P90] = Double.NaN;
            return;
        }
        long sum = 0;
        for (long v : values) {
            sum += v;
        }
        f[base + WorkloadResult.MEAN] = (double) sum / n;
        f[base + WorkloadResult.MEDIAN] = percentile(values, 0.5);
        f[base + WorkloadResult.P90] = percentile(values, 0.9);
    }

    /** {@code percentile_cont}: linear interpolation between the closest ranks. */
    private static double percentile(long[] values, double p) {
        double rank = (values.length - 1) * p;
        int lo = (int) Math.floor(rank);
        long low = select(values, lo);
        if (rank == lo) {
            return low;
        }
        long high = Long.MAX_VALUE;
        for (int i = lo + 1; i < values.length; i++) {
            high = Math.min(high, values[i]);
        }
        return low + (rank - lo) * (high - low);
    }

    /** Hoare quickselect: puts the k-th smallest at k, smaller ones before it, larger ones after. */
    private static long select(long[] a, int k) {
        int left = 0;
        int right = a.length - 1;
        while (right > left) {
            long pivot = median3(a[left], a[(left + right) >>> 1], a[right]);
            int i = left;
            int j = right;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static long median3(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}

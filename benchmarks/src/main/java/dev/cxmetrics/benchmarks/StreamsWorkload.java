package dev.cxmetrics.benchmarks;

import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The core workload as a Java team writes it by hand: {@code groupingBy} per agent and per UTC
 * day, a stream per KPI, a sort per percentile.
 */
final class StreamsWorkload {
    private StreamsWorkload() {
    }

    static WorkloadResult figures(List<Ticket> tickets, List<SurveyAnswer> answers) {
        WorkloadResult result = new WorkloadResult();
        Function<Instant, String> day = i -> "day/" + LocalDate.ofInstant(i, ZoneOffset.UTC);
        Function<String, String> agent = a -> "agent/" + Objects.requireNonNullElse(a, "");

        ticketsBy(result, Map.of("overall", tickets), Map.of("overall", tickets.stream()
                .filter(Ticket::isResolved).collect(Collectors.toList())));
        ticketsBy(result, tickets.stream().collect(Collectors.groupingBy(t -> agent.apply(t.agentId()))),
                tickets.stream().filter(Ticket::isResolved).collect(Collectors.groupingBy(t -> agent.apply(t.agentId()))));
        ticketsBy(result, tickets.stream().collect(Collectors.groupingBy(t -> day.apply(t.createdAt()))),
                tickets.stream().filter(Ticket::isResolved).collect(Collectors.groupingBy(t -> day.apply(t.resolvedAt()))));

        answersBy(result, Map.of("overall", answers));
        answersBy(result, answers.stream().collect(Collectors.groupingBy(a -> agent.apply(a.agentId()))));
        answersBy(result, answers.stream().collect(Collectors.groupingBy(a -> day.apply(a.answeredAt()))));
        return result;
    }

    private static void ticketsBy(WorkloadResult result, Map<String, List<Ticket>> created,
                                  Map<String, List<Ticket>> resolved) {
        created.forEach((key, group) -> {
            double[] f = result.group(key);
            f[WorkloadResult.TICKETS] = group.size();
            durations(f, WorkloadResult.FRT, group.stream().filter(t -> t.firstResponseAt() != null)
                    .map(t -> Duration.between(t.createdAt(), t.firstResponseAt())).collect(Collectors.toList()));
        });
        resolved.forEach((key, group) -> {
            double[] f = result.group(key);
            durations(f, WorkloadResult.RESOLUTION, group.stream()
                    .map(t -> Duration.between(t.createdAt(), t.resolvedAt())).collect(Collectors.toList()));
            List<Ticket> eligible = group.stream().filter(t -> t.agentReplies() >= 1).collect(Collectors.toList());
            f[WorkloadResult.FCR_ELIGIBLE] = eligible.size();
            f[WorkloadResult.FCR_ONE_TOUCH] = eligible.stream()
                    .filter(t -> t.agentReplies() == 1 && t.reopens() == 0).count();
        });
    }

    private static void answersBy(WorkloadResult result, Map<String, List<SurveyAnswer>> groups) {
        groups.forEach((key, group) -> {
            double[] f = result.group(key);
            List<Integer> csat = scores(group, SurveyKind.CSAT);
            List<Integer> nps = scores(group, SurveyKind.NPS);
            List<Integer> ces = scores(group, SurveyKind.CES);
            f[WorkloadResult.CSAT_TOTAL] = csat.size();
            f[WorkloadResult.CSAT_SATISFIED] = csat.stream().filter(s -> s >= 4).count();
            f[WorkloadResult.NPS_TOTAL] = nps.size();
            f[WorkloadResult.NPS_PROMOTERS] = nps.stream().filter(s -> s >= 9).count();
            f[WorkloadResult.NPS_DETRACTORS] = nps.stream().filter(s -> s <= 6).count();
            f[WorkloadResult.CES_TOTAL] = ces.size();
            f[WorkloadResult.CES_SUM] = ces.stream().mapToInt(Integer::intValue).sum();
        });
    }

    private static List<Integer> scores(List<SurveyAnswer> answers, SurveyKind kind) {
        return answers.stream().filter(a -> a.kind() == kind).map(SurveyAnswer::score).collect(Collectors.toList());
    }

    private static void durations(double[] f, int base, List<Duration> durations) {
        f[base + WorkloadResult.COUNT] = durations.size();
        if (durations.isEmpty()) {
            return;
        }
        List<Double> sorted = durations.stream().map(d -> d.toNanos() / 1e6).sorted().collect(Collectors.toList());
        f[base + WorkloadResult.MEAN] = sorted.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        f[base + WorkloadResult.MEDIAN] = percentile(sorted, 0.5);
        f[base + WorkloadResult.P90] = percentile(sorted, 0.9);
    }

    private static double percentile(List<Double> sorted, double p) {
        double rank = (sorted.size() - 1) * p;
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return sorted.get(lo) + (rank - lo) * (sorted.get(hi) - sorted.get(lo));
    }
}

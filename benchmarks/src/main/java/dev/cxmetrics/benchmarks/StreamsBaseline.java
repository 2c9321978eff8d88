package dev.cxmetrics.benchmarks;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a Java team writes by hand instead of the library: {@code groupingBy} per dimension and
 * per day, then per group a stream per KPI and a sort for each percentile. It computes the same
 * figures as the report (tickets, CSAT, NPS, CES, FRT and resolution mean/median/p90, FCR, AHT).
 */
final class StreamsBaseline {
    private StreamsBaseline() {
    }

    /** One group's figures, as a hand-written report would hold them. */
    record Summary(long tickets, double csat, double nps, double ces, Duration frtMean, Duration frtMedian,
                   Duration frtP90, Duration resMean, Duration resMedian, Duration resP90, double fcr,
                   Duration aht) {
    }

    static Map<String, Map<String, Summary>> report(List<Ticket> tickets, List<Response> responses,
                                                    List<SurveyAnswer> answers, ZoneId zone) {
        Map<String, Ticket> byId = tickets.stream().collect(Collectors.toMap(Ticket::id, t -> t));
        Map<String, Map<String, Summary>> report = new HashMap<>();
        report.put("overall", Map.of("", summarize(tickets, tickets, responses, answers)));
        report.put("agent", byDimension(tickets, responses, answers, byId, Ticket::agentId, true));
        report.put("channel", byDimension(tickets, responses, answers, byId, Ticket::channel, false));
        report.put("type", byDimension(tickets, responses, answers, byId, Ticket::type, false));
        report.put("priority", byDimension(tickets, responses, answers, byId,
                t -> t.priority() == null ? null : t.priority().name(), false));

        Function<java.time.Instant, String> day = i -> LocalDate.ofInstant(i, zone).toString();
        Map<String, List<Ticket>> created = tickets.stream().collect(Collectors.groupingBy(t -> day.apply(t.createdAt())));
        Map<String, List<Ticket>> resolved = tickets.stream().collect(Collectors.groupingBy(
                t -> day.apply(t.resolvedAt() != null ? t.resolvedAt() : t.createdAt())));
        Map<String, List<Response>> sent = responses.stream().collect(Collectors.groupingBy(r -> day.apply(r.sentAt())));
        Map<String, List<SurveyAnswer>> answered = answers.stream()
                .collect(Collectors.groupingBy(a -> day.apply(a.answeredAt())));
        Map<String, Summary> days = new HashMap<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(created.keySet());
        keys.addAll(resolved.keySet());
        keys.addAll(sent.keySet());
        keys.addAll(answered.keySet());
        for (String key : keys) {
            days.put(key, summarize(created.getOrDefault(key, List.of()), resolved.getOrDefault(key, List.of()),
                    sent.getOrDefault(key, List.of()), answered.getOrDefault(key, List.of())));
        }
        report.put("day", days);
        return report;
    }

    private static Map<String, Summary> byDimension(List<Ticket> tickets, List<Response> responses,
                                                    List<SurveyAnswer> answers, Map<String, Ticket> byId,
                                                    Function<Ticket, String> key, boolean ownAgent) {
        Function<Ticket, String> safeKey = t -> Objects.requireNonNullElse(key.apply(t), "");
        Map<String, List<Ticket>> groups = tickets.stream().collect(Collectors.groupingBy(safeKey));
        Map<String, List<Response>> responseGroups = responses.stream().collect(Collectors.groupingBy(r ->
                ownAgent ? Objects.requireNonNullElse(r.agentId(), "")
                        : byId.containsKey(r.ticketId()) ? safeKey.apply(byId.get(r.ticketId())) : ""));
        Map<String, List<SurveyAnswer>> answerGroups = answers.stream().collect(Collectors.groupingBy(a ->
                ownAgent ? Objects.requireNonNullElse(a.agentId(), "")
                        : a.ticketId() != null && byId.containsKey(a.ticketId()) ? safeKey.apply(byId.get(a.ticketId())) : ""));
        Map<String, Summary> result = new HashMap<>();
        for (Map.Entry<String, List<Ticket>> entry : groups.entrySet()) {
            result.put(entry.getKey(), summarize(entry.getValue(), entry.getValue(),
                    responseGroups.getOrDefault(entry.getKey(), List.of()),
                    answerGroups.getOrDefault(entry.getKey(), List.of())));
        }
        return result;
    }

    private static Summary summarize(List<Ticket> created, List<Ticket> resolvedIn, List<Response> responses,
                                     List<SurveyAnswer> answers) {
        List<Duration> frt = created.stream().filter(t -> t.firstResponseAt() != null)
                .map(t -> Duration.between(t.createdAt(), t.firstResponseAt())).sorted().collect(Collectors.toList());
        List<Duration> res = resolvedIn.stream().filter(t -> t.resolvedAt() != null)
                .map(t -> Duration.between(t.createdAt(), t.resolvedAt())).sorted().collect(Collectors.toList());
        long csatTotal = answers.stream().filter(a -> a.kind() == SurveyKind.CSAT).count();
        long satisfied = answers.stream().filter(a -> a.kind() == SurveyKind.CSAT && a.score() >= 4).count();
        long npsTotal = answers.stream().filter(a -> a.kind() == SurveyKind.NPS).count();
        long promoters = answers.stream().filter(a -> a.kind() == SurveyKind.NPS && a.score() >= 9).count();
        long detractors = answers.stream().filter(a -> a.kind() == SurveyKind.NPS && a.score() <= 6).count();
        double ces = answers.stream().filter(a -> a.kind() == SurveyKind.CES).mapToInt(SurveyAnswer::score)
                .average().orElse(Double.NaN);
        long eligible = resolvedIn.stream().filter(t -> t.resolvedAt() != null && t.agentReplies() >= 1).count();
        long oneTouch = resolvedIn.stream()
                .filter(t -> t.resolvedAt() != null && t.agentReplies() == 1 && t.reopens() == 0).count();
        List<Duration> handle = responses.stream().map(Response::handleTime).filter(Objects::nonNull)
                .collect(Collectors.toList());
        return new Summary(created.size(), 100.0 * satisfied / csatTotal,
                100.0 * (promoters - detractors) / npsTotal, ces,
                mean(frt), percentile(frt, 50), percentile(frt, 90),
                mean(res), percentile(res, 50), percentile(res, 90),
                100.0 * oneTouch / eligible, mean(handle));
    }

    private static Duration mean(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        return sorted.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(sorted.size());
    }

    private static Duration percentile(List<Duration> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        double h = (sorted.size() - 1) * p / 100;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.size() - 1);
        long a = sorted.get(lo).toNanos();
        long b = sorted.get(hi).toNanos();
        return Duration.ofNanos(a + Math.round((h - lo) * (b - a)));
    }

    /** Keeps the JIT from discarding the result. */
    static long digest(Map<String, Map<String, Summary>> report) {
        long digest = 0;
        List<Map<String, Summary>> all = new ArrayList<>(report.values());
        for (Map<String, Summary> groups : all) {
            for (Summary summary : groups.values()) {
                digest += summary.tickets() + (summary.frtMedian() == null ? 0 : summary.frtMedian().toNanos());
            }
        }
        return digest;
    }
}

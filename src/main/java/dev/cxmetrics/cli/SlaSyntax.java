package dev.cxmetrics.cli;

import dev.cxmetrics.Priority;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.time.BusinessCalendar;

import java.util.Locale;

/**
 * Parses the {@code --sla} syntax: clauses separated by {@code ;}, each
 * {@code priorities: target[, target]}, where priorities are one or more of {@code low},
 * {@code normal}, {@code high}, {@code urgent} (comma- or {@code +}-separated, or {@code all}) and a
 * target is {@code <word> <duration> [business]} with the word one of {@code first} (first response),
 * {@code resolution}, {@code next} (next reply), {@code work} (agent work) or {@code wait} (requester
 * wait); the last three are measured from the ticket events.
 * Example: {@code "urgent: first 30m, resolution 4h; high+normal: first 4h business, resolution 3d business"}.
 */
final class SlaSyntax {
    private static final String WORDS = "first, resolution, next, work, wait";

    private SlaSyntax() {
    }

    static SlaPolicy parse(String text, BusinessCalendar calendar) {
        SlaPolicy.Builder builder = SlaPolicy.builder();
        if (calendar != null) {
            builder.businessHours(calendar);
        }
        for (String clause : text.split(";")) {
            if (clause.isBlank()) {
                continue;
            }
            int colon = clause.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("SLA clause '" + clause.trim()
                        + "' has no ':' between priorities and targets");
            }
            Priority[] priorities = priorities(clause.substring(0, colon));
            for (String target : clause.substring(colon + 1).split(",")) {
                String[] words = target.trim().split("\\s+");
                if (words.length < 2 || words.length > 3 || (words.length == 3
                        && !words[2].equalsIgnoreCase("business"))) {
                    throw new IllegalArgumentException("SLA target '" + target.trim()
                            + "' is not '<target> <duration> [business]' with the target one of " + WORDS);
                }
                SlaMetric metric = switch (words[0].toLowerCase(Locale.ROOT)) {
                    case "first", "frt", "first_response" -> SlaMetric.FIRST_RESPONSE;
                    case "resolution", "resolve" -> SlaMetric.RESOLUTION;
                    case "next", "next_reply" -> SlaMetric.NEXT_REPLY;
                    case "work", "agent_work" -> SlaMetric.AGENT_WORK;
                    case "wait", "requester_wait" -> SlaMetric.REQUESTER_WAIT;
                    default -> throw new IllegalArgumentException("SLA target '" + target.trim()
                            + "' starts with '" + words[0] + "', not one of " + WORDS);
                };
                SlaTarget slaTarget = new SlaTarget(Durations.parse(words[1]), words.length == 3);
                for (Priority priority : priorities) {
                    builder.target(metric, priority, slaTarget);
                }
            }
        }
        return builder.build();
    }

    private static Priority[] priorities(String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("all") || trimmed.equals("*")) {
            return Priority.values();
        }
        String[] names = trimmed.split("[+,\\s]+");
        Priority[] priorities = new Priority[names.length];
        for (int i = 0; i < names.length; i++) {
            try {
                priorities[i] = Priority.valueOf(names[i].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("SLA priority '" + names[i]
                        + "' is not one of low, normal, high, urgent, all");
            }
        }
        return priorities;
    }
}

package dev.cxmetrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns records into the equivalent columnar batches, the way a reader would, with the awkward
 * parts a real dictionary has: unused entries, null entries read as absent, random code order.
 */
public final class ColumnsOf {
    private ColumnsOf() {
    }

    /** Epoch nanoseconds of an instant, or the absent marker. */
    public static long nanos(Instant instant) {
        if (instant == null) {
            return Long.MIN_VALUE;
        }
        long second = instant.getEpochSecond();
        long nano = instant.getNano();
        if (second < 0 && nano > 0) {
            // Borrow a second so the product stays in range down to the smallest instant.
            second++;
            nano -= 1_000_000_000L;
        }
        return Math.addExact(Math.multiplyExact(second, 1_000_000_000L), nano);
    }

    public static TicketColumns tickets(List<Ticket> tickets, SplittableRandom random) {
        int n = tickets.size();
        String[] ids = new String[n];
        long[] created = new long[n];
        long[] first = new long[n];
        long[] resolved = new long[n];
        int[] replies = new int[n];
        int[] reopens = new int[n];
        for (int i = 0; i < n; i++) {
            Ticket t = tickets.get(i);
            ids[i] = t.id();
            created[i] = nanos(t.createdAt());
            first[i] = nanos(t.firstResponseAt());
            resolved[i] = nanos(t.resolvedAt());
            replies[i] = t.agentReplies();
            reopens[i] = t.reopens();
        }
        TicketColumns.Builder builder = TicketColumns.builder(n).ids(ids).createdAt(created).firstResponseAt(first)
                .resolvedAt(resolved).agentReplies(replies).reopens(reopens);
        Dictionary<String> customer = new Dictionary<>(tickets, Ticket::customerId, random, String[]::new);
        builder.customer(customer.codes, customer.values);
        Dictionary<String> agent = new Dictionary<>(tickets, Ticket::agentId, random, String[]::new);
        builder.agent(agent.codes, agent.values);
        Dictionary<String> channel = new Dictionary<>(tickets, Ticket::channel, random, String[]::new);
        builder.channel(channel.codes, channel.values);
        Dictionary<String> type = new Dictionary<>(tickets, Ticket::type, random, String[]::new);
        builder.type(type.codes, type.values);
        Dictionary<String> team = new Dictionary<>(tickets, Ticket::team, random, String[]::new);
        builder.team(team.codes, team.values);
        Dictionary<Priority> priority = new Dictionary<>(tickets, Ticket::priority, random, Priority[]::new);
        builder.priority(priority.codes, priority.values);
        TreeSet<String> names = new TreeSet<>();
        for (Ticket t : tickets) {
            names.addAll(t.fields().keySet());
        }
        for (String name : names) {
            Dictionary<String> field = new Dictionary<>(tickets, t -> t.field(name), random, String[]::new);
            builder.field(name, field.codes, field.values);
        }
        return builder.build();
    }

    public static ResponseColumns responses(List<Response> responses, SplittableRandom random) {
        int n = responses.size();
        String[] ids = new String[n];
        long[] sent = new long[n];
        long[] handle = new long[n];
        boolean[] automated = new boolean[n];
        for (int i = 0; i < n; i++) {
            Response r = responses.get(i);
            ids[i] = r.ticketId();
            sent[i] = nanos(r.sentAt());
            handle[i] = r.handleTime() == null ? Long.MIN_VALUE : r.handleTime().toNanos();
            automated[i] = r.automated();
        }
        Dictionary<String> agent = new Dictionary<>(responses, Response::agentId, random, String[]::new);
        ResponseColumns.Builder builder = ResponseColumns.builder(n).ticketIds(ids).sentAt(sent)
                .agent(agent.codes, agent.values).automated(automated);
        if (random.nextBoolean()) {
            builder.handleNanos(handle);
        } else {
            double[] seconds = new double[n];
            for (int i = 0; i < n; i++) {
                Duration d = responses.get(i).handleTime();
                seconds[i] = d == null ? Double.NaN : d.toNanos() / 1e9;
            }
            builder.handleSeconds(seconds);
        }
        return builder.build();
    }

    public static SurveyAnswerColumns answers(List<SurveyAnswer> answers, SplittableRandom random) {
        int n = answers.size();
        String[] ids = new String[n];
        int[] scores = new int[n];
        long[] at = new long[n];
        for (int i = 0; i < n; i++) {
            SurveyAnswer a = answers.get(i);
            ids[i] = a.ticketId();
            scores[i] = a.score();
            at[i] = nanos(a.answeredAt());
        }
        Dictionary<String> customer = new Dictionary<>(answers, SurveyAnswer::customerId, random, String[]::new);
        Dictionary<String> agent = new Dictionary<>(answers, SurveyAnswer::agentId, random, String[]::new);
        Dictionary<SurveyKind> kind = new Dictionary<>(answers, SurveyAnswer::kind, random, SurveyKind[]::new);
        return SurveyAnswerColumns.builder(n).ticketIds(ids).customer(customer.codes, customer.values)
                .agent(agent.codes, agent.values).kind(kind.codes, kind.values).scores(scores).answeredAt(at).build();
    }

    /** Codes into a shuffled dictionary that also holds unused entries and a null entry some rows use for absent. */
    private static final class Dictionary<T> {
        final int[] codes;
        final T[] values;

        <R> Dictionary(List<R> rows, Function<R, T> value, SplittableRandom random,
                       java.util.function.IntFunction<T[]> array) {
            List<T> distinct = new ArrayList<>();
            Map<T, Integer> seen = new HashMap<>();
            for (R row : rows) {
                T v = value.apply(row);
                if (v != null && !seen.containsKey(v)) {
                    seen.put(v, -1);
                    distinct.add(v);
                }
            }
            List<T> entries = new ArrayList<>(distinct);
            entries.add(null);
            int unused = random.nextInt(3);
            for (int i = 0; i < unused; i++) {
                // Entries no row uses are never checked, even blank ones.
                entries.add(blankOrNull(distinct, random));
            }
            java.util.Collections.shuffle(entries, new java.util.Random(random.nextLong()));
            int nullAt = entries.indexOf(null);
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) != null && Integer.valueOf(-1).equals(seen.get(entries.get(i)))) {
                    seen.put(entries.get(i), i);
                }
            }
            codes = new int[rows.size()];
            for (int i = 0; i < codes.length; i++) {
                T v = value.apply(rows.get(i));
                codes[i] = v != null ? seen.get(v) : random.nextBoolean() ? -1 : nullAt;
            }
            values = entries.toArray(array.apply(0));
        }

        @SuppressWarnings("unchecked")
        private static <T> T blankOrNull(List<T> distinct, SplittableRandom random) {
            if (!distinct.isEmpty() && distinct.get(0) instanceof String && random.nextBoolean()) {
                return (T) " ";
            }
            return null;
        }
    }
}

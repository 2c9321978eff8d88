package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.internal.ByteWriter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The binary form of a {@link ReportAccumulator}, version 3 (tickets one by one, with their own
 * values and their logs of events and human responses, or the summary of a compacted closed
 * ticket, see {@link ClosedLifecycleCodec}; groups hold only responses and answers; business hours
 * and SLA policy fingerprinted by their spec encoding): the layout is documented on
 * {@link ReportAccumulator#toByteArray()}; this class writes it, {@link ReportDecoder} reads it.
 *
 * <p>Everything is written in a defined order (keys, dates, ids, tuples and pending records
 * sorted), so equal contents give equal bytes whatever the order of additions and merges.
 */
final class ReportCodec {
    static final byte[] MAGIC = {'C', 'X', 'R'};
    static final int VERSION = 4;
    /** A log's form tag: {@code 2 × event count} for its events, or this for a compacted closed ticket. */
    static final int COMPACTED = 1;
    static final String FORMAT = "report accumulator encoding";
    static final int AUTOMATED = 1;
    static final int HANDLE_TIME = 2;

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    /** Sorts pending responses by every field, so that their order in the encoding is defined. */
    static final Comparator<Response> RESPONSE_ORDER = Comparator.comparing(Response::ticketId)
            .thenComparing(Response::sentAt, Comparator.naturalOrder())
            .thenComparing(Response::agentId, NULLS_FIRST)
            .thenComparing(Response::handleTime, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Response::automated, Comparator.naturalOrder());
    /** Sorts pending answers by every field. */
    static final Comparator<SurveyAnswer> ANSWER_ORDER = Comparator.comparing(SurveyAnswer::ticketId, NULLS_FIRST)
            .thenComparing(SurveyAnswer::answeredAt, Comparator.naturalOrder())
            .thenComparing(SurveyAnswer::kind, Comparator.naturalOrder())
            .thenComparingInt(SurveyAnswer::score)
            .thenComparing(SurveyAnswer::agentId, NULLS_FIRST)
            .thenComparing(SurveyAnswer::customerId, NULLS_FIRST);

    private ReportCodec() {
    }

    static ReportAccumulator decode(ReportSpec spec, byte[] bytes) {
        return new ReportDecoder(spec, bytes).decode();
    }

    static byte[] encode(ReportAccumulator accumulator) {
        ByteWriter out = new ByteWriter(256);
        out.writeRawBytes(MAGIC).writeByte(VERSION);
        SpecFingerprint.write(out, accumulator.spec());

        String[] ids = new String[accumulator.tickets.size()];
        int[] next = {0};
        accumulator.tickets.forEach((id, slot) -> ids[next[0]++] = id);
        Arrays.sort(ids);
        List<Response> responses = new ArrayList<>(accumulator.pendingResponses);
        responses.sort(RESPONSE_ORDER);
        List<SurveyAnswer> answers = new ArrayList<>(accumulator.pendingAnswers);
        answers.sort(ANSWER_ORDER);
        List<String> waiting = new ArrayList<>();
        accumulator.logs.forEachWaiting((id, log) -> waiting.add(id));
        waiting.sort(Comparator.naturalOrder());

        Map<String, Integer> refs = writeStringTable(out, accumulator, ids, responses, answers, waiting);
        GroupCodec.write(out, accumulator.overall);
        for (Map<String, GroupAccumulator> groups : accumulator.groups) {
            writeGroups(out, groups, refs);
        }
        writeBuckets(out, accumulator);
        writeTickets(out, accumulator, ids, refs);
        out.writeVarLong(responses.size());
        for (Response response : responses) {
            out.writeVarLong(refs.get(response.ticketId()));
            writeNullableRef(out, refs, response.agentId());
            out.writeVarLong((response.automated() ? AUTOMATED : 0)
                    | (response.handleTime() == null ? 0 : HANDLE_TIME));
            SpecFingerprint.writeInstant(out, response.sentAt());
            if (response.handleTime() != null) {
                out.writeVarLong(response.handleTime().toNanos());
            }
        }
        out.writeVarLong(answers.size());
        for (SurveyAnswer answer : answers) {
            out.writeVarLong(refs.get(answer.ticketId()));
            writeNullableRef(out, refs, answer.customerId());
            writeNullableRef(out, refs, answer.agentId());
            out.writeVarLong(answer.kind().ordinal() * 16L + answer.score());
            SpecFingerprint.writeInstant(out, answer.answeredAt());
        }
        out.writeVarLong(waiting.size());
        for (String id : waiting) {
            out.writeVarLong(refs.get(id));
            writeLog(out, accumulator.logs, accumulator.logs.waitingLog(id), refs);
        }
        if (!accumulator.crossTabs.isEmpty()) {
            CrossTabCodec.write(out, accumulator.crossTabs, refs);
        }
        return out.toByteArray();
    }

    /** Writes every string but the ticket ids once, sorted; returns each string's index. */
    private static Map<String, Integer> writeStringTable(ByteWriter out, ReportAccumulator accumulator, String[] ids,
            List<Response> responses, List<SurveyAnswer> answers, List<String> waiting) {
        TreeSet<String> strings = new TreeSet<>();
        for (Map<String, GroupAccumulator> groups : accumulator.groups) {
            for (Map.Entry<String, GroupAccumulator> entry : groups.entrySet()) {
                if (!entry.getValue().isEmpty()) {
                    strings.add(entry.getKey());
                }
            }
        }
        for (String id : ids) {
            int slot = accumulator.tickets.find(id);
            for (int j = 0; j < accumulator.keyDimensions.length; j++) {
                strings.add(accumulator.tickets.key(slot, j));
            }
        }
        for (Response response : responses) {
            strings.add(response.ticketId());
            addNullable(strings, response.agentId());
        }
        for (SurveyAnswer answer : answers) {
            strings.add(answer.ticketId());
            addNullable(strings, answer.customerId());
            addNullable(strings, answer.agentId());
        }
        for (int slot = 0; slot < accumulator.rows.size(); slot++) {
            addNullable(strings, accumulator.rows.agent(slot));
            addLogStrings(strings, accumulator.logs, accumulator.rows.log(slot));
        }
        for (String id : waiting) {
            strings.add(id);
            addLogStrings(strings, accumulator.logs, accumulator.logs.waitingLog(id));
        }
        CrossTabCodec.addStrings(strings, accumulator.crossTabs);
        Map<String, Integer> refs = new HashMap<>();
        out.writeVarLong(strings.size());
        String previous = null;
        for (String string : strings) {
            refs.put(string, refs.size());
            StringCodec.writeNext(out, previous, string);
            previous = string;
        }
        return refs;
    }

    private static void addLogStrings(TreeSet<String> strings, TicketLogs logs, int log) {
        if (log < 0) {
            return;
        }
        if (logs.summary(log) >= 0) {
            ClosedLifecycleCodec.addStrings(strings, logs, log);
        }
        for (int e = logs.firstEvent(log); e >= 0; e = logs.nextEvent(e)) {
            addNullable(strings, logs.agent[e]);
        }
    }

    /** A ticket's own values: creation, own first response and resolution, counts, agent, priority; then its log. */
    private static void writeRow(ByteWriter out, ReportAccumulator accumulator, int slot, Map<String, Integer> refs) {
        TicketRows rows = accumulator.rows;
        out.writeZigZag(rows.createdSecond(slot));
        out.writeVarLong(rows.createdNano(slot));
        writeOffset(out, rows.ownFirst(slot));
        writeOffset(out, rows.ownResolved(slot));
        out.writeVarLong(rows.ownReplies(slot));
        out.writeVarLong(rows.ownReopens(slot));
        writeNullableRef(out, refs, rows.agent(slot));
        out.writeVarLong(rows.priority(slot) == null ? 0 : rows.priority(slot).ordinal() + 1);
        int log = rows.log(slot);
        if (log < 0) {
            out.writeVarLong(0).writeVarLong(0); // no responses, no events
        } else {
            writeLog(out, accumulator.logs, log, refs);
        }
    }

    /** A span after creation, or -1 for none: 0 for none, else whole seconds + 1, then nanoseconds. */
    static void writeOffset(ByteWriter out, long nanos) {
        if (nanos < 0) {
            out.writeVarLong(0);
        } else {
            out.writeVarLong(nanos / 1_000_000_000L + 1);
            out.writeVarLong(nanos % 1_000_000_000L);
        }
    }

    /**
     * Human responses (count, then the earliest), then the form: twice the event count and the
     * events sorted by time, type and agent, or {@link #COMPACTED} and the summary.
     */
    private static void writeLog(ByteWriter out, TicketLogs logs, int log, Map<String, Integer> refs) {
        int replies = logs.replyCount(log);
        out.writeVarLong(replies);
        if (replies > 0) {
            out.writeZigZag(logs.replySecond(log));
            out.writeVarLong(logs.replyNano(log));
        }
        if (logs.summary(log) >= 0) {
            out.writeVarLong(COMPACTED);
            ClosedLifecycleCodec.write(out, logs, log, refs);
            return;
        }
        List<Integer> events = new ArrayList<>(logs.eventCount(log));
        for (int e = logs.firstEvent(log); e >= 0; e = logs.nextEvent(e)) {
            events.add(e);
        }
        events.sort(Comparator.<Integer>comparingLong(e -> logs.second[e]).thenComparingInt(e -> logs.nano[e])
                .thenComparingInt(e -> logs.type[e])
                .thenComparing(e -> logs.agent[e], NULLS_FIRST));
        out.writeVarLong(2L * events.size());
        for (int e : events) {
            out.writeZigZag(logs.second[e]);
            out.writeVarLong(logs.nano[e]);
            out.writeVarLong(logs.type[e]);
            writeNullableRef(out, refs, logs.agent[e]);
        }
    }

    private static void addNullable(TreeSet<String> strings, String value) {
        if (value != null) {
            strings.add(value);
        }
    }

    private static void writeNullableRef(ByteWriter out, Map<String, Integer> refs, String value) {
        out.writeVarLong(value == null ? 0 : refs.get(value) + 1L);
    }

    private static void writeGroups(ByteWriter out, Map<String, GroupAccumulator> groups, Map<String, Integer> refs) {
        TreeMap<String, GroupAccumulator> sorted = new TreeMap<>();
        for (Map.Entry<String, GroupAccumulator> entry : groups.entrySet()) {
            // Groups made for a key tuple before any response or answer reached them are empty.
            if (!entry.getValue().isEmpty()) {
                sorted.put(entry.getKey(), entry.getValue());
            }
        }
        out.writeVarLong(sorted.size());
        for (Map.Entry<String, GroupAccumulator> entry : sorted.entrySet()) {
            out.writeVarLong(refs.get(entry.getKey()));
            GroupCodec.write(out, entry.getValue());
        }
    }

    private static void writeBuckets(ByteWriter out, ReportAccumulator accumulator) {
        TreeMap<LocalDate, GroupAccumulator> buckets = new TreeMap<>();
        for (Map.Entry<LocalDate, GroupAccumulator> entry : accumulator.buckets.groups().entrySet()) {
            // A ticket rejected after its buckets were looked up leaves an empty group behind.
            if (!entry.getValue().isEmpty()) {
                buckets.put(entry.getKey(), entry.getValue());
            }
        }
        out.writeVarLong(buckets.size());
        LocalDate previous = null;
        for (Map.Entry<LocalDate, GroupAccumulator> entry : buckets.entrySet()) {
            writeDate(out, previous, entry.getKey());
            GroupCodec.write(out, entry.getValue());
            previous = entry.getKey();
        }
    }

    /** A date of an ascending sequence: zig-zag epoch day for the first, the gap in days after. */
    static void writeDate(ByteWriter out, LocalDate previous, LocalDate date) {
        if (previous == null) {
            out.writeZigZag(date.toEpochDay());
        } else {
            out.writeVarLong(date.toEpochDay() - previous.toEpochDay());
        }
    }

    private static void writeTickets(ByteWriter out, ReportAccumulator accumulator, String[] ids,
            Map<String, Integer> refs) {
        int joined = accumulator.keyDimensions.length;
        int[] tupleOf = new int[ids.length];
        if (joined > 0) {
            // Distinct key tuples once, sorted; then one tuple index per ticket.
            Map<List<Integer>, Integer> distinct = new HashMap<>();
            List<List<Integer>> tuples = new ArrayList<>();
            List<List<Integer>> byTicket = new ArrayList<>(ids.length);
            for (String id : ids) {
                int slot = accumulator.tickets.find(id);
                Integer[] tuple = new Integer[joined];
                for (int j = 0; j < joined; j++) {
                    tuple[j] = refs.get(accumulator.tickets.key(slot, j));
                }
                List<Integer> key = Arrays.asList(tuple);
                if (distinct.putIfAbsent(key, 0) == null) {
                    tuples.add(key);
                }
                byTicket.add(key);
            }
            tuples.sort(ReportCodec::compareTuples);
            out.writeVarLong(tuples.size());
            for (int t = 0; t < tuples.size(); t++) {
                distinct.put(tuples.get(t), t);
                for (int ref : tuples.get(t)) {
                    out.writeVarLong(ref);
                }
            }
            for (int i = 0; i < ids.length; i++) {
                tupleOf[i] = distinct.get(byTicket.get(i));
            }
        }
        out.writeVarLong(ids.length);
        String previous = null;
        for (int i = 0; i < ids.length; i++) {
            StringCodec.writeNext(out, previous, ids[i]);
            if (joined > 0) {
                out.writeVarLong(tupleOf[i]);
            }
            writeRow(out, accumulator, accumulator.tickets.find(ids[i]), refs);
            previous = ids[i];
        }
    }

    private static int compareTuples(List<Integer> a, List<Integer> b) {
        for (int j = 0; j < a.size(); j++) {
            int c = Integer.compare(a.get(j), b.get(j));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}

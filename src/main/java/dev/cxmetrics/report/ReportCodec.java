package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.internal.ByteWriter;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaReport;
import dev.cxmetrics.sla.SlaResult;

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
 * The binary form of a {@link ReportAccumulator}, version 2: the layout is documented on
 * {@link ReportAccumulator#toByteArray()}; this class writes it, {@link ReportDecoder} reads it.
 *
 * <p>Everything is written in a defined order (keys, dates, ids, tuples and pending records
 * sorted), so equal contents give equal bytes whatever the order of additions and merges.
 */
final class ReportCodec {
    static final byte[] MAGIC = {'C', 'X', 'R'};
    static final int VERSION = 2;
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
        SlaReport sla = accumulator.sla == null ? null : accumulator.sla.snapshot();

        Map<String, Integer> refs = writeStringTable(out, accumulator, ids, responses, answers, sla);
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
        if (sla != null) {
            for (SlaMetric metric : SlaMetric.values()) {
                writeSla(out, sla.result(metric), refs);
            }
        }
        return out.toByteArray();
    }

    /** Writes every string but the ticket ids once, sorted; returns each string's index. */
    private static Map<String, Integer> writeStringTable(ByteWriter out, ReportAccumulator accumulator, String[] ids,
            List<Response> responses, List<SurveyAnswer> answers, SlaReport sla) {
        TreeSet<String> strings = new TreeSet<>();
        for (Map<String, GroupAccumulator> groups : accumulator.groups) {
            strings.addAll(groups.keySet());
        }
        for (String id : ids) {
            int slot = accumulator.tickets.find(id);
            for (int j = 0; j < accumulator.ticketDimensions.length; j++) {
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
        if (sla != null) {
            for (SlaMetric metric : SlaMetric.values()) {
                strings.addAll(sla.result(metric).breachesByAgent().keySet());
            }
        }
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

    private static void addNullable(TreeSet<String> strings, String value) {
        if (value != null) {
            strings.add(value);
        }
    }

    private static void writeNullableRef(ByteWriter out, Map<String, Integer> refs, String value) {
        out.writeVarLong(value == null ? 0 : refs.get(value) + 1L);
    }

    private static void writeGroups(ByteWriter out, Map<String, GroupAccumulator> groups, Map<String, Integer> refs) {
        TreeMap<String, GroupAccumulator> sorted = new TreeMap<>(groups);
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
        int joined = accumulator.ticketDimensions.length;
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

    private static void writeSla(ByteWriter out, SlaResult result, Map<String, Integer> refs) {
        out.writeVarLong(result.met());
        out.writeVarLong(result.breached());
        out.writeVarLong(result.pending());
        out.writeVarLong(result.noTarget());
        out.writeVarLong(result.breachesByAgent().size());
        for (Map.Entry<String, Long> entry : result.breachesByAgent().entrySet()) {
            out.writeVarLong(refs.get(entry.getKey()));
            out.writeVarLong(entry.getValue());
        }
        out.writeVarLong(result.breachesByDeadlineBucket().size());
        LocalDate previous = null;
        for (Map.Entry<LocalDate, Long> entry : result.breachesByDeadlineBucket().entrySet()) {
            writeDate(out, previous, entry.getKey());
            out.writeVarLong(entry.getValue());
            previous = entry.getKey();
        }
    }
}

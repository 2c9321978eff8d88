package dev.cxmetrics.report;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.internal.ByteReader;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Reads what {@link ReportCodec} writes into a new accumulator, trusting nothing: every length is
 * bounded by the bytes that remain before anything is allocated, every record is rebuilt through
 * its validating constructor, and the counts are checked against each other, so that the result
 * is a state some sequence of additions and merges could have produced. Every failure is an
 * {@link IllegalArgumentException} naming the problem and the byte offset.
 */
final class ReportDecoder {
    /** A key ref and a group. */
    private static final int MIN_GROUP_BYTES = 1 + GroupCodec.MIN_BYTES;

    private final ReportSpec spec;
    private final ByteReader in;
    private ReportAccumulator accumulator;
    private String[] strings;
    private boolean[] used;

    ReportDecoder(ReportSpec spec, byte[] bytes) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.in = new ByteReader(Objects.requireNonNull(bytes, "bytes"), ReportCodec.FORMAT);
    }

    ReportAccumulator decode() {
        in.expect(ReportCodec.MAGIC, "magic bytes (not a report accumulator)");
        int version = in.readByte("version");
        if (version != ReportCodec.VERSION) {
            throw in.fail("unsupported version " + version + " (this library reads version "
                    + ReportCodec.VERSION + ")");
        }
        SpecFingerprint.check(in, spec);
        accumulator = spec.accumulator();
        readStringTable();
        GroupCodec.read(in, accumulator.overall, false, "overall group");
        noTickets(accumulator.overall, "overall group");
        for (int d = 0; d < accumulator.dimensions.length; d++) {
            readGroups(d);
        }
        readBuckets();
        readTickets();
        readPendingResponses();
        readPendingAnswers();
        readWaitingLogs();
        if (!accumulator.crossTabs.isEmpty()) {
            CrossTabCodec.read(this, in, accumulator);
        }
        in.expectEnd();
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                throw in.fail("string " + i + " " + StringCodec.quote(strings[i]) + " of the table is never used");
            }
        }
        checkTotals();
        return accumulator;
    }

    private void readStringTable() {
        int count = in.readLength("string count", 1);
        strings = new String[count];
        used = new boolean[count];
        String previous = null;
        for (int i = 0; i < count; i++) {
            strings[i] = StringCodec.readNext(in, previous, "string");
            previous = strings[i];
        }
    }

    private int refIndex(String what) {
        int index = in.readVarInt(what, strings.length - 1);
        used[index] = true;
        return index;
    }

    String ref(String what) {
        return strings[refIndex(what)];
    }

    private String nullableRef(String what) {
        int index = in.readVarInt(what, strings.length);
        if (index == 0) {
            return null;
        }
        used[index - 1] = true;
        return strings[index - 1];
    }

    private void readGroups(int d) {
        Dimension dimension = accumulator.dimensions[d];
        String label = dimension.label();
        int count = in.readLength(label + " group count", MIN_GROUP_BYTES);
        Map<String, GroupAccumulator> groups = accumulator.groups.get(d);
        String keyLabel = label + " group key";
        for (int i = 0; i < count; i++) {
            String key = ref(keyLabel);
            checkKey(dimension, key, keyLabel);
            if (groups.containsKey(key)) {
                throw in.fail(label + " group " + StringCodec.quote(key) + " is repeated");
            }
            GroupAccumulator group = new GroupAccumulator(accumulator.relativeAccuracy);
            String name = label + " group " + StringCodec.quote(key);
            GroupCodec.read(in, group, false, name);
            if (group.isEmpty()) {
                throw in.fail(name + " is empty");
            }
            noTickets(group, name);
            groups.put(key, group);
        }
    }

    /** Keys are values of the model, or {@link Ticket#ABSENT}; priorities by their names. */
    void checkKey(Dimension dimension, String key, String what) {
        if (key.equals(Ticket.ABSENT)) {
            return;
        }
        if (dimension == Dimension.PRIORITY) {
            for (Priority priority : Priority.values()) {
                if (priority.name().equals(key)) {
                    return;
                }
            }
            throw in.fail(what + " " + StringCodec.quote(key) + " is not a priority");
        }
        if (key.isBlank()) {
            throw in.fail(what + " " + StringCodec.quote(key) + " is blank");
        }
    }

    /** Tickets are encoded one by one and folded into groups only for reports. */
    void noTickets(GroupAccumulator group, String name) {
        if (group.countsTickets()) {
            throw in.fail(name + " counts tickets, which this version encodes one by one");
        }
    }

    private void readBuckets() {
        int count = in.readLength("bucket count", MIN_GROUP_BYTES);
        LocalDate previous = null;
        for (int i = 0; i < count; i++) {
            LocalDate start = readDate(previous, "bucket");
            GroupAccumulator group = accumulator.buckets.groupOf(start);
            GroupCodec.read(in, group, true, "bucket " + start);
            if (group.isEmpty()) {
                throw in.fail("bucket " + start + " is empty");
            }
            noTickets(group, "bucket " + start);
            previous = start;
        }
    }

    /** Reads a date of an ascending sequence of bucket starts of the spec's bucket size. */
    LocalDate readDate(LocalDate previous, String what) {
        long day;
        if (previous == null) {
            day = in.readZigZag(what + " day");
        } else {
            long gap = in.readNonNegativeVarLong(what + " gap in days");
            if (gap < 1) {
                throw in.fail(what + " dates must be distinct and ascending, but a gap is 0");
            }
            day = previous.toEpochDay() + Math.min(gap, 1L << 50); // beyond any LocalDate either way
        }
        LocalDate date;
        boolean isStart;
        try {
            date = LocalDate.ofEpochDay(day);
            isStart = spec.bucket().startOf(date).equals(date);
        } catch (DateTimeException e) {
            throw in.fail(what + " epoch day " + day + " is outside the range of LocalDate");
        }
        if (!isStart) {
            throw in.fail(what + " date " + date + " is not the start of a " + spec.bucket().label());
        }
        return date;
    }

    private void readTickets() {
        int joined = accumulator.keyDimensions.length;
        String[][] tuples = new String[0][];
        boolean[] tupleUsed = new boolean[0];
        if (joined > 0) {
            tuples = new String[in.readLength("key tuple count", joined)][];
            tupleUsed = new boolean[tuples.length];
            int[] previous = null;
            for (int t = 0; t < tuples.length; t++) {
                int[] refs = new int[joined];
                tuples[t] = new String[joined];
                for (int j = 0; j < joined; j++) {
                    Dimension dimension = accumulator.keyDimensions[j];
                    refs[j] = refIndex(dimension.label() + " key of a ticket");
                    tuples[t][j] = strings[refs[j]];
                }
                if (previous != null && Arrays.compare(previous, refs) >= 0) {
                    throw in.fail("key tuple " + t + " is repeated or out of order");
                }
                previous = refs;
            }
        }
        // id, tuple, created (2), own values (4), agent, priority, replies, events
        int count = in.readLength("ticket count", joined > 0 ? 12 : 11);
        String previous = null;
        for (int i = 0; i < count; i++) {
            String id = StringCodec.readNext(in, previous, "ticket id");
            if (id.isBlank()) {
                throw in.fail("ticket id " + StringCodec.quote(id) + " is blank");
            }
            String[] keys = null;
            if (joined > 0) {
                int t = in.readVarInt("key tuple index", tuples.length - 1);
                tupleUsed[t] = true;
                keys = tuples[t];
            }
            readTicket(id, keys);
            readLog(id, true);
            previous = id;
        }
        for (int t = 0; t < tupleUsed.length; t++) {
            if (!tupleUsed[t]) {
                throw in.fail("key tuple " + t + " is used by no ticket");
            }
        }
    }

    /** Rebuilds a ticket from its row and key tuple and adds it, so that it is validated like any other. */
    private void readTicket(String id, String[] keys) {
        Instant created = SpecFingerprint.readInstant(in, "ticket createdAt");
        long first = readOffset("ticket own first response");
        long resolved = readOffset("ticket own resolution");
        int replies = in.readVarInt("ticket own agent replies", Integer.MAX_VALUE);
        int reopens = in.readVarInt("ticket own reopens", Integer.MAX_VALUE);
        String agent = nullableRef("ticket agent");
        int priority = in.readVarInt("ticket priority", Priority.values().length);
        try {
            Ticket.Builder builder = Ticket.builder(id, created).agent(agent)
                    .priority(priority == 0 ? null : Priority.values()[priority - 1])
                    .firstResponseAt(first < 0 ? null : created.plusNanos(first))
                    .resolvedAt(resolved < 0 ? null : created.plusNanos(resolved))
                    .agentReplies(replies).reopens(reopens);
            for (int j = 0; keys != null && j < keys.length; j++) {
                Dimension dimension = accumulator.keyDimensions[j];
                String key = keys[j];
                if (key.equals(Ticket.ABSENT) || dimension == Dimension.PRIORITY) {
                    continue;
                }
                if (dimension == Dimension.CHANNEL) {
                    builder.channel(key);
                } else if (dimension == Dimension.TYPE) {
                    builder.type(key);
                } else if (dimension == Dimension.TEAM) {
                    builder.team(key);
                } else {
                    builder.field(dimension.label(), key);
                }
            }
            Ticket ticket = builder.build();
            for (int j = 0; keys != null && j < keys.length; j++) {
                Dimension dimension = accumulator.keyDimensions[j];
                if (!dimension.keyOf(ticket).equals(keys[j])) {
                    throw new IllegalArgumentException(dimension.label() + " key " + StringCodec.quote(keys[j])
                            + " disagrees with the ticket's own value " + StringCodec.quote(dimension.keyOf(ticket)));
                }
            }
            accumulator.add(ticket);
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException
                 | ArithmeticException e) {
            throw in.fail("ticket " + StringCodec.quote(id) + ": " + e.getMessage());
        }
    }

    /** Reads what {@code ReportCodec.writeOffset} writes: -1, or a span in nanoseconds that fits in a long. */
    private long readOffset(String what) {
        return readOffset(in, what);
    }

    /** Reads what {@code ReportCodec.writeOffset} writes from {@code in}. */
    static long readOffset(ByteReader in, String what) {
        long seconds = in.readNonNegativeVarLong(what + " seconds");
        if (seconds == 0) {
            return -1;
        }
        int nanos = in.readVarInt(what + " nanoseconds", 999_999_999);
        if (seconds - 1 > (Long.MAX_VALUE - nanos) / 1_000_000_000L) {
            throw in.fail(what + " of " + (seconds - 1) + " s exceeds about 292 years");
        }
        return (seconds - 1) * 1_000_000_000L + nanos;
    }

    /**
     * Reads a log of human responses and events, or the summary of a compacted closed ticket (only
     * for an added ticket), and adds them for a ticket, added or not.
     */
    private void readLog(String id, boolean added) {
        int replies = in.readVarInt("human response count", Integer.MAX_VALUE);
        Instant first = replies == 0 ? null : SpecFingerprint.readInstant(in, "first human response");
        long form = in.readNonNegativeVarLong("log form");
        if (form == ReportCodec.COMPACTED) {
            readCompacted(id, added, replies, first);
            return;
        }
        // seconds, nanos, type, agent
        if (form % 2 != 0 || form / 2 > in.remaining() / 4) {
            throw in.fail("log form " + form + " is neither a compacted ticket nor an event count that fits the input");
        }
        int events = (int) (form / 2);
        TicketEvent.Type[] types = TicketEvent.Type.values();
        TicketEvent[] read = new TicketEvent[events];
        for (int i = 0; i < events; i++) {
            Instant at = SpecFingerprint.readInstant(in, "event at");
            int type = in.readVarInt("event type", types.length - 1);
            String agent = nullableRef("event agent");
            try {
                read[i] = new TicketEvent(id, at, types[type], agent);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw in.fail("event: " + e.getMessage());
            }
            if (i > 0 && ORDER.compare(read[i - 1], read[i]) > 0) {
                throw in.fail("events of ticket " + StringCodec.quote(id) + " are out of order");
            }
        }
        try {
            if (replies > 0) {
                accumulator.addReplies(id, first, replies);
            }
            for (TicketEvent event : read) {
                accumulator.add(event);
            }
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            throw in.fail("log of ticket " + StringCodec.quote(id) + ": " + e.getMessage());
        }
    }

    private void readCompacted(String id, boolean added, int replies, Instant first) {
        if (!added) {
            throw in.fail("waiting log of ticket " + StringCodec.quote(id) + " is compacted, which needs its ticket");
        }
        if (!spec.compactsClosedTickets()) {
            throw in.fail("ticket " + StringCodec.quote(id) + " is compacted, but the spec keeps closed tickets whole");
        }
        int slot = accumulator.tickets.find(id);
        Instant created = accumulator.rows.createdAt(slot);
        ClosedLifecycles read = new ClosedLifecycles();
        Instant close = ClosedLifecycleCodec.read(in, created, read, this::nullableRef);
        try {
            accumulator.buckets.groupOf(close);
            if (replies > 0) {
                accumulator.addReplies(id, first, replies);
            }
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            throw in.fail("log of ticket " + StringCodec.quote(id) + ": " + e.getMessage());
        }
        int log = TicketSources.logOf(accumulator.tickets, accumulator.rows, accumulator.logs, id);
        accumulator.logs.restoreCompacted(log, read, 0, close.getEpochSecond(), close.getNano());
    }

    private static final java.util.Comparator<TicketEvent> ORDER = java.util.Comparator
            .comparing(TicketEvent::at).thenComparing(TicketEvent::type)
            .thenComparing(TicketEvent::agentId, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));

    private void readWaitingLogs() {
        int count = in.readLength("waiting log count", 3);
        int previous = -1;
        for (int i = 0; i < count; i++) {
            int index = refIndex("waiting log ticket");
            if (index <= previous) {
                throw in.fail("waiting logs are repeated or out of order");
            }
            previous = index;
            String id = strings[index];
            if (accumulator.tickets.find(id) >= 0) {
                throw in.fail("waiting log of ticket " + StringCodec.quote(id) + ", which was added");
            }
            int before = accumulator.logs.waitingLog(id);
            readLog(id, false);
            int log = accumulator.logs.waitingLog(id);
            if (before >= 0 || log < 0) {
                throw in.fail("waiting log of ticket " + StringCodec.quote(id) + " is empty");
            }
        }
    }

    private void readPendingResponses() {
        // ticket, agent, flags, seconds, nanos
        int count = in.readLength("pending response count", 5);
        if (count > 0 && accumulator.keyDimensions.length == 0) {
            throw in.fail("pending responses, but the spec groups by none of channel, type and priority");
        }
        for (int i = 0; i < count; i++) {
            String ticketId = ref("pending response ticket");
            String agentId = nullableRef("pending response agent");
            int flags = in.readVarInt("pending response flags", ReportCodec.AUTOMATED | ReportCodec.HANDLE_TIME);
            Instant sentAt = SpecFingerprint.readInstant(in, "pending response sentAt");
            Duration handle = (flags & ReportCodec.HANDLE_TIME) == 0 ? null
                    : Duration.ofNanos(in.readNonNegativeVarLong("pending response handle time"));
            Response response;
            try {
                response = new Response(ticketId, agentId, sentAt, handle, (flags & ReportCodec.AUTOMATED) != 0);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw in.fail("pending response: " + e.getMessage());
            }
            checkUnmatched(ticketId, "response");
            accumulator.pendingResponses.add(response);
        }
    }

    private void readPendingAnswers() {
        // ticket, customer, agent, kind and score, seconds, nanos
        int count = in.readLength("pending answer count", 6);
        if (count > 0 && accumulator.keyDimensions.length == 0) {
            throw in.fail("pending answers, but the spec groups by none of channel, type and priority");
        }
        SurveyKind[] kinds = SurveyKind.values();
        for (int i = 0; i < count; i++) {
            String ticketId = ref("pending answer ticket");
            String customerId = nullableRef("pending answer customer");
            String agentId = nullableRef("pending answer agent");
            int kindAndScore = in.readVarInt("pending answer kind and score", kinds.length * 16 - 1);
            Instant answeredAt = SpecFingerprint.readInstant(in, "pending answer answeredAt");
            SurveyAnswer answer;
            try {
                answer = new SurveyAnswer(ticketId, customerId, agentId, kinds[kindAndScore >>> 4], kindAndScore & 15,
                        answeredAt);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw in.fail("pending answer: " + e.getMessage());
            }
            checkUnmatched(ticketId, "answer");
            accumulator.pendingAnswers.add(answer);
        }
    }

    /** Pending records are matched before encoding, so none may name an encoded ticket. */
    private void checkUnmatched(String ticketId, String what) {
        if (accumulator.tickets.find(ticketId) >= 0) {
            throw in.fail("pending " + what + " of ticket " + StringCodec.quote(ticketId) + ", which was added");
        }
    }

    /**
     * Every record counts once overall and once in its bucket, and once in a group of each
     * dimension, except responses and answers still waiting for their ticket, which have no
     * channel, type or priority yet.
     */
    private void checkTotals() {
        long[] totals = new long[GroupCodec.TOTALS];
        for (GroupAccumulator bucket : accumulator.buckets.groups().values()) {
            GroupCodec.addTotals(in, totals, bucket);
        }
        GroupCodec.checkTotals(in, totals, accumulator.overall, "the buckets");
        GroupAccumulator pending = new GroupAccumulator(accumulator.relativeAccuracy);
        for (Response response : accumulator.pendingResponses) {
            pending.response(GroupAccumulator.handleNanos(response));
        }
        for (SurveyAnswer answer : accumulator.pendingAnswers) {
            pending.answer(answer);
        }
        for (int d = 0; d < accumulator.dimensions.length; d++) {
            totals = new long[GroupCodec.TOTALS];
            for (GroupAccumulator group : accumulator.groups.get(d).values()) {
                GroupCodec.addTotals(in, totals, group);
            }
            if (accumulator.dimensions[d] != Dimension.AGENT) {
                GroupCodec.addTotals(in, totals, pending);
            }
            GroupCodec.checkTotals(in, totals, accumulator.overall,
                    "the " + accumulator.dimensions[d].label() + " groups");
        }
        CrossTabCodec.checkTotals(in, accumulator, pending);
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.InvalidRecordException;
import dev.cxmetrics.Response;
import dev.cxmetrics.ResponseColumns;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyAnswerColumns;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketColumns;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.sla.SlaAccumulator;
import dev.cxmetrics.sla.SlaReport;
import dev.cxmetrics.time.BusinessCalendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes a {@link KpiReport} incrementally: add tickets, responses, survey answers and ticket
 * events one at a time, in any order, {@link #merge} accumulators filled elsewhere (shards,
 * threads, days), and {@link #snapshot()} a report whenever needed.
 *
 * <p>Adding a record costs a few hash lookups and primitive updates and allocates nothing
 * beyond amortised array growth (and one small group object the first time a group or bucket
 * is seen). Responses and answers are counted in their groups at once; a ticket is kept as about
 * 45 bytes of its own values (plus its id and, once it has events or human responses, a 48-byte log
 * and about 21 bytes per event) and folded into its groups when a report is made, with the
 * lifecycle its events or responses give (see {@link Ticket}), so that they may come after it.
 * Exact quantiles keep every response's handle time in each group it falls in (8 bytes each);
 * ticket durations are recorded for the report being made.
 *
 * <p>Cross-tab cells are groups too: a response or answer counts at once in its cell of each
 * cross-tab (one more lookup per cross-tab), and a ticket's cells are found when a report is made;
 * tickets keep the keys of the dimensions that cross-tabs take from them.
 *
 * <p><b>Closed tickets.</b> By default every event is kept until a report is made, because an
 * earlier event of a closed ticket may still arrive, here or in an accumulator merged later. With
 * {@link ReportSpec.Builder#compactClosedTickets()}, as soon as this accumulator holds a ticket and
 * its {@code CLOSED} event (whichever came first, or brought together by a merge or a decode), the
 * ticket's events are replaced by a fixed summary of what its metrics need (about 68 bytes, plus
 * 20 bytes per next-reply sample) and their storage is reused by later events; reports are
 * unchanged to the nanosecond. From then on an event of that ticket is rejected, whether added or
 * merged, naming the ticket, the event and the close; its responses and answers still count. So
 * memory per closed ticket is bounded by its metrics, not by its history.
 *
 * <p>A response or answer takes its channel, type and priority from its ticket. When the ticket
 * has not been added (yet), the record waits: it is matched when the ticket arrives through
 * {@link #add(Ticket)} or {@link #merge}. At a snapshot, records still without a ticket are grouped
 * under {@link Ticket#ABSENT} in those dimensions and counted in
 * {@link KpiReport#unmatchedResponses()} and {@link KpiReport#unmatchedAnswers()}. So merging
 * accumulators over any partition of the data gives exactly the report of the whole.
 *
 * <p><b>Not thread-safe</b>: a single-threaded object by design. Give each thread its own
 * accumulator and merge them, or record through a thread-safe recorder.
 */
public final class ReportAccumulator {
    private final ReportSpec spec;
    // Package-private state: ReportCodec reads and fills it.
    final Dimension[] dimensions;
    /** Positions in {@link #dimensions} of the dimensions responses and answers take from their ticket. */
    final int[] ticketDimensions;
    /**
     * The dimensions whose keys each ticket keeps, in the ticket index's order: those of
     * {@link #ticketDimensions}, then those only cross-tabs use.
     */
    final Dimension[] keyDimensions;
    /** The cells of the spec's cross-tabs. */
    final CrossTabs crossTabs;
    /** For each position in {@link #dimensions}, its index in {@link #ticketDimensions}, or -1. */
    private final int[] ticketPositions;
    /**
     * The groups of each key tuple of the ticket index
     * ({@code tupleGroups[tuple * ticketDimensions.length + j]}), filled for tuples below
     * {@link #tupleGroupsFilled}, so that responses and answers skip the key lookups.
     */
    private GroupAccumulator[] tupleGroups = new GroupAccumulator[0];
    private int tupleGroupsFilled;
    /** Reused to hand a ticket's keys to the index without allocating. */
    final String[] keyScratch;
    final double relativeAccuracy;
    final GroupAccumulator overall;
    final List<Map<String, GroupAccumulator>> groups;
    /** Lookups into {@link #groups}, one cache per dimension. */
    private final GroupCache[] groupCaches;
    final BucketIndex buckets;
    final TicketIndex tickets;
    final List<Response> pendingResponses = new ArrayList<>();
    final List<SurveyAnswer> pendingAnswers = new ArrayList<>();
    final BusinessCalendar businessHours;
    /** Where tickets are evaluated against the SLA policy when added, to reject them early; never read. */
    final SlaAccumulator slaCheck;
    /** Each added ticket's own values, folded into the groups when a report is made. */
    final TicketRows rows = new TicketRows();
    /** Events and human-response summaries per ticket. */
    final TicketLogs logs = new TicketLogs();
    /** Derives the lifecycle of a closed ticket to compact its log; null when the spec does not compact. */
    final Lifecycle compactor;
    final Lifecycle.Clock clock;
    /** The one loop per record kind that records and columns both go through. */
    private final Kernels kernels;

    ReportAccumulator(ReportSpec spec) {
        this.spec = spec;
        this.relativeAccuracy = spec.relativeAccuracy().orElse(0);
        this.overall = new GroupAccumulator(relativeAccuracy);
        this.dimensions = spec.dimensions().toArray(new Dimension[0]);
        int joined = 0;
        int[] positions = new int[dimensions.length];
        for (int d = 0; d < dimensions.length; d++) {
            if (dimensions[d] != Dimension.AGENT) {
                positions[joined++] = d;
            }
        }
        this.ticketDimensions = Arrays.copyOf(positions, joined);
        this.ticketPositions = new int[dimensions.length];
        Arrays.fill(ticketPositions, -1);
        for (int j = 0; j < joined; j++) {
            ticketPositions[ticketDimensions[j]] = j;
        }
        this.keyDimensions = keyDimensions(dimensions, ticketDimensions, spec.crossTabs());
        this.groups = new ArrayList<>(dimensions.length);
        this.groupCaches = new GroupCache[dimensions.length];
        for (int d = 0; d < dimensions.length; d++) {
            groups.add(new HashMap<>());
            groupCaches[d] = new GroupCache(groups.get(d), relativeAccuracy);
        }
        this.buckets = new BucketIndex(spec.bucket(), spec.zone(), relativeAccuracy);
        this.tickets = new TicketIndex(keyDimensions.length);
        this.keyScratch = new String[keyDimensions.length];
        this.crossTabs = new CrossTabs(spec, keyDimensions, relativeAccuracy);
        this.businessHours = spec.businessHours().orElse(null);
        this.compactor = spec.compactsClosedTickets() ? new Lifecycle() : null;
        this.clock = Lifecycle.clock(businessHours);
        this.slaCheck = spec.slaPolicy().isEmpty() ? null
                : SlaReport.accumulator(spec.slaPolicy().get(), spec.slaAsOf().orElseThrow(), spec.bucket(), spec.zone());
        this.kernels = new Kernels(this);
    }

    /**
     * Returns the spec this accumulator computes.
     *
     * @return the spec
     */
    public ReportSpec spec() {
        return spec;
    }

    /**
     * Adds a ticket: its volume, first response time, resolution time and first-contact outcome,
     * and, once its events and responses are known, the lifecycle they give (see {@link Ticket} for
     * which source wins). A ticket's KPIs are computed when a report is made, so events and
     * responses may come before or after it.
     *
     * @param ticket the ticket; its id must not have been added before
     * @return this accumulator
     * @throws IllegalArgumentException when the id was already added, a time span, bucket or SLA
     *     deadline cannot be computed, or an event or human response of the ticket added earlier
     *     is before its creation; the message names the ticket, and the accumulator is then unchanged
     */
    public ReportAccumulator add(Ticket ticket) {
        kernels.add(Objects.requireNonNull(ticket, "ticket"));
        return this;
    }

    /**
     * Adds a batch of tickets given as columns, row by row, with the same results as adding
     * {@link TicketColumns#ticket(int) each row as a ticket} in row order, without making records.
     *
     * @param columns the tickets; their ids must not have been added before, nor repeat
     * @return this accumulator
     * @throws IllegalArgumentException when a row is rejected for any reason that
     *     {@link #add(Ticket)} rejects a ticket for, naming the ticket; the rows before it stay added,
     *     and the accumulator is otherwise unchanged
     */
    public ReportAccumulator add(TicketColumns columns) {
        kernels.add(Objects.requireNonNull(columns, "columns"));
        return this;
    }

    /** Adds tickets in order through the batch; a ticket that fails is reported after the ones before it. */
    void addTickets(Iterable<Ticket> all) {
        kernels.addTickets(all);
    }

    /**
     * Adds a ticket event. Its ticket may be added before or after it, and its other events in any
     * order; the lifecycle is derived when a report is made (see {@link TicketEvent}).
     *
     * @param event the event
     * @return this accumulator
     * @throws IllegalArgumentException when the event is before its ticket's creation, comes after
     *     the ticket's {@code CLOSED} event (or is a {@code CLOSED} with an event of the ticket after
     *     it), is of a ticket whose log was compacted (see {@link ReportSpec.Builder#compactClosedTickets()}),
     *     or cannot be placed in a calendar bucket; the message names the ticket and the event,
     *     and the accumulator is then unchanged
     */
    public ReportAccumulator add(TicketEvent event) {
        Objects.requireNonNull(event, "event");
        bucket(event.at(), "at", event.ticketId());
        TicketSources.addEvent(tickets, rows, logs, event);
        if (compactor != null && event.type() == TicketEvent.Type.CLOSED) {
            int slot = tickets.find(event.ticketId());
            if (slot >= 0) {
                compact(slot);
            }
        }
        return this;
    }

    /** Compacts the log of a ticket slot once it holds the ticket's close, when the spec asks for it. */
    void compact(int slot) {
        if (compactor != null) {
            TicketSources.compactIfClosed(rows, logs, slot, compactor, clock);
        }
    }

    /**
     * Adds a response: its handle time, in the bucket of {@code sentAt}. A human (not automated)
     * response also counts as a reply of its ticket: the earliest is its first response and their
     * number its agent replies, unless the ticket has events (see {@link Ticket}).
     *
     * @param response the response
     * @return this accumulator
     * @throws IllegalArgumentException when {@code sentAt} cannot be placed in a bucket, or a human
     *     response was sent before its ticket's creation (naming both); the accumulator is then unchanged
     */
    public ReportAccumulator add(Response response) {
        kernels.add(Objects.requireNonNull(response, "response"));
        return this;
    }

    /**
     * Adds a batch of responses given as columns, with the same results as adding
     * {@link ResponseColumns#response(int) each row as a response} in row order. Only rows that
     * must wait for their ticket are made into records.
     *
     * @param columns the responses
     * @return this accumulator
     * @throws IllegalArgumentException when a row is rejected for any reason {@link #add(Response)}
     *     rejects a response; the rows before it stay added, and the accumulator is otherwise unchanged
     */
    public ReportAccumulator add(ResponseColumns columns) {
        kernels.add(Objects.requireNonNull(columns, "columns"));
        return this;
    }

    /** Adds responses in order through the batch; a response that fails is reported after the ones before it. */
    void addResponses(Iterable<Response> all) {
        kernels.addResponses(all);
    }

    /** Counts {@code count} human responses of a ticket, the earliest sent at {@code first}. */
    void addReplies(String ticketId, Instant first, int count) {
        TicketSources.addReplies(tickets, rows, logs, ticketId, first.getEpochSecond(), first.getNano(), count);
    }

    /**
     * Adds a survey answer, in the bucket of {@code answeredAt}.
     *
     * @param answer the answer
     * @return this accumulator
     * @throws IllegalArgumentException when {@code answeredAt} cannot be placed in a bucket
     */
    public ReportAccumulator add(SurveyAnswer answer) {
        kernels.add(Objects.requireNonNull(answer, "answer"));
        return this;
    }

    /**
     * Adds a batch of survey answers given as columns, with the same results as adding
     * {@link SurveyAnswerColumns#answer(int) each row as an answer} in row order. Only rows that
     * must wait for their ticket are made into records.
     *
     * @param columns the answers
     * @return this accumulator
     * @throws IllegalArgumentException when a row's {@code answeredAt} cannot be placed in a
     *     bucket; the rows before it stay added, and the accumulator is otherwise unchanged
     */
    public ReportAccumulator add(SurveyAnswerColumns columns) {
        kernels.add(Objects.requireNonNull(columns, "columns"));
        return this;
    }

    /** Adds answers in order through the batch. */
    void addAnswers(Iterable<SurveyAnswer> all) {
        kernels.addAnswers(all);
    }

    /**
     * Adds everything another accumulator holds; {@code other} is not changed. Afterwards this
     * accumulator's reports equal those of one accumulator fed with the records of both.
     *
     * @param other an accumulator of the same spec
     * @return this accumulator
     * @throws IllegalArgumentException when the specs differ, {@code other} is this accumulator,
     *     a ticket id was added to both, or events of a ticket would join its log invalidly (before
     *     its creation, after its close, or into a compacted closed ticket); nothing is changed then
     */
    public ReportAccumulator merge(ReportAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (other == this) {
            throw new IllegalArgumentException("an accumulator cannot be merged into itself");
        }
        if (!spec.equals(other.spec)) {
            throw new IllegalArgumentException("cannot merge an accumulator of " + other.spec + " into one of " + spec);
        }
        // Check first, so that a rejected merge leaves this accumulator unchanged.
        TicketSources.checkMerge(tickets, rows, logs, other.tickets, other.rows, other.logs);
        other.tickets.forEach((id, slot) -> {
            int mine = tickets.add(id);
            if (keyDimensions.length > 0) {
                for (int j = 0; j < keyDimensions.length; j++) {
                    keyScratch[j] = other.tickets.key(slot, j);
                }
                tickets.setKeys(mine, keyScratch);
            }
            TicketSources.mergeTicket(rows, logs, mine, id, other.rows, other.logs, slot);
            compact(mine);
        });
        TicketSources.mergeWaiting(tickets, rows, logs, other.logs);
        if (compactor != null) {
            other.logs.forEachWaiting((id, log) -> {
                int slot = tickets.find(id);
                if (slot >= 0) {
                    compact(slot);
                }
            });
        }
        overall.merge(other.overall);
        for (int d = 0; d < dimensions.length; d++) {
            for (Map.Entry<String, GroupAccumulator> entry : other.groups.get(d).entrySet()) {
                group(d, entry.getKey()).merge(entry.getValue());
            }
        }
        for (Map.Entry<LocalDate, GroupAccumulator> entry : other.buckets.groups().entrySet()) {
            buckets.groupOf(entry.getKey()).merge(entry.getValue());
        }
        crossTabs.merge(other.crossTabs);
        pendingResponses.addAll(other.pendingResponses);
        pendingAnswers.addAll(other.pendingAnswers);
        return this;
    }

    /**
     * Returns the number of tickets added so far, directly or through merges.
     *
     * @return the ticket count
     */
    public long ticketCount() {
        return tickets.size();
    }

    /**
     * Fails when an event names a ticket that was never added (directly or through a merge), naming
     * the ticket and its first event. Call it once all tickets are in: until then events may wait
     * for their ticket, and a report leaves them out, counting them in
     * {@link KpiReport#unmatchedEvents()}.
     *
     * @return this accumulator
     * @throws IllegalArgumentException naming the first such ticket (by id) and its earliest event
     */
    public ReportAccumulator requireEventsMatched() {
        TicketSources.requireMatched(logs);
        return this;
    }

    /**
     * Computes the report of everything added so far. The accumulator stays usable.
     *
     * @return an immutable report
     */
    public KpiReport snapshot() {
        matchPending();
        return new ReportFold(this).report();
    }

    /**
     * Encodes everything this accumulator holds, so that another process can decode it with
     * {@link #fromByteArray(ReportSpec, byte[])} and merge it. Equal contents give equal bytes,
     * whatever the order records were added or merged in. The accumulator stays usable.
     *
     * <p>The spec itself is not encoded (its zone, calendars and policy are the receiver's), only
     * a fingerprint of it that the decoder checks. The layout is described in the
     * {@linkplain dev.cxmetrics.report package documentation}.
     *
     * <p>Costs are dominated by the tickets: about 2 bytes each for sequential ids such as
     * {@code T-000123}, and with exact quantiles 1 to 5 bytes per duration and group it falls in.
     *
     * @return a new byte array
     */
    public byte[] toByteArray() {
        matchPending(); // pending records whose ticket arrived join their groups first
        return ReportCodec.encode(this);
    }

    /**
     * Decodes an accumulator written by {@link #toByteArray()}. The result behaves exactly like the
     * encoded one: the same snapshots, and adding or merging further records gives the same
     * results. Any malformed input is rejected, never another exception or a large allocation:
     * wrong magic or version, truncation, trailing bytes, overlong varints, lengths beyond the
     * input, repeated or unsorted keys and ticket ids, bucket dates that are not bucket starts,
     * invalid pending records, and counts that no sequence of records gives (negative, or
     * disagreeing within a group, between the groups and the overall counts, or with the ticket
     * count and the SLA tallies).
     *
     * @param spec the spec the accumulator was made with; it supplies the zone, calendars and
     *     policy, which the encoding only fingerprints
     * @param bytes an encoded accumulator
     * @return a new accumulator of {@code spec}
     * @throws IllegalArgumentException when the encoding was made with another spec, naming what
     *     differs (zone, bucket, dimensions, accuracy, business hours, SLA policy or as-of), or
     *     when it is malformed, naming the problem and the byte offset
     * @throws NullPointerException when an argument is null
     */
    public static ReportAccumulator fromByteArray(ReportSpec spec, byte[] bytes) {
        return ReportCodec.decode(spec, bytes);
    }

    private void matchPending() {
        if (keyDimensions.length == 0) {
            return;
        }
        int kept = 0;
        for (Response response : pendingResponses) {
            int slot = tickets.find(response.ticketId());
            if (slot < 0) {
                pendingResponses.set(kept++, response);
                continue;
            }
            long handle = GroupAccumulator.handleNanos(response);
            for (int j = 0; j < ticketDimensions.length; j++) {
                slotGroup(slot, j).response(handle);
            }
            crossTabs.response(handle, response.agentId(), tickets, slot, response.sentAt());
        }
        pendingResponses.subList(kept, pendingResponses.size()).clear();
        kept = 0;
        for (SurveyAnswer answer : pendingAnswers) {
            int slot = tickets.find(answer.ticketId());
            if (slot < 0) {
                pendingAnswers.set(kept++, answer);
                continue;
            }
            for (int j = 0; j < ticketDimensions.length; j++) {
                slotGroup(slot, j).answer(answer);
            }
            crossTabs.answer(answer, tickets, slot);
        }
        pendingAnswers.subList(kept, pendingAnswers.size()).clear();
    }

    /** The ticket dimensions of the spec, then the other non-agent dimensions of its cross-tabs. */
    private static Dimension[] keyDimensions(Dimension[] dimensions, int[] ticketDimensions, List<CrossTab> crossTabs) {
        List<Dimension> keys = new ArrayList<>();
        for (int d : ticketDimensions) {
            keys.add(dimensions[d]);
        }
        for (CrossTab crossTab : crossTabs) {
            for (Dimension dimension : new Dimension[] {crossTab.rows(), crossTab.columnsOrNull()}) {
                if (dimension != null && dimension != Dimension.AGENT && !keys.contains(dimension)) {
                    keys.add(dimension);
                }
            }
        }
        return keys.toArray(new Dimension[0]);
    }

    GroupAccumulator group(int dimension, String key) {
        return groupCaches[dimension].group(key);
    }

    /** The group of a ticket slot in the j-th dimension taken from tickets. */
    GroupAccumulator slotGroup(int slot, int j) {
        int tuple = tickets.tuple(slot);
        if (tuple >= tupleGroupsFilled) {
            int count = tickets.tupleCount();
            int width = ticketDimensions.length;
            if (count * width > tupleGroups.length) {
                tupleGroups = Arrays.copyOf(tupleGroups, Math.max(count * width, 2 * tupleGroups.length));
            }
            for (int t = tupleGroupsFilled; t < count; t++) {
                for (int k = 0; k < width; k++) {
                    tupleGroups[t * width + k] = group(ticketDimensions[k], tickets.tupleKey(t, k));
                }
            }
            tupleGroupsFilled = count;
        }
        return tupleGroups[tuple * ticketDimensions.length + j];
    }

    int ticketPosition(int dimension) {
        return ticketPositions[dimension];
    }

    private GroupAccumulator bucket(Instant instant, String field, String ticketId) {
        return bucket(instant.getEpochSecond(), instant.getNano(), field, ticketId);
    }

    /** The bucket group of an instant given as epoch second and nanosecond; allocates only to fail. */
    GroupAccumulator bucket(long second, int nano, String field, String ticketId) {
        try {
            return buckets.groupOfSecond(second);
        } catch (DateTimeException | ArithmeticException e) {
            throw unbucketable(second, nano, field, ticketId, e);
        }
    }

    /**
     * Fails as {@link #bucket(long, int, String, String)} would, without looking the group up: a
     * ticket's buckets are only checked when it is added, and found when the report is folded.
     */
    void checkBucket(long second, int nano, String field, String ticketId) {
        try {
            buckets.check(second);
        } catch (DateTimeException | ArithmeticException e) {
            throw unbucketable(second, nano, field, ticketId, e);
        }
    }

    private InvalidRecordException unbucketable(long second, int nano, String field, String ticketId,
                                                RuntimeException cause) {
        Instant instant = Instant.ofEpochSecond(second, nano);
        InvalidRecordException invalid = new InvalidRecordException(field, instant.toString(), ticketId,
                instant + " cannot be placed in a calendar bucket of " + spec.zone());
        invalid.initCause(cause);
        return invalid;
    }

    static String keyOf(String value) {
        return value == null ? Ticket.ABSENT : value;
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.InvalidRecordException;
import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.internal.ByteReader;
import dev.cxmetrics.internal.ByteWriter;
import dev.cxmetrics.kpi.Aht;
import dev.cxmetrics.kpi.Ces;
import dev.cxmetrics.kpi.Csat;
import dev.cxmetrics.kpi.Fcr;
import dev.cxmetrics.kpi.FirstResponseBrackets;
import dev.cxmetrics.kpi.FirstResponseTime;
import dev.cxmetrics.kpi.NextReplyTime;
import dev.cxmetrics.kpi.Nps;
import dev.cxmetrics.kpi.ResolutionTime;

/**
 * The running KPI counters of one group. The survey and FCR rules are those of the KPI's own
 * counter ({@link Csat.Counter} and friends), durations go into {@link DurationRecorder}s; this
 * class adds the ticket counts around them. Every method is a handful of primitive updates, with
 * no allocation per record. It writes and reads itself ({@link #write}, {@link #read}) through the
 * parts' own codecs, so no other class touches its fields. Not thread-safe.
 */
final class GroupAccumulator {
    /** The names of {@link #totals()}, as the decoder reports them. */
    static final String[] TOTAL_NAMES = {"tickets", "csatSatisfied", "csatTotal", "promoters", "passives",
        "detractors", "cesTotal", "cesSum", "cesEasy", "unanswered", "open", "oneTouch", "eligible", "zeroTouch",
        "untracked", "first response times", "resolution times", "handle times"};

    private long tickets;
    // Survey and handle time parts: a report's fold only reads them, so its view shares them.
    private final Csat.Counter csat;
    private final Nps.Counter nps;
    private final Ces.Counter ces;
    /** 0 for exact quantiles, else the relative accuracy of the sketches. */
    private final double relativeAccuracy;
    private final DurationRecorder firstResponse;
    private long unanswered;
    private final DurationRecorder resolution;
    private long open;
    private final Fcr.Counter fcr = Fcr.counter();
    private final DurationRecorder handle;
    private long untracked;
    // Lifecycle KPIs; tickets are folded in when a report is snapshot, so these are never encoded.
    private final long[] brackets = new long[4];
    /** Made on the first lifecycle value: only tickets with events have any. */
    private LifecycleRecorders lifecycle;
    private long awaiting;
    private long conflicts;
    /** Whether the survey and handle time parts are another group's, which this one must not change. */
    private final boolean sharesRecords;

    GroupAccumulator(double relativeAccuracy) {
        this(relativeAccuracy, Csat.counter(), Nps.counter(), Ces.counter(), DurationRecorder.create(relativeAccuracy),
                false);
    }

    private GroupAccumulator(double relativeAccuracy, Csat.Counter csat, Nps.Counter nps, Ces.Counter ces,
                             DurationRecorder handle, boolean sharesRecords) {
        this.relativeAccuracy = relativeAccuracy;
        this.csat = csat;
        this.nps = nps;
        this.ces = ces;
        this.handle = handle;
        this.sharesRecords = sharesRecords;
        this.firstResponse = DurationRecorder.create(relativeAccuracy);
        this.resolution = DurationRecorder.create(relativeAccuracy);
    }

    /** Counts a created ticket and its first response time; {@code frtNanos < 0} means unanswered. */
    void created(long frtNanos) {
        tickets++;
        if (frtNanos < 0) {
            unanswered++;
        } else {
            firstResponse.record(frtNanos);
            brackets[FirstResponseBrackets.bracketOf(frtNanos)]++;
        }
    }

    /** Counts the time in status of a resolved ticket with events. */
    void statusTimes(long work, long wait, long hold) {
        LifecycleRecorders l = lifecycle();
        l.agentWork.record(work);
        l.agentWait.record(wait);
        l.onHold.record(hold);
        l.requesterWait.record(Math.addExact(work, hold));
    }

    /** Counts a resolved ticket: its resolution time and its first-contact outcome. */
    void resolved(long resolutionNanos, int agentReplies, int reopens) {
        resolution.record(resolutionNanos);
        fcr.resolved(agentReplies, reopens);
    }

    void stillOpen() {
        open++;
    }

    /** Counts a ticket whose own values disagree with those derived from its events. */
    void conflict() {
        conflicts++;
    }

    /** Counts the time from creation to the first {@code SOLVED} event. */
    void firstResolution(long nanos) {
        lifecycle().firstResolution.record(nanos);
    }

    /** Counts one next reply time sample. */
    void nextReply(long nanos) {
        lifecycle().nextReply.record(nanos);
    }

    /** Counts a ticket whose customer is still waiting for a next reply. */
    void awaiting() {
        awaiting++;
    }

    /** Counts a response's handle time; {@code handleNanos < 0} means not tracked. */
    void response(long handleNanos) {
        checkOwnsRecords();
        if (handleNanos < 0) {
            untracked++;
        } else {
            handle.record(handleNanos);
        }
    }

    /**
     * A group for one report's fold: its own copy of the ticket parts of {@code base}, which
     * tickets are folded into, and {@code base}'s survey and handle time parts themselves, which
     * the fold only reads; copying those (every handle time) was most of a snapshot's cost. The
     * view must be snapshot and dropped before {@code base} counts another response or answer,
     * and it refuses to count any itself.
     */
    static GroupAccumulator foldView(GroupAccumulator base) {
        GroupAccumulator view = new GroupAccumulator(base.relativeAccuracy, base.csat, base.nps, base.ces, base.handle,
                true);
        view.untracked = base.untracked;
        view.mergeTicketParts(base);
        return view;
    }

    private void checkOwnsRecords() {
        if (sharesRecords) {
            throw new IllegalStateException("a report's view of a group counts no responses or answers");
        }
    }

    /** Returns a response's handle time in nanoseconds, or -1 when not tracked. */
    static long handleNanos(Response response) {
        java.time.Duration handle = response.handleTime();
        if (handle == null) {
            return -1;
        }
        try {
            return handle.toNanos();
        } catch (ArithmeticException e) {
            InvalidRecordException invalid = new InvalidRecordException("handleTime", handle.toString(),
                    response.ticketId(), handle + " exceeds about 292 years, the longest duration measured");
            invalid.initCause(e);
            throw invalid;
        }
    }

    /** Tells whether nothing was ever counted, so the group can be left out of reports. */
    boolean isEmpty() {
        return tickets == 0 && csat.total() == 0 && nps.total() == 0 && ces.total() == 0
                && resolution.count() == 0 && handle.count() == 0 && untracked == 0
                && (lifecycle == null || lifecycle.firstResolution.count() == 0 && lifecycle.nextReply.count() == 0)
                && awaiting == 0;
    }

    /** Tells whether tickets were counted: the encoding holds them one by one, never in groups. */
    boolean countsTickets() {
        return tickets != 0 || resolution.count() != 0;
    }

    void answer(SurveyAnswer answer) {
        answer(answer.kind(), answer.score());
    }

    /** Counts a survey answer of {@code kind} scoring {@code score}, already checked against its range. */
    void answer(SurveyKind kind, int score) {
        checkOwnsRecords();
        switch (kind) {
            case CSAT -> csat.add(score);
            case NPS -> nps.add(score);
            case CES -> ces.add(score);
        }
    }

    void merge(GroupAccumulator other) {
        checkOwnsRecords();
        csat.merge(other.csat);
        nps.merge(other.nps);
        ces.merge(other.ces);
        handle.merge(other.handle);
        untracked += other.untracked;
        mergeTicketParts(other);
    }

    /** Adds what {@code other} counted of tickets: everything but the survey and handle time parts. */
    private void mergeTicketParts(GroupAccumulator other) {
        tickets += other.tickets;
        firstResponse.merge(other.firstResponse);
        unanswered += other.unanswered;
        resolution.merge(other.resolution);
        open += other.open;
        fcr.merge(other.fcr);
        for (int i = 0; i < brackets.length; i++) {
            brackets[i] += other.brackets[i];
        }
        if (other.lifecycle != null) {
            lifecycle().merge(other.lifecycle);
        }
        awaiting += other.awaiting;
        conflicts += other.conflicts;
    }

    GroupAccumulator copy() {
        GroupAccumulator copy = new GroupAccumulator(relativeAccuracy);
        copy.merge(this);
        return copy;
    }

    KpiSet snapshot() {
        LifecycleRecorders l = lifecycle != null ? lifecycle : LifecycleRecorders.NONE;
        return new KpiSet(tickets, csat.result(), nps.result(), ces.result(),
                new FirstResponseTime(firstResponse.build(), unanswered),
                new ResolutionTime(resolution.build(), open),
                fcr.result(),
                new Aht(handle.build(), untracked),
                l.firstResolution.build(), l.agentWork.build(), l.agentWait.build(), l.onHold.build(),
                l.requesterWait.build(), new NextReplyTime(l.nextReply.build(), awaiting),
                new FirstResponseBrackets(brackets[0], brackets[1], brackets[2], brackets[3], unanswered),
                conflicts);
    }

    /**
     * The encoded counts, named by {@link #TOTAL_NAMES}: the counters in the order they are
     * written, then the counts of the three encoded recorders. Every one of them adds up over a
     * partition of the records, which is what the decoder checks.
     */
    long[] totals() {
        Csat c = csat.result();
        Nps n = nps.result();
        Ces e = ces.result();
        Fcr f = fcr.result();
        return new long[] {tickets, c.satisfied(), c.total(), n.promoters(), n.passives(), n.detractors(),
            e.total(), e.scoreSum(), e.easy(), unanswered, open, f.oneTouch(), f.eligible(), f.zeroTouch(), untracked,
            firstResponse.count(), resolution.count(), handle.count()};
    }

    /**
     * Writes the encoded part (tickets, the survey counters, first response, resolution, FCR and
     * handle time counts, then the three recorders); see {@link GroupCodec} for the layout.
     */
    void write(ByteWriter out) {
        out.writeVarLong(tickets);
        KpiCodec.write(out, csat.result());
        KpiCodec.write(out, nps.result());
        KpiCodec.write(out, ces.result());
        out.writeVarLong(unanswered);
        out.writeVarLong(open);
        KpiCodec.write(out, fcr.result());
        out.writeVarLong(untracked);
        firstResponse.write(out);
        resolution.write(out);
        handle.write(out);
    }

    /**
     * Reads what {@link #write} writes into this empty group and checks that its counts agree
     * with each other, failing through {@code in} with {@code name} (the group) in the message.
     *
     * @param bucket whether it is a calendar bucket, where resolved tickets count in the bucket
     *     of their resolution rather than with their creation
     */
    void read(ByteReader in, boolean bucket, String name) {
        checkOwnsRecords();
        tickets = in.readNonNegativeVarLong("tickets");
        csat.add(KpiCodec.readCsat(in, name));
        nps.add(KpiCodec.readNps(in, name));
        ces.add(KpiCodec.readCes(in, name));
        unanswered = in.readNonNegativeVarLong("unanswered");
        open = in.readNonNegativeVarLong("open");
        fcr.add(KpiCodec.readFcr(in, name));
        untracked = in.readNonNegativeVarLong("untracked");
        firstResponse.read(in, name + " first response times");
        resolution.read(in, name + " resolution times");
        handle.read(in, name + " handle times");
        long answered = firstResponse.count();
        long resolved = resolution.count();
        if (unanswered > tickets || answered != tickets - unanswered) {
            throw in.fail(name + " has " + tickets + " tickets but " + answered + " first response times and "
                    + unanswered + " unanswered");
        }
        Fcr f = fcr.result();
        if (f.zeroTouch() > resolved || f.eligible() != resolved - f.zeroTouch()) {
            throw in.fail(name + " has " + resolved + " resolution times but " + f.eligible() + " eligible and "
                    + f.zeroTouch() + " zero-touch tickets");
        }
        if (open > tickets || !bucket && resolved != tickets - open) {
            throw in.fail(name + " has " + tickets + " tickets but " + resolved + " resolution times and "
                    + open + " open");
        }
    }

    private LifecycleRecorders lifecycle() {
        if (lifecycle == null) {
            lifecycle = new LifecycleRecorders(relativeAccuracy);
        }
        return lifecycle;
    }

    /** The durations only ticket events give; never encoded, since tickets are folded in when a report is made. */
    private static final class LifecycleRecorders {
        /** Read by snapshots of groups without lifecycle values, and never written: only build() is called on it. */
        static final LifecycleRecorders NONE = new LifecycleRecorders(0);

        final DurationRecorder firstResolution;
        final DurationRecorder agentWork;
        final DurationRecorder agentWait;
        final DurationRecorder onHold;
        final DurationRecorder requesterWait;
        final DurationRecorder nextReply;

        LifecycleRecorders(double relativeAccuracy) {
            firstResolution = DurationRecorder.create(relativeAccuracy);
            agentWork = DurationRecorder.create(relativeAccuracy);
            agentWait = DurationRecorder.create(relativeAccuracy);
            onHold = DurationRecorder.create(relativeAccuracy);
            requesterWait = DurationRecorder.create(relativeAccuracy);
            nextReply = DurationRecorder.create(relativeAccuracy);
        }

        void merge(LifecycleRecorders other) {
            firstResolution.merge(other.firstResolution);
            agentWork.merge(other.agentWork);
            agentWait.merge(other.agentWait);
            onHold.merge(other.onHold);
            requesterWait.merge(other.requesterWait);
            nextReply.merge(other.nextReply);
        }
    }
}

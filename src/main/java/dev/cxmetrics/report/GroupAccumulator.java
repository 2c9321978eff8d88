package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
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
 * The running KPI counters of one group. Every method is a handful of primitive updates;
 * durations go into growable primitive arrays. Not thread-safe.
 */
final class GroupAccumulator {
    long tickets;
    long csatSatisfied;
    long csatTotal;
    long promoters;
    long passives;
    long detractors;
    long cesTotal;
    long cesSum;
    long cesEasy;
    /** 0 for exact quantiles, else the relative accuracy of the sketches. */
    final double relativeAccuracy;
    final DurationRecorder firstResponse;
    long unanswered;
    final DurationRecorder resolution;
    long open;
    long oneTouch;
    long eligible;
    long zeroTouch;
    final DurationRecorder handle;
    long untracked;
    // Lifecycle KPIs; tickets are folded in when a report is snapshot, so these are never encoded.
    final long[] brackets = new long[4];
    final DurationRecorder firstResolution;
    final DurationRecorder agentWork;
    final DurationRecorder agentWait;
    final DurationRecorder onHold;
    final DurationRecorder requesterWait;
    final DurationRecorder nextReply;
    long awaiting;
    long conflicts;

    GroupAccumulator(double relativeAccuracy) {
        this.relativeAccuracy = relativeAccuracy;
        this.firstResponse = DurationRecorder.create(relativeAccuracy);
        this.resolution = DurationRecorder.create(relativeAccuracy);
        this.handle = DurationRecorder.create(relativeAccuracy);
        this.firstResolution = DurationRecorder.create(relativeAccuracy);
        this.agentWork = DurationRecorder.create(relativeAccuracy);
        this.agentWait = DurationRecorder.create(relativeAccuracy);
        this.onHold = DurationRecorder.create(relativeAccuracy);
        this.requesterWait = DurationRecorder.create(relativeAccuracy);
        this.nextReply = DurationRecorder.create(relativeAccuracy);
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
        agentWork.record(work);
        agentWait.record(wait);
        onHold.record(hold);
        requesterWait.record(Math.addExact(work, hold));
    }

    /** Counts a resolved ticket: its resolution time and its first-contact outcome. */
    void resolved(long resolutionNanos, int agentReplies, int reopens) {
        resolution.record(resolutionNanos);
        if (agentReplies == 0) {
            zeroTouch++;
        } else {
            eligible++;
            if (agentReplies == 1 && reopens == 0) {
                oneTouch++;
            }
        }
    }

    void stillOpen() {
        open++;
    }

    /** Counts a response's handle time; {@code handleNanos < 0} means not tracked. */
    void response(long handleNanos) {
        if (handleNanos < 0) {
            untracked++;
        } else {
            handle.record(handleNanos);
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
            throw new IllegalArgumentException("handleTime " + handle
                    + " exceeds about 292 years, the longest duration measured (ticket " + response.ticketId() + ")", e);
        }
    }

    /** Tells whether nothing was ever counted, so the group can be left out of reports. */
    boolean isEmpty() {
        return tickets == 0 && csatTotal == 0 && promoters + passives + detractors == 0 && cesTotal == 0
                && resolution.count() == 0 && handle.count() == 0 && untracked == 0
                && firstResolution.count() == 0 && nextReply.count() == 0 && awaiting == 0;
    }

    void answer(SurveyAnswer answer) {
        answer(answer.kind(), answer.score());
    }

    /** Counts a survey answer of {@code kind} scoring {@code score}, already checked against its range. */
    void answer(SurveyKind kind, int score) {
        switch (kind) {
            case CSAT:
                csatTotal++;
                if (score >= Csat.SATISFIED_FROM) {
                    csatSatisfied++;
                }
                break;
            case NPS:
                if (score >= Nps.PROMOTER_FROM) {
                    promoters++;
                } else if (score >= Nps.PASSIVE_FROM) {
                    passives++;
                } else {
                    detractors++;
                }
                break;
            default:
                cesTotal++;
                cesSum += score;
                if (score >= Ces.EASY_FROM) {
                    cesEasy++;
                }
                break;
        }
    }

    void merge(GroupAccumulator other) {
        tickets += other.tickets;
        csatSatisfied += other.csatSatisfied;
        csatTotal += other.csatTotal;
        promoters += other.promoters;
        passives += other.passives;
        detractors += other.detractors;
        cesTotal += other.cesTotal;
        cesSum += other.cesSum;
        cesEasy += other.cesEasy;
        firstResponse.merge(other.firstResponse);
        unanswered += other.unanswered;
        resolution.merge(other.resolution);
        open += other.open;
        oneTouch += other.oneTouch;
        eligible += other.eligible;
        zeroTouch += other.zeroTouch;
        handle.merge(other.handle);
        untracked += other.untracked;
        for (int i = 0; i < brackets.length; i++) {
            brackets[i] += other.brackets[i];
        }
        firstResolution.merge(other.firstResolution);
        agentWork.merge(other.agentWork);
        agentWait.merge(other.agentWait);
        onHold.merge(other.onHold);
        requesterWait.merge(other.requesterWait);
        nextReply.merge(other.nextReply);
        awaiting += other.awaiting;
        conflicts += other.conflicts;
    }

    GroupAccumulator copy() {
        GroupAccumulator copy = new GroupAccumulator(relativeAccuracy);
        copy.merge(this);
        return copy;
    }

    KpiSet snapshot() {
        return new KpiSet(tickets,
                new Csat(csatSatisfied, csatTotal),
                new Nps(promoters, passives, detractors),
                new Ces(cesTotal, cesSum, cesEasy),
                new FirstResponseTime(firstResponse.build(), unanswered),
                new ResolutionTime(resolution.build(), open),
                new Fcr(oneTouch, eligible, zeroTouch),
                new Aht(handle.build(), untracked),
                firstResolution.build(), agentWork.build(), agentWait.build(), onHold.build(), requesterWait.build(),
                new NextReplyTime(nextReply.build(), awaiting),
                new FirstResponseBrackets(brackets[0], brackets[1], brackets[2], brackets[3], unanswered),
                conflicts);
    }
}

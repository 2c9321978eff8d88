package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;

import java.util.Objects;

/**
 * A thread-safe recorder of a report for many writer threads: records are spread over
 * independently locked {@link ReportAccumulator} stripes and merged on {@link #snapshot()}.
 *
 * <p>A ticket goes to the stripe chosen by a hash of its id, and a response or answer to the
 * stripe of its ticket id, so a ticket and its records meet in one stripe, a repeated ticket id
 * is rejected when it is added, and writers working on different tickets rarely contend.
 * Answers without a ticket id go to a stripe chosen by the writing thread.
 *
 * <p>Every {@code add} that returns normally is in every later snapshot: no update is lost.
 * A snapshot locks one stripe at a time, so records added while it runs may or may not be in
 * it; it is the exact report of the records it includes. Thread-safe.
 */
public final class ConcurrentReportRecorder {
    private final ReportSpec spec;
    private final ReportAccumulator[] stripes;
    private final int mask;

    private ConcurrentReportRecorder(ReportSpec spec, int stripes) {
        this.spec = spec;
        int size = Integer.highestOneBit(Math.max(1, stripes - 1)) << 1;
        this.stripes = new ReportAccumulator[size];
        for (int i = 0; i < size; i++) {
            this.stripes[i] = spec.accumulator();
        }
        this.mask = size - 1;
    }

    /**
     * Creates a recorder with a number of stripes suited to this machine's processors (four per
     * processor, at least 8).
     *
     * @param spec what to compute
     * @return a new, empty recorder
     */
    public static ConcurrentReportRecorder of(ReportSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return new ConcurrentReportRecorder(spec, Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Creates a recorder with a given number of stripes, rounded up to a power of two.
     *
     * @param spec what to compute
     * @param stripes the number of independently locked stripes, 1 to 65536
     * @return a new, empty recorder
     * @throws IllegalArgumentException when {@code stripes} is out of range
     */
    public static ConcurrentReportRecorder of(ReportSpec spec, int stripes) {
        Objects.requireNonNull(spec, "spec");
        if (stripes < 1 || stripes > 65536) {
            throw new IllegalArgumentException("stripes " + stripes + " is outside 1..65536");
        }
        return new ConcurrentReportRecorder(spec, stripes);
    }

    /**
     * Returns the spec this recorder computes.
     *
     * @return the spec
     */
    public ReportSpec spec() {
        return spec;
    }

    /**
     * Adds a ticket; see {@link ReportAccumulator#add(Ticket)}.
     *
     * @param ticket the ticket
     * @throws IllegalArgumentException when its id was already added, or a span cannot be measured
     */
    public void add(Ticket ticket) {
        ReportAccumulator stripe = stripe(ticket.id());
        synchronized (stripe) {
            stripe.add(ticket);
        }
    }

    /**
     * Adds a response; see {@link ReportAccumulator#add(Response)}.
     *
     * @param response the response
     */
    public void add(Response response) {
        ReportAccumulator stripe = stripe(response.ticketId());
        synchronized (stripe) {
            stripe.add(response);
        }
    }

    /**
     * Adds a ticket event; see {@link ReportAccumulator#add(TicketEvent)}. Events go to the stripe of
     * their ticket, so a ticket's events are checked against each other as they arrive.
     *
     * @param event the event
     * @throws IllegalArgumentException when the event is invalid for its ticket, naming both
     */
    public void add(TicketEvent event) {
        ReportAccumulator stripe = stripe(event.ticketId());
        synchronized (stripe) {
            stripe.add(event);
        }
    }

    /**
     * Adds a survey answer; see {@link ReportAccumulator#add(SurveyAnswer)}.
     *
     * @param answer the answer
     */
    public void add(SurveyAnswer answer) {
        ReportAccumulator stripe = answer.ticketId() != null ? stripe(answer.ticketId())
                : stripes[spread((int) Thread.currentThread().getId()) & mask];
        synchronized (stripe) {
            stripe.add(answer);
        }
    }

    /**
     * Merges every stripe into a new accumulator, for example to encode it or merge it elsewhere.
     *
     * @return a new single-threaded accumulator holding everything recorded so far
     */
    public ReportAccumulator toAccumulator() {
        ReportAccumulator merged = spec.accumulator();
        for (ReportAccumulator stripe : stripes) {
            synchronized (stripe) {
                merged.merge(stripe);
            }
        }
        return merged;
    }

    /**
     * Computes the report of everything recorded so far.
     *
     * @return an immutable report
     */
    public KpiReport snapshot() {
        return toAccumulator().snapshot();
    }

    private ReportAccumulator stripe(String ticketId) {
        return stripes[spread(ticketId.hashCode()) & mask];
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 15);
    }
}

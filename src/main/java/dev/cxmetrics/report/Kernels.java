package dev.cxmetrics.report;

import dev.cxmetrics.InvalidRecordException;
import dev.cxmetrics.Response;
import dev.cxmetrics.ResponseColumns;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyAnswerColumns;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketColumns;

import java.util.Collection;


/**
 * The loops that add tickets, responses and answers to a {@link ReportAccumulator}: one per record
 * kind. Records and rows of columnar input are first copied into a small reusable batch
 * ({@link TicketBatch}, {@link ResponseBatch}, {@link AnswerBatch}), so each KPI rule of adding a
 * record exists once, whatever the input's form. Nothing here allocates per row except the record
 * of a row that must wait for its ticket (or be checked against an SLA policy). Not thread-safe.
 */
final class Kernels {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final ReportAccumulator acc;
    private final TicketBatch ticketBatch;
    private final ResponseBatch responseBatch = new ResponseBatch();
    private final AnswerBatch answerBatch = new AnswerBatch();
    /** The hashes of the ticket batch's ids. */
    private final int[] idHashes = new int[RowBatch.CAPACITY];
    private final Runnable ticketKernel = this::addTicketBatch;
    private final Runnable responseKernel = this::addResponseBatch;
    private final Runnable answerKernel = this::addAnswerBatch;

    Kernels(ReportAccumulator acc) {
        this.acc = acc;
        // The spec's ticket dimensions, then those only its cross-tabs take from tickets.
        this.ticketBatch = new TicketBatch(acc.keyDimensions);
    }

    void add(Ticket ticket) {
        addOne(ticketBatch, ticket, ticketKernel);
    }

    void add(TicketColumns columns) {
        reserveTickets(columns.size());
        addColumns(ticketBatch, columns, columns.size(), ticketKernel);
    }

    void addTickets(Iterable<Ticket> all) {
        if (all instanceof Collection) {
            reserveTickets(((Collection<?>) all).size());
        }
        addAll(ticketBatch, all, "ticket", ticketKernel);
    }

    /** Sizes the ticket index and rows once for a batch of known size instead of growing them step by step. */
    private void reserveTickets(int count) {
        acc.tickets.reserve(count);
        acc.rows.reserve(count);
    }

    void add(Response response) {
        addOne(responseBatch, response, responseKernel);
    }

    void add(ResponseColumns columns) {
        addColumns(responseBatch, columns, columns.size(), responseKernel);
    }

    void addResponses(Iterable<Response> all) {
        addAll(responseBatch, all, "response", responseKernel);
    }

    void add(SurveyAnswer answer) {
        addOne(answerBatch, answer, answerKernel);
    }

    void add(SurveyAnswerColumns columns) {
        addColumns(answerBatch, columns, columns.size(), answerKernel);
    }

    void addAnswers(Iterable<SurveyAnswer> all) {
        addAll(answerBatch, all, "answer", answerKernel);
    }

    /**
     * The ticket kernel: adds every row of a batch, whether it came from records or columns. Each
     * row is checked before anything of it is stored, so a rejected row leaves no trace.
     */
    private void addTicketBatch() {
        TicketBatch b = ticketBatch;
        boolean waitingLogs = acc.logs.waiting.size() > 0;
        acc.tickets.prepare(b.id, b.size, idHashes);
        for (int row = 0; row < b.size; row++) {
            String id = b.id[row];
            long cs = b.createdSecond[row];
            int cn = b.createdNano[row];
            long resolved = b.resolved[row];
            acc.checkBucket(cs, cn, "createdAt", id);
            if (resolved >= 0) {
                long rs = cs + resolved / NANOS_PER_SECOND;
                long rn = cn + resolved % NANOS_PER_SECOND;
                if (rn >= NANOS_PER_SECOND) {
                    rs++;
                    rn -= NANOS_PER_SECOND;
                }
                acc.checkBucket(rs, (int) rn, "resolvedAt", id);
            }
            if (acc.slaCheck != null) {
                if (acc.tickets.find(id) >= 0) {
                    throw duplicate(id);
                }
                acc.slaCheck.add(b.record(row));
            }
            if (waitingLogs) {
                int waiting = acc.logs.waitingLog(id);
                if (waiting >= 0) {
                    TicketSources.checkLog(acc.logs, waiting, cs, cn, id);
                }
            }
            // Every check passed but the id's: the index adds it only when new.
            int slot = acc.tickets.add(id, idHashes[row]);
            if (slot < 0) {
                throw duplicate(id);
            }
            if (acc.keyDimensions.length > 0) {
                for (int j = 0; j < acc.keyDimensions.length; j++) {
                    acc.keyScratch[j] = b.keys[j][row];
                }
                acc.tickets.setKeys(slot, acc.keyScratch);
            }
            acc.rows.add(slot, cs, cn, b.first[row], resolved, b.replies[row], b.reopens[row], b.agent[row],
                    b.priority[row], waitingLogs ? acc.logs.take(id) : -1);
            acc.compact(slot);
        }
    }

    /** The response kernel: adds every row of a batch, whether it came from records or columns. */
    private void addResponseBatch() {
        ResponseBatch b = responseBatch;
        for (int row = 0; row < b.size; row++) {
            String id = b.ticketId[row];
            long handle = b.handle[row];
            GroupAccumulator bucket = acc.bucket(b.second[row], b.nano[row], "sentAt", id);
            // One lookup serves the reply and the groups.
            int slot = !b.automated[row] || acc.keyDimensions.length > 0 ? acc.tickets.find(id) : -1;
            if (!b.automated[row]) {
                TicketSources.addReplies(slot, acc.rows, acc.logs, id, b.second[row], b.nano[row], 1);
            }
            acc.overall.response(handle);
            bucket.response(handle);
            if (acc.keyDimensions.length > 0 && slot < 0) {
                acc.pendingResponses.add(b.record(row));
            }
            if (slot >= 0 || acc.keyDimensions.length == 0) {
                acc.crossTabs.response(handle, b.agent[row], acc.tickets, slot, b.second[row]);
            }
            for (int d = 0; d < acc.dimensions.length; d++) {
                if (acc.dimensions[d] == Dimension.AGENT) {
                    acc.group(d, ReportAccumulator.keyOf(b.agent[row])).response(handle);
                } else if (slot >= 0) {
                    acc.slotGroup(slot, acc.ticketPosition(d)).response(handle);
                }
            }
        }
    }

    /** Runs a kernel over one record, leaving the batch empty. */
    private static <R> void addOne(RowBatch<R, ?> batch, R record, Runnable kernel) {
        batch.clear();
        try {
            batch.add(record);
            kernel.run();
        } finally {
            batch.clear();
        }
    }

    /** Runs a kernel over a columnar input, a batch-sized slice at a time. */
    private static <C> void addColumns(RowBatch<?, C> batch, C columns, int size, Runnable kernel) {
        try {
            for (int from = 0; from < size; from += RowBatch.CAPACITY) {
                batch.fill(columns, from, Math.min(RowBatch.CAPACITY, size - from));
                kernel.run();
            }
        } finally {
            batch.clear();
        }
    }

    /** Runs a kernel over records in order; a record that fails is reported after the ones before it are added. */
    private static <R> void addAll(RowBatch<R, ?> batch, Iterable<R> all, String what, Runnable kernel) {
        batch.clear();
        try {
            for (R record : all) {
                if (batch.isFull()) {
                    kernel.run();
                    batch.clear();
                }
                if (record == null) {
                    kernel.run();
                    throw new NullPointerException(what);
                }
                try {
                    batch.add(record);
                } catch (RuntimeException e) {
                    kernel.run();
                    throw e;
                }
            }
            kernel.run();
        } finally {
            batch.clear();
        }
    }

    /** The answer kernel: adds every row of a batch, whether it came from records or columns. */
    private void addAnswerBatch() {
        AnswerBatch b = answerBatch;
        for (int row = 0; row < b.size; row++) {
            String id = b.ticketId[row];
            SurveyKind kind = b.kind[row];
            int score = b.score[row];
            GroupAccumulator bucket = acc.bucket(b.second[row], b.nano[row], "answeredAt", id);
            acc.overall.answer(kind, score);
            bucket.answer(kind, score);
            int slot = -1;
            boolean waits = false;
            if (acc.keyDimensions.length > 0 && id != null) {
                slot = acc.tickets.find(id);
                if (slot < 0) {
                    acc.pendingAnswers.add(b.record(row));
                    waits = true;
                }
            }
            if (!waits) {
                acc.crossTabs.answer(kind, score, b.agent[row], acc.tickets, slot, b.second[row]);
            }
            for (int d = 0; d < acc.dimensions.length; d++) {
                if (acc.dimensions[d] == Dimension.AGENT) {
                    acc.group(d, ReportAccumulator.keyOf(b.agent[row])).answer(kind, score);
                } else if (slot >= 0) {
                    acc.slotGroup(slot, acc.ticketPosition(d)).answer(kind, score);
                } else if (!waits) {
                    // A survey not tied to a ticket has no channel, type or priority.
                    acc.group(d, Ticket.ABSENT).answer(kind, score);
                }
            }
        }
    }

    private static IllegalArgumentException duplicate(String id) {
        // The id is the value at fault, so it is not repeated as the ticket.
        return new InvalidRecordException("id", id, null, id + " was already added to this report");
    }
}

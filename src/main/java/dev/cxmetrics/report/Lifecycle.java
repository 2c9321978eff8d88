package dev.cxmetrics.report;

import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.time.BusinessCalendar;

import java.time.Instant;

/**
 * Derives one ticket's lifecycle from its events, exactly as the model defines it (see
 * {@link TicketEvent}); the one place this rule lives. Works on primitive arrays and reuses its
 * buffers, so deriving a ticket allocates nothing once the buffers have grown. Not thread-safe.
 *
 * <p>Order: by time; at the same instant messages before status changes, then by type
 * ({@code CUSTOMER_MESSAGE} before {@code AGENT_REPLY} before {@code BOT_REPLY}; status changes in
 * the order of {@link TicketEvent.Type}, so {@code CLOSED} is last), then by agent id (absent first).
 * This makes the result independent of the order events were added in.
 */
final class Lifecycle {
    static final byte OPEN = (byte) TicketEvent.Type.OPEN.ordinal();
    static final byte PENDING = (byte) TicketEvent.Type.PENDING.ordinal();
    static final byte ON_HOLD = (byte) TicketEvent.Type.ON_HOLD.ordinal();
    static final byte SOLVED = (byte) TicketEvent.Type.SOLVED.ordinal();
    static final byte CLOSED = (byte) TicketEvent.Type.CLOSED.ordinal();
    static final byte CUSTOMER_MESSAGE = (byte) TicketEvent.Type.CUSTOMER_MESSAGE.ordinal();
    static final byte AGENT_REPLY = (byte) TicketEvent.Type.AGENT_REPLY.ordinal();
    /** The status a ticket has from its creation until its first status event. */
    private static final byte NEW = -1;

    /** Measures the time between two instants (calendar or business), in nanoseconds. */
    interface Clock {
        long nanos(long fromSecond, int fromNano, long toSecond, int toNano);
    }

    /** The clock of a report: business time in {@code hours}, or calendar time when it is null. */
    static Clock clock(BusinessCalendar hours) {
        if (hours == null) {
            // Spans were checked to fit in a long when their records were added.
            return (fromSecond, fromNano, toSecond, toNano) -> (toSecond - fromSecond) * 1_000_000_000L
                    + (toNano - fromNano);
        }
        return (fromSecond, fromNano, toSecond, toNano) -> hours.betweenNanos(Instant.ofEpochSecond(fromSecond, fromNano),
                Instant.ofEpochSecond(toSecond, toNano));
    }

    // Results of the last derive().
    boolean answered;
    long firstReplySecond;
    int firstReplyNano;
    int agentReplies;
    int reopens;
    boolean solved;
    long firstSolvedSecond;
    int firstSolvedNano;
    boolean resolved;
    long resolvedSecond;
    int resolvedNano;
    /** Time in NEW and OPEN, PENDING and ON_HOLD until full resolution; meaningful when resolved. */
    long agentWork;
    long agentWait;
    long onHold;
    /** Next reply samples: the reply's instant and agent, and the waiting time. */
    int samples;
    long[] sampleSecond = new long[4];
    int[] sampleNano = new int[4];
    String[] sampleAgent = new String[4];
    long[] sampleNanos = new long[4];
    /** A next-reply clock still running, and when it started. */
    boolean awaiting;
    long awaitingSecond;
    int awaitingNano;

    private int[] order = new int[8];
    private int[] scratch = new int[8];
    /** A log's events, copied out of its linked list to be sorted. */
    private long[] logSecond = new long[16];
    private int[] logNano = new int[16];
    private byte[] logType = new byte[16];
    private String[] logAgent = new String[16];

    /**
     * Derives the lifecycle of a ticket created at {@code created} from the events of log
     * {@code log}, which has at least one; see {@link #derive(long, int, int, int, long[], int[], byte[],
     * String[], Clock)}.
     */
    void derive(long createdSecond, int createdNano, TicketLogs logs, int log, Clock clock) {
        int events = logs.eventCount(log);
        if (logSecond.length < events) {
            int size = Math.max(events, logSecond.length * 2);
            logSecond = new long[size];
            logNano = new int[size];
            logType = new byte[size];
            logAgent = new String[size];
        }
        int k = 0;
        for (int e = logs.firstEvent(log); e >= 0; e = logs.nextEvent(e)) {
            logSecond[k] = logs.second[e];
            logNano[k] = logs.nano[e];
            logType[k] = logs.type[e];
            logAgent[k] = logs.agent[e];
            k++;
        }
        derive(createdSecond, createdNano, 0, events, logSecond, logNano, logType, logAgent, clock);
    }

    /**
     * Derives the lifecycle of a ticket created at {@code created} from the {@code n} events at
     * positions {@code from .. from + n - 1} of the arrays. Events must be valid for the ticket (none
     * before its creation, none after its close): the caller checks that when it accepts them.
     */
    void derive(long createdSecond, int createdNano, int from, int n, long[] second, int[] nano, byte[] type,
                String[] agent, Clock clock) {
        sort(from, n, second, nano, type, agent);
        clear();
        byte status = NEW;
        boolean everSolved = false;
        long lastSolvedSecond = 0;
        int lastSolvedNano = 0;
        long closedSecond = 0;
        int closedNano = 0;
        boolean closed = false;
        for (int k = 0; k < n; k++) {
            int e = order[k];
            byte t = type[e];
            long s = second[e];
            int ns = nano[e];
            if (t == AGENT_REPLY) {
                if (!answered) {
                    answered = true;
                    firstReplySecond = s;
                    firstReplyNano = ns;
                }
                agentReplies++;
                if (awaiting) {
                    sample(s, ns, agent[e], clock.nanos(awaitingSecond, awaitingNano, s, ns));
                    awaiting = false;
                }
            } else if (t == CUSTOMER_MESSAGE) {
                if (answered && !awaiting) {
                    awaiting = true;
                    awaitingSecond = s;
                    awaitingNano = ns;
                }
            } else if (t < CUSTOMER_MESSAGE) {
                if (status == SOLVED && t != SOLVED && t != CLOSED) {
                    reopens++;
                }
                if (t == SOLVED) {
                    if (!everSolved) {
                        solved = true;
                        firstSolvedSecond = s;
                        firstSolvedNano = ns;
                    }
                    everSolved = true;
                    lastSolvedSecond = s;
                    lastSolvedNano = ns;
                } else if (t == CLOSED) {
                    closed = true;
                    closedSecond = s;
                    closedNano = ns;
                }
                status = t;
            }
        }
        if (status == SOLVED || closed) {
            resolved = true;
            resolvedSecond = everSolved ? lastSolvedSecond : closedSecond;
            resolvedNano = everSolved ? lastSolvedNano : closedNano;
            timeInStatus(createdSecond, createdNano, n, second, nano, type, clock);
        }
    }

    /** Sums the time in each status from creation to full resolution. */
    private void timeInStatus(long createdSecond, int createdNano, int n, long[] second, int[] nano, byte[] type,
                              Clock clock) {
        byte status = NEW;
        long startSecond = createdSecond;
        int startNano = createdNano;
        for (int k = 0; k < n; k++) {
            int e = order[k];
            byte t = type[e];
            if (t >= CUSTOMER_MESSAGE || t == status) {
                continue;
            }
            boolean last = compare(second[e], nano[e], resolvedSecond, resolvedNano) >= 0;
            long endSecond = last ? resolvedSecond : second[e];
            int endNano = last ? resolvedNano : nano[e];
            add(status, clock.nanos(startSecond, startNano, endSecond, endNano));
            if (last) {
                return;
            }
            status = t;
            startSecond = second[e];
            startNano = nano[e];
        }
        add(status, clock.nanos(startSecond, startNano, resolvedSecond, resolvedNano));
    }

    private void add(byte status, long nanos) {
        if (status == NEW || status == OPEN) {
            agentWork = Math.addExact(agentWork, nanos);
        } else if (status == PENDING) {
            agentWait = Math.addExact(agentWait, nanos);
        } else if (status == ON_HOLD) {
            onHold = Math.addExact(onHold, nanos);
        }
    }

    /** Clears every result, as before a derivation; {@link ClosedLifecycles} then restores a summary. */
    void clear() {
        answered = false;
        agentReplies = 0;
        reopens = 0;
        solved = false;
        resolved = false;
        agentWork = 0;
        agentWait = 0;
        onHold = 0;
        samples = 0;
        awaiting = false;
    }

    /** Appends a next-reply sample: the reply's instant and agent, and the waiting time. */
    void sample(long s, int ns, String agentId, long nanos) {
        if (samples == sampleNanos.length) {
            int size = samples * 2;
            sampleSecond = java.util.Arrays.copyOf(sampleSecond, size);
            sampleNano = java.util.Arrays.copyOf(sampleNano, size);
            sampleAgent = java.util.Arrays.copyOf(sampleAgent, size);
            sampleNanos = java.util.Arrays.copyOf(sampleNanos, size);
        }
        sampleSecond[samples] = s;
        sampleNano[samples] = ns;
        sampleAgent[samples] = agentId;
        sampleNanos[samples] = nanos;
        samples++;
    }

    /** Sorts the event positions into {@code order[0 .. n-1]}: a stable merge sort, no allocation once grown. */
    private void sort(int from, int n, long[] second, int[] nano, byte[] type, String[] agent) {
        if (order.length < n) {
            order = new int[Math.max(n, order.length * 2)];
            scratch = new int[order.length];
        }
        for (int k = 0; k < n; k++) {
            order[k] = from + k;
        }
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int o = lo;
                while (i < mid && j < hi) {
                    scratch[o++] = before(order[j], order[i], second, nano, type, agent) ? order[j++] : order[i++];
                }
                while (i < mid) {
                    scratch[o++] = order[i++];
                }
                while (j < hi) {
                    scratch[o++] = order[j++];
                }
                System.arraycopy(scratch, lo, order, lo, hi - lo);
            }
        }
    }

    /** Tells whether event a is applied strictly before event b. */
    static boolean before(int a, int b, long[] second, int[] nano, byte[] type, String[] agent) {
        int c = compare(second[a], nano[a], second[b], nano[b]);
        if (c != 0) {
            return c < 0;
        }
        int ra = rank(type[a]);
        int rb = rank(type[b]);
        if (ra != rb) {
            return ra < rb;
        }
        String x = agent[a];
        String y = agent[b];
        if (x == null || y == null) {
            return x == null && y != null;
        }
        return x.compareTo(y) < 0;
    }

    /** Messages (customer, agent, bot) before status changes (open .. closed) at the same instant. */
    private static int rank(byte type) {
        return type >= CUSTOMER_MESSAGE ? type - CUSTOMER_MESSAGE : type + 3;
    }

    static int compare(long s1, int n1, long s2, int n2) {
        return s1 != s2 ? Long.compare(s1, s2) : Integer.compare(n1, n2);
    }
}

package dev.cxmetrics.internal;

import dev.cxmetrics.TicketEvent;

/**
 * Derives one ticket's lifecycle from its events, exactly as the model defines it (see
 * {@link TicketEvent}); the one place this rule lives, shared by the report and the SLA targets
 * measured from events; not part of the public API. Works on primitive arrays and reuses its
 * buffers, so deriving a ticket allocates nothing once the buffers have grown. Not thread-safe.
 *
 * <p>Order: by time; at the same instant messages before status changes, then by type
 * ({@code CUSTOMER_MESSAGE} before {@code AGENT_REPLY} before {@code BOT_REPLY}; status changes in
 * the order of {@link TicketEvent.Type}, so {@code CLOSED} is last), then by agent id (absent first).
 * This makes the result independent of the order events were added in.
 */
public class EventLifecycle {
    public static final byte OPEN = (byte) TicketEvent.Type.OPEN.ordinal();
    public static final byte PENDING = (byte) TicketEvent.Type.PENDING.ordinal();
    public static final byte ON_HOLD = (byte) TicketEvent.Type.ON_HOLD.ordinal();
    public static final byte SOLVED = (byte) TicketEvent.Type.SOLVED.ordinal();
    public static final byte CLOSED = (byte) TicketEvent.Type.CLOSED.ordinal();
    public static final byte CUSTOMER_MESSAGE = (byte) TicketEvent.Type.CUSTOMER_MESSAGE.ordinal();
    public static final byte AGENT_REPLY = (byte) TicketEvent.Type.AGENT_REPLY.ordinal();
    /** The status a ticket has from its creation until its first status event. */
    public static final byte NEW = -1;

    /** Measures the time between two instants (calendar or business), in nanoseconds. */
    public interface Clock {
        /**
         * Returns the time between two instants.
         *
         * @param fromSecond epoch second of the start
         * @param fromNano nano-of-second of the start
         * @param toSecond epoch second of the end, not before the start
         * @param toNano nano-of-second of the end
         * @return the nanoseconds between them
         */
        long nanos(long fromSecond, int fromNano, long toSecond, int toNano);
    }

    // Results of the last derive().
    public boolean answered;
    public long firstReplySecond;
    public int firstReplyNano;
    public int agentReplies;
    public int reopens;
    public boolean solved;
    public long firstSolvedSecond;
    public int firstSolvedNano;
    public boolean resolved;
    public long resolvedSecond;
    public int resolvedNano;
    /** Time in NEW and OPEN, PENDING and ON_HOLD until full resolution; meaningful when resolved. */
    public long agentWork;
    public long agentWait;
    public long onHold;
    /** Next reply samples: the reply's instant and agent, and the waiting time. */
    public int samples;
    public long[] sampleSecond = new long[4];
    public int[] sampleNano = new int[4];
    public String[] sampleAgent = new String[4];
    public long[] sampleNanos = new long[4];
    /** When each next-reply sample's clock started: the customer message it answers. */
    public long[] sampleStartSecond = new long[4];
    public int[] sampleStartNano = new int[4];
    /** A next-reply clock still running, and when it started. */
    public boolean awaiting;
    public long awaitingSecond;
    public int awaitingNano;

    /** Every status event in the order applied, repeats included: instant and type. */
    public int statusChanges;
    public long[] statusSecond = new long[8];
    public int[] statusNano = new int[8];
    public byte[] statusType = new byte[8];

    private int[] order = new int[8];
    private int[] scratch = new int[8];

    /**
     * Derives the lifecycle of a ticket created at {@code created} from the {@code n} events at
     * positions {@code from .. from + n - 1} of the arrays. Events must be valid for the ticket (none
     * before its creation, none after its close): the caller checks that when it accepts them.
     */
    public void derive(long createdSecond, int createdNano, int from, int n, long[] second, int[] nano, byte[] type,
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
                statusChange(s, ns, t);
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

    /** Clears every result, as before a derivation; a stored summary may then be restored into them. */
    public void clear() {
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
        statusChanges = 0;
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

    /**
     * Appends a next-reply sample: the reply's instant and agent, and the waiting time; its clock
     * started at the current {@link #awaitingSecond}, {@link #awaitingNano}.
     *
     * @param s epoch second of the reply
     * @param ns nano-of-second of the reply
     * @param agentId the replying agent, or null
     * @param nanos the waiting time in nanoseconds
     */
    public void sample(long s, int ns, String agentId, long nanos) {
        if (samples == sampleNanos.length) {
            int size = samples * 2;
            sampleSecond = java.util.Arrays.copyOf(sampleSecond, size);
            sampleNano = java.util.Arrays.copyOf(sampleNano, size);
            sampleAgent = java.util.Arrays.copyOf(sampleAgent, size);
            sampleNanos = java.util.Arrays.copyOf(sampleNanos, size);
            sampleStartSecond = java.util.Arrays.copyOf(sampleStartSecond, size);
            sampleStartNano = java.util.Arrays.copyOf(sampleStartNano, size);
        }
        sampleStartSecond[samples] = awaitingSecond;
        sampleStartNano[samples] = awaitingNano;
        sampleSecond[samples] = s;
        sampleNano[samples] = ns;
        sampleAgent[samples] = agentId;
        sampleNanos[samples] = nanos;
        samples++;
    }

    private void statusChange(long s, int ns, byte t) {
        if (statusChanges == statusType.length) {
            int size = statusChanges * 2;
            statusSecond = java.util.Arrays.copyOf(statusSecond, size);
            statusNano = java.util.Arrays.copyOf(statusNano, size);
            statusType = java.util.Arrays.copyOf(statusType, size);
        }
        statusSecond[statusChanges] = s;
        statusNano[statusChanges] = ns;
        statusType[statusChanges] = t;
        statusChanges++;
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
    public static boolean before(int a, int b, long[] second, int[] nano, byte[] type, String[] agent) {
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

    public static int compare(long s1, int n1, long s2, int n2) {
        return s1 != s2 ? Long.compare(s1, s2) : Integer.compare(n1, n2);
    }
}

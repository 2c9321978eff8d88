package dev.cxmetrics.report;

import dev.cxmetrics.Priority;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of each added ticket that its KPIs are computed from when a report is folded: its
 * creation, its own first response, resolution and counts, its agent and priority, and its log of
 * events and responses. Columns by ticket slot, about 45 bytes a ticket; agent ids are shared, not
 * copied per ticket. Not thread-safe.
 */
final class TicketRows {
    private static final Priority[] PRIORITIES = Priority.values();

    private int size;
    private long[] createdSecond = new long[32];
    private int[] createdNano = new int[32];
    /** Own first response and resolution in nanoseconds after creation, -1 when absent. */
    private long[] ownFirst = new long[32];
    private long[] ownResolved = new long[32];
    private int[] ownReplies = new int[32];
    private int[] ownReopens = new int[32];
    private String[] agent = new String[32];
    private byte[] priority = new byte[32];
    private int[] log = new int[32];
    private final Map<String, String> agents = new HashMap<>();
    private static final int AGENT_CACHE = 64;
    /** The shared copy of the agent id last seen per cache slot. */
    private final String[] cachedAgents = new String[AGENT_CACHE];

    int size() {
        return size;
    }

    /** Stores a ticket's values in the next slot, which must be {@code slot}; spans are -1 when absent. */
    void add(int slot, long second, int nano, long firstNanos, long resolvedNanos, int replies, int reopens,
             String agentId, byte priorityOrdinal, int ticketLog) {
        if (slot != size) {
            throw new IllegalStateException("slot " + slot + " is not the next one, " + size);
        }
        if (size == log.length) {
            grow();
        }
        createdSecond[size] = second;
        createdNano[size] = nano;
        ownFirst[size] = firstNanos;
        ownResolved[size] = resolvedNanos;
        ownReplies[size] = replies;
        ownReopens[size] = reopens;
        agent[size] = shared(agentId);
        priority[size] = priorityOrdinal;
        log[size] = ticketLog;
        size++;
    }

    /**
     * The one copy of an agent id kept for all tickets. A small direct-mapped cache by hash is
     * tried first: tickets come with a few agents, interleaved, so a map probe per ticket is rare
     * (an equal id of another string instance costs a compare, not a probe).
     */
    private String shared(String id) {
        if (id == null) {
            return null;
        }
        int i = id.hashCode() & (AGENT_CACHE - 1);
        String cached = cachedAgents[i];
        if (cached == id || cached != null && cached.equals(id)) {
            return cached;
        }
        String one = agents.computeIfAbsent(id, k -> k);
        cachedAgents[i] = one;
        return one;
    }

    /** Makes room for {@code more} tickets beyond those held, so adding them never grows an array. */
    void reserve(int more) {
        long wanted = (long) size + more;
        if (wanted > log.length) {
            grow((int) Math.min(Integer.MAX_VALUE - 8L, Math.max(wanted, 2L * size)));
        }
    }

    private void grow() {
        grow(size * 2);
    }

    private void grow(int n) {
        createdSecond = Arrays.copyOf(createdSecond, n);
        createdNano = Arrays.copyOf(createdNano, n);
        ownFirst = Arrays.copyOf(ownFirst, n);
        ownResolved = Arrays.copyOf(ownResolved, n);
        ownReplies = Arrays.copyOf(ownReplies, n);
        ownReopens = Arrays.copyOf(ownReopens, n);
        agent = Arrays.copyOf(agent, n);
        priority = Arrays.copyOf(priority, n);
        log = Arrays.copyOf(log, n);
    }

    long createdSecond(int slot) {
        return createdSecond[slot];
    }

    int createdNano(int slot) {
        return createdNano[slot];
    }

    Instant createdAt(int slot) {
        return Instant.ofEpochSecond(createdSecond[slot], createdNano[slot]);
    }

    long ownFirst(int slot) {
        return ownFirst[slot];
    }

    long ownResolved(int slot) {
        return ownResolved[slot];
    }

    int ownReplies(int slot) {
        return ownReplies[slot];
    }

    int ownReopens(int slot) {
        return ownReopens[slot];
    }

    String agent(int slot) {
        return agent[slot];
    }

    Priority priority(int slot) {
        return priority[slot] < 0 ? null : PRIORITIES[priority[slot]];
    }

    /** The slot's log, or -1 when no event or human response reached it. */
    int log(int slot) {
        return log[slot];
    }

    void setLog(int slot, int ticketLog) {
        log[slot] = ticketLog;
    }

    /** Copies slot {@code from} of {@code other} into the next slot, which must be {@code slot}. */
    void addFrom(int slot, TicketRows other, int from, int ticketLog) {
        if (slot != size) {
            throw new IllegalStateException("slot " + slot + " is not the next one, " + size);
        }
        if (size == log.length) {
            grow();
        }
        createdSecond[size] = other.createdSecond[from];
        createdNano[size] = other.createdNano[from];
        ownFirst[size] = other.ownFirst[from];
        ownResolved[size] = other.ownResolved[from];
        ownReplies[size] = other.ownReplies[from];
        ownReopens[size] = other.ownReopens[from];
        agent[size] = shared(other.agent[from]);
        priority[size] = other.priority[from];
        log[size] = ticketLog;
        size++;
    }
}

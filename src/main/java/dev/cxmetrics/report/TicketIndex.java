package dev.cxmetrics.report;

import java.util.Arrays;

/**
 * Ticket id → slot (insertion number), plus the ticket's group keys in the dimensions that
 * responses and answers take from their ticket. Not thread-safe.
 *
 * <p>The hash table is one {@code long[]}: the id's hash in the high half and its slot + 1 in the
 * low half (0 = empty), so a probe costs one memory access and the id itself is compared only when
 * the hashes agree. Ids and keys sit in slot order in their own arrays. Adding a ticket allocates
 * nothing but amortised growth.
 */
final class TicketIndex {
    private final int dimensions;
    private long[] table = new long[64];
    private String[] ids = new String[32];
    /** Group keys per slot: {@code keys[slot * dimensions + d]}. */
    private String[] keys;
    private int size;
    private int lastFound;
    /** How many slots from the last one found are tried before the hash table. */
    private static final int CURSOR_REACH = 4;

    TicketIndex(int dimensions) {
        this.dimensions = dimensions;
        this.keys = new String[32 * Math.max(dimensions, 1)];
    }

    int size() {
        return size;
    }

    /** Adds a ticket; returns its slot, or -1 when the id is already present. */
    int add(String id) {
        if (2 * (size + 1) > table.length) {
            rehash(table.length * 2);
        }
        int hash = mix(id.hashCode());
        int mask = table.length - 1;
        int i = hash & mask;
        long entry;
        while ((entry = table[i]) != 0) {
            if ((int) (entry >>> 32) == hash && ids[(int) entry - 1].equals(id)) {
                return -1;
            }
            i = (i + 1) & mask;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        if ((size + 1) * dimensions > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, (size + 1) * dimensions));
        }
        ids[size] = id;
        table[i] = ((long) hash << 32) | (size + 1);
        return size++;
    }

    void setKey(int slot, int dimension, String key) {
        keys[slot * dimensions + dimension] = key;
    }

    /**
     * Returns the slot of a ticket id, or -1 when unknown. Exports usually list a ticket's
     * responses together and tickets in order, so the last slot found and the few after it are
     * tried before the hash table.
     */
    int find(String id) {
        int last = lastFound;
        int end = Math.min(size, last + CURSOR_REACH);
        for (int slot = last; slot < end; slot++) {
            if (ids[slot].equals(id)) {
                lastFound = slot;
                return slot;
            }
        }
        int slot = lookUp(id);
        if (slot >= 0) {
            lastFound = slot;
        }
        return slot;
    }

    private int lookUp(String id) {
        int hash = mix(id.hashCode());
        int mask = table.length - 1;
        int i = hash & mask;
        long entry;
        while ((entry = table[i]) != 0) {
            if ((int) (entry >>> 32) == hash) {
                int slot = (int) entry - 1;
                if (ids[slot].equals(id)) {
                    return slot;
                }
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    String key(int slot, int dimension) {
        return keys[slot * dimensions + dimension];
    }

    String id(int slot) {
        return ids[slot];
    }

    /** Visits every ticket id with its slot, in slot (insertion) order. */
    void forEach(SlotVisitor visitor) {
        for (int slot = 0; slot < size; slot++) {
            visitor.visit(ids[slot], slot);
        }
    }

    interface SlotVisitor {
        void visit(String id, int slot);
    }

    private void rehash(int capacity) {
        if (capacity <= 0) {
            throw new IllegalStateException("too many tickets for one report accumulator");
        }
        long[] old = table;
        table = new long[capacity];
        int mask = capacity - 1;
        for (long entry : old) {
            if (entry != 0) {
                int i = (int) (entry >>> 32) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = entry;
            }
        }
    }

    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}

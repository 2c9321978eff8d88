package dev.cxmetrics.report;

import java.util.Arrays;

/**
 * Ticket id → the ticket's group keys in the dimensions that responses and answers take from
 * their ticket. Open addressing over parallel arrays: adding a ticket stores references only
 * and allocates nothing but amortised growth. Not thread-safe.
 */
final class TicketIndex {
    private final int dimensions;
    private String[] ids = new String[64];
    private int[] slots = new int[64];
    /** Group keys per slot: {@code keys[slot * dimensions + d]}. */
    private String[] keys;
    private int size;

    TicketIndex(int dimensions) {
        this.dimensions = dimensions;
        this.keys = new String[32 * Math.max(dimensions, 1)];
    }

    int size() {
        return size;
    }

    /** Adds a ticket; returns its slot, or -1 when the id is already present. */
    int add(String id) {
        if (2 * (size + 1) > ids.length) {
            rehash(ids.length * 2);
        }
        int mask = ids.length - 1;
        int i = mix(id.hashCode()) & mask;
        while (ids[i] != null) {
            if (ids[i].equals(id)) {
                return -1;
            }
            i = (i + 1) & mask;
        }
        ids[i] = id;
        slots[i] = size;
        if ((size + 1) * dimensions > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, (size + 1) * dimensions));
        }
        return size++;
    }

    void setKey(int slot, int dimension, String key) {
        keys[slot * dimensions + dimension] = key;
    }

    /** Returns the slot of a ticket id, or -1 when unknown. */
    int find(String id) {
        int mask = ids.length - 1;
        int i = mix(id.hashCode()) & mask;
        String candidate;
        while ((candidate = ids[i]) != null) {
            if (candidate.equals(id)) {
                return slots[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    String key(int slot, int dimension) {
        return keys[slot * dimensions + dimension];
    }

    /** Visits every ticket id with its slot, in no particular order. */
    void forEach(SlotVisitor visitor) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != null) {
                visitor.visit(ids[i], slots[i]);
            }
        }
    }

    interface SlotVisitor {
        void visit(String id, int slot);
    }

    private void rehash(int capacity) {
        if (capacity <= 0) {
            throw new IllegalStateException("too many tickets for one report accumulator");
        }
        String[] oldIds = ids;
        int[] oldSlots = slots;
        ids = new String[capacity];
        slots = new int[capacity];
        int mask = capacity - 1;
        for (int j = 0; j < oldIds.length; j++) {
            if (oldIds[j] != null) {
                int i = mix(oldIds[j].hashCode()) & mask;
                while (ids[i] != null) {
                    i = (i + 1) & mask;
                }
                ids[i] = oldIds[j];
                slots[i] = oldSlots[j];
            }
        }
    }

    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}

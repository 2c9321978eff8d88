package dev.cxmetrics.report;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Ticket id → slot (insertion number), plus the ticket's group keys in the dimensions that
 * responses and answers take from their ticket, kept as an index into the few distinct key
 * tuples. Not thread-safe.
 *
 * <p>The hash table is one {@code long[]}: the id's hash in the high half and its slot + 1 in the
 * low half (0 = empty), so a probe costs one memory access and the id itself is compared only when
 * the hashes agree. The ids' characters are copied, in slot order, into one byte arena (one byte
 * per character when every character is Latin-1, else two), so a ticket costs about its id's
 * length plus 24 bytes and the caller's strings are not retained. Adding a ticket allocates
 * nothing but amortised growth.
 */
final class TicketIndex {
    /** How many slots from the last one found are tried before the hash table. */
    private static final int CURSOR_REACH = 4;

    private final int dimensions;
    private long[] table = new long[64];
    private byte[] arena = new byte[512];
    /** Where each slot's id starts in the arena; {@code starts[size]} is where the next one goes. */
    private int[] starts = new int[33];
    /** Each slot's id hash, so that trying a slot near the last one found rarely compares characters. */
    private int[] slotHash = new int[32];
    /** Slots whose id is stored as two bytes per character. */
    private final BitSet wide = new BitSet();
    /**
     * The key tuple of each slot: its group keys in the dimensions taken from the ticket. One
     * byte a slot while there are at most 256 tuples (the usual case), four bytes after.
     */
    private byte[] smallTupleOfSlot = new byte[32];
    private int[] tupleOfSlot;
    /** Distinct key tuples: {@code tupleKeys[tuple * dimensions + d]}; few, however many tickets. */
    private String[] tupleKeys;
    private int tupleCount;
    /** Open addressing over tuples: tuple + 1, 0 = empty. */
    private int[] tupleTable = new int[16];
    private int size;
    private int lastFound;
    /** The sum of the entries {@link #prepare} touched; never read. */
    private long prepared;

    TicketIndex(int dimensions) {
        this.dimensions = dimensions;
        this.tupleKeys = new String[8 * Math.max(dimensions, 1)];
    }

    int size() {
        return size;
    }

    /** Adds a ticket; returns its slot, or -1 when the id is already present. */
    int add(String id) {
        reserve(1);
        return add(id, mix(id.hashCode()));
    }

    /**
     * Makes room for {@code more} tickets beyond those held, so that adding them neither rehashes
     * nor grows an array.
     */
    void reserve(int more) {
        long wanted = (long) size + more;
        // At most 3/4 full: linear probing stays short, and 5M tickets take a 64 MB table.
        long capacity = table.length;
        while (4 * wanted > 3 * capacity) {
            capacity *= 2;
        }
        if (capacity != table.length) {
            rehash(capacity > 1 << 30 ? -1 : (int) capacity);
        }
        if (wanted + 1 > starts.length) {
            starts = Arrays.copyOf(starts, grown(starts.length, wanted + 1));
        }
        if (wanted > slotHash.length) {
            slotHash = Arrays.copyOf(slotHash, grown(slotHash.length, wanted));
        }
        if (tupleOfSlot == null) {
            if (wanted > smallTupleOfSlot.length) {
                smallTupleOfSlot = Arrays.copyOf(smallTupleOfSlot, grown(smallTupleOfSlot.length, wanted));
            }
        } else if (wanted > tupleOfSlot.length) {
            tupleOfSlot = Arrays.copyOf(tupleOfSlot, grown(tupleOfSlot.length, wanted));
        }
    }

    /** At least doubles, so that reserving one at a time is amortised. */
    private static int grown(int length, long wanted) {
        return (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(wanted, 2L * length));
    }

    /**
     * Reserves room for a batch of ids and returns their hashes in {@code hashes}, touching the
     * table entry each will probe first. The touches are independent loads the processor runs
     * side by side, so the adds that follow find their entries in cache instead of waiting for
     * memory one ticket at a time.
     */
    void prepare(String[] ids, int count, int[] hashes) {
        reserve(count);
        long[] t = table;
        int mask = t.length - 1;
        long touched = 0;
        for (int r = 0; r < count; r++) {
            int hash = mix(ids[r].hashCode());
            hashes[r] = hash;
            touched += t[hash & mask];
        }
        // Kept so the loads are not optimised away.
        prepared = touched;
    }

    /**
     * Adds a ticket whose hash {@link #prepare} gave, after room was reserved for it; returns its
     * slot, or -1 when the id is already present.
     */
    int add(String id, int hash) {
        int mask = table.length - 1;
        int i = hash & mask;
        long entry;
        while ((entry = table[i]) != 0) {
            if ((int) (entry >>> 32) == hash && matches((int) entry - 1, id)) {
                return -1;
            }
            i = (i + 1) & mask;
        }
        store(id);
        slotHash[size] = hash;
        table[i] = ((long) hash << 32) | (size + 1);
        return size++;
    }

    private void store(String id) {
        int length = id.length();
        boolean latin1 = true;
        for (int c = 0; c < length && latin1; c++) {
            latin1 = id.charAt(c) <= 0xFF;
        }
        int bytes = latin1 ? length : 2 * length;
        int start = starts[size];
        if (start + (long) bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("the ticket ids of one report accumulator exceed 2 GB");
        }
        if (start + bytes > arena.length) {
            // Grow by half: the arena is the largest array, and old and new coexist while copying.
            arena = Arrays.copyOf(arena, (int) Math.min(Integer.MAX_VALUE - 8L,
                    Math.max(start + (long) bytes, arena.length + (arena.length >> 1))));
        }
        if (latin1) {
            for (int c = 0; c < length; c++) {
                arena[start + c] = (byte) id.charAt(c);
            }
        } else {
            wide.set(size);
            for (int c = 0; c < length; c++) {
                char ch = id.charAt(c);
                arena[start + 2 * c] = (byte) (ch >>> 8);
                arena[start + 2 * c + 1] = (byte) ch;
            }
        }
        starts[size + 1] = start + bytes;
    }

    /** Tells whether slot {@code slot} holds exactly {@code id}. */
    private boolean matches(int slot, String id) {
        int start = starts[slot];
        int bytes = starts[slot + 1] - start;
        int length = id.length();
        if (wide.get(slot)) {
            if (bytes != 2 * length) {
                return false;
            }
            for (int c = 0; c < length; c++) {
                char stored = (char) (((arena[start + 2 * c] & 0xFF) << 8) | (arena[start + 2 * c + 1] & 0xFF));
                if (stored != id.charAt(c)) {
                    return false;
                }
            }
            return true;
        }
        if (bytes != length) {
            return false;
        }
        for (int c = 0; c < length; c++) {
            if ((arena[start + c] & 0xFF) != id.charAt(c)) {
                return false;
            }
        }
        return true;
    }

    /** Sets a slot's group keys, one per dimension taken from the ticket; returns its tuple. */
    int setKeys(int slot, String[] keys) {
        int tuple = tupleOf(keys);
        if (tupleOfSlot == null && tuple > 0xFF) {
            tupleOfSlot = new int[smallTupleOfSlot.length];
            for (int s = 0; s < size; s++) {
                tupleOfSlot[s] = smallTupleOfSlot[s] & 0xFF;
            }
            smallTupleOfSlot = null;
        }
        if (tupleOfSlot == null) {
            smallTupleOfSlot[slot] = (byte) tuple;
        } else {
            tupleOfSlot[slot] = tuple;
        }
        return tuple;
    }

    private int tupleOf(String[] keys) {
        int hash = 1;
        for (int d = 0; d < dimensions; d++) {
            hash = 31 * hash + keys[d].hashCode();
        }
        hash = mix(hash);
        int mask = tupleTable.length - 1;
        int i = hash & mask;
        int entry;
        while ((entry = tupleTable[i]) != 0) {
            if (sameTuple(entry - 1, keys)) {
                return entry - 1;
            }
            i = (i + 1) & mask;
        }
        int tuple = tupleCount++;
        if (tupleCount * dimensions > tupleKeys.length) {
            tupleKeys = Arrays.copyOf(tupleKeys, tupleKeys.length * 2);
        }
        System.arraycopy(keys, 0, tupleKeys, tuple * dimensions, dimensions);
        tupleTable[i] = tuple + 1;
        if (2 * tupleCount > tupleTable.length) {
            rehashTuples(tupleTable.length * 2);
        }
        return tuple;
    }

    private boolean sameTuple(int tuple, String[] keys) {
        for (int d = 0; d < dimensions; d++) {
            if (!tupleKeys[tuple * dimensions + d].equals(keys[d])) {
                return false;
            }
        }
        return true;
    }

    private void rehashTuples(int capacity) {
        tupleTable = new int[capacity];
        int mask = capacity - 1;
        for (int tuple = 0; tuple < tupleCount; tuple++) {
            int hash = 1;
            for (int d = 0; d < dimensions; d++) {
                hash = 31 * hash + tupleKeys[tuple * dimensions + d].hashCode();
            }
            int i = mix(hash) & mask;
            while (tupleTable[i] != 0) {
                i = (i + 1) & mask;
            }
            tupleTable[i] = tuple + 1;
        }
    }

    /** Returns the key tuple of a slot. */
    int tuple(int slot) {
        return tupleOfSlot == null ? smallTupleOfSlot[slot] & 0xFF : tupleOfSlot[slot];
    }

    /** Returns the number of distinct key tuples. */
    int tupleCount() {
        return tupleCount;
    }

    /** Returns a tuple's key in the j-th dimension taken from the ticket. */
    String tupleKey(int tuple, int dimension) {
        return tupleKeys[tuple * dimensions + dimension];
    }

    /**
     * Returns the slot of a ticket id, or -1 when unknown. Exports usually list a ticket's
     * responses together and tickets in order, so the last slot found and the few after it are
     * tried before the hash table.
     */
    int find(String id) {
        int hash = mix(id.hashCode());
        int last = lastFound;
        int end = Math.min(size, last + CURSOR_REACH);
        for (int slot = last; slot < end; slot++) {
            if (slotHash[slot] == hash && matches(slot, id)) {
                lastFound = slot;
                return slot;
            }
        }
        int slot = lookUp(id, hash);
        if (slot >= 0) {
            lastFound = slot;
        }
        return slot;
    }

    private int lookUp(String id, int hash) {
        int mask = table.length - 1;
        int i = hash & mask;
        long entry;
        while ((entry = table[i]) != 0) {
            if ((int) (entry >>> 32) == hash && matches((int) entry - 1, id)) {
                return (int) entry - 1;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    String key(int slot, int dimension) {
        return tupleKeys[tuple(slot) * dimensions + dimension];
    }

    /** Returns the id of a slot, as a new string. */
    String id(int slot) {
        int start = starts[slot];
        int bytes = starts[slot + 1] - start;
        if (!wide.get(slot)) {
            return new String(arena, start, bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[bytes / 2];
        for (int c = 0; c < chars.length; c++) {
            chars[c] = (char) (((arena[start + 2 * c] & 0xFF) << 8) | (arena[start + 2 * c + 1] & 0xFF));
        }
        return new String(chars);
    }

    /** Visits every ticket id with its slot, in slot (insertion) order. */
    void forEach(SlotVisitor visitor) {
        for (int slot = 0; slot < size; slot++) {
            visitor.visit(id(slot), slot);
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

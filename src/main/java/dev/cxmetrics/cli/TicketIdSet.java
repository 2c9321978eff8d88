package dev.cxmetrics.cli;

/**
 * The ids of the tickets read, as 64-bit fingerprints in an open-addressing table: about 16 bytes a
 * ticket instead of the id itself, so that reading an events file does not double what a ticket
 * costs. Two ids share a fingerprint with a chance of about 2<sup>-64</sup> a pair; then an event
 * of a ticket never given passes this check, and the report's own check of events without a
 * ticket (at the end of the run) still refuses it. Not thread-safe.
 */
final class TicketIdSet {
    private long[] slots = new long[16];
    private int size;

    /** Adds an id; adding it again changes nothing. */
    void add(String id) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (insert(slots, fingerprint(id))) {
            size++;
        }
    }

    /** Whether an id equal to {@code id} was added, up to the rare fingerprint collision described above. */
    boolean contains(String id) {
        long f = fingerprint(id);
        int mask = slots.length - 1;
        for (int i = (int) f & mask; ; i = (i + 1) & mask) {
            if (slots[i] == f) {
                return true;
            }
            if (slots[i] == 0) {
                return false;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long f : slots) {
            if (f != 0) {
                insert(bigger, f);
            }
        }
        slots = bigger;
    }

    /** Puts a fingerprint in a table with a free slot; false when it was there already. */
    private static boolean insert(long[] table, long f) {
        int mask = table.length - 1;
        for (int i = (int) f & mask; ; i = (i + 1) & mask) {
            if (table[i] == f) {
                return false;
            }
            if (table[i] == 0) {
                table[i] = f;
                return true;
            }
        }
    }

    /** FNV-1a over the UTF-16 units, then a murmur3 finalizer to spread the bits; never 0 (the empty slot). */
    static long fingerprint(String id) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}

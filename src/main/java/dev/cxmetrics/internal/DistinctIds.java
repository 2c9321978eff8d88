package dev.cxmetrics.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Rejects a ticket id seen before, so that the one-shot calculators count each ticket once and
 * refuse the same input the report refuses; not part of the public API. Not thread-safe.
 */
public final class DistinctIds {
    private final Set<String> seen = new HashSet<>();

    /**
     * Records an id.
     *
     * @param id the ticket id
     * @throws IllegalArgumentException naming the id when it was recorded before
     */
    public void add(String id) {
        if (!seen.add(id)) {
            throw new IllegalArgumentException("id " + id + " appears more than once; each ticket must be given once");
        }
    }
}

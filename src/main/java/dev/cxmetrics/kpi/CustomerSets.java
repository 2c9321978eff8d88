package dev.cxmetrics.kpi;

import java.util.Objects;
import java.util.Set;

/** Checks and counts for the set-based retention and churn factories. */
final class CustomerSets {
    private CustomerSets() {
    }

    static void check(Set<String> set, String name) {
        Objects.requireNonNull(set, name);
        for (String id : set) {
            if (id == null) {
                throw new IllegalArgumentException(name + " contains a null customer id");
            }
        }
    }

    /** Counts the members of {@code a} that are not in {@code b}. */
    static long countNotIn(Set<String> a, Set<String> b) {
        long count = 0;
        for (String id : a) {
            if (!b.contains(id)) {
                count++;
            }
        }
        return count;
    }
}

package dev.cxmetrics.report;

import java.util.Map;

/**
 * A small direct-mapped cache in front of one dimension's map of groups, so that the per-record
 * lookup of a frequent key (an agent) is an array read and a reference compare rather than a
 * hash map probe. It only caches: the map stays the one record of the groups, and a key missing
 * from it gets a new group there. Groups are never replaced in the map, so a cached group is
 * always the map's. Not thread-safe.
 */
final class GroupCache {
    private static final int SIZE = 256;
    private final Map<String, GroupAccumulator> map;
    private final double relativeAccuracy;
    private final String[] keys = new String[SIZE];
    private final GroupAccumulator[] groups = new GroupAccumulator[SIZE];

    GroupCache(Map<String, GroupAccumulator> map, double relativeAccuracy) {
        this.map = map;
        this.relativeAccuracy = relativeAccuracy;
    }

    /** The group of {@code key}, made in the map when it has none. */
    GroupAccumulator group(String key) {
        int i = key.hashCode() & (SIZE - 1);
        String cached = keys[i];
        if (cached == key || cached != null && cached.equals(key)) {
            return groups[i];
        }
        GroupAccumulator group = map.get(key);
        if (group == null) {
            group = new GroupAccumulator(relativeAccuracy);
            map.put(key, group);
        }
        keys[i] = key;
        groups[i] = group;
        return group;
    }
}

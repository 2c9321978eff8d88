package dev.cxmetrics.report;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class GroupCacheTest {
    @Test
    void collidingKeysEqualStringsAndExistingGroupsAllResolveToTheMapsGroup() {
        Map<String, GroupAccumulator> map = new HashMap<>();
        GroupAccumulator existing = new GroupAccumulator(0);
        map.put("ann", existing);
        GroupCache cache = new GroupCache(map, 0);
        assertThat(cache.group("ann")).isSameAs(existing);
        // "Aa" and "BB" have the same hash code, so they share a cache slot.
        GroupAccumulator aa = cache.group("Aa");
        GroupAccumulator bb = cache.group("BB");
        assertThat(aa).isNotSameAs(bb);
        assertThat(cache.group(new String("Aa"))).isSameAs(aa).isSameAs(map.get("Aa"));
        assertThat(cache.group("BB")).isSameAs(bb).isSameAs(map.get("BB"));
        assertThat(map).hasSize(3);
    }

    @Test
    void agreesWithTheMapOverRandomKeys() {
        long seed = 42;
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, GroupAccumulator> map = new HashMap<>();
        GroupCache cache = new GroupCache(map, 0.01);
        Map<String, GroupAccumulator> seen = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            String key = "agent-" + random.nextInt(2_000);
            GroupAccumulator group = cache.group(key);
            GroupAccumulator before = seen.putIfAbsent(key, group);
            assertThat(group).as("seed %d, key %s", seed, key).isSameAs(before == null ? group : before)
                    .isSameAs(map.get(key));
        }
        assertThat(map).hasSameSizeAs(seen);
    }
}

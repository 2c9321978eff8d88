package dev.cxmetrics.report;

import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class BucketIndexTest {

    @Test
    void everyInstantLandsInTheBucketOfItsLocalDate() {
        String[] zones = {"Europe/Rome", "America/New_York", "Australia/Lord_Howe", "Pacific/Apia", "UTC"};
        for (long seed = 1; seed <= 60; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            ZoneId zone = ZoneId.of(zones[random.nextInt(zones.length)]);
            TimeBucket bucket = TimeBucket.values()[random.nextInt(3)];
            BucketIndex index = new BucketIndex(bucket, zone, 0);
            Map<LocalDate, GroupAccumulator> seen = new HashMap<>();
            long base = Instant.parse("2011-06-01T00:00:00Z").getEpochSecond();
            // Mostly a few months of data, with far outliers now and then, in random order.
            for (int i = 0; i < 3000; i++) {
                long span = random.nextInt(20) == 0 ? 50L * 365 * 86400 : 120L * 86400;
                Instant instant = Instant.ofEpochSecond(base + (long) (random.nextDouble() * span) - span / 4,
                        random.nextInt(1_000_000_000));
                LocalDate expected = bucket.startOf(instant, zone);
                GroupAccumulator group = index.groupOf(instant);
                GroupAccumulator previous = seen.putIfAbsent(expected, group);
                assertThat(previous == null || previous == group).as("seed %d %s", seed, instant).isTrue();
                assertThat(index.groups().get(expected)).as("seed %d %s", seed, instant).isSameAs(group);
            }
            assertThat(index.groups().keySet()).as("seed %d", seed).isEqualTo(seen.keySet());
        }
    }
}

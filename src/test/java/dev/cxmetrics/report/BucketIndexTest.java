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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void instantsAtAndBesideEveryBucketBoundLandInTheirBucket() {
        // Two years around Samoa's skipped day (2011-12-30) and Lord Howe's half-hour DST shifts.
        String[] zones = {"Pacific/Apia", "Australia/Lord_Howe", "America/New_York", "Asia/Kathmandu", "UTC"};
        long from = Instant.parse("2011-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2013-01-01T00:00:00Z").getEpochSecond();
        for (String zoneName : zones) {
            ZoneId zone = ZoneId.of(zoneName);
            for (TimeBucket bucket : TimeBucket.values()) {
                BucketIndex index = new BucketIndex(bucket, zone, 0);
                // The window starts where the first instant is, then grows to cover both years.
                index.groupOf(Instant.ofEpochSecond((from + to) / 2));
                for (LocalDate date = bucket.startOf(Instant.ofEpochSecond(from), zone);
                        TimeBucket.startInstant(date, zone).getEpochSecond() < to; date = bucket.next(date)) {
                    long bound = TimeBucket.startInstant(date, zone).getEpochSecond();
                    for (long second : new long[] {bound - 1, bound, bound + 1, bound + 3_600}) {
                        Instant instant = Instant.ofEpochSecond(second);
                        assertThat(index.groups()).as("%s %s %s", zone, bucket, instant)
                                .containsEntry(bucket.startOf(instant, zone), index.groupOf(instant));
                    }
                }
            }
        }
    }

    @Test
    void checkMakesNoGroupInsideTheWindowAndFailsWhereGroupOfFails() {
        BucketIndex index = new BucketIndex(TimeBucket.DAY, ZoneId.of("Europe/Rome"), 0);
        Instant first = Instant.parse("2026-03-29T12:00:00Z");
        GroupAccumulator group = index.groupOf(first);

        index.check(first.plusSeconds(86_400).getEpochSecond());

        assertThat(index.groups()).containsOnlyKeys(LocalDate.parse("2026-03-29")).containsValue(group);
        long unbucketable = Instant.MAX.getEpochSecond();
        assertThatThrownBy(() -> index.groupOfSecond(unbucketable)).isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> index.check(unbucketable)).isInstanceOf(java.time.DateTimeException.class);
    }
}

package dev.cxmetrics.stats;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Compares {@link DurationStats} with {@link ReferenceStats} on seeded random multisets. */
class DurationStatsReferenceTest {
    private static final int CASES = 1000;
    private static final double[] FIXED_PERCENTILES = {0, 1, 25, 50, 75, 90, 95, 99, 99.9, 100};

    /** Random sizes in 0..2000 (often tiny), from distributions with heavy ties and extreme values. */
    static long[] randomValues(SplittableRandom random) {
        int size = random.nextInt(4) == 0 ? random.nextInt(6) : random.nextInt(2001);
        long[] values = new long[size];
        int distribution = random.nextInt(8);
        long constant = random.nextLong(Long.MAX_VALUE) + 1;
        for (int i = 0; i < size; i++) {
            values[i] = switch (distribution) {
                case 0 -> random.nextInt(4); // heavy ties, zeros
                case 1 -> random.nextLong() >>> 1; // uniform over [0, Long.MAX_VALUE]
                case 2 -> (long) Math.exp(random.nextDouble() * Math.log(1e15)); // log-uniform, ns .. weeks
                case 3 -> constant; // all equal
                case 4 -> Long.MAX_VALUE - random.nextInt(3); // sums far beyond 2^63
                case 5 -> random.nextBoolean() ? 0 : Long.MAX_VALUE; // two extremes
                case 6 -> random.nextInt(24 * 60) * 60_000_000_000L; // whole minutes within a day
                default -> random.nextInt(10) == 0 ? Long.MAX_VALUE - random.nextInt(1000)
                        : random.nextInt(1_000_000); // mostly small with a few outliers
            };
        }
        return values;
    }

    /** Integer, fractional and short-decimal percentiles, and the values next to the ends. */
    static double randomPercentile(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(101);
            case 1 -> random.nextDouble() * 100;
            case 2 -> random.nextInt(1001) / 10.0;
            case 3 -> random.nextInt(100_001) / 1000.0;
            case 4 -> random.nextBoolean() ? Math.nextUp(0.0) : Math.nextDown(100.0);
            default -> 100.0 * random.nextInt(7) / 7; // ranks that are exact fractions with repeating decimals
        };
    }

    @Test
    void everyStatisticMatchesTheReferenceOnRandomData() {
        for (long seed = 1; seed <= CASES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            long[] values = randomValues(random);
            ReferenceStats expected = ReferenceStats.ofNanos(values);

            ExactDurationStats actual = DurationStats.ofNanos(values);

            assertThat(actual.count()).as("seed %d", seed).isEqualTo(expected.count());
            assertThat(actual.isEmpty()).as("seed %d", seed).isEqualTo(values.length == 0);
            assertThat(actual.sum()).as("seed %d sum", seed).isEqualTo(expected.sum());
            assertThat(actual.mean()).as("seed %d mean", seed).isEqualTo(expected.mean());
            assertThat(actual.min()).as("seed %d min", seed).isEqualTo(expected.min());
            assertThat(actual.max()).as("seed %d max", seed).isEqualTo(expected.max());
            assertThat(actual.median()).as("seed %d median", seed).isEqualTo(expected.percentile(50));
            assertThat(actual.toSortedNanos()).as("seed %d values", seed).isEqualTo(expected.sorted());
            for (double p : FIXED_PERCENTILES) {
                assertThat(actual.percentile(p)).as("seed %d p=%s", seed, p).isEqualTo(expected.percentile(p));
            }
            for (int i = 0; i < 6; i++) {
                double p = randomPercentile(random);
                assertThat(actual.percentile(p)).as("seed %d p=%s", seed, p).isEqualTo(expected.percentile(p));
            }
        }
    }

    @Test
    void durationInputAgreesWithNanosecondInput() {
        for (long seed = 1; seed <= 200; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            long[] values = randomValues(random);
            List<Duration> durations = new ArrayList<>(values.length);
            for (long v : values) {
                durations.add(Duration.ofNanos(v));
            }

            DurationStats fromDurations = DurationStats.of(durations);
            DurationStats fromNanos = DurationStats.ofNanos(values);

            assertThat(fromDurations).as("seed %d", seed).isEqualTo(fromNanos);
            assertThat(fromDurations.sum()).as("seed %d", seed).isEqualTo(fromNanos.sum());
            assertThat(fromDurations.percentile(90)).as("seed %d", seed).isEqualTo(fromNanos.percentile(90));
        }
    }

    @Test
    void mergedBuildersEqualOneBuilderOverTheUnion() {
        for (long seed = 1; seed <= CASES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            long[] values = randomValues(random);
            int parts = 1 + random.nextInt(5);
            List<DurationStats.Builder> builders = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                builders.add(DurationStats.builder());
            }
            for (long v : values) {
                builders.get(random.nextInt(parts)).recordNanos(v);
            }
            // Merge in a random order into a random target.
            DurationStats.Builder target = builders.remove(random.nextInt(parts));
            while (!builders.isEmpty()) {
                target.merge(builders.remove(random.nextInt(builders.size())));
            }
            DurationStats merged = target.build();
            ReferenceStats expected = ReferenceStats.ofNanos(values);

            assertThat(merged).as("seed %d", seed).isEqualTo(DurationStats.ofNanos(values));
            assertThat(merged.count()).as("seed %d", seed).isEqualTo(values.length);
            assertThat(merged.sum()).as("seed %d sum", seed).isEqualTo(expected.sum());
            assertThat(merged.mean()).as("seed %d mean", seed).isEqualTo(expected.mean());
            assertThat(merged.min()).as("seed %d min", seed).isEqualTo(expected.min());
            assertThat(merged.max()).as("seed %d max", seed).isEqualTo(expected.max());
            double p = randomPercentile(random);
            assertThat(merged.percentile(p)).as("seed %d p=%s", seed, p).isEqualTo(expected.percentile(p));
        }
    }
}

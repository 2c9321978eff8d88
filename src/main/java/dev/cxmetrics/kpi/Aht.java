package dev.cxmetrics.kpi;

import dev.cxmetrics.Response;
import dev.cxmetrics.stats.DurationStats;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Average handle time: the mean {@code handleTime} (talk + hold + after-contact work) over the
 * responses that have one. Responses without a tracked handle time are counted as
 * {@link #untracked()}, automated or not.
 *
 * <p>{@link #mean()} is empty when no response has a handle time; {@link #stats()} also gives
 * the median, percentiles, min, max and sum. Immutable and thread-safe.
 *
 * @param stats the exact statistics of the tracked handle times
 * @param untracked the number of responses without a handle time
 */
public record Aht(DurationStats stats, long untracked) {

    /**
     * Creates an instance after validating every component.
     *
     * @param stats the exact statistics of the tracked handle times
     * @param untracked the number of responses without a handle time
     * @throws IllegalArgumentException when a component is out of its range, naming it and its value
     */
    public Aht {
        Objects.requireNonNull(stats, "stats");
        Ratios.nonNegative(untracked, "untracked");
    }

    /**
     * Computes the handle-time statistics of responses.
     *
     * @param responses the responses
     * @return the result
     * @throws IllegalArgumentException when a handle time exceeds about 292 years
     */
    public static Aht of(Iterable<Response> responses) {
        Objects.requireNonNull(responses, "responses");
        DurationStats.Builder times = DurationStats.builder();
        long untracked = 0;
        for (Response response : responses) {
            if (response.handleTime() == null) {
                untracked++;
            } else {
                times.record(response.handleTime());
            }
        }
        return new Aht(times.build(), untracked);
    }

    /**
     * Returns the average handle time, rounded half-up to the nanosecond.
     *
     * @return the mean handle time, or empty when no response has one
     */
    public Optional<Duration> mean() {
        return stats.mean();
    }

    /**
     * Returns the number of responses with a handle time, the sample size of {@link #mean()}.
     *
     * @return the count
     */
    public long count() {
        return stats.count();
    }
}

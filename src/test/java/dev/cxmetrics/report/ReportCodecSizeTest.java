package dev.cxmetrics.report;

import dev.cxmetrics.sample.SampleData;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an encoding costs. Exact quantiles keep every duration, so an exact accumulator costs
 * about a byte or two per duration and group it falls in; an approximate one costs its ticket ids
 * (one byte per sequential id, needed to reject a ticket added twice across merges) plus sketches
 * of bounded size.
 */
class ReportCodecSizeTest {
    private static final int DAYS = 30;

    private static ReportAccumulator sample(ReportSpec spec, int tickets) {
        ReportAccumulator accumulator = spec.accumulator();
        SampleData.builder().seed(1).tickets(tickets).days(DAYS).zone(spec.zone()).build()
                .stream(accumulator::add, accumulator::add, accumulator::add);
        return accumulator;
    }

    /** Durations recorded in every group: what an exact encoding must carry. */
    private static long durations(ReportAccumulator accumulator) {
        long total = count(accumulator.overall);
        for (Map<String, GroupAccumulator> groups : accumulator.groups) {
            for (GroupAccumulator group : groups.values()) {
                total += count(group);
            }
        }
        for (GroupAccumulator bucket : accumulator.buckets.groups().values()) {
            total += count(bucket);
        }
        return total;
    }

    private static long count(GroupAccumulator group) {
        long[] totals = group.totals();
        return totals[GroupCodec.TOTALS - 3] + totals[GroupCodec.TOTALS - 2] + totals[GroupCodec.TOTALS - 1];
    }

    @Test
    void anExactAccumulatorCostsAboutTwoBytesPerRecordedDuration() {
        for (Dimension[] by : new Dimension[][] {{}, Dimension.values()}) {
            ReportSpec spec = ReportSpec.builder().zone(SampleData.DEFAULT_ZONE).by(by).build();
            ReportAccumulator accumulator = sample(spec, 20_000);
            long size = accumulator.toByteArray().length;
            long durations = durations(accumulator);
            System.out.printf("exact, by %d dimensions, 20,000 tickets: %,d bytes, %.2f per ticket, "
                    + "%.2f per duration%n", by.length, size, size / 20_000.0, size / (double) durations);
            // Handle times about 2 bytes each in every group; each ticket once, with its id, key tuple,
            // creation, own first response and resolution, counts, agent and first human response:
            // about 40 bytes.
            assertThat(size).isLessThan(2 * durations + 50 * 20_000L);
            assertThat(size).isGreaterThan(durations + 30 * 20_000L);
        }
    }

    @Test
    void anApproximateAccumulatorGrowsByItsTicketsOnly() {
        ReportSpec spec = ReportSpec.builder().zone(SampleData.DEFAULT_ZONE).approximateQuantiles().build();
        int small = sample(spec, 10_000).toByteArray().length;
        int large = sample(spec, 40_000).toByteArray().length;
        System.out.printf("approximate, no dimensions, %d days: %,d bytes for 10,000 tickets, %,d for 40,000%n",
                DAYS, small, large);
        // 31 buckets and the overall group, 3 recorders each: up to 1,000 values of about 2 bytes
        // (kept exactly), or past that a sketch of at most a few hundred occupied buckets; and about
        // 40 bytes a ticket (its id, creation, own values and first human response).
        int perGroup = 32 * 3 * 2_500;
        assertThat(small - 40 * 10_000).isLessThan(perGroup);
        // 30,000 more tickets cost 30 to 45 bytes each; the recorders stay within their bound.
        assertThat(large - small).isBetween(30 * 30_000 - perGroup, 45 * 30_000 + perGroup);
    }

    @Test
    void anEmptyAccumulatorIsItsHeaderAndEmptySections() {
        ReportSpec spec = ReportSpec.builder().zone(SampleData.DEFAULT_ZONE).by(Dimension.AGENT).build();
        // magic and version 4, zone 12, bucket 1, dimensions 2, accuracy 8, flags 1; string table 1,
        // overall group 18, agent groups 1, buckets 1, tickets 1, pending responses and answers 2,
        // waiting logs 1
        assertThat(spec.accumulator().toByteArray()).hasSize(53);
    }
}

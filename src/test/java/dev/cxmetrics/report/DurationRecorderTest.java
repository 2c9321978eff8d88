package dev.cxmetrics.report;

import dev.cxmetrics.internal.ByteReader;
import dev.cxmetrics.internal.ByteWriter;
import dev.cxmetrics.stats.ApproximateDurationStats;
import dev.cxmetrics.stats.DurationSketch;
import dev.cxmetrics.stats.DurationStats;
import dev.cxmetrics.stats.ExactDurationStats;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Approximate mode keeps small groups exact, and its state depends on the values alone. */
class DurationRecorderTest {
    private static final double ACCURACY = 0.01;
    private static final int LIMIT = DurationRecorder.Approximate.EXACT_UP_TO;

    @Test
    void upToTheLimitTheValuesAreKeptAndPercentilesAreExact() {
        for (int n : new int[] {1, 24, LIMIT}) {
            long[] values = values(new SplittableRandom(n), n);
            DurationRecorder recorder = DurationRecorder.create(ACCURACY);
            for (long v : values) {
                recorder.record(v);
            }
            DurationStats stats = recorder.build();
            assertThat(stats).as("n %d", n).isInstanceOf(ExactDurationStats.class).isEqualTo(DurationStats.ofNanos(values));
            assertThat(stats.median()).isEqualTo(DurationStats.ofNanos(values).median());
        }
    }

    @Test
    void pastTheLimitTheRecorderIsTheSketchOfEveryValue() {
        long[] values = values(new SplittableRandom(7), LIMIT + 1);
        DurationRecorder recorder = DurationRecorder.create(ACCURACY);
        DurationSketch all = DurationSketch.withRelativeAccuracy(ACCURACY);
        for (long v : values) {
            recorder.record(v);
            all.recordNanos(v);
        }
        assertThat(recorder.build()).isInstanceOf(ApproximateDurationStats.class).isEqualTo(DurationStats.ofSketch(all));
    }

    @Test
    void anySplitAndMergeOrderGivesTheOnePassStateAndEncoding() {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = random.nextInt(3) == 0 ? random.nextInt(2 * LIMIT + 500) : random.nextInt(LIMIT + 50);
            long[] values = values(random, n);
            DurationRecorder onePass = DurationRecorder.create(ACCURACY);
            for (long v : values) {
                onePass.record(v);
            }
            List<DurationRecorder> parts = new ArrayList<>();
            int shards = 1 + random.nextInt(5);
            for (int s = 0; s < shards; s++) {
                parts.add(DurationRecorder.create(ACCURACY));
            }
            for (long v : values) {
                parts.get(random.nextInt(shards)).record(v);
            }
            DurationRecorder merged = DurationRecorder.create(ACCURACY);
            while (!parts.isEmpty()) {
                DurationRecorder part = parts.remove(random.nextInt(parts.size()));
                if (random.nextBoolean()) {
                    merged.merge(part);
                } else {
                    // Through the wire format, as when partial reports travel.
                    merged.read(new ByteReader(encode(part), "recorder"), "times");
                }
            }
            assertThat(merged.count()).as("seed %d", seed).isEqualTo(n);
            assertThat(merged.build()).as("seed %d", seed).isEqualTo(onePass.build());
            assertThat(encode(merged)).as("seed %d", seed).isEqualTo(encode(onePass));
        }
    }

    @Test
    void nonCanonicalOrUnknownFormsAreRejected() {
        assertRejected(new ByteWriter().writeVarLong(3).toByteArray(), "times: unknown form 3");
        assertRejected(new ByteWriter().writeVarLong(1).writeVarLong(0).toByteArray(),
                "times: no values must be written as form 0");
        ByteWriter tooMany = new ByteWriter().writeVarLong(1).writeVarLong(LIMIT + 1).writeVarLong(1);
        for (int i = 0; i <= LIMIT; i++) {
            tooMany.writeVarLong(1);
        }
        assertRejected(tooMany.toByteArray(), "more than " + LIMIT + " must be written as a sketch");
        DurationSketch small = DurationSketch.withRelativeAccuracy(ACCURACY);
        small.recordNanos(5);
        assertRejected(new ByteWriter().writeVarLong(2).writeBytes(small.toByteArray()).toByteArray(),
                "a sketch of 1 values; up to " + LIMIT + " must be written as values");
        DurationSketch other = DurationSketch.withRelativeAccuracy(0.02);
        for (int i = 0; i <= LIMIT; i++) {
            other.recordNanos(i);
        }
        assertRejected(new ByteWriter().writeVarLong(2).writeBytes(other.toByteArray()).toByteArray(),
                "sketch of relative accuracy 0.02 in a report of relative accuracy 0.01");
    }

    private static void assertRejected(byte[] bytes, String message) {
        assertThatThrownBy(() -> DurationRecorder.create(ACCURACY).read(new ByteReader(bytes, "recorder"), "times"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    private static byte[] encode(DurationRecorder recorder) {
        ByteWriter out = new ByteWriter();
        recorder.write(out);
        return out.toByteArray();
    }

    private static long[] values(SplittableRandom random, int n) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextInt(4) == 0 ? 0 : random.nextLong(1, 3_600_000_000_000L);
        }
        return values;
    }
}

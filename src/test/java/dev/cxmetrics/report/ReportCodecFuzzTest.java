package dev.cxmetrics.report;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.internal.ByteWriter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import static dev.cxmetrics.report.CodecFixtures.accumulate;
import static dev.cxmetrics.report.CodecFixtures.closedLastRecords;
import static dev.cxmetrics.report.CodecFixtures.randomSpec;
import static dev.cxmetrics.report.CodecFixtures.shuffledRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Decoding arbitrary bytes either yields an accumulator that works like any other or throws
 * {@link IllegalArgumentException}: never another exception, never an out-of-memory error.
 */
class ReportCodecFuzzTest {
    private static final long SEED = 20260331L;

    private int decoded;
    private int inputs;

    @Test
    void randomBytesAndMutatedEncodingsDecodeOrFailCleanly() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<ReportSpec> specs = new ArrayList<>();
        List<byte[]> valid = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            ReportSpec spec = randomSpec(random);
            int tickets = random.nextInt(25);
            RandomData data = i % 4 == 3 ? NastyData.generate(i, tickets) : RandomData.generate(i, tickets);
            // Half with events, each ticket's close after its other events, as compaction needs.
            List<Object> records = i % 2 == 0 ? shuffledRecords(data, i) : closedLastRecords(data, i);
            specs.add(spec);
            valid.add(accumulate(spec, records.subList(0, random.nextInt(records.size() + 1))).toByteArray());
        }
        for (int i = 0; i < 20_000; i++) {
            ReportSpec spec = specs.get(random.nextInt(specs.size()));
            check(spec, randomBytes(random, random.nextInt(64)), "random bytes " + i);
        }
        for (int i = 0; i < 30_000; i++) {
            ReportSpec spec = specs.get(random.nextInt(specs.size()));
            ByteWriter out = new ByteWriter().writeRawBytes(ReportCodec.MAGIC).writeByte(ReportCodec.VERSION);
            SpecFingerprint.write(out, spec);
            for (int k = random.nextInt(80); k > 0; k--) {
                out.writeByte(random.nextInt(10) < 8 ? random.nextInt(4) : random.nextInt(256));
            }
            check(spec, out.toByteArray(), "valid header, random body " + i);
        }
        for (int i = 0; i < 70_000; i++) {
            int which = random.nextInt(valid.size());
            byte[] bytes = valid.get(which);
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                bytes = mutate(random, bytes);
            }
            check(specs.get(which), bytes, "mutation " + i + " of valid input " + which);
        }
        for (int i = 0; i < valid.size(); i++) {
            check(specs.get(i), valid.get(i), "valid input " + i);
        }
        System.out.println("fuzz: " + inputs + " inputs, " + decoded + " decoded");
        assertThat(inputs).isGreaterThanOrEqualTo(100_000);
        assertThat(decoded).as("decoded inputs").isGreaterThanOrEqualTo(valid.size());
    }

    private void check(ReportSpec spec, byte[] bytes, String context) {
        inputs++;
        ReportAccumulator accumulator;
        try {
            accumulator = ReportAccumulator.fromByteArray(spec, bytes);
        } catch (IllegalArgumentException expected) {
            return;
        } catch (Throwable t) {
            throw new AssertionError(where(context, bytes) + ": " + t, t);
        }
        decoded++;
        try {
            KpiReport report = accumulator.snapshot();
            byte[] again = accumulator.toByteArray();
            ReportAccumulator copy = ReportAccumulator.fromByteArray(spec, again);
            if (!copy.snapshot().equals(report) || !Arrays.equals(copy.toByteArray(), again)) {
                fail(where(context, bytes) + ": the re-encoded accumulator differs");
            }
            // It keeps working: a merge and a new ticket.
            ReportAccumulator merged = spec.accumulator().merge(accumulator);
            merged.add(Ticket.builder("fuzz-" + inputs, Instant.parse("2026-03-28T10:00:00Z")).agent("x").build());
            merged.snapshot();
        } catch (Throwable t) {
            throw new AssertionError(where(context, bytes) + ": a decoded accumulator failed: " + t, t);
        }
    }

    private static String where(String context, byte[] bytes) {
        return "seed " + SEED + ", " + context + ", input " + HexFormat.of().formatHex(bytes);
    }

    private static byte[] mutate(SplittableRandom random, byte[] input) {
        byte[] bytes = input.clone();
        int n = bytes.length;
        if (n == 0) {
            return randomBytes(random, 1 + random.nextInt(4));
        }
        switch (random.nextInt(8)) {
            case 0: { // flip a bit
                int at = random.nextInt(n);
                bytes[at] ^= (byte) (1 << random.nextInt(8));
                return bytes;
            }
            case 1: // truncate
                return Arrays.copyOf(bytes, random.nextInt(n));
            case 2: { // nudge a byte, as a count or length off by one
                int at = random.nextInt(n);
                bytes[at] += (byte) (random.nextBoolean() ? 1 : -1);
                return bytes;
            }
            case 3: // insert random bytes
                return splice(bytes, random.nextInt(n + 1), 0, randomBytes(random, 1 + random.nextInt(4)));
            case 4: { // delete a range
                int at = random.nextInt(n);
                return splice(bytes, at, 1 + random.nextInt(Math.min(8, n - at)), new byte[0]);
            }
            case 5: { // duplicate a range: repeated keys, ids, records
                int at = random.nextInt(n);
                int length = 1 + random.nextInt(Math.min(24, n - at));
                return splice(bytes, at, 0, Arrays.copyOfRange(bytes, at, at + length));
            }
            case 6: { // forge a varint over or before a byte
                long[] forged = {-1, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 31, Integer.MAX_VALUE, 1L << 40, 0, 1, 2,
                    127, 128, 16_383, 1_000_000_000};
                byte[] varint = new ByteWriter().writeVarLong(forged[random.nextInt(forged.length)]).toByteArray();
                return splice(bytes, random.nextInt(n), random.nextBoolean() ? 1 : 0, varint);
            }
            default: { // an overlong or overflowing varint
                byte[][] bad = {{(byte) 0x80, 0}, {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                    (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1}, {(byte) 0x80}};
                return splice(bytes, random.nextInt(n), 1, bad[random.nextInt(bad.length)]);
            }
        }
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] result = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
        return result;
    }

    private static byte[] randomBytes(SplittableRandom random, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}

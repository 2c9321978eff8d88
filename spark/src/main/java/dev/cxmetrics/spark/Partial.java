package dev.cxmetrics.spark;

import dev.cxmetrics.report.ReportAccumulator;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What one partition (or a merge of several) sends on: its accumulator, the number of rows skipped
 * as invalid, and the first few of them. Between Spark tasks and to the driver it travels as the
 * spec's and the accumulator's binary encodings (Java serialization only frames them); it is
 * decoded once on arrival and then merged in place, so a merge tree costs time linear in the data.
 * Not thread-safe.
 */
final class Partial implements Serializable {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;
    /** How many skipped rows are kept to show the user. */
    static final int SAMPLES = 10;

    private transient byte[] spec;
    private transient ReportAccumulator accumulator;
    private long skipped;
    private ArrayList<InvalidRow> samples;

    Partial(byte[] spec, ReportAccumulator accumulator, long skipped, List<InvalidRow> samples) {
        this.spec = spec;
        this.accumulator = accumulator;
        this.skipped = skipped;
        this.samples = new ArrayList<>(samples.subList(0, Math.min(SAMPLES, samples.size())));
    }

    ReportAccumulator accumulator() {
        return accumulator;
    }

    long skipped() {
        return skipped;
    }

    List<InvalidRow> samples() {
        return samples;
    }

    /** Merges {@code other} into this partial (same spec) and returns this one. */
    Partial merge(Partial other) {
        accumulator.merge(other.accumulator);
        skipped += other.skipped;
        for (int i = 0; i < other.samples.size() && samples.size() < SAMPLES; i++) {
            samples.add(other.samples.get(i));
        }
        return this;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        writeBytes(out, spec);
        writeBytes(out, accumulator.toByteArray());
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        spec = readBytes(in);
        accumulator = ReportAccumulator.fromByteArray(SpecCache.get(spec), readBytes(in));
    }

    static void writeBytes(ObjectOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static byte[] readBytes(ObjectInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("encoded length " + length + " is negative");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }
}

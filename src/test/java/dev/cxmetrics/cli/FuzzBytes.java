package dev.cxmetrics.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** A growable byte array with the mutations the fuzzer applies. */
final class FuzzBytes {
    private byte[] bytes;
    private int length;

    FuzzBytes(byte[] initial) {
        bytes = initial.clone();
        length = initial.length;
    }

    int length() {
        return length;
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, length);
    }

    void flip(int at, int bit) {
        if (length > 0) {
            bytes[at] ^= (byte) (1 << bit);
        }
    }

    void delete(int from, int to) {
        System.arraycopy(bytes, to, bytes, from, length - to);
        length -= to - from;
    }

    void insert(int at, byte[] inserted) {
        if (length + inserted.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, 2 * (length + inserted.length));
        }
        System.arraycopy(bytes, at, bytes, at + inserted.length, length - at);
        System.arraycopy(inserted, 0, bytes, at, inserted.length);
        length += inserted.length;
    }

    void truncate(int at) {
        length = at;
    }

    /** Replaces a digit by another (dates, scores and counts stay well-formed but change value). */
    void digit(int at, SplittableRandom random) {
        for (int i = at; i < length; i++) {
            if (bytes[i] >= '0' && bytes[i] <= '9') {
                bytes[i] = (byte) ('0' + random.nextInt(10));
                return;
            }
        }
    }

    /** The [start, end) offsets of the lines, line breaks included. */
    private List<int[]> lines() {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                lines.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(new int[] {start, length});
        }
        return lines;
    }

    /** Copies a line (a record, or part of a multi-line one) to another line start: repeated ids. */
    void duplicateLine(SplittableRandom random) {
        List<int[]> lines = lines();
        if (lines.size() < 2) {
            return;
        }
        int[] line = lines.get(1 + random.nextInt(lines.size() - 1));
        byte[] copy = Arrays.copyOfRange(bytes, line[0], line[1]);
        if (copy[copy.length - 1] != '\n') {
            return;
        }
        insert(lines.get(1 + random.nextInt(lines.size() - 1))[0], copy);
    }

    void swapLines(SplittableRandom random) {
        List<int[]> lines = lines();
        if (lines.size() < 3) {
            return;
        }
        int a = random.nextInt(lines.size() - 1);
        byte[] first = Arrays.copyOfRange(bytes, lines.get(a)[0], lines.get(a)[1]);
        byte[] second = Arrays.copyOfRange(bytes, lines.get(a + 1)[0], lines.get(a + 1)[1]);
        if (second[second.length - 1] != '\n') {
            return;
        }
        System.arraycopy(second, 0, bytes, lines.get(a)[0], second.length);
        System.arraycopy(first, 0, bytes, lines.get(a)[0] + second.length, first.length);
    }

    /** Drops, repeats, renames, re-cases, pads, reorders a header column, or adds an unknown one. */
    void mutateHeader(SplittableRandom random) {
        List<int[]> lines = lines();
        if (lines.isEmpty()) {
            return;
        }
        int end = lines.get(0)[1];
        String header = new String(bytes, 0, end, StandardCharsets.UTF_8);
        String lineEnd = header.endsWith("\r\n") ? "\r\n" : header.endsWith("\n") ? "\n" : "";
        List<String> names = new ArrayList<>(Arrays.asList(header.substring(0, header.length() - lineEnd.length())
                .split(",", -1)));
        int c = random.nextInt(names.size());
        switch (random.nextInt(7)) {
            case 0 -> names.remove(c);
            case 1 -> names.add(random.nextInt(names.size() + 1), names.get(c));
            case 2 -> names.set(c, names.get(c) + "x");
            case 3 -> names.set(c, names.get(c).toUpperCase(java.util.Locale.ROOT));
            case 4 -> names.set(c, " " + names.get(c) + "\t");
            case 5 -> names.add(names.remove(c));
            default -> names.add(random.nextInt(names.size() + 1), "notes");
        }
        byte[] replaced = (String.join(",", names) + lineEnd).getBytes(StandardCharsets.UTF_8);
        delete(0, end);
        insert(0, replaced);
    }
}

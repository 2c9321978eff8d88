package dev.cxmetrics.report;

import dev.cxmetrics.internal.ByteReader;
import dev.cxmetrics.internal.ByteWriter;

/**
 * Strings in the report encoding.
 *
 * <p>A <b>text</b> is any Java string, unpaired surrogates included (UTF-8 cannot carry those, yet
 * the model accepts them): a varint count of UTF-16 code units, then each unit as a varint, so
 * ASCII takes one byte per character.
 *
 * <p>A <b>sorted list</b> holds strictly increasing strings (by {@link String#compareTo}): the first
 * as a text, each later one as a varint token relative to the one before. An odd token
 * {@code 2k - 1} is a <i>numeric step</i>: the previous string (at most {@value #MAX_SHARED}
 * units long) ends in a run of 1 to {@value #MAX_DIGITS} ASCII digits, and the next one is the same
 * with that number plus {@code k}, zero-padded to the same width ({@code T-000041} after
 * {@code T-000040} is the token 1, one byte). An even token {@code 2s} is <i>front coding</i>: the
 * first {@code s} units of the previous string ({@code s <= }{@value #MAX_SHARED}), then a text
 * with the rest. The caps bound what a forged input can make the decoder allocate to
 * {@value #MAX_SHARED} units per input byte.
 */
final class StringCodec {
    static final int MAX_SHARED = 64;
    static final int MAX_DIGITS = 18;
    private static final long[] POWERS_OF_TEN = new long[MAX_DIGITS + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i <= MAX_DIGITS; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private StringCodec() {
    }

    static void writeText(ByteWriter out, String value) {
        out.writeVarLong(value.length());
        for (int i = 0; i < value.length(); i++) {
            out.writeVarLong(value.charAt(i));
        }
    }

    static String readText(ByteReader in, String what) {
        int length = in.readLength(what + " length", 1);
        if (length == 0) {
            return "";
        }
        String unit = what + " character";
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) in.readVarInt(unit, Character.MAX_VALUE);
        }
        return new String(chars);
    }

    /** Writes {@code current}, the string after {@code previous} (null for the first) in a sorted list. */
    static void writeNext(ByteWriter out, String previous, String current) {
        if (previous == null) {
            writeText(out, current);
            return;
        }
        long step = numericStep(previous, current);
        if (step > 0) {
            out.writeVarLong(2 * step - 1);
            return;
        }
        int limit = Math.min(MAX_SHARED, Math.min(previous.length(), current.length()));
        int shared = 0;
        while (shared < limit && previous.charAt(shared) == current.charAt(shared)) {
            shared++;
        }
        out.writeVarLong(2L * shared);
        writeText(out, current.substring(shared));
    }

    /** Reads the string after {@code previous} (null for the first) of a sorted list; it must be greater. */
    static String readNext(ByteReader in, String previous, String what) {
        if (previous == null) {
            return readText(in, what);
        }
        long token = in.readNonNegativeVarLong(what);
        String next;
        if ((token & 1) == 1) {
            next = stepped(in, previous, (token >>> 1) + 1, what);
        } else {
            long shared = token >>> 1;
            if (shared > Math.min(previous.length(), MAX_SHARED)) {
                throw in.fail(what + " shares " + shared + " characters with the previous one of length "
                        + previous.length() + " (at most " + MAX_SHARED + " can be shared)");
            }
            next = previous.substring(0, (int) shared).concat(readText(in, what));
        }
        if (next.compareTo(previous) <= 0) {
            throw in.fail(what + " " + quote(next) + " does not come after " + quote(previous)
                    + " (strings must be distinct and sorted)");
        }
        return next;
    }

    /** The k of a numeric step from previous to current, or 0 when there is none. */
    private static long numericStep(String previous, String current) {
        int length = previous.length();
        if (length > MAX_SHARED || current.length() != length) {
            return 0;
        }
        int width = digitRun(previous);
        if (width == 0 || width > MAX_DIGITS || digitRun(current) < width
                || !previous.regionMatches(0, current, 0, length - width)) {
            return 0;
        }
        long from = parse(previous, length - width);
        long to = parse(current, length - width);
        return to > from ? to - from : 0;
    }

    private static String stepped(ByteReader in, String previous, long step, String what) {
        int length = previous.length();
        int width = digitRun(previous);
        if (length > MAX_SHARED || width == 0 || width > MAX_DIGITS) {
            throw in.fail(what + " is a numeric step, but the previous one " + quote(previous)
                    + " does not end in 1 to " + MAX_DIGITS + " digits within " + MAX_SHARED + " characters");
        }
        long from = parse(previous, length - width);
        if (step > POWERS_OF_TEN[width] - 1 - from) {
            throw in.fail(what + " steps " + quote(previous) + " by " + step + ", beyond " + width + " digits");
        }
        String digits = Long.toString(from + step);
        StringBuilder next = new StringBuilder(length).append(previous, 0, length - width);
        for (int i = digits.length(); i < width; i++) {
            next.append('0');
        }
        return next.append(digits).toString();
    }

    /** The number of ASCII digits at the end of a string. */
    private static int digitRun(String s) {
        int i = s.length();
        while (i > 0 && s.charAt(i - 1) >= '0' && s.charAt(i - 1) <= '9') {
            i--;
        }
        return s.length() - i;
    }

    private static long parse(String s, int from) {
        long value = 0;
        for (int i = from; i < s.length(); i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
    }

    /** A string for an error message, cut short: it may come from a forged input. */
    static String quote(String s) {
        return "'" + (s.length() <= 40 ? s : s.substring(0, 40) + "...") + "'";
    }
}

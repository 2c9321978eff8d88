package dev.cxmetrics.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads what {@link ByteWriter} writes, trusting nothing: every read checks that the bytes are
 * there, varints must be minimal and fit in 64 bits, lengths are bounded by the bytes that remain
 * (so a forged length can never cause a large allocation), and UTF-8 must be well formed. Every
 * failure is an {@link IllegalArgumentException} whose message names the format, the field being
 * read and the byte offset, e.g. {@code "malformed DurationSketch encoding: truncated while
 * reading count at byte 12 of 12"}. Not part of the public API; not thread-safe.
 */
public final class ByteReader {
    private final byte[] bytes;
    private final String format;
    private int position;

    /**
     * Starts reading at the first byte. The array is not copied; do not change it while reading.
     *
     * @param bytes the input
     * @param format names the format in error messages, e.g. "DurationSketch encoding"
     */
    public ByteReader(byte[] bytes, String format) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.format = Objects.requireNonNull(format, "format");
    }

    /**
     * Returns the offset of the next byte to read.
     *
     * @return the position, from 0 to the input length
     */
    public int position() {
        return position;
    }

    /**
     * Returns the number of bytes not read yet.
     *
     * @return the remaining byte count, {@code >= 0}
     */
    public int remaining() {
        return bytes.length - position;
    }

    /**
     * Builds the exception for a malformed input, with the format, the detail and the position.
     * Decoders use it for their own semantic checks so all messages look alike.
     *
     * @param detail what is wrong, e.g. "count 3 differs from the bucket total 4"
     * @return the exception, to be thrown by the caller
     */
    public IllegalArgumentException fail(String detail) {
        return new IllegalArgumentException("malformed " + format + ": " + detail + " at byte " + position
                + " of " + bytes.length);
    }

    /**
     * Reads one byte.
     *
     * @param what names the field in error messages
     * @return the byte as an unsigned value, 0 to 255
     * @throws IllegalArgumentException when no byte remains
     */
    public int readByte(String what) {
        if (position >= bytes.length) {
            throw fail("truncated while reading " + what);
        }
        return bytes[position++] & 0xFF;
    }

    /**
     * Reads bytes that must equal the expected ones, such as a magic number.
     *
     * @param expected the bytes that must come next
     * @param what names the field in error messages
     * @throws IllegalArgumentException when the input is shorter or the bytes differ
     */
    public void expect(byte[] expected, String what) {
        if (remaining() < expected.length) {
            throw fail("truncated while reading " + what);
        }
        if (!Arrays.equals(bytes, position, position + expected.length, expected, 0, expected.length)) {
            throw fail("bad " + what);
        }
        position += expected.length;
    }

    /**
     * Reads a long written by {@link ByteWriter#writeFixedLong(long)}.
     *
     * @param what names the field in error messages
     * @return the value
     * @throws IllegalArgumentException when fewer than 8 bytes remain
     */
    public long readFixedLong(String what) {
        if (remaining() < 8) {
            throw fail("truncated while reading " + what);
        }
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[position++] & 0xFF);
        }
        return value;
    }

    /**
     * Reads a double written by {@link ByteWriter#writeDouble(double)}.
     *
     * @param what names the field in error messages
     * @return the value, possibly NaN or infinite: the caller validates its range
     * @throws IllegalArgumentException when fewer than 8 bytes remain
     */
    public double readDouble(String what) {
        return Double.longBitsToDouble(readFixedLong(what));
    }

    /**
     * Reads an unsigned LEB128 varint written by {@link ByteWriter#writeVarLong(long)}.
     *
     * @param what names the field in error messages
     * @return the value as unsigned 64 bits (negative when above {@code Long.MAX_VALUE})
     * @throws IllegalArgumentException when truncated, longer than 64 bits, or not minimal
     *     (a multi-byte varint whose last byte is zero)
     */
    public long readVarLong(String what) {
        long value = 0;
        for (int i = 0; i < 10; i++) {
            if (position >= bytes.length) {
                throw fail("truncated while reading " + what);
            }
            int b = bytes[position++] & 0xFF;
            if (i == 9 && b > 1) {
                throw fail("varint " + what + " overflows 64 bits");
            }
            value |= (long) (b & 0x7F) << (7 * i);
            if (b < 0x80) {
                if (b == 0 && i > 0) {
                    throw fail("varint " + what + " is not minimal");
                }
                return value;
            }
        }
        throw new AssertionError("unreachable: the tenth byte is checked above");
    }

    /**
     * Reads a varint that must lie in {@code [0, Long.MAX_VALUE]}.
     *
     * @param what names the field in error messages
     * @return the value, {@code >= 0}
     * @throws IllegalArgumentException when malformed or above {@code Long.MAX_VALUE}
     */
    public long readNonNegativeVarLong(String what) {
        long value = readVarLong(what);
        if (value < 0) {
            throw fail(what + " " + Long.toUnsignedString(value) + " exceeds " + Long.MAX_VALUE);
        }
        return value;
    }

    /**
     * Reads a varint that must lie in {@code [0, max]}.
     *
     * @param what names the field in error messages
     * @param max the largest accepted value, {@code >= 0}
     * @return the value
     * @throws IllegalArgumentException when malformed or out of range
     */
    public int readVarInt(String what, int max) {
        long value = readVarLong(what);
        if (value < 0 || value > max) {
            throw fail(what + " " + Long.toUnsignedString(value) + " is outside [0, " + max + "]");
        }
        return (int) value;
    }

    /**
     * Reads a signed value written by {@link ByteWriter#writeZigZag(long)}.
     *
     * @param what names the field in error messages
     * @return the value
     * @throws IllegalArgumentException when the varint is malformed
     */
    public long readZigZag(String what) {
        long raw = readVarLong(what);
        return (raw >>> 1) ^ -(raw & 1);
    }

    /**
     * Reads the number of elements that follow, each taking at least {@code minBytesEach} bytes,
     * and checks that the remaining input can hold that many: the result is safe to allocate.
     *
     * @param what names the field in error messages
     * @param minBytesEach the fewest bytes one element can take, {@code >= 1}
     * @return the count, at most {@code remaining() / minBytesEach}
     * @throws IllegalArgumentException when malformed or larger than the input allows
     */
    public int readLength(String what, int minBytesEach) {
        if (minBytesEach < 1) {
            throw new IllegalArgumentException("minBytesEach " + minBytesEach + " is below 1");
        }
        long value = readVarLong(what);
        int bound = remaining() / minBytesEach;
        if (value < 0 || value > bound) {
            throw fail(what + " " + Long.toUnsignedString(value) + " exceeds the " + remaining()
                    + " bytes that remain");
        }
        return (int) value;
    }

    /**
     * Reads bytes written by {@link ByteWriter#writeBytes(byte[])}.
     *
     * @param what names the field in error messages
     * @param maxLength the longest accepted byte string
     * @return a new array with the bytes
     * @throws IllegalArgumentException when malformed, truncated or longer than {@code maxLength}
     */
    public byte[] readBytes(String what, int maxLength) {
        int length = readLength(what + " length", 1);
        if (length > maxLength) {
            throw fail(what + " length " + length + " exceeds the limit " + maxLength);
        }
        byte[] result = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return result;
    }

    /**
     * Reads a string written by {@link ByteWriter#writeString(String)}.
     *
     * @param what names the field in error messages
     * @param maxBytes the longest accepted UTF-8 length in bytes
     * @return the string
     * @throws IllegalArgumentException when malformed, truncated, longer than {@code maxBytes}
     *     or not well-formed UTF-8
     */
    public String readString(String what, int maxBytes) {
        int start = position;
        byte[] utf8 = readBytes(what, maxBytes);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
        } catch (CharacterCodingException e) {
            position = start;
            throw fail(what + " is not well-formed UTF-8");
        }
    }

    /**
     * Checks that the whole input was read.
     *
     * @throws IllegalArgumentException when bytes remain
     */
    public void expectEnd() {
        if (position != bytes.length) {
            throw fail(remaining() + " trailing bytes");
        }
    }
}

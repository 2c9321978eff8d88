package dev.cxmetrics.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Appends primitives to a growing byte array in the compact forms that {@link ByteReader} reads
 * back: unsigned LEB128 varints, zig-zag varints for signed values, fixed-width big-endian longs
 * and doubles, and length-prefixed byte strings and UTF-8 strings. Not part of the public API.
 *
 * <p>Every encoding written here has exactly one byte form (varints are minimal), so equal values
 * give equal bytes. Not thread-safe.
 */
public final class ByteWriter {
    private byte[] buffer;
    private int size;

    /** Starts an empty writer with a small initial capacity. */
    public ByteWriter() {
        this(64);
    }

    /**
     * Starts an empty writer.
     *
     * @param initialCapacity the number of bytes to reserve, {@code >= 0}
     * @throws IllegalArgumentException when {@code initialCapacity} is negative
     */
    public ByteWriter(int initialCapacity) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("initialCapacity " + initialCapacity + " is negative");
        }
        buffer = new byte[initialCapacity];
    }

    /**
     * Appends one byte.
     *
     * @param value the byte; only the low 8 bits are written
     * @return this writer
     */
    public ByteWriter writeByte(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
        return this;
    }

    /**
     * Appends bytes as they are, without a length.
     *
     * @param bytes the bytes to append
     * @return this writer
     */
    public ByteWriter writeRawBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /**
     * Appends a long as 8 bytes, most significant first.
     *
     * @param value the value
     * @return this writer
     */
    public ByteWriter writeFixedLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    /**
     * Appends a double as its 8-byte IEEE 754 bit pattern, most significant byte first.
     *
     * @param value the value
     * @return this writer
     */
    public ByteWriter writeDouble(double value) {
        return writeFixedLong(Double.doubleToRawLongBits(value));
    }

    /**
     * Appends a value as an unsigned LEB128 varint: 7 bits per byte, least significant group
     * first, high bit set on every byte but the last; 1 to 10 bytes. Negative values are written
     * as their unsigned 64-bit two's complement and take 10 bytes; use
     * {@link #writeZigZag(long)} for signed values.
     *
     * @param value the value, read as unsigned
     * @return this writer
     */
    public ByteWriter writeVarLong(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            buffer[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buffer[size++] = (byte) value;
        return this;
    }

    /**
     * Appends a signed value zig-zag encoded ({@code 0, -1, 1, -2, ...} become
     * {@code 0, 1, 2, 3, ...}) as a varint, so that small magnitudes of either sign are short.
     *
     * @param value the value
     * @return this writer
     */
    public ByteWriter writeZigZag(long value) {
        return writeVarLong((value << 1) ^ (value >> 63));
    }

    /**
     * Appends a varint length followed by the bytes.
     *
     * @param bytes the bytes to append
     * @return this writer
     */
    public ByteWriter writeBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        writeVarLong(bytes.length);
        return writeRawBytes(bytes);
    }

    /**
     * Appends a string as a varint byte length followed by its UTF-8 bytes.
     *
     * @param value the string
     * @return this writer
     * @throws IllegalArgumentException when the string holds an unpaired surrogate, which has no
     *     UTF-8 form
     */
    public ByteWriter writeString(String value) {
        Objects.requireNonNull(value, "value");
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer encoded;
        try {
            encoded = encoder.encode(CharBuffer.wrap(value));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("string has no UTF-8 form (unpaired surrogate): " + value, e);
        }
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return writeBytes(bytes);
    }

    /**
     * Returns the number of bytes written so far.
     *
     * @return the size in bytes
     */
    public int size() {
        return size;
    }

    /**
     * Returns a copy of the bytes written so far; the writer stays usable.
     *
     * @return the bytes
     */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void ensure(int extra) {
        if (buffer.length - size >= extra) {
            return;
        }
        long needed = (long) size + extra;
        if (needed > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("a ByteWriter holds at most " + (Integer.MAX_VALUE - 8) + " bytes");
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(needed, buffer.length * 2L)));
    }
}

package dev.cxmetrics.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes UTF-8 strictly: malformed bytes are an error, never replaced by U+FFFD.
 *
 * <p>Unlike {@link java.io.InputStreamReader}, which throws as soon as a malformed byte enters
 * its buffer, this reader first returns every character before the malformed bytes and throws
 * on the next read, so the caller knows exactly where the error is. Not thread-safe; does not
 * close the stream unless {@link #close()} is called.
 */
final class Utf8Reader extends Reader {
    /** The decoding error, with the byte offset at which it was found. */
    static final class MalformedUtf8Exception extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final long byteOffset;

        MalformedUtf8Exception(long byteOffset) {
            this.byteOffset = byteOffset;
        }

        long byteOffset() {
            return byteOffset;
        }

        @Override
        public String getMessage() {
            return "malformed UTF-8 at byte offset " + byteOffset;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes;
    /** Bytes dropped from the front of {@link #bytes} so far: the offset of its index 0. */
    private long consumed;
    private boolean eof;
    private boolean flushed;
    private long errorOffset = -1;

    Utf8Reader(InputStream in, int bufferSize) {
        this.in = Objects.requireNonNull(in, "in");
        this.bytes = ByteBuffer.allocate(bufferSize);
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        for (;;) {
            if (errorOffset >= 0) {
                if (out.position() > off) {
                    return out.position() - off;
                }
                throw new MalformedUtf8Exception(errorOffset);
            }
            if (flushed) {
                return out.position() > off ? out.position() - off : -1;
            }
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                errorOffset = consumed + bytes.position();
                continue;
            }
            if (result.isOverflow()) {
                return out.position() - off;
            }
            if (eof) {
                if (decoder.flush(out).isOverflow()) {
                    return out.position() - off;
                }
                flushed = true;
                continue;
            }
            if (out.position() > off) {
                return out.position() - off;
            }
            refill();
        }
    }

    private void refill() throws IOException {
        consumed += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

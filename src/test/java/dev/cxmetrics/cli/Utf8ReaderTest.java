package dev.cxmetrics.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Utf8ReaderTest {
    /** Hands out at most {@code chunk} bytes per read, to split sequences across reads. */
    static InputStream trickle(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    static String decodeAll(byte[] bytes, int byteBuffer, int chunk, int charBuffer) throws IOException {
        Utf8Reader reader = new Utf8Reader(trickle(bytes, chunk), byteBuffer);
        StringBuilder out = new StringBuilder();
        char[] buf = new char[charBuffer];
        for (int n; (n = reader.read(buf, 0, buf.length)) >= 0; ) {
            out.append(buf, 0, n);
        }
        return out.toString();
    }

    @Test
    void decodesValidUtf8AcrossEveryBufferSplit() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        int[] codePoints = {'a', 'é', '€', 0x1F600, '\n', 0x10FFFF, 'z'};
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            int byteBuffer = 4 + random.nextInt(10);
            int chunk = 1 + random.nextInt(5);
            int charBuffer = 2 + random.nextInt(5);
            assertThat(decodeAll(bytes, byteBuffer, chunk, charBuffer))
                    .as("round %d, buffers %d/%d/%d", round, byteBuffer, chunk, charBuffer)
                    .isEqualTo(text.toString());
        }
    }

    @Test
    void returnsTheTextBeforeMalformedBytesThenFailsWithTheirOffset() throws IOException {
        byte[] bytes = {'a', 'b', (byte) 0xC3, 'c'};
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes), 16);
        char[] buf = new char[10];
        assertThat(reader.read(buf, 0, 10)).isEqualTo(2);
        assertThatThrownBy(() -> reader.read(buf, 0, 10))
                .isInstanceOf(Utf8Reader.MalformedUtf8Exception.class)
                .hasMessage("malformed UTF-8 at byte offset 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "ED A080", "F4 90 80 80", "FF", "80", "E2 82"})
    void rejectsOverlongSurrogateOutOfRangeStrayAndTruncatedSequences(String hex) {
        byte[] bad = hex(hex);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("ok".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(bad);
        assertThatThrownBy(() -> decodeAll(bytes.toByteArray(), 8, 3, 4))
                .isInstanceOf(Utf8Reader.MalformedUtf8Exception.class)
                .hasMessage("malformed UTF-8 at byte offset 2");
    }

    @Test
    void malformedBytesInACsvFileNameTheirLine() {
        byte[] prefix = "id,created_at\nT-1,2026-01-01T00:00:00Z\r\nT-2,x".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(prefix);
        bytes.write(0xE9); // 'é' in Latin-1: not UTF-8
        bytes.writeBytes("y\n".getBytes(StandardCharsets.UTF_8));
        byte[] broken = bytes.toByteArray();
        assertThatThrownBy(() -> CsvFormat.TICKETS.read(new ByteArrayInputStream(broken), "t.csv",
                ErrorPolicy.FAIL_FAST, ticket -> { }))
                .isInstanceOf(CsvException.class)
                .hasMessage("t.csv:3: malformed UTF-8 at byte offset " + prefix.length);
    }

    @Test
    void byteOrderMarkIsDroppedWhenReadingBytes() throws IOException {
        byte[] bytes = "\uFEFFid,created_at\nT-1,2026-01-01T00:00:00Z\n".getBytes(StandardCharsets.UTF_8);
        ReadResult result = CsvFormat.TICKETS.read(new ByteArrayInputStream(bytes), "t.csv",
                ErrorPolicy.FAIL_FAST, ticket -> assertThat(ticket.id()).isEqualTo("T-1"));
        assertThat(result.accepted()).isEqualTo(1);
    }

    private static byte[] hex(String hex) {
        String digits = hex.replace(" ", "");
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}

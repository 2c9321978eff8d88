package dev.cxmetrics.internal;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ByteReaderWriterTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    private static ByteReader reader(String hex) {
        return new ByteReader(hex.isEmpty() ? new byte[0] : HEX.parseHex(hex), "test format");
    }

    @Test
    void varintsUseSevenBitsPerByteLeastSignificantFirst() {
        assertThat(HEX.formatHex(new ByteWriter().writeVarLong(0).toByteArray())).isEqualTo("00");
        assertThat(HEX.formatHex(new ByteWriter().writeVarLong(127).toByteArray())).isEqualTo("7f");
        assertThat(HEX.formatHex(new ByteWriter().writeVarLong(128).toByteArray())).isEqualTo("80 01");
        assertThat(HEX.formatHex(new ByteWriter().writeVarLong(300).toByteArray())).isEqualTo("ac 02");
        assertThat(HEX.formatHex(new ByteWriter().writeVarLong(Long.MAX_VALUE).toByteArray()))
                .isEqualTo("ff ff ff ff ff ff ff ff 7f");
        assertThat(HEX.formatHex(new ByteWriter().writeVarLong(-1).toByteArray()))
                .isEqualTo("ff ff ff ff ff ff ff ff ff 01");
    }

    @Test
    void zigZagMapsSmallMagnitudesOfEitherSignToShortCodes() {
        assertThat(new ByteWriter().writeZigZag(0).toByteArray()).containsExactly(0);
        assertThat(new ByteWriter().writeZigZag(-1).toByteArray()).containsExactly(1);
        assertThat(new ByteWriter().writeZigZag(1).toByteArray()).containsExactly(2);
        assertThat(new ByteWriter().writeZigZag(-64).toByteArray()).containsExactly(127);
        for (long value : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, -1234567, 42}) {
            assertThat(new ByteReader(new ByteWriter().writeZigZag(value).toByteArray(), "t").readZigZag("v"))
                    .isEqualTo(value);
        }
    }

    @Test
    void fixedWidthValuesAreBigEndian() {
        byte[] bytes = new ByteWriter().writeFixedLong(0x0102030405060708L).writeDouble(0.01).toByteArray();
        assertThat(HEX.formatHex(bytes)).isEqualTo("01 02 03 04 05 06 07 08 3f 84 7a e1 47 ae 14 7b");
        ByteReader in = new ByteReader(bytes, "t");
        assertThat(in.readFixedLong("a")).isEqualTo(0x0102030405060708L);
        assertThat(in.readDouble("b")).isEqualTo(0.01);
        in.expectEnd();
    }

    @Test
    void randomSequencesRoundTrip() {
        long seed = 12L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 2000; round++) {
            ByteWriter out = new ByteWriter(random.nextInt(4));
            long[] values = new long[random.nextInt(20)];
            int[] kinds = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                kinds[i] = random.nextInt(4);
                values[i] = random.nextLong() >> random.nextInt(64);
                switch (kinds[i]) {
                    case 0 -> out.writeVarLong(values[i]);
                    case 1 -> out.writeZigZag(values[i]);
                    case 2 -> out.writeFixedLong(values[i]);
                    default -> out.writeByte((int) values[i]);
                }
            }
            ByteReader in = new ByteReader(out.toByteArray(), "t");
            assertThat(out.size()).isEqualTo(in.remaining());
            for (int i = 0; i < values.length; i++) {
                long read = switch (kinds[i]) {
                    case 0 -> in.readVarLong("v");
                    case 1 -> in.readZigZag("v");
                    case 2 -> in.readFixedLong("v");
                    default -> (byte) in.readByte("v");
                };
                assertThat(read).as("seed %s round %s item %s", seed, round, i)
                        .isEqualTo(kinds[i] == 3 ? (byte) values[i] : values[i]);
            }
            in.expectEnd();
        }
    }

    @Test
    void stringsAndBytesAreLengthPrefixed() {
        byte[] bytes = new ByteWriter().writeString("Zürich 🚀").writeBytes(new byte[] {9, 8}).writeString("")
                .toByteArray();
        assertThat(HEX.formatHex(bytes, 0, 1)).isEqualTo("0c"); // 6 ASCII bytes, 2 for ü, 4 for the rocket
        ByteReader in = new ByteReader(bytes, "t");
        assertThat(in.readString("city", 100)).isEqualTo("Zürich 🚀");
        assertThat(in.readBytes("blob", 2)).containsExactly(9, 8);
        assertThat(in.readString("empty", 0)).isEmpty();
        in.expectEnd();
    }

    @Test
    void writerRejectsUnpairedSurrogates() {
        assertThatThrownBy(() -> new ByteWriter().writeString("a\uD800b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired surrogate");
    }

    @Test
    void readerRejectsMalformedUtf8AndOverlongStrings() {
        assertThatThrownBy(() -> reader("02 c3 28").readString("name", 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed test format: name is not well-formed UTF-8 at byte 0 of 3");
        assertThatThrownBy(() -> reader("03 61 62 63").readString("name", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed test format: name length 3 exceeds the limit 2 at byte 1 of 4");
        assertThatThrownBy(() -> reader("05 61 62").readString("name", 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed test format: name length 5 exceeds the 2 bytes that remain at byte 1 of 3");
    }

    @Test
    void readerRejectsTruncatedOverflowingAndNonMinimalVarints() {
        assertThatThrownBy(() -> reader("80 80").readVarLong("count"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed test format: truncated while reading count at byte 2 of 2");
        assertThatThrownBy(() -> reader("ff ff ff ff ff ff ff ff ff 02").readVarLong("count"))
                .hasMessage("malformed test format: varint count overflows 64 bits at byte 10 of 10");
        assertThatThrownBy(() -> reader("ff ff ff ff ff ff ff ff ff 81 01").readVarLong("count"))
                .hasMessage("malformed test format: varint count overflows 64 bits at byte 10 of 11");
        assertThatThrownBy(() -> reader("80 00").readVarLong("count"))
                .hasMessage("malformed test format: varint count is not minimal at byte 2 of 2");
        assertThat(reader("ff ff ff ff ff ff ff ff ff 01").readVarLong("count")).isEqualTo(-1);
        assertThatThrownBy(() -> reader("ff ff ff ff ff ff ff ff ff 01").readNonNegativeVarLong("count"))
                .hasMessage("malformed test format: count 18446744073709551615 exceeds 9223372036854775807 at byte 10 of 10");
    }

    @Test
    void boundedReadsCheckTheirRange() {
        assertThat(reader("05").readVarInt("n", 5)).isEqualTo(5);
        assertThatThrownBy(() -> reader("06").readVarInt("n", 5))
                .hasMessage("malformed test format: n 6 is outside [0, 5] at byte 1 of 1");
        assertThat(reader("02 00 00 00 00").readLength("items", 2)).isEqualTo(2);
        assertThatThrownBy(() -> reader("03 00 00 00 00").readLength("items", 2))
                .hasMessage("malformed test format: items 3 exceeds the 4 bytes that remain at byte 1 of 5");
        assertThatThrownBy(() -> reader("ff ff ff ff 0f").readLength("items", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reader("00").readLength("items", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expectChecksMagicAndEnd() {
        ByteReader in = reader("ca fe 01");
        in.expect(new byte[] {(byte) 0xCA, (byte) 0xFE}, "magic");
        assertThat(in.position()).isEqualTo(2);
        assertThatThrownBy(in::expectEnd).hasMessage("malformed test format: 1 trailing bytes at byte 2 of 3");
        assertThatThrownBy(() -> reader("ca ff").expect(new byte[] {(byte) 0xCA, (byte) 0xFE}, "magic"))
                .hasMessage("malformed test format: bad magic at byte 0 of 2");
        assertThatThrownBy(() -> reader("ca").expect(new byte[] {(byte) 0xCA, (byte) 0xFE}, "magic"))
                .hasMessage("malformed test format: truncated while reading magic at byte 0 of 1");
        assertThatThrownBy(() -> reader("").readByte("flag"))
                .hasMessage("malformed test format: truncated while reading flag at byte 0 of 0");
        assertThatThrownBy(() -> reader("01 02").readFixedLong("x"))
                .hasMessage("malformed test format: truncated while reading x at byte 0 of 2");
    }

    @Test
    void writerValidatesItsArguments() {
        assertThatThrownBy(() -> new ByteWriter(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initialCapacity -1 is negative");
        assertThatThrownBy(() -> new ByteWriter().writeRawBytes(null)).isInstanceOf(NullPointerException.class);
        assertThat(new ByteWriter(0).writeByte(0x1FF).toByteArray()).containsExactly(0xFF);
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.internal.ByteReader;
import dev.cxmetrics.internal.ByteWriter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StringCodecTest {
    private static final String[] PIECES = {"", "a", "b", "0", "1", "9", "-", "é", "\ud800", "😀", "x".repeat(70)};

    private static byte[] encode(List<String> sorted) {
        ByteWriter out = new ByteWriter();
        String previous = null;
        for (String s : sorted) {
            StringCodec.writeNext(out, previous, s);
            previous = s;
        }
        return out.toByteArray();
    }

    private static List<String> decode(byte[] bytes, int count) {
        ByteReader in = new ByteReader(bytes, "test strings");
        List<String> strings = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < count; i++) {
            previous = StringCodec.readNext(in, previous, "string");
            strings.add(previous);
        }
        in.expectEnd();
        return strings;
    }

    @Test
    void sortedListsOfAnyStringsRoundTrip() {
        for (long seed = 1; seed <= 500; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            TreeSet<String> set = new TreeSet<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                StringBuilder s = new StringBuilder();
                for (int k = random.nextInt(8); k > 0; k--) {
                    s.append(PIECES[random.nextInt(PIECES.length)]);
                }
                set.add(s.toString());
            }
            List<String> sorted = new ArrayList<>(set);
            assertThat(decode(encode(sorted), sorted.size())).as("seed %d", seed).isEqualTo(sorted);
        }
    }

    @Test
    void sequentialIdsCostOneByteEachAfterTheFirst() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            ids.add(String.format("T-%06d", i));
        }
        byte[] bytes = encode(ids);
        assertThat(bytes).hasSize(9 + 999);
        assertThat(decode(bytes, ids.size())).isEqualTo(ids);
    }

    @Test
    void aStepBeyondTheDigitsOrAfterAStringWithoutDigitsIsRejected() {
        ByteWriter beyond = new ByteWriter();
        StringCodec.writeText(beyond, "T-98");
        beyond.writeVarLong(2 * 2 - 1); // plus 2: 100 does not fit in two digits
        assertThatThrownBy(() -> decode(beyond.toByteArray(), 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("string steps 'T-98' by 2, beyond 2 digits");
        ByteWriter noDigits = new ByteWriter();
        StringCodec.writeText(noDigits, "T-");
        noDigits.writeVarLong(1);
        assertThatThrownBy(() -> decode(noDigits.toByteArray(), 2))
                .hasMessageContaining("does not end in 1 to 18 digits");
        ByteWriter shared = new ByteWriter();
        StringCodec.writeText(shared, "ab");
        shared.writeVarLong(2 * 3);
        assertThatThrownBy(() -> decode(shared.toByteArray(), 2))
                .hasMessageContaining("string shares 3 characters with the previous one of length 2");
    }
}

package dev.cxmetrics.cli;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprint set of ticket ids against a {@link HashSet} of the ids themselves, on seeded random ids. */
class TicketIdSetTest {
    @Test
    void emptySetContainsNothing() {
        TicketIdSet ids = new TicketIdSet();
        assertThat(ids.contains("")).isFalse();
        assertThat(ids.contains("T-1")).isFalse();
        assertThat(ids.size()).isZero();
    }

    @Test
    void agreesWithAHashSetOnRandomIds() {
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            TicketIdSet ids = new TicketIdSet();
            Set<String> reference = new HashSet<>();
            int n = random.nextInt(20_000);
            for (int i = 0; i < n; i++) {
                // Sequential ids, near misses and random text: the ids real exports have.
                String id = switch (random.nextInt(3)) {
                    case 0 -> "T-" + random.nextInt(50_000);
                    case 1 -> Integer.toString(random.nextInt(50_000));
                    default -> random.ints(1 + random.nextInt(6), 0x20, 0x3000)
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                };
                ids.add(id);
                reference.add(id);
            }
            assertThat(ids.size()).as("seed %d", seed).isEqualTo(reference.size());
            for (String id : reference) {
                assertThat(ids.contains(id)).as("seed %d id %s", seed, id).isTrue();
            }
            for (int i = 0; i < 20_000; i++) {
                String probe = (random.nextBoolean() ? "T-" : "") + random.nextInt(100_000);
                assertThat(ids.contains(probe)).as("seed %d probe %s", seed, probe).isEqualTo(reference.contains(probe));
            }
        }
    }

    @Test
    void fingerprintsAreNeverTheEmptySlot() {
        assertThat(TicketIdSet.fingerprint("")).isNotZero();
        assertThat(TicketIdSet.fingerprint("T-1")).isNotEqualTo(TicketIdSet.fingerprint("T-2"));
    }
}

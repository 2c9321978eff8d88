package dev.cxmetrics.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TicketIndexTest {

    /** Ids whose {@code hashCode}s collide ("Aa" and "BB" hash alike), wide characters, the empty id, long ones. */
    private static String randomId(SplittableRandom random) {
        switch (random.nextInt(5)) {
            case 0: {
                StringBuilder id = new StringBuilder();
                for (int i = 0, n = random.nextInt(4); i < n; i++) {
                    id.append(random.nextBoolean() ? "Aa" : "BB");
                }
                return id.toString();
            }
            case 1:
                return "T-" + random.nextInt(5_000);
            case 2:
                return "Ω" + random.nextInt(300) + (random.nextBoolean() ? "é" : "\u4e2d");
            case 3:
                return "#".repeat(random.nextInt(3)) + random.nextInt(50);
            default:
                return "ticket-with-a-long-common-prefix-" + random.nextInt(2_000);
        }
    }

    @Test
    void addAndFindAgreeWithAMapOverRandomIds() {
        for (long seed = 1; seed <= 60; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            TicketIndex index = new TicketIndex(0);
            Map<String, Integer> reference = new HashMap<>();
            List<String> added = new ArrayList<>();
            for (int step = 0; step < 3_000; step++) {
                String id = randomId(random);
                // A fresh string instance: the index must compare characters, not references.
                id = new String(id.toCharArray());
                switch (random.nextInt(4)) {
                    case 0: {
                        int slot = index.add(id);
                        Integer known = reference.putIfAbsent(id, reference.size());
                        assertThat(slot).as("seed %d add %s", seed, id).isEqualTo(known == null ? reference.get(id) : -1);
                        if (known == null) {
                            added.add(id);
                        }
                        break;
                    }
                    case 1: {
                        // A batch the way the ticket kernel adds one: prepared, then added with its hashes.
                        String[] batch = new String[1 + random.nextInt(12)];
                        for (int r = 0; r < batch.length; r++) {
                            batch[r] = randomId(random);
                        }
                        int[] hashes = new int[batch.length];
                        index.prepare(batch, batch.length, hashes);
                        for (int r = 0; r < batch.length; r++) {
                            int slot = index.add(batch[r], hashes[r]);
                            Integer known = reference.putIfAbsent(batch[r], reference.size());
                            assertThat(slot).as("seed %d batch add %s", seed, batch[r])
                                    .isEqualTo(known == null ? reference.get(batch[r]) : -1);
                            if (known == null) {
                                added.add(batch[r]);
                            }
                        }
                        break;
                    }
                    case 2:
                        index.reserve(random.nextInt(100));
                        break;
                    default: {
                        // Near the last one found (the cursor), or anywhere, or unknown.
                        String probe = added.isEmpty() || random.nextInt(4) == 0 ? id
                                : added.get(random.nextBoolean() ? random.nextInt(added.size())
                                        : Math.min(added.size() - 1, index.find(added.get(0)) + random.nextInt(6)));
                        assertThat(index.find(probe)).as("seed %d find %s", seed, probe)
                                .isEqualTo(reference.getOrDefault(probe, -1));
                    }
                }
            }
            assertThat(index.size()).isEqualTo(reference.size());
            for (int slot = 0; slot < added.size(); slot++) {
                assertThat(index.id(slot)).as("seed %d slot %d", seed, slot).isEqualTo(added.get(slot));
                assertThat(index.find(added.get(slot))).isEqualTo(slot);
            }
        }
    }

    @Test
    void slotsKeepTheirKeyTuplesPastTheSmallForm() {
        // More than 256 distinct tuples switch the index from one byte a slot to four.
        TicketIndex index = new TicketIndex(2);
        int tickets = 2_000;
        for (int t = 0; t < tickets; t++) {
            int slot = index.add("t" + t);
            index.setKeys(slot, new String[] {"channel" + t % 7, "type" + t % 300});
        }

        // 7 and 300 repeat together only after 2,100 tickets: every ticket has its own tuple.
        assertThat(index.tupleCount()).isEqualTo(tickets);
        for (int t = 0; t < tickets; t++) {
            int slot = index.find("t" + t);
            assertThat(index.key(slot, 0)).isEqualTo("channel" + t % 7);
            assertThat(index.key(slot, 1)).isEqualTo("type" + t % 300);
        }
    }

    @Test
    void anEmptyIndexFindsNothing() {
        TicketIndex index = new TicketIndex(0);

        assertThat(index.find("")).isEqualTo(-1);
        assertThat(index.find("T-1")).isEqualTo(-1);
        assertThat(index.size()).isZero();
    }
}

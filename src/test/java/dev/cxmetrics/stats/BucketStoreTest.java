package dev.cxmetrics.stats;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class BucketStoreTest {

    @Test
    void emptyStoreHoldsNothingAndNoBytes() {
        BucketStore store = new BucketStore(100);
        assertThat(store.isEmpty()).isTrue();
        assertThat(store.get(5)).isZero();
        assertThat(store.byteSize()).isZero();
        assertThat(store.sameCounts(new BucketStore(100))).isTrue();
    }

    @Test
    void countersWidenWhenTheyCarryOutOfTheirTopByte() {
        BucketStore store = new BucketStore(1000);
        store.increment(500);
        store.increment(510);
        for (int i = 0; i < 254; i++) {
            store.increment(500);
        }
        assertThat(store.get(500)).isEqualTo(255);
        assertThat(store.width()).isEqualTo(1);
        store.increment(500);
        assertThat(store.get(500)).isEqualTo(256);
        assertThat(store.width()).isEqualTo(2);
        assertThat(store.get(510)).isEqualTo(1);
        for (int i = 256; i < 65_536; i++) {
            store.increment(500);
        }
        assertThat(store.get(500)).isEqualTo(65_536);
        assertThat(store.width()).isEqualTo(3);
        assertThat(store.get(510)).isEqualTo(1);
    }

    @Test
    void addWidensToTheBytesTheSumNeeds() {
        BucketStore store = new BucketStore(1000);
        store.add(7, 1);
        store.add(7, Long.MAX_VALUE - 2);
        assertThat(store.width()).isEqualTo(8);
        assertThat(store.get(7)).isEqualTo(Long.MAX_VALUE - 1);
        store.add(3, 1L << 40);
        assertThat(store.get(3)).isEqualTo(1L << 40);
        assertThat(store.lowest()).isEqualTo(3);
        assertThat(store.highest()).isEqualTo(7);
    }

    @Test
    void rangeStaysWithinPaddingOfTheNonEmptyBuckets() {
        BucketStore store = new BucketStore(10_000);
        store.increment(5_000);
        store.increment(9_000);
        store.increment(100);
        assertThat(store.byteSize()).isLessThanOrEqualTo(9_000 - 100 + 1 + 2 * BucketStore.PAD);
        store.increment(10_000);
        store.increment(0);
        assertThat(store.byteSize()).isEqualTo(10_001);
    }

    @Test
    void growingOneBucketAtATimeStaysWithinTheBound() {
        BucketStore store = new BucketStore(100_000);
        for (int i = 50_000; i < 51_000; i++) {
            store.increment(i);
            assertThat(store.byteSize()).isLessThanOrEqualTo(i - 50_000 + 1 + 2 * BucketStore.PAD);
        }
        for (int i = 50_000; i > 49_000; i--) {
            store.increment(i);
        }
        assertThat(store.byteSize()).isLessThanOrEqualTo(2_000 + 2 * BucketStore.PAD);
    }

    @Test
    void copyIsTrimmedIndependentAndHasTheSameCounts() {
        BucketStore store = new BucketStore(1000);
        store.increment(40);
        store.add(60, 300);
        BucketStore copy = store.copy();
        assertThat(copy.sameCounts(store)).isTrue();
        assertThat(copy.countsHash()).isEqualTo(store.countsHash());
        assertThat(copy.byteSize()).isEqualTo(21 * 2);
        copy.increment(40);
        assertThat(store.get(40)).isEqualTo(1);
        assertThat(copy.sameCounts(store)).isFalse();
    }

    @Test
    void addAllMatchesAddingEachCountAndHandlesItself() {
        long seed = 77L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 200; round++) {
            BucketStore a = new BucketStore(5000);
            BucketStore b = new BucketStore(5000);
            long[] expected = new long[5001];
            for (int i = random.nextInt(300); i > 0; i--) {
                int index = random.nextInt(5001);
                long c = 1 + random.nextLong(1L << random.nextInt(1, 40));
                (random.nextBoolean() ? a : b).add(index, c);
                expected[index] += c;
            }
            a.addAll(b);
            for (int i = 0; i <= 5000; i++) {
                assertThat(a.get(i)).as("seed %s round %s index %s", seed, round, i).isEqualTo(expected[i]);
            }
            BucketStore doubled = a.copy();
            doubled.addAll(doubled);
            for (int i = 0; i <= 5000; i++) {
                assertThat(doubled.get(i)).isEqualTo(2 * expected[i]);
            }
        }
    }

    @Test
    void spanningStoreHoldsItsRangeWithoutGrowing() {
        BucketStore built = BucketStore.spanning(100, 3, 90);
        assertThat(built.isEmpty()).isTrue();
        built.increment(3);
        built.add(4, 70_000);
        built.add(90, 2);
        BucketStore added = new BucketStore(100);
        added.add(90, 2);
        added.add(4, 70_000);
        added.increment(3);
        assertThat(built.sameCounts(added)).isTrue();
        assertThat(built.width()).isEqualTo(3);
        assertThat(built.byteSize()).isEqualTo(88 * 3);
    }

    @Test
    void bytesForCountsTheSignificantBytes() {
        assertThat(BucketStore.bytesFor(0)).isEqualTo(1);
        assertThat(BucketStore.bytesFor(255)).isEqualTo(1);
        assertThat(BucketStore.bytesFor(256)).isEqualTo(2);
        assertThat(BucketStore.bytesFor((1L << 24) - 1)).isEqualTo(3);
        assertThat(BucketStore.bytesFor(1L << 24)).isEqualTo(4);
        assertThat(BucketStore.bytesFor(Long.MAX_VALUE)).isEqualTo(8);
    }
}

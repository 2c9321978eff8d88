package dev.cxmetrics.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The stored and folded transitions agree with {@link ZoneRules} in every zone, at any date. */
class ZoneTimelineTest {
    private static final long SEED = 7_001L;
    private static final long MAX_SECOND = Instant.MAX.getEpochSecond() - 86_400;

    @Test
    void offsetsAndNextTransitionsMatchZoneRulesInEveryZoneFromAncientToFarFuture() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZoneRules rules = ZoneId.of(id).getRules();
            ZoneTimeline timeline = ZoneTimeline.of(ZoneId.of(id));
            for (int i = 0; i < 120; i++) {
                long second = randomSecond(random);
                Instant instant = Instant.ofEpochSecond(second);
                assertThat(timeline.offsetAt(second)).as("seed %d, %s at %s", SEED, id, instant)
                        .isEqualTo(rules.getOffset(instant).getTotalSeconds());
                ZoneOffsetTransition next = rules.nextTransition(instant);
                long expected = next == null || next.toEpochSecond() > MAX_SECOND ? Long.MAX_VALUE : next.toEpochSecond();
                long actual = timeline.nextTransitionAfter(second);
                assertThat(actual > MAX_SECOND ? Long.MAX_VALUE : actual)
                        .as("seed %d, %s next transition after %s", SEED, id, instant).isEqualTo(expected);
            }
        }
    }

    @Test
    void fixedOffsetZonesHaveNoTransitions() {
        ZoneTimeline timeline = ZoneTimeline.of(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(timeline.hasTransitions()).isFalse();
        assertThat(timeline.offsetAt(0)).isEqualTo(19_800);
        assertThat(timeline.nextTransitionAfter(0)).isEqualTo(Long.MAX_VALUE);
    }

    /** Mostly the last and next few centuries, sometimes anywhere in the instant range. */
    private static long randomSecond(SplittableRandom random) {
        switch (random.nextInt(4)) {
            case 0:
                return random.nextLong(-5_000_000_000L, 20_000_000_000L);
            case 1:
                return random.nextLong(-100_000_000_000L, 1_000_000_000_000L);
            case 2:
                return random.nextLong(-3_000_000_000_000_000L, MAX_SECOND);
            default:
                return random.nextLong(0, 4_200_000_000L); // 1970..2103, where tables end and rules begin
        }
    }
}

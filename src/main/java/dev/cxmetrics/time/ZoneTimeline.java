package dev.cxmetrics.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UTC offsets of a zone as sorted arrays, so that the offset at an instant and the
 * transitions in a span are found by an indexed search ({@link LongRank}), without allocation.
 *
 * <p>Holds every wall-clock transition up to the end of a 400-year cycle that starts after the
 * zone's last explicit transition. From there on a zone either keeps its last offset or follows
 * yearly rules; yearly rules repeat every 400 Gregorian years (146,097 days, exactly 20,871
 * weeks), so an instant beyond the cycle is folded back into it by whole cycles. Instants are
 * epoch seconds: transitions fall on whole seconds. Timelines are cached per zone, and rebuilt
 * when the zone's rules object changes. Immutable and thread-safe.
 */
final class ZoneTimeline {
    /** Seconds in 400 Gregorian years; a whole number of weeks. */
    static final long CYCLE_SECONDS = 146_097L * 86_400L;

    /** Transition instants, ascending, in epoch seconds. */
    private final long[] transitions;
    private final LongRank rank;
    /** {@code offsets[i]} is the offset in seconds after {@code transitions[i - 1]}; {@code offsets[0]} before the first. */
    private final int[] offsets;
    /** Whether instants at or after {@link #cycleEnd} fold back by whole cycles. */
    private final boolean periodic;
    private final long cycleStart;
    private final long cycleEnd;
    /** Index of the first transition at or after {@link #cycleStart}. */
    private final int cycleFirst;

    private ZoneTimeline(ZoneRules rules, long[] transitions, int[] offsets, boolean periodic, long cycleStart,
            int cycleFirst) {
        this.rules = rules;
        this.transitions = transitions;
        this.rank = LongRank.of(transitions);
        this.offsets = offsets;
        this.periodic = periodic;
        this.cycleStart = cycleStart;
        this.cycleEnd = periodic ? cycleStart + CYCLE_SECONDS : Long.MAX_VALUE;
        this.cycleFirst = cycleFirst;
    }

    /** Built timelines by zone: building one takes about a millisecond, and there are a few hundred zones. */
    private static final ConcurrentHashMap<ZoneId, ZoneTimeline> CACHE = new ConcurrentHashMap<>();

    /** The rules this timeline was built from; a provider refresh gives new rules and a rebuild. */
    private final ZoneRules rules;

    static ZoneTimeline of(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return build(rules);
        }
        ZoneTimeline cached = CACHE.get(zone);
        if (cached == null || cached.rules != rules) {
            cached = build(rules);
            CACHE.put(zone, cached);
        }
        return cached;
    }

    private static ZoneTimeline build(ZoneRules rules) {
        if (rules.isFixedOffset()) {
            return new ZoneTimeline(rules, new long[0], new int[] {rules.getOffset(Instant.EPOCH).getTotalSeconds()},
                    false, Long.MAX_VALUE, 0);
        }
        boolean periodic = !rules.getTransitionRules().isEmpty();
        long cycleStart = Long.MAX_VALUE;
        if (periodic) {
            var explicit = rules.getTransitions();
            long last = explicit.isEmpty() ? 0 : explicit.get(explicit.size() - 1).toEpochSecond();
            int year = LocalDate.ofEpochDay(Math.floorDiv(last, 86_400L)).getYear();
            // Two years on, every transition comes from the yearly rules.
            cycleStart = LocalDate.of(Math.max(year, 1970) + 2, 1, 1).toEpochDay() * 86_400L;
        }
        long end = periodic ? cycleStart + CYCLE_SECONDS : Long.MAX_VALUE;
        long[] instants = new long[64];
        int[] after = new int[65];
        after[0] = rules.getOffset(Instant.MIN).getTotalSeconds();
        int n = 0;
        int cycleFirst = -1;
        ZoneOffsetTransition t = rules.nextTransition(Instant.MIN);
        while (t != null && t.toEpochSecond() < end) {
            if (n == instants.length) {
                instants = Arrays.copyOf(instants, n * 2);
                after = Arrays.copyOf(after, n * 2 + 1);
            }
            if (cycleFirst < 0 && t.toEpochSecond() >= cycleStart) {
                cycleFirst = n;
            }
            instants[n] = t.toEpochSecond();
            after[n + 1] = t.getOffsetAfter().getTotalSeconds();
            n++;
            t = rules.nextTransition(t.getInstant());
        }
        if (periodic && cycleFirst < 0) {
            periodic = false; // rules that never change the offset: constant after the last transition
            cycleStart = Long.MAX_VALUE;
        }
        return new ZoneTimeline(rules, Arrays.copyOf(instants, n), Arrays.copyOf(after, n + 1), periodic,
                cycleStart, Math.max(cycleFirst, 0));
    }

    /** Whether the zone ever changes its offset. */
    boolean hasTransitions() {
        return transitions.length > 0;
    }

    /** Number of whole cycles an instant lies beyond the cycle start; 0 before the cycle ends. */
    long cyclesAfter(long epochSecond) {
        return epochSecond < cycleEnd ? 0 : Math.floorDiv(epochSecond - cycleStart, CYCLE_SECONDS);
    }

    /** The instant folded into the stored range; {@code cycles} is {@link #cyclesAfter(long)}. */
    long fold(long epochSecond, long cycles) {
        return epochSecond - cycles * CYCLE_SECONDS;
    }

    /** Number of stored transitions at or before a folded instant. */
    int countAtOrBefore(long foldedSecond) {
        return rank.countAtOrBelow(foldedSecond);
    }

    /** The offset in seconds after {@code count} stored transitions, as counted by {@link #countAtOrBefore(long)}. */
    int offsetAfterCount(int count) {
        return offsets[count];
    }

    /** The offset in seconds at an instant. */
    int offsetAt(long epochSecond) {
        return offsets[countAtOrBefore(fold(epochSecond, cyclesAfter(epochSecond)))];
    }

    /** The first transition strictly after an instant, in epoch seconds, or {@link Long#MAX_VALUE}. */
    long nextTransitionAfter(long epochSecond) {
        long cycles = cyclesAfter(epochSecond);
        long folded = fold(epochSecond, cycles);
        int i = countAtOrBefore(folded);
        if (i < transitions.length) {
            return transitions[i] + cycles * CYCLE_SECONDS;
        }
        if (!periodic) {
            return Long.MAX_VALUE;
        }
        long next = transitions[cycleFirst] + (cycles + 1) * CYCLE_SECONDS;
        return next < epochSecond ? Long.MAX_VALUE : next; // past the end of the instant range
    }

    /** Number of stored transitions. */
    int size() {
        return transitions.length;
    }

    /** The i-th stored transition instant in epoch seconds. */
    long transition(int i) {
        return transitions[i];
    }

    /** The offset in seconds before the i-th stored transition. */
    int offsetBefore(int i) {
        return offsets[i];
    }

    /** The offset in seconds after the i-th stored transition. */
    int offsetAfter(int i) {
        return offsets[i + 1];
    }

    /** Index of the first stored transition inside the cycle. */
    int cycleFirst() {
        return cycleFirst;
    }

    /** Whether the stored transitions from {@link #cycleFirst()} on repeat every cycle. */
    boolean periodic() {
        return periodic;
    }
}

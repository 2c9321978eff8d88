package dev.cxmetrics.sla;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An accumulator resumed from a report goes on exactly like the one that made the report. */
class SlaReportToAccumulatorTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    private static final Instant AS_OF = START.plus(Duration.ofDays(10));
    private static final SlaPolicy POLICY = SlaPolicy.builder()
            .target(SlaMetric.FIRST_RESPONSE, Priority.HIGH, SlaTarget.calendar(Duration.ofHours(1)))
            .target(SlaMetric.RESOLUTION, Priority.HIGH, SlaTarget.calendar(Duration.ofDays(1)))
            .target(SlaMetric.RESOLUTION, Priority.LOW, SlaTarget.calendar(Duration.ofDays(3)))
            .build();

    private static List<Ticket> tickets(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Ticket> tickets = new ArrayList<>();
        String[] agents = {null, "ann", "bob"};
        for (int i = 0; i < 200; i++) {
            Instant created = START.plusSeconds(random.nextInt(14 * 24 * 3600));
            Ticket.Builder builder = Ticket.builder("T-" + i, created).agent(agents[random.nextInt(3)])
                    .priority(random.nextInt(4) == 0 ? null : Priority.values()[random.nextInt(4)]);
            if (random.nextBoolean()) {
                builder.firstResponseAt(created.plusSeconds(random.nextInt(7200))).agentReplies(1);
            }
            if (random.nextBoolean()) {
                builder.resolvedAt(created.plusSeconds(random.nextInt(5 * 24 * 3600)));
            }
            tickets.add(builder.build());
        }
        return tickets;
    }

    @Test
    void resumingFromAReportAndAddingTheRestGivesTheReportOfAll() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Ticket> all = tickets(seed);
            int split = new SplittableRandom(~seed).nextInt(all.size() + 1);
            SlaReport first = SlaReport.of(all.subList(0, split), POLICY, AS_OF, TimeBucket.DAY, ROME);
            SlaAccumulator resumed = first.toAccumulator(POLICY, TimeBucket.DAY, ROME);
            assertThat(resumed.snapshot()).as("seed %d", seed).isEqualTo(first);
            for (Ticket ticket : all.subList(split, all.size())) {
                resumed.add(ticket);
            }
            assertThat(resumed.snapshot()).as("seed %d", seed)
                    .isEqualTo(SlaReport.of(all, POLICY, AS_OF, TimeBucket.DAY, ROME));
        }
    }

    @Test
    void mergingAccumulatorsOverASplitGivesTheReportOfAll() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Ticket> all = tickets(seed);
            int split = new SplittableRandom(seed * 31).nextInt(all.size() + 1);
            SlaAccumulator left = SlaReport.accumulator(POLICY, AS_OF, TimeBucket.DAY, ROME);
            SlaAccumulator right = SlaReport.accumulator(POLICY, AS_OF, TimeBucket.DAY, ROME);
            all.subList(0, split).forEach(left::add);
            all.subList(split, all.size()).forEach(right::add);
            SlaReport merged = left.merge(right).snapshot();
            assertThat(merged).as("seed %d", seed).isEqualTo(SlaReport.of(all, POLICY, AS_OF, TimeBucket.DAY, ROME));
            for (SlaMetric metric : SlaMetric.values()) {
                SlaResult result = merged.result(metric);
                assertThat(result.metByDeadlineBucket().values().stream().mapToLong(Long::longValue).sum())
                        .as("seed %d %s", seed, metric).isEqualTo(result.met());
            }
        }
    }

    @Test
    void breachMapsThatDoNotAddUpToTheBreachesAreRejected() {
        SlaResult empty = new SlaResult(SlaMetric.RESOLUTION, 0, 0, 0, 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        SlaResult agents = new SlaResult(SlaMetric.FIRST_RESPONSE, 0, 2, 0, 0, new TreeMap<>(Map.of("ann", 1L)),
                new TreeMap<>(Map.of(LocalDate.parse("2026-01-05"), 2L)), new TreeMap<>());
        assertThatThrownBy(() -> new SlaReport(AS_OF, agents, empty).toAccumulator(POLICY, TimeBucket.DAY, ROME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first_response breaches per agent add up to 1, not to the 2 breaches");
        SlaResult zero = new SlaResult(SlaMetric.FIRST_RESPONSE, 0, 0, 0, 0, new TreeMap<>(Map.of("ann", 0L)),
                new TreeMap<>(), new TreeMap<>());
        assertThatThrownBy(() -> new SlaReport(AS_OF, zero, empty).toAccumulator(POLICY, TimeBucket.DAY, ROME))
                .hasMessage("first_response breaches of agent 'ann' are 0, not a positive count");
        SlaResult blank = new SlaResult(SlaMetric.FIRST_RESPONSE, 0, 1, 0, 0, new TreeMap<>(Map.of(" ", 1L)),
                new TreeMap<>(Map.of(LocalDate.parse("2026-01-05"), 1L)), new TreeMap<>());
        assertThatThrownBy(() -> new SlaReport(AS_OF, blank, empty).toAccumulator(POLICY, TimeBucket.DAY, ROME))
                .hasMessageContaining("blank agent ' '");
        SlaResult tuesday = new SlaResult(SlaMetric.FIRST_RESPONSE, 0, 1, 0, 0, new TreeMap<>(Map.of("ann", 1L)),
                new TreeMap<>(Map.of(LocalDate.parse("2026-01-06"), 1L)), new TreeMap<>());
        assertThatThrownBy(() -> new SlaReport(AS_OF, tuesday, empty).toAccumulator(POLICY, TimeBucket.WEEK, ROME))
                .hasMessage("first_response breaches are counted in a deadline bucket 2026-01-06 that is not the "
                        + "start of a week");
        SlaResult metTuesday = new SlaResult(SlaMetric.RESOLUTION, 1, 0, 0, 0, new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(Map.of(LocalDate.parse("2026-01-06"), 1L)));
        SlaResult none = new SlaResult(SlaMetric.FIRST_RESPONSE, 0, 0, 0, 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        assertThatThrownBy(() -> new SlaReport(AS_OF, none, metTuesday).toAccumulator(POLICY, TimeBucket.WEEK, ROME))
                .hasMessage("resolution met tickets are counted in a deadline bucket 2026-01-06 that is not the "
                        + "start of a week");
    }
}

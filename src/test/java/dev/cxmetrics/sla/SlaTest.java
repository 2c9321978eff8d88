package dev.cxmetrics.sla;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlaTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    // Friday 2026-01-09 16:00 local
    private static final Instant FRIDAY_4PM = Instant.parse("2026-01-09T15:00:00Z");
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-17:00").build();
    private static final SlaPolicy POLICY = SlaPolicy.builder().businessHours(OFFICE)
            .target(SlaMetric.FIRST_RESPONSE, Priority.HIGH, SlaTarget.calendar(Duration.ofHours(1)))
            .target(SlaMetric.FIRST_RESPONSE, Priority.NORMAL, SlaTarget.business(Duration.ofHours(2)))
            .target(SlaMetric.RESOLUTION, Priority.NORMAL, SlaTarget.business(Duration.ofHours(8)))
            .build();

    @Test
    void aBusinessTimeDeadlineSkipsTheWeekend() {
        Ticket ticket = Ticket.builder("T-1", FRIDAY_4PM).priority(Priority.NORMAL).build();
        // One business hour on Friday (16-17), the second on Monday 09-10 local.
        assertThat(POLICY.deadline(SlaMetric.FIRST_RESPONSE, ticket)).contains(Instant.parse("2026-01-12T09:00:00Z"));
        assertThat(POLICY.deadline(SlaMetric.RESOLUTION, ticket)).contains(Instant.parse("2026-01-12T15:00:00Z"));
    }

    @Test
    void statusFollowsTheDefinitions() {
        Instant deadline = FRIDAY_4PM.plus(Duration.ofHours(1));
        Ticket.Builder high = Ticket.builder("T-2", FRIDAY_4PM).priority(Priority.HIGH);
        Instant later = deadline.plus(Duration.ofDays(3));
        assertThat(POLICY.status(SlaMetric.FIRST_RESPONSE, high.firstResponseAt(deadline).build(), later))
                .isEqualTo(SlaStatus.MET);
        assertThat(POLICY.status(SlaMetric.FIRST_RESPONSE, high.firstResponseAt(deadline.plusNanos(1)).build(), later))
                .isEqualTo(SlaStatus.BREACHED);
        Ticket unanswered = Ticket.builder("T-3", FRIDAY_4PM).priority(Priority.HIGH).build();
        assertThat(POLICY.status(SlaMetric.FIRST_RESPONSE, unanswered, deadline)).isEqualTo(SlaStatus.PENDING);
        assertThat(POLICY.status(SlaMetric.FIRST_RESPONSE, unanswered, deadline.plusNanos(1))).isEqualTo(SlaStatus.BREACHED);
        // A reply after the as-of instant has not happened yet.
        Ticket answeredLater = Ticket.builder("T-4", FRIDAY_4PM).priority(Priority.HIGH)
                .firstResponseAt(FRIDAY_4PM.plusSeconds(60)).build();
        assertThat(POLICY.status(SlaMetric.FIRST_RESPONSE, answeredLater, FRIDAY_4PM.plusSeconds(30)))
                .isEqualTo(SlaStatus.PENDING);
        assertThat(POLICY.status(SlaMetric.RESOLUTION, answeredLater, later)).isEqualTo(SlaStatus.NO_TARGET);
        assertThat(POLICY.status(SlaMetric.FIRST_RESPONSE, Ticket.builder("T-5", FRIDAY_4PM).build(), later))
                .isEqualTo(SlaStatus.NO_TARGET);
    }

    @Test
    void unprioritizedTicketsCanBorrowAPriority() {
        SlaPolicy policy = SlaPolicy.builder().unprioritizedAs(Priority.HIGH)
                .target(SlaMetric.FIRST_RESPONSE, Priority.HIGH, SlaTarget.calendar(Duration.ofHours(1))).build();
        Ticket ticket = Ticket.builder("T-1", FRIDAY_4PM).build();
        assertThat(policy.deadline(SlaMetric.FIRST_RESPONSE, ticket)).contains(FRIDAY_4PM.plus(Duration.ofHours(1)));
    }

    @Test
    void reportCountsAttainmentAndBreachesPerAgentAndDeadlineDay() {
        Instant asOf = Instant.parse("2026-01-20T00:00:00Z");
        List<Ticket> tickets = List.of(
                Ticket.builder("a", FRIDAY_4PM).priority(Priority.HIGH).agent("ann")
                        .firstResponseAt(FRIDAY_4PM.plusSeconds(600)).build(),                     // met
                Ticket.builder("b", FRIDAY_4PM).priority(Priority.HIGH).agent("ann")
                        .firstResponseAt(FRIDAY_4PM.plus(Duration.ofHours(2))).build(),           // late
                Ticket.builder("c", FRIDAY_4PM).priority(Priority.NORMAL).build(),                // never answered
                Ticket.builder("d", asOf.minusSeconds(60)).priority(Priority.HIGH).build(),      // pending
                Ticket.builder("e", FRIDAY_4PM).priority(Priority.LOW).build());                 // no target
        SlaReport report = SlaReport.of(tickets, POLICY, asOf, TimeBucket.DAY, ROME);
        SlaResult frt = report.firstResponse();
        assertThat(List.of(frt.met(), frt.breached(), frt.pending(), frt.noTarget())).containsExactly(1L, 2L, 1L, 1L);
        assertThat(frt.percent().getAsDouble()).isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(frt.breachesByAgent()).containsExactly(java.util.Map.entry("", 1L), java.util.Map.entry("ann", 1L));
        // Deadlines: b on Friday 17:00 local, c on Monday 10:00 local.
        assertThat(frt.breachesByDeadlineBucket()).containsExactly(
                java.util.Map.entry(LocalDate.parse("2026-01-09"), 1L), java.util.Map.entry(LocalDate.parse("2026-01-12"), 1L));
        assertThat(report.resolution().breached()).isEqualTo(1);
        assertThat(report.resolution().noTarget()).isEqualTo(4);
        assertThat(SlaReport.of(List.of(), POLICY, asOf, TimeBucket.DAY, ROME).firstResponse().percent()).isEmpty();
    }

    @Test
    void attainmentPerDeadlineDayByHand() {
        Instant day1 = Instant.parse("2026-01-09T09:00:00Z");  // Friday 10:00 local; HIGH deadline 11:00
        Instant day2 = Instant.parse("2026-01-10T09:00:00Z");  // Saturday 10:00 local; HIGH deadline 11:00
        Instant asOf = Instant.parse("2026-01-10T09:30:00Z");
        List<Ticket> tickets = List.of(
                high("a", day1).firstResponseAt(day1.plusSeconds(1800)).build(),                 // met, day 1
                high("b", day1).firstResponseAt(day1.plusSeconds(7200)).build(),                 // breached, day 1
                high("c", day1).firstResponseAt(day1.plusSeconds(3600)).build(),                 // met on the deadline
                high("d", day2).firstResponseAt(day2.plusSeconds(1200)).build(),                 // met, day 2
                high("e", day2).build(),                                                         // pending, day 2
                high("f", day2.minusSeconds(3600)).build(),                                      // breached, day 2
                high("g", day2).firstResponseAt(asOf.plusSeconds(60)).build(),                   // pending: reply later
                high("h", day2.plus(Duration.ofDays(1))).build());                               // pending, day 3
        SlaResult frt = SlaReport.of(tickets, POLICY, asOf, TimeBucket.DAY, ROME).firstResponse();
        assertThat(List.of(frt.met(), frt.breached(), frt.pending())).containsExactly(3L, 2L, 3L);
        LocalDate friday = LocalDate.parse("2026-01-09");
        LocalDate saturday = LocalDate.parse("2026-01-10");
        assertThat(frt.metByDeadlineBucket()).containsExactly(java.util.Map.entry(friday, 2L),
                java.util.Map.entry(saturday, 1L));
        assertThat(frt.breachesByDeadlineBucket()).containsExactly(java.util.Map.entry(friday, 1L),
                java.util.Map.entry(saturday, 1L));
        // 2 of 3 on Friday, 1 of 2 on Saturday (e pending), Sunday only pending: no entry.
        assertThat(frt.attainmentByDeadlineBucket()).containsOnlyKeys(friday, saturday);
        assertThat(frt.attainmentByDeadlineBucket().get(friday)).isCloseTo(200.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(frt.attainmentByDeadlineBucket().get(saturday)).isEqualTo(50.0);
        assertThat(frt.percent().getAsDouble()).isEqualTo(60.0);
        SlaResult resolution = SlaReport.of(tickets, POLICY, asOf, TimeBucket.DAY, ROME).resolution();
        assertThat(resolution.noTarget()).isEqualTo(8);
        assertThat(resolution.metByDeadlineBucket()).isEmpty();
        assertThat(resolution.attainmentByDeadlineBucket()).isEmpty();
    }

    @Test
    void attainmentPerBucketWithOnlyMetOrOnlyBreached() {
        SlaResult allMet = new SlaResult(SlaMetric.FIRST_RESPONSE, 2, 0, 0, 0, new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(java.util.Map.of(LocalDate.parse("2026-01-09"), 2L)));
        assertThat(allMet.attainmentByDeadlineBucket()).containsExactly(java.util.Map.entry(LocalDate.parse("2026-01-09"), 100.0));
        SlaResult allBreached = new SlaResult(SlaMetric.FIRST_RESPONSE, 0, 1, 0, 0,
                new TreeMap<>(java.util.Map.of("ann", 1L)), new TreeMap<>(java.util.Map.of(LocalDate.parse("2026-01-09"), 1L)),
                new TreeMap<>());
        assertThat(allBreached.attainmentByDeadlineBucket()).containsExactly(java.util.Map.entry(LocalDate.parse("2026-01-09"), 0.0));
    }

    @Test
    void metPerBucketMustBePositiveAndAddUpToMet() {
        assertThatThrownBy(() -> new SlaResult(SlaMetric.FIRST_RESPONSE, 2, 0, 0, 0, new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(java.util.Map.of(LocalDate.parse("2026-01-09"), 1L))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first_response metByDeadlineBucket adds up to 1, not to the 2 met");
        assertThatThrownBy(() -> new SlaResult(SlaMetric.RESOLUTION, 0, 0, 0, 0, new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(java.util.Map.of(LocalDate.parse("2026-01-09"), 0L))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resolution metByDeadlineBucket is 0 in the bucket of 2026-01-09, not a positive count");
        assertThatThrownBy(() -> new SlaResult(SlaMetric.RESOLUTION, 1, 0, 0, 0, new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(java.util.Map.of(LocalDate.parse("2026-01-09"), Long.MAX_VALUE,
                        LocalDate.parse("2026-01-10"), 2L))))
                .hasMessage("resolution metByDeadlineBucket overflows in the bucket of 2026-01-10");
    }

    private static Ticket.Builder high(String id, Instant created) {
        return Ticket.builder(id, created).priority(Priority.HIGH);
    }

    @Test
    void reportMatchesAPerTicketReferenceOnRandomData() {
        for (long seed = 1; seed <= 200; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Ticket> tickets = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Instant created = FRIDAY_4PM.plusSeconds(random.nextInt(14 * 24) * 1800L);
                Ticket.Builder builder = Ticket.builder("T" + i, created).agent(random.nextBoolean() ? "ann" : null)
                        .priority(random.nextInt(5) == 4 ? null : Priority.values()[random.nextInt(4)]);
                if (random.nextBoolean()) {
                    builder.firstResponseAt(created.plusSeconds(random.nextInt(48) * 1800L));
                }
                if (random.nextBoolean()) {
                    builder.resolvedAt(created.plusSeconds(random.nextInt(96) * 3600L));
                }
                tickets.add(builder.build());
            }
            Instant asOf = FRIDAY_4PM.plusSeconds(random.nextInt(20 * 24) * 3600L);
            SlaReport report = SlaReport.of(tickets, POLICY, asOf, TimeBucket.WEEK, ROME);
            for (SlaMetric metric : new SlaMetric[] {SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION}) {
                long[] counts = new long[4];
                TreeMap<LocalDate, Long> byWeek = new TreeMap<>();
                TreeMap<LocalDate, Long> metByWeek = new TreeMap<>();
                for (Ticket t : tickets) {
                    SlaTarget target = t.priority() == null ? null
                            : metric == SlaMetric.FIRST_RESPONSE
                            ? (t.priority() == Priority.HIGH ? SlaTarget.calendar(Duration.ofHours(1))
                            : t.priority() == Priority.NORMAL ? SlaTarget.business(Duration.ofHours(2)) : null)
                            : (t.priority() == Priority.NORMAL ? SlaTarget.business(Duration.ofHours(8)) : null);
                    if (target == null) {
                        counts[3]++;
                        continue;
                    }
                    Instant deadline = target.businessTime() ? OFFICE.plus(t.createdAt(), target.limit())
                            : t.createdAt().plus(target.limit());
                    Instant event = metric == SlaMetric.FIRST_RESPONSE ? t.firstResponseAt() : t.resolvedAt();
                    boolean happened = event != null && event.compareTo(asOf) <= 0;
                    int status = happened ? (event.compareTo(deadline) <= 0 ? 0 : 1) : (asOf.compareTo(deadline) > 0 ? 1 : 2);
                    counts[status]++;
                    if (status == 1) {
                        byWeek.merge(TimeBucket.WEEK.startOf(deadline, ROME), 1L, Long::sum);
                    } else if (status == 0) {
                        metByWeek.merge(TimeBucket.WEEK.startOf(deadline, ROME), 1L, Long::sum);
                    }
                }
                SlaResult result = report.result(metric);
                assertThat(new long[] {result.met(), result.breached(), result.pending(), result.noTarget()})
                        .as("seed %d %s", seed, metric).containsExactly(counts);
                assertThat(result.breachesByDeadlineBucket()).as("seed %d", seed).isEqualTo(byWeek);
                assertThat(result.metByDeadlineBucket()).as("seed %d", seed).isEqualTo(metByWeek);
                TreeMap<LocalDate, Double> attainment = new TreeMap<>();
                java.util.TreeSet<LocalDate> weeks = new java.util.TreeSet<>(byWeek.keySet());
                weeks.addAll(metByWeek.keySet());
                for (LocalDate week : weeks) {
                    long m = metByWeek.getOrDefault(week, 0L);
                    attainment.put(week, 100.0 * m / (m + byWeek.getOrDefault(week, 0L)));
                }
                assertThat(result.attainmentByDeadlineBucket()).as("seed %d", seed).isEqualTo(attainment);
                assertThat(result.breachesByAgent().values().stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(result.breached());
            }
        }
    }

    @Test
    void builderRejectsIncompletePolicies() {
        assertThatThrownBy(() -> SlaPolicy.builder().build()).hasMessage("an SLA policy needs at least one target");
        assertThatThrownBy(() -> SlaPolicy.builder()
                .target(SlaMetric.RESOLUTION, Priority.LOW, SlaTarget.business(Duration.ofHours(1))).build())
                .hasMessage("resolution target for LOW is in business time but no business hours were set");
        assertThatThrownBy(() -> SlaPolicy.builder()
                .target(SlaMetric.RESOLUTION, Priority.LOW, SlaTarget.calendar(Duration.ofHours(1)))
                .target(SlaMetric.RESOLUTION, Priority.LOW, SlaTarget.calendar(Duration.ofHours(2))))
                .hasMessage("resolution target for LOW was already set to PT1H");
        assertThatThrownBy(() -> SlaTarget.calendar(Duration.ZERO)).hasMessage("SLA limit PT0S is not positive");
    }
}

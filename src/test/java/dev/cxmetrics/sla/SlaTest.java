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
            for (SlaMetric metric : SlaMetric.values()) {
                long[] counts = new long[4];
                TreeMap<LocalDate, Long> byWeek = new TreeMap<>();
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
                    }
                }
                SlaResult result = report.result(metric);
                assertThat(new long[] {result.met(), result.breached(), result.pending(), result.noTarget()})
                        .as("seed %d %s", seed, metric).containsExactly(counts);
                assertThat(result.breachesByDeadlineBucket()).as("seed %d", seed).isEqualTo(byWeek);
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

package dev.cxmetrics.report;

import dev.cxmetrics.ColumnsOf;
import dev.cxmetrics.Priority;
import dev.cxmetrics.ResponseColumns;
import dev.cxmetrics.SurveyAnswerColumns;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketColumns;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Columnar input gives exactly the report of the same rows as records, through the same kernel. */
class ColumnarReportTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(ROME)
            .schedule("Mon-Fri 09:00-13:00,14:00-18:00").holiday(java.time.LocalDate.parse("2026-04-01")).build();
    private static final SlaPolicy POLICY = SlaPolicy.builder().businessHours(OFFICE)
            .target(SlaMetric.FIRST_RESPONSE, Priority.NORMAL, SlaTarget.business(Duration.ofHours(2)))
            .target(SlaMetric.RESOLUTION, Priority.LOW, SlaTarget.calendar(Duration.ofDays(2)))
            .build();

    @Test
    void columnsGiveTheReportOfTheirRecordsOnRandomData() {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RandomData data = RandomData.generate(seed, random.nextInt(700));
            ReportSpec spec = randomSpec(random);
            KpiReport expected = spec.compute(data.tickets, data.responses, data.answers);
            KpiReport actual = spec.compute(ColumnsOf.tickets(data.tickets, random),
                    ColumnsOf.responses(data.responses, random), ColumnsOf.answers(data.answers, random));
            assertThat(actual).as("seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void columnsAndRecordsMixAndMergeInAnyOrder() {
        for (long seed = 1; seed <= 100; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RandomData data = RandomData.generate(seed, random.nextInt(300));
            ReportSpec spec = randomSpec(random);
            KpiReport expected = spec.compute(data.tickets, data.responses, data.answers, data.events);
            int cut = data.tickets.isEmpty() ? 0 : random.nextInt(data.tickets.size() + 1);
            ReportAccumulator left = spec.accumulator();
            ReportAccumulator right = spec.accumulator();
            // Answers and responses first: they wait for tickets that come later, as columns.
            left.add(ColumnsOf.answers(data.answers, random));
            right.add(ColumnsOf.responses(data.responses, random));
            left.add(ColumnsOf.tickets(data.tickets.subList(0, cut), random));
            for (Ticket ticket : data.tickets.subList(cut, data.tickets.size())) {
                right.add(ticket);
            }
            data.events.forEach(right::add);
            KpiReport actual = left.merge(right).requireEventsMatched().snapshot();
            assertThat(actual).as("seed %d", seed).isEqualTo(expected);
            assertThat(ReportAccumulator.fromByteArray(spec, left.toByteArray()).snapshot()).as("seed %d", seed)
                    .isEqualTo(expected);
        }
    }

    @Test
    void emptyBatchesGiveTheEmptyReport() {
        ReportSpec spec = ReportSpec.builder().zone(ROME).by(Dimension.values()).build();
        KpiReport report = spec.compute(TicketColumns.empty(), ResponseColumns.empty(), SurveyAnswerColumns.empty());
        assertThat(report).isEqualTo(spec.compute(List.of(), List.of(), List.of()));
        assertThat(report.overall().tickets()).isZero();
    }

    @Test
    void oneRowGivesTheReportOfOneTicket() {
        Ticket ticket = Ticket.builder("T-1", Instant.parse("2026-03-29T00:30:00Z")).agent("ann").channel("chat")
                .priority(Priority.HIGH).firstResponseAt(Instant.parse("2026-03-29T02:30:00Z"))
                .resolvedAt(Instant.parse("2026-03-30T00:00:00Z")).build();
        ReportSpec spec = ReportSpec.builder().zone(ROME).bucket(TimeBucket.DAY).by(Dimension.values()).build();
        KpiReport report = spec.compute(ColumnsOf.tickets(List.of(ticket), new SplittableRandom(1)),
                ResponseColumns.empty(), SurveyAnswerColumns.empty());
        assertThat(report).isEqualTo(spec.compute(List.of(ticket), List.of(), List.of()));
        assertThat(report.overall().firstResponse().stats().mean()).contains(Duration.ofHours(2));
        assertThat(report.groups(Dimension.AGENT)).containsOnlyKeys("ann");
    }

    @Test
    void batchesLongerThanTheKernelBatchAreAddedWhole() {
        List<Ticket> tickets = new ArrayList<>();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 3 * 256 + 17; i++) {
            tickets.add(Ticket.builder("T-" + i, start.plusSeconds(i * 97L)).agent("a" + (i % 7)).build());
        }
        ReportSpec spec = ReportSpec.builder().zone(ROME).by(Dimension.AGENT).build();
        KpiReport report = spec.accumulator().add(ColumnsOf.tickets(tickets, new SplittableRandom(2))).snapshot();
        assertThat(report.overall().tickets()).isEqualTo(tickets.size());
        assertThat(report).isEqualTo(spec.compute(tickets, List.of(), List.of()));
    }

    @Test
    void aRepeatedIdIsRejectedNamingItAndTheRowsBeforeItStay() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        List<Ticket> tickets = List.of(Ticket.builder("A", at).build(), Ticket.builder("B", at).build(),
                Ticket.builder("A", at).build());
        ReportAccumulator accumulator = ReportSpec.builder().zone(ROME).build().accumulator();
        TicketColumns columns = ColumnsOf.tickets(tickets, new SplittableRandom(3));
        assertThatThrownBy(() -> accumulator.add(columns)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id A was already added");
        assertThat(accumulator.ticketCount()).isEqualTo(2);
    }

    @Test
    void spansLongerThanALongAreRejectedLikeRecords() {
        Ticket ticket = Ticket.builder("T-1", Instant.ofEpochSecond(-9_000_000_000L))
                .resolvedAt(Instant.ofEpochSecond(9_000_000_000L)).build();
        ReportSpec spec = ReportSpec.builder().zone(ROME).build();
        TicketColumns columns = ColumnsOf.tickets(List.of(ticket), new SplittableRandom(4));
        assertThatThrownBy(() -> spec.accumulator().add(ticket)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resolution time").hasMessageContaining("(ticket T-1)");
        assertThatThrownBy(() -> spec.accumulator().add(columns)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resolution time").hasMessageContaining("(ticket T-1)");
    }

    @Test
    void extremeButValidInstantsGiveTheSameReport() {
        List<Ticket> tickets = new ArrayList<>();
        long min = Long.MIN_VALUE + 1;
        tickets.add(Ticket.builder("lo", Instant.ofEpochSecond(Math.floorDiv(min, 1_000_000_000L),
                Math.floorMod(min, 1_000_000_000L))).build());
        tickets.add(Ticket.builder("hi", Instant.ofEpochSecond(Long.MAX_VALUE / 1_000_000_000L,
                Long.MAX_VALUE % 1_000_000_000L)).build());
        tickets.add(Ticket.builder("mid", Instant.parse("2026-03-29T01:59:59.999999999Z"))
                .firstResponseAt(Instant.parse("2026-03-29T02:00:00Z")).build());
        Collections.shuffle(tickets, new java.util.Random(5));
        ReportSpec spec = ReportSpec.builder().zone(ROME).bucket(TimeBucket.MONTH).by(Dimension.AGENT).build();
        assertThat(spec.compute(ColumnsOf.tickets(tickets, new SplittableRandom(5)), ResponseColumns.empty(),
                SurveyAnswerColumns.empty())).isEqualTo(spec.compute(tickets, List.of(), List.of()));
    }

    private static ReportSpec randomSpec(SplittableRandom random) {
        List<Dimension> all = new ArrayList<>(List.of(Dimension.values()));
        all.add(Dimension.field("brand"));
        Collections.shuffle(all, new java.util.Random(random.nextLong()));
        ReportSpec.Builder builder = ReportSpec.builder().zone(ROME).bucket(TimeBucket.values()[random.nextInt(3)])
                .by(all.subList(0, random.nextInt(all.size() + 1)).toArray(new Dimension[0]));
        if (random.nextInt(3) == 0) {
            builder.businessHours(OFFICE);
        }
        if (random.nextInt(4) == 0) {
            builder.approximateQuantiles(0.02);
        }
        if (random.nextInt(3) == 0) {
            builder.sla(POLICY, Instant.parse("2026-03-30T12:00:00Z"));
        }
        return builder.build();
    }
}

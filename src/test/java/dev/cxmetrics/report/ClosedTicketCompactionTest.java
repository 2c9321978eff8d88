package dev.cxmetrics.report;

import dev.cxmetrics.Priority;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.Response;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.TicketEvent.Type;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

import static dev.cxmetrics.report.CodecFixtures.add;
import static dev.cxmetrics.report.CodecFixtures.closedLastRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ReportSpec.Builder#compactClosedTickets()}: the same reports as whole logs, on random data,
 * orders and shard splits, with closed tickets holding no events; and what it rejects.
 */
class ClosedTicketCompactionTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final ReportSpec WHOLE = ReportSpec.builder().bucket(TimeBucket.DAY).by(Dimension.AGENT).build();
    private static final ReportSpec COMPACT = ReportSpec.builder().bucket(TimeBucket.DAY).by(Dimension.AGENT)
            .compactClosedTickets().build();

    private static Instant at(int hours, int minutes) {
        return T0.plus(Duration.ofHours(hours).plusMinutes(minutes));
    }

    /** The worked ticket of the README: reply, pending, customer message, reply, solved, closed. */
    private static List<TicketEvent> workedEvents() {
        return List.of(
                new TicketEvent("T-1", at(0, 0), Type.CUSTOMER_MESSAGE, null),
                new TicketEvent("T-1", at(0, 10), Type.AGENT_REPLY, "ann"),
                new TicketEvent("T-1", at(0, 10), Type.PENDING, "ann"),
                new TicketEvent("T-1", at(2, 0), Type.CUSTOMER_MESSAGE, null),
                new TicketEvent("T-1", at(2, 0), Type.OPEN, null),
                new TicketEvent("T-1", at(2, 45), Type.AGENT_REPLY, "bob"),
                new TicketEvent("T-1", at(2, 45), Type.SOLVED, "bob"),
                new TicketEvent("T-1", at(4, 45), Type.CLOSED, null));
    }

    private static Ticket worked() {
        return Ticket.builder("T-1", T0).agent("ann").build();
    }

    /** Everything but the spec: reports of the two specs are compared by their numbers. */
    static void assertSameNumbers(KpiReport actual, KpiReport expected, String context) {
        assertThat(actual.overall()).as(context).isEqualTo(expected.overall());
        for (Dimension dimension : expected.spec().dimensions()) {
            assertThat(actual.groups(dimension)).as("%s, %s", context, dimension).isEqualTo(expected.groups(dimension));
        }
        assertThat(actual.buckets()).as(context).isEqualTo(expected.buckets());
        assertThat(actual.unmatchedResponses()).as(context).isEqualTo(expected.unmatchedResponses());
        assertThat(actual.unmatchedAnswers()).as(context).isEqualTo(expected.unmatchedAnswers());
        assertThat(actual.unmatchedEvents()).as(context).isEqualTo(expected.unmatchedEvents());
        assertThat(actual.sla()).as(context).isEqualTo(expected.sla());
    }

    private static ReportSpec.Builder randomBuilder(SplittableRandom random) {
        List<Dimension> all = new ArrayList<>(List.of(Dimension.values()));
        all.add(Dimension.field("brand"));
        Collections.shuffle(all, new Random(random.nextLong()));
        ReportSpec.Builder builder = ReportSpec.builder().zone(CodecFixtures.ROME)
                .bucket(TimeBucket.values()[random.nextInt(3)])
                .by(all.subList(0, random.nextInt(all.size() + 1)).toArray(new Dimension[0]));
        if (random.nextInt(3) == 0) {
            builder.businessHours(CodecFixtures.OFFICE);
        }
        if (random.nextInt(4) == 0) {
            builder.approximateQuantiles(0.02);
        }
        if (random.nextInt(3) == 0) {
            builder.sla(CodecFixtures.POLICY, CodecFixtures.AS_OF);
        }
        return builder;
    }

    @Test
    void compactingGivesTheReportOfWholeLogsOnRandomOrdersAndShardSplits() {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RandomData data = RandomData.generate(seed, random.nextInt(60));
            long builderSeed = random.nextLong();
            ReportSpec whole = randomBuilder(new SplittableRandom(builderSeed)).build();
            ReportSpec compact = randomBuilder(new SplittableRandom(builderSeed)).compactClosedTickets().build();
            KpiReport expected = whole.compute(data.tickets, data.responses, data.answers, data.events);
            String context = "seed " + seed;
            assertSameNumbers(compact.compute(data.tickets, data.responses, data.answers, data.events), expected, context);

            // A closed ticket goes to one part, and all its events to one part (the same or another);
            // every other record anywhere. Its close comes after its other events.
            int parts = 1 + random.nextInt(5);
            Set<String> closed = new HashSet<>();
            int closedEvents = 0;
            for (TicketEvent event : data.events) {
                if (event.type() == Type.CLOSED) {
                    closed.add(event.ticketId());
                }
            }
            Map<String, Integer> ticketPart = new HashMap<>();
            Map<String, Integer> eventPart = new HashMap<>();
            for (String id : closed) {
                int part = random.nextInt(parts);
                ticketPart.put(id, part);
                eventPart.put(id, random.nextBoolean() ? part : random.nextInt(parts));
            }
            for (TicketEvent event : data.events) {
                closedEvents += closed.contains(event.ticketId()) ? 1 : 0;
            }
            List<ReportAccumulator> accumulators = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                accumulators.add(compact.accumulator());
            }
            for (Object record : closedLastRecords(data, seed)) {
                Integer part = null;
                if (record instanceof Ticket ticket) {
                    part = ticketPart.get(ticket.id());
                } else if (record instanceof TicketEvent event) {
                    part = eventPart.get(event.ticketId());
                }
                ReportAccumulator target = accumulators.get(part != null ? part : random.nextInt(parts));
                add(target, record);
                if (random.nextInt(50) == 0) {
                    target.snapshot();
                }
            }
            for (int i = 0; i < parts; i++) {
                if (random.nextBoolean()) {
                    accumulators.set(i, ReportAccumulator.fromByteArray(compact, accumulators.get(i).toByteArray()));
                }
            }
            while (accumulators.size() > 1) {
                ReportAccumulator a = accumulators.remove(random.nextInt(accumulators.size()));
                int j = random.nextInt(accumulators.size());
                accumulators.set(j, accumulators.get(j).merge(a));
            }
            ReportAccumulator merged = accumulators.get(0);
            assertSameNumbers(merged.snapshot(), expected, context);
            // Every closed ticket is a summary; only the events of open tickets are held.
            assertThat(merged.logs.closed.size()).as(context).isEqualTo(closed.size());
            assertThat(merged.logs.liveEvents()).as(context).isEqualTo(data.events.size() - closedEvents);
            byte[] bytes = merged.toByteArray();
            ReportAccumulator decoded = ReportAccumulator.fromByteArray(compact, bytes);
            assertThat(decoded.toByteArray()).as(context).isEqualTo(bytes);
            assertSameNumbers(decoded.snapshot(), expected, context);
        }
    }

    @Test
    void theWorkedTicketIsCompactedWithTheSameNumbers() {
        KpiReport whole = WHOLE.compute(List.of(worked()), List.of(), List.of(), workedEvents());
        ReportAccumulator accumulator = COMPACT.accumulator().add(worked());
        workedEvents().forEach(accumulator::add);
        assertThat(accumulator.logs.liveEvents()).isZero();
        assertThat(accumulator.logs.closed.size()).isEqualTo(1);
        assertThat(accumulator.logs.closed.sampleCount()).isEqualTo(1);
        KpiReport compacted = accumulator.snapshot();
        assertSameNumbers(compacted, whole, "worked ticket");
        assertThat(compacted.overall().agentWork().mean()).contains(Duration.ofMinutes(55));
        assertThat(compacted.overall().agentWait().mean()).contains(Duration.ofMinutes(110));
        assertThat(compacted.overall().nextReply().stats().mean()).contains(Duration.ofMinutes(45));
        assertThat(compacted.groups(Dimension.AGENT).get("bob").nextReply().stats().count()).isEqualTo(1);
    }

    @Test
    void theTicketMayComeAfterItsEventsAndIsCompactedWhenItArrives() {
        ReportAccumulator accumulator = COMPACT.accumulator();
        workedEvents().forEach(accumulator::add);
        assertThat(accumulator.logs.liveEvents()).isEqualTo(8);
        accumulator.add(worked());
        assertThat(accumulator.logs.liveEvents()).isZero();
        assertSameNumbers(accumulator.snapshot(), WHOLE.compute(List.of(worked()), List.of(), List.of(), workedEvents()),
                "ticket last");
    }

    @Test
    void anEventOfACompactedTicketIsRejectedNamingTicketEventAndClose() {
        ReportAccumulator accumulator = COMPACT.accumulator().add(worked());
        workedEvents().forEach(accumulator::add);
        byte[] before = accumulator.toByteArray();
        assertThatThrownBy(() -> accumulator.add(new TicketEvent("T-1", at(1, 0), Type.AGENT_REPLY, "ann")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agent_reply event at 2026-01-05T10:00:00Z of ticket T-1 is rejected")
                .hasMessageContaining("closed at 2026-01-05T13:45:00Z")
                .hasMessageContaining("compactClosedTickets");
        assertThatThrownBy(() -> accumulator.add(new TicketEvent("T-1", at(4, 45), Type.CUSTOMER_MESSAGE, null)))
                .hasMessageContaining("customer_message event at 2026-01-05T13:45:00Z of ticket T-1 is rejected");
        assertThat(accumulator.toByteArray()).isEqualTo(before);
        // Without compaction the earlier event is still welcome.
        ReportAccumulator whole = WHOLE.accumulator().add(worked());
        workedEvents().forEach(whole::add);
        whole.add(new TicketEvent("T-1", at(1, 0), Type.AGENT_REPLY, "ann"));
        assertThat(whole.snapshot().overall().tickets()).isEqualTo(1);
    }

    @Test
    void aHumanResponseAfterTheCloseStillCountsAsWithWholeLogs() {
        Response late = new Response("T-1", "ann", at(6, 0), Duration.ofMinutes(3), false);
        ReportAccumulator accumulator = COMPACT.accumulator().add(worked());
        workedEvents().forEach(accumulator::add);
        accumulator.add(late);
        KpiReport whole = WHOLE.compute(List.of(worked()), List.of(late), List.of(), workedEvents());
        assertSameNumbers(accumulator.snapshot(), whole, "late response");
        assertThat(whole.overall().conflicts()).isEqualTo(1);
    }

    @Test
    void mergingEventsIntoACompactedTicketFailsEitherWayAndChangesNothing() {
        ReportAccumulator closed = COMPACT.accumulator().add(worked());
        workedEvents().forEach(closed::add);
        ReportAccumulator late = COMPACT.accumulator().add(new TicketEvent("T-1", at(1, 0), Type.ON_HOLD, null));
        byte[] closedBefore = closed.toByteArray();
        byte[] lateBefore = late.toByteArray();
        assertThatThrownBy(() -> closed.merge(late)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("merging the events of ticket T-1 fails: on_hold event at 2026-01-05T10:00:00Z")
                .hasMessageContaining("compacted");
        assertThatThrownBy(() -> late.merge(closed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("merging the events of ticket T-1 fails: on_hold event at 2026-01-05T10:00:00Z")
                .hasMessageContaining("closed at 2026-01-05T13:45:00Z");
        assertThat(closed.toByteArray()).isEqualTo(closedBefore);
        assertThat(late.toByteArray()).isEqualTo(lateBefore);
        // A response of it merges either way.
        ReportAccumulator response = COMPACT.accumulator().add(new Response("T-1", "bob", at(5, 0), null, false));
        assertThat(COMPACT.accumulator().merge(response).merge(closed).snapshot())
                .isEqualTo(COMPACT.accumulator().merge(closed).merge(response).snapshot());
    }

    @Test
    void aTicketAndItsCloseMeetingInAMergeAreCompacted() {
        ReportAccumulator ticket = COMPACT.accumulator().add(worked());
        workedEvents().subList(0, 4).forEach(ticket::add);
        ReportAccumulator rest = COMPACT.accumulator();
        workedEvents().subList(4, 8).forEach(rest::add);
        ReportAccumulator merged = COMPACT.accumulator().merge(rest).merge(ticket);
        assertThat(merged.logs.liveEvents()).isZero();
        assertThat(ticket.merge(rest).logs.liveEvents()).isZero();
        assertSameNumbers(merged.snapshot(), WHOLE.compute(List.of(worked()), List.of(), List.of(), workedEvents()),
                "merged");
    }

    @Test
    void theSpecFlagMustMatchToDecodeAndMerge() {
        byte[] bytes = COMPACT.accumulator().add(worked()).toByteArray();
        assertThatThrownBy(() -> ReportAccumulator.fromByteArray(WHOLE, bytes))
                .hasMessageContaining("made for a spec with compacted closed tickets, but this spec has closed tickets kept whole");
        assertThatThrownBy(() -> WHOLE.accumulator().merge(COMPACT.accumulator()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(COMPACT).isNotEqualTo(WHOLE);
        assertThat(COMPACT.compactsClosedTickets()).isTrue();
        assertThat(WHOLE.compactsClosedTickets()).isFalse();
        assertThat(COMPACT.toString()).contains("compacting closed tickets");
    }

    @Test
    void targetsMeasuredFromEventsCannotBeCompacted() {
        for (SlaMetric metric : SlaMetric.values()) {
            SlaPolicy policy = SlaPolicy.builder()
                    .target(metric, Priority.NORMAL, SlaTarget.calendar(java.time.Duration.ofHours(4))).build();
            ReportSpec.Builder builder = ReportSpec.builder().sla(policy, Instant.parse("2026-03-01T00:00:00Z"))
                    .compactClosedTickets();
            if (metric.fromEvents()) {
                assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("SLA target " + metric.label())
                        .hasMessageContaining("compactClosedTickets()");
            } else {
                assertThat(builder.build().compactsClosedTickets()).isTrue();
            }
        }
    }
}

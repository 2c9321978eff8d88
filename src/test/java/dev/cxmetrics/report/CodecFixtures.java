package dev.cxmetrics.report;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/** Random specs and record streams for the report encoding tests. */
final class CodecFixtures {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final BusinessCalendar OFFICE = BusinessCalendar.builder(ROME)
            .schedule("Mon-Fri 09:00-13:00,14:00-18:00; Sat 10:00-12:00").holiday(LocalDate.parse("2026-04-01"))
            .build();
    static final SlaPolicy POLICY = SlaPolicy.builder().businessHours(OFFICE)
            .target(SlaMetric.FIRST_RESPONSE, Priority.URGENT, SlaTarget.calendar(Duration.ofMinutes(20)))
            .target(SlaMetric.FIRST_RESPONSE, Priority.NORMAL, SlaTarget.business(Duration.ofHours(2)))
            .target(SlaMetric.RESOLUTION, Priority.NORMAL, SlaTarget.business(Duration.ofHours(16)))
            .target(SlaMetric.RESOLUTION, Priority.LOW, SlaTarget.calendar(Duration.ofDays(2)))
            .build();
    static final Instant AS_OF = Instant.parse("2026-03-30T12:00:00Z");

    private CodecFixtures() {
    }

    /** A spec with random bucket and dimensions; business hours, approximate quantiles, SLA and compaction on some. */
    static ReportSpec randomSpec(SplittableRandom random) {
        List<Dimension> all = new ArrayList<>(List.of(Dimension.values()));
        Collections.shuffle(all, new Random(random.nextLong()));
        TimeBucket bucket = TimeBucket.values()[random.nextInt(3)];
        ReportSpec.Builder builder = ReportSpec.builder().zone(ROME).bucket(bucket)
                .by(all.subList(0, random.nextInt(all.size() + 1)).toArray(new Dimension[0]));
        if (random.nextInt(3) == 0) {
            builder.businessHours(OFFICE);
        }
        if (random.nextBoolean()) {
            builder.approximateQuantiles(random.nextBoolean() ? 0.01 : 0.02);
        }
        if (random.nextInt(3) == 0) {
            builder.sla(POLICY, AS_OF);
        }
        if (random.nextInt(3) == 0) {
            // Cross-tabs on a third, over dimensions the spec may not group by.
            Collections.shuffle(all, new Random(random.nextLong()));
            builder.crossTab(all.get(0), all.get(1));
            if (random.nextBoolean()) {
                builder.crossTab(all.get(2), bucket);
            }
        }
        if (random.nextInt(3) == 0) {
            builder.compactClosedTickets();
        }
        return builder.build();
    }

    /** Every record of a data set, shuffled: responses and answers often come before their ticket. */
    static List<Object> shuffledRecords(RandomData data, long seed) {
        List<Object> records = new ArrayList<>();
        records.addAll(data.tickets);
        records.addAll(data.responses);
        records.addAll(data.answers);
        Collections.shuffle(records, new Random(seed));
        return records;
    }

    /**
     * Every record of a data set with its events, shuffled, except that each ticket's {@code CLOSED}
     * event comes after the ticket's other events (at a random place after the last of them): the
     * order a report that compacts closed tickets accepts.
     */
    static List<Object> closedLastRecords(RandomData data, long seed) {
        Random random = new Random(seed);
        List<Object> records = new ArrayList<>();
        records.addAll(data.tickets);
        records.addAll(data.responses);
        records.addAll(data.answers);
        List<TicketEvent> closes = new ArrayList<>();
        for (TicketEvent event : data.events) {
            if (event.type() == TicketEvent.Type.CLOSED) {
                closes.add(event);
            } else {
                records.add(event);
            }
        }
        Collections.shuffle(records, random);
        for (TicketEvent close : closes) {
            int last = -1;
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i) instanceof TicketEvent event && event.ticketId().equals(close.ticketId())) {
                    last = i;
                }
            }
            records.add(last + 1 + random.nextInt(records.size() - last), close);
        }
        return records;
    }

    static void add(ReportAccumulator accumulator, Object record) {
        if (record instanceof Ticket) {
            accumulator.add((Ticket) record);
        } else if (record instanceof TicketEvent event) {
            accumulator.add(event);
        } else if (record instanceof Response) {
            accumulator.add((Response) record);
        } else if (record instanceof dev.cxmetrics.TicketEvent event) {
            accumulator.add(event);
        } else {
            accumulator.add((SurveyAnswer) record);
        }
    }

    static ReportAccumulator accumulate(ReportSpec spec, List<Object> records) {
        ReportAccumulator accumulator = spec.accumulator();
        for (Object record : records) {
            add(accumulator, record);
        }
        return accumulator;
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares every cross-tab cell with the obvious reference: the KPIs of exactly the records (and
 * lifecycle parts) whose two keys are those of the cell, computed by the one-shot calculators.
 */
class CrossTabReferenceTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(ROME)
            .schedule("Mon-Fri 09:00-13:00,14:00-18:00").build();

    @Test
    void everyCellEqualsTheKpisOfItsRecordsOnRandomData() {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RandomData data = RandomData.generate(seed, random.nextInt(60));
            ReportSpec spec = randomSpec(random);
            KpiReport report = spec.compute(data.tickets, data.responses, data.answers, data.events);
            ReportReferenceTest.reference(spec, data); // sets the accuracy the reference KPIs use
            for (CrossTab tab : spec.crossTabs()) {
                if (tab.isByBucket()) {
                    assertThat(report.crossTabByBucket(tab.rows())).as("seed %d %s", seed, tab)
                            .isEqualTo(referenceByBucket(spec, tab.rows(), data));
                } else {
                    assertThat(report.crossTab(tab.rows(), tab.columns().orElseThrow())).as("seed %d %s", seed, tab)
                            .isEqualTo(reference(spec, tab.rows(), tab.columns().orElseThrow(), data));
                }
            }
            // Cross-tabs change nothing else of the report.
            ReportSpec.Builder plainBuilder = ReportSpec.builder().zone(spec.zone()).bucket(spec.bucket())
                    .by(spec.dimensions().toArray(new Dimension[0]));
            spec.businessHours().ifPresent(plainBuilder::businessHours);
            spec.relativeAccuracy().ifPresent(plainBuilder::approximateQuantiles);
            ReportSpec plain = plainBuilder.build();
            KpiReport without = plain.compute(data.tickets, data.responses, data.answers, data.events);
            assertThat(report.overall()).as("seed %d", seed).isEqualTo(without.overall());
            assertThat(report.buckets()).as("seed %d", seed).isEqualTo(without.buckets());
            for (Dimension dimension : spec.dimensions()) {
                assertThat(report.groups(dimension)).as("seed %d", seed).isEqualTo(without.groups(dimension));
            }
        }
    }

    @Test
    void mergedAndEncodedPartitionsGiveTheOnePassCrossTabs() {
        for (long seed = 1; seed <= 200; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RandomData data = RandomData.generate(seed, random.nextInt(50));
            ReportSpec spec = randomSpec(random);
            KpiReport onePass = spec.compute(data.tickets, data.responses, data.answers, data.events);
            List<Object> records = CodecFixtures.shuffledRecords(data, seed);
            records.addAll(data.events);
            Collections.shuffle(records, new java.util.Random(seed));
            int parts = 1 + random.nextInt(4);
            List<ReportAccumulator> accumulators = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                accumulators.add(spec.accumulator());
            }
            for (Object record : records) {
                CodecFixtures.add(accumulators.get(random.nextInt(parts)), record);
            }
            ReportAccumulator merged = spec.accumulator();
            for (ReportAccumulator part : accumulators) {
                byte[] bytes = part.toByteArray();
                ReportAccumulator decoded = ReportAccumulator.fromByteArray(spec, bytes);
                assertThat(decoded.toByteArray()).as("seed %d", seed).isEqualTo(bytes);
                merged.merge(random.nextBoolean() ? decoded : part);
            }
            assertThat(merged.snapshot()).as("seed %d", seed).isEqualTo(onePass);
        }
    }

    @Test
    void aRecorderWithManyWritersGivesTheOnePassCrossTabs() throws InterruptedException {
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RandomData data = RandomData.generate(seed, 20 + random.nextInt(200));
            ReportSpec spec = randomSpec(random);
            List<Object> records = CodecFixtures.shuffledRecords(data, seed);
            records.addAll(data.events);
            Collections.shuffle(records, new java.util.Random(seed));
            ConcurrentReportRecorder recorder = ConcurrentReportRecorder.of(spec);
            int threads = 4;
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int writer = w;
                writers.add(new Thread(() -> {
                    for (int i = writer; i < records.size(); i += threads) {
                        Object record = records.get(i);
                        if (record instanceof Ticket ticket) {
                            recorder.add(ticket);
                        } else if (record instanceof Response response) {
                            recorder.add(response);
                        } else if (record instanceof SurveyAnswer answer) {
                            recorder.add(answer);
                        } else {
                            recorder.add((dev.cxmetrics.TicketEvent) record);
                        }
                    }
                }));
            }
            writers.forEach(Thread::start);
            for (Thread thread : writers) {
                thread.join();
            }
            assertThat(recorder.snapshot()).as("seed %d", seed)
                    .isEqualTo(spec.compute(data.tickets, data.responses, data.answers, data.events));
        }
    }

    static ReportSpec randomSpec(SplittableRandom random) {
        ReportSpec.Builder builder = ReportSpec.builder().zone(ROME);
        TimeBucket bucket = TimeBucket.values()[random.nextInt(3)];
        builder.bucket(bucket);
        List<Dimension> all = new ArrayList<>(List.of(Dimension.values()));
        all.add(Dimension.field("brand"));
        Collections.shuffle(all, new java.util.Random(random.nextLong()));
        builder.by(all.subList(0, random.nextInt(3)).toArray(new Dimension[0]));
        Collections.shuffle(all, new java.util.Random(random.nextLong()));
        builder.crossTab(all.get(0), all.get(1));
        if (random.nextBoolean()) {
            builder.crossTab(all.get(2), bucket);
        }
        if (random.nextInt(3) == 0 && !all.get(0).equals(Dimension.AGENT) && !all.get(1).equals(Dimension.AGENT)) {
            builder.crossTab(Dimension.AGENT, all.get(0));
        }
        if (random.nextInt(3) == 0) {
            builder.businessHours(OFFICE);
        }
        if (random.nextInt(4) == 0) {
            builder.approximateQuantiles(0.02);
        }
        return builder.build();
    }

    /** A record's key in a dimension: its own agent, or its ticket's value (absent without one). */
    private static final class Keys {
        final Dimension dimension;
        final Map<String, Ticket> byId;

        Keys(Dimension dimension, Map<String, Ticket> byId) {
            this.dimension = dimension;
            this.byId = byId;
        }

        String ticket(LifecycleReference.Derived d) {
            return dimension.keyOf(d.effective);
        }

        String sample(LifecycleReference.Derived d, LifecycleReference.Sample sample) {
            return dimension == Dimension.AGENT ? key(sample.agent()) : ticket(d);
        }

        String response(Response r) {
            return dimension == Dimension.AGENT ? key(r.agentId())
                    : byId.containsKey(r.ticketId()) ? dimension.keyOf(byId.get(r.ticketId())) : Ticket.ABSENT;
        }

        String answer(SurveyAnswer a) {
            return dimension == Dimension.AGENT ? key(a.agentId())
                    : a.ticketId() != null && byId.containsKey(a.ticketId())
                    ? dimension.keyOf(byId.get(a.ticketId())) : Ticket.ABSENT;
        }
    }

    private static Map<String, Map<String, KpiSet>> reference(ReportSpec spec, Dimension rows, Dimension columns,
                                                              RandomData data) {
        BusinessCalendar hours = spec.businessHours().orElse(null);
        List<LifecycleReference.Derived> all = derived(data, hours);
        Map<String, Ticket> byId = data.tickets.stream().collect(Collectors.toMap(Ticket::id, t -> t));
        Keys r = new Keys(rows, byId);
        Keys c = new Keys(columns, byId);
        Map<String, Map<String, KpiSet>> cells = new TreeMap<>();
        for (String row : candidates(r, all, data)) {
            for (String column : candidates(c, all, data)) {
                Predicate<LifecycleReference.Derived> in = d -> r.ticket(d).equals(row) && c.ticket(d).equals(column);
                BiPredicate<LifecycleReference.Derived, LifecycleReference.Sample> sampleIn =
                        (d, s) -> r.sample(d, s).equals(row) && c.sample(d, s).equals(column);
                KpiSet set = ReportReferenceTest.kpis(hours, all, in, in, in, in, sampleIn, in,
                        filter(data.responses, x -> r.response(x).equals(row) && c.response(x).equals(column)),
                        filter(data.answers, x -> r.answer(x).equals(row) && c.answer(x).equals(column)));
                if (!ReportReferenceTest.isEmpty(set)) {
                    cells.computeIfAbsent(row, k -> new TreeMap<>()).put(column, set);
                }
            }
        }
        return cells;
    }

    private static Map<String, Map<LocalDate, KpiSet>> referenceByBucket(ReportSpec spec, Dimension rows,
                                                                         RandomData data) {
        BusinessCalendar hours = spec.businessHours().orElse(null);
        List<LifecycleReference.Derived> all = derived(data, hours);
        Map<String, Ticket> byId = data.tickets.stream().collect(Collectors.toMap(Ticket::id, t -> t));
        Keys r = new Keys(rows, byId);
        Function<Instant, LocalDate> bucketOf = i -> spec.bucket().startOf(i, spec.zone());
        Map<String, Map<LocalDate, KpiSet>> cells = new TreeMap<>();
        // Every bucket start from the first to the last instant of the data, generously.
        LocalDate first = bucketOf.apply(Instant.parse("2026-03-20T00:00:00Z"));
        LocalDate last = LocalDate.parse("2026-05-31");
        for (String row : candidates(r, all, data)) {
            for (LocalDate date = first; !date.isAfter(last); date = spec.bucket().next(date)) {
                LocalDate at = date;
                Predicate<LifecycleReference.Derived> mine = d -> r.ticket(d).equals(row);
                Predicate<LifecycleReference.Derived> created = d -> mine.test(d)
                        && bucketOf.apply(d.effective.createdAt()).equals(at);
                Predicate<LifecycleReference.Derived> resolution = d -> d.effective.resolvedAt() == null
                        ? created.test(d) : mine.test(d) && bucketOf.apply(d.effective.resolvedAt()).equals(at);
                Predicate<LifecycleReference.Derived> firstSolved = d -> mine.test(d) && d.firstSolved != null
                        && bucketOf.apply(d.firstSolved).equals(at);
                Predicate<LifecycleReference.Derived> awaiting = d -> mine.test(d) && d.awaitingSince != null
                        && bucketOf.apply(d.awaitingSince).equals(at);
                KpiSet set = ReportReferenceTest.kpis(hours, all, created, resolution, firstSolved, resolution,
                        (d, s) -> r.sample(d, s).equals(row) && bucketOf.apply(s.at()).equals(at), awaiting,
                        filter(data.responses, x -> r.response(x).equals(row) && bucketOf.apply(x.sentAt()).equals(at)),
                        filter(data.answers, x -> r.answer(x).equals(row) && bucketOf.apply(x.answeredAt()).equals(at)));
                if (!ReportReferenceTest.isEmpty(set)) {
                    cells.computeIfAbsent(row, k -> new TreeMap<>()).put(date, set);
                }
            }
        }
        return cells;
    }

    private static List<LifecycleReference.Derived> derived(RandomData data, BusinessCalendar hours) {
        Map<String, LifecycleReference.Derived> derived = LifecycleReference.derive(data.tickets, data.responses,
                data.events, hours);
        List<LifecycleReference.Derived> all = new ArrayList<>();
        for (Ticket t : data.tickets) {
            all.add(derived.get(t.id()));
        }
        return all;
    }

    /** Every key any record or sample has in the dimension. */
    private static List<String> candidates(Keys keys, List<LifecycleReference.Derived> all, RandomData data) {
        java.util.TreeSet<String> found = new java.util.TreeSet<>();
        for (LifecycleReference.Derived d : all) {
            found.add(keys.ticket(d));
            d.samples.forEach(s -> found.add(keys.sample(d, s)));
        }
        data.responses.forEach(x -> found.add(keys.response(x)));
        data.answers.forEach(x -> found.add(keys.answer(x)));
        return new ArrayList<>(found);
    }

    private static <T> List<T> filter(List<T> list, Predicate<T> predicate) {
        return list.stream().filter(predicate).collect(Collectors.toList());
    }

    private static String key(String value) {
        return Objects.requireNonNullElse(value, Ticket.ABSENT);
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.kpi.Aht;
import dev.cxmetrics.kpi.Ces;
import dev.cxmetrics.kpi.Csat;
import dev.cxmetrics.kpi.Fcr;
import dev.cxmetrics.kpi.FirstResponseBrackets;
import dev.cxmetrics.kpi.FirstResponseTime;
import dev.cxmetrics.kpi.NextReplyTime;
import dev.cxmetrics.kpi.Nps;
import dev.cxmetrics.kpi.ResolutionTime;
import dev.cxmetrics.Priority;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaReport;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.stats.DurationSketch;
import dev.cxmetrics.stats.DurationStats;
import dev.cxmetrics.stats.ExactDurationStats;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares the one-pass report with a reference that filters the records of each group and
 * applies the one-shot calculators, and checks that merging partitions gives the same report.
 */
class ReportReferenceTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void reportEqualsPerGroupCalculatorsOnRandomData() {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RandomData data = RandomData.generate(seed, random.nextInt(60));
            TimeBucket bucket = TimeBucket.values()[random.nextInt(3)];
            ReportSpec spec = withOptions(ReportSpec.builder().zone(ROME).bucket(bucket).by(shuffledDimensions(random)),
                    random).build();
            KpiReport report = spec.compute(data.tickets, data.responses, data.answers, data.events);
            assertThat(report).as("seed %d", seed).isEqualTo(reference(spec, data));
        }
    }

    @Test
    void mergingRandomPartitionsInRandomOrderGivesTheOnePassReport() {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RandomData data = RandomData.generate(seed, random.nextInt(60));
            ReportSpec spec = withOptions(ReportSpec.builder().zone(ROME).bucket(TimeBucket.values()[random.nextInt(3)])
                    .by(shuffledDimensions(random)), random).build();
            KpiReport onePass = spec.compute(data.tickets, data.responses, data.answers, data.events);

            int parts = 1 + random.nextInt(5);
            List<ReportAccumulator> accumulators = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                accumulators.add(spec.accumulator());
            }
            // Every record goes to a random partition, in a shuffled order of all records.
            List<Object> records = new ArrayList<>();
            records.addAll(data.tickets);
            records.addAll(data.responses);
            records.addAll(data.answers);
            records.addAll(data.events);
            Collections.shuffle(records, new java.util.Random(seed));
            for (Object record : records) {
                ReportAccumulator target = accumulators.get(random.nextInt(parts));
                if (record instanceof Ticket) {
                    target.add((Ticket) record);
                } else if (record instanceof Response) {
                    target.add((Response) record);
                } else if (record instanceof dev.cxmetrics.TicketEvent event) {
                    target.add(event);
                } else {
                    target.add((SurveyAnswer) record);
                }
                if (random.nextInt(50) == 0) {
                    target.snapshot(); // snapshots in between must not change the outcome
                }
            }
            for (int i = 0; i < parts; i++) {
                if (random.nextBoolean()) {
                    // Shipped between processes: encoded and decoded, then merged like the others.
                    accumulators.set(i, ReportAccumulator.fromByteArray(spec, accumulators.get(i).toByteArray()));
                }
            }
            Collections.shuffle(accumulators, new java.util.Random(seed * 31));
            while (accumulators.size() > 1) {
                int i = random.nextInt(accumulators.size());
                ReportAccumulator a = accumulators.remove(i);
                int j = random.nextInt(accumulators.size());
                accumulators.set(j, accumulators.get(j).merge(a));
            }
            assertThat(accumulators.get(0).snapshot()).as("seed %d", seed).isEqualTo(onePass);
        }
    }

    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(ROME)
            .schedule("Mon-Fri 09:00-13:00,14:00-18:00; Sat 10:00-12:00").holiday(java.time.LocalDate.parse("2026-04-01"))
            .build();
    private static final SlaPolicy POLICY = SlaPolicy.builder().businessHours(OFFICE)
            .target(SlaMetric.FIRST_RESPONSE, Priority.URGENT, SlaTarget.calendar(java.time.Duration.ofMinutes(20)))
            .target(SlaMetric.FIRST_RESPONSE, Priority.NORMAL, SlaTarget.business(java.time.Duration.ofHours(2)))
            .target(SlaMetric.RESOLUTION, Priority.NORMAL, SlaTarget.business(java.time.Duration.ofHours(16)))
            .target(SlaMetric.RESOLUTION, Priority.LOW, SlaTarget.calendar(java.time.Duration.ofDays(2)))
            .target(SlaMetric.NEXT_REPLY, Priority.URGENT, SlaTarget.calendar(java.time.Duration.ofMinutes(30)))
            .target(SlaMetric.NEXT_REPLY, Priority.NORMAL, SlaTarget.business(java.time.Duration.ofHours(1)))
            .target(SlaMetric.AGENT_WORK, Priority.NORMAL, SlaTarget.business(java.time.Duration.ofHours(2)))
            .target(SlaMetric.AGENT_WORK, Priority.LOW, SlaTarget.calendar(java.time.Duration.ofHours(6)))
            .target(SlaMetric.REQUESTER_WAIT, Priority.NORMAL, SlaTarget.calendar(java.time.Duration.ofHours(4)))
            .target(SlaMetric.REQUESTER_WAIT, Priority.HIGH, SlaTarget.business(java.time.Duration.ofHours(3)))
            .build();

    /** Business hours and an SLA section, each on a third of the cases. */
    private static ReportSpec.Builder withOptions(ReportSpec.Builder builder, SplittableRandom random) {
        if (random.nextInt(3) == 0) {
            builder.businessHours(OFFICE);
        }
        if (random.nextInt(4) == 0) {
            builder.approximateQuantiles(0.02);
        }
        if (random.nextInt(3) == 0) {
            builder.sla(POLICY, java.time.Instant.parse("2026-03-30T12:00:00Z"));
        }
        return builder;
    }

    @Test
    void approximateQuantilesKeepExactCountsAndMeansAndBoundedPercentiles() {
        for (long seed = 1; seed <= 100; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            // Some overall groups past 1,000 values, where the sketch takes over.
            RandomData data = RandomData.generate(seed, seed % 10 == 0 ? 1001 + random.nextInt(1500) : 1 + random.nextInt(80));
            Dimension[] by = shuffledDimensions(random);
            KpiReport exact = ReportSpec.builder().zone(ROME).by(by).build().compute(data.tickets, data.responses, data.answers);
            KpiReport approx = ReportSpec.builder().zone(ROME).by(by).approximateQuantiles(0.01).build()
                    .compute(data.tickets, data.responses, data.answers);
            compareApproximate(exact.overall(), approx.overall(), seed);
            for (Dimension d : by) {
                assertThat(approx.groups(d).keySet()).isEqualTo(exact.groups(d).keySet());
                for (String key : exact.groups(d).keySet()) {
                    compareApproximate(exact.groups(d).get(key), approx.groups(d).get(key), seed);
                }
            }
            assertThat(approx.buckets().keySet()).isEqualTo(exact.buckets().keySet());
        }
    }

    private static void compareApproximate(KpiSet exact, KpiSet approx, long seed) {
        assertThat(approx.tickets()).isEqualTo(exact.tickets());
        assertThat(approx.csat()).isEqualTo(exact.csat());
        assertThat(approx.fcr()).isEqualTo(exact.fcr());
        for (var pair : List.of(List.of(exact.firstResponse().stats(), approx.firstResponse().stats()),
                List.of(exact.resolution().stats(), approx.resolution().stats()),
                List.of(exact.aht().stats(), approx.aht().stats()))) {
            DurationStats e = pair.get(0);
            DurationStats a = pair.get(1);
            if (e.count() <= 1000) {
                // Small groups stay exact in approximate mode.
                assertThat(a).as("seed %d", seed).isEqualTo(e);
                continue;
            }
            assertThat(a.isExact()).isFalse();
            assertThat(a.count()).as("seed %d", seed).isEqualTo(e.count());
            assertThat(a.sum()).as("seed %d", seed).isEqualTo(e.sum());
            assertThat(a.mean()).as("seed %d", seed).isEqualTo(e.mean());
            assertThat(a.min()).isEqualTo(e.min());
            assertThat(a.max()).isEqualTo(e.max());
            if (!e.isEmpty()) {
                long[] sorted = ((ExactDurationStats) e).toSortedNanos();
                for (double p : new double[] {10, 50, 90, 99}) {
                    long lower = sorted[(int) Math.floor(p / 100 * (sorted.length - 1))];
                    long got = a.percentile(p).orElseThrow().toNanos();
                    assertThat((double) Math.abs(got - lower)).as("seed %d p%s", seed, p).isLessThanOrEqualTo(0.01 * lower);
                }
            }
        }
    }

    private static Dimension[] shuffledDimensions(SplittableRandom random) {
        List<Dimension> all = new ArrayList<>(List.of(Dimension.values()));
        all.add(Dimension.field("brand"));
        Collections.shuffle(all, new java.util.Random(random.nextLong()));
        return all.subList(0, random.nextInt(all.size() + 1)).toArray(new Dimension[0]);
    }

    /** The obvious, slow report: for each group, filter its records and run the calculators. */
    /** The sketch accuracy of the spec being checked, 0 for exact; tests run on one thread. */
    private static double accuracy;

    static KpiReport reference(ReportSpec spec, RandomData data) {
        accuracy = spec.relativeAccuracy().orElse(0);
        BusinessCalendar hours = spec.businessHours().orElse(null);
        Map<String, LifecycleReference.Derived> derived = LifecycleReference.derive(data.tickets, data.responses,
                data.events, hours);
        List<LifecycleReference.Derived> all = new ArrayList<>();
        for (Ticket t : data.tickets) {
            all.add(derived.get(t.id()));
        }
        Map<String, Ticket> byId = data.tickets.stream().collect(Collectors.toMap(Ticket::id, t -> t));
        Predicate<LifecycleReference.Derived> any = d -> true;
        KpiSet overall = kpis(hours, all, any, any, any, any, (d, s) -> true, any, data.responses, data.answers);
        Map<Dimension, Map<String, KpiSet>> groups = new HashMap<>();
        for (Dimension dimension : spec.dimensions()) {
            Function<Response, String> responseKey = r -> dimension == Dimension.AGENT
                    ? key(r.agentId()) : byId.containsKey(r.ticketId())
                    ? dimension.keyOf(byId.get(r.ticketId())) : Ticket.ABSENT;
            Function<SurveyAnswer, String> answerKey = a -> dimension == Dimension.AGENT
                    ? key(a.agentId()) : a.ticketId() != null && byId.containsKey(a.ticketId())
                    ? dimension.keyOf(byId.get(a.ticketId())) : Ticket.ABSENT;
            TreeSet<String> keys = new TreeSet<>();
            data.tickets.forEach(t -> keys.add(dimension.keyOf(t)));
            data.responses.forEach(r -> keys.add(responseKey.apply(r)));
            data.answers.forEach(a -> keys.add(answerKey.apply(a)));
            Map<String, KpiSet> sets = new HashMap<>();
            for (String key : keys) {
                Predicate<LifecycleReference.Derived> in = d -> dimension.keyOf(d.effective).equals(key);
                java.util.function.BiPredicate<LifecycleReference.Derived, LifecycleReference.Sample> sampleIn =
                        dimension == Dimension.AGENT ? (d, smp) -> key(smp.agent()).equals(key) : (d, smp) -> in.test(d);
                sets.put(key, kpis(hours, all, in, in, in, in, sampleIn, in,
                        filter(data.responses, r -> responseKey.apply(r).equals(key)),
                        filter(data.answers, a -> answerKey.apply(a).equals(key))));
            }
            groups.put(dimension, sets);
        }
        Function<java.time.Instant, LocalDate> bucketOf = i -> spec.bucket().startOf(i, spec.zone());
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (LifecycleReference.Derived d : all) {
            dates.add(bucketOf.apply(d.effective.createdAt()));
            if (d.effective.resolvedAt() != null) {
                dates.add(bucketOf.apply(d.effective.resolvedAt()));
            }
            if (d.firstSolved != null) {
                dates.add(bucketOf.apply(d.firstSolved));
            }
            d.samples.forEach(smp -> dates.add(bucketOf.apply(smp.at())));
            if (d.awaitingSince != null) {
                dates.add(bucketOf.apply(d.awaitingSince));
            }
        }
        data.responses.forEach(r -> dates.add(bucketOf.apply(r.sentAt())));
        data.answers.forEach(a -> dates.add(bucketOf.apply(a.answeredAt())));
        Map<LocalDate, KpiSet> buckets = new HashMap<>();
        for (LocalDate date : dates) {
            Predicate<LifecycleReference.Derived> created = d -> bucketOf.apply(d.effective.createdAt()).equals(date);
            // Resolution KPIs by resolvedAt; open tickets where they were created.
            Predicate<LifecycleReference.Derived> resolution = d -> d.effective.resolvedAt() == null
                    ? created.test(d) : bucketOf.apply(d.effective.resolvedAt()).equals(date);
            Predicate<LifecycleReference.Derived> firstSolved = d -> d.firstSolved != null
                    && bucketOf.apply(d.firstSolved).equals(date);
            Predicate<LifecycleReference.Derived> awaiting = d -> d.awaitingSince != null
                    && bucketOf.apply(d.awaitingSince).equals(date);
            KpiSet set = kpis(hours, all, created, resolution, firstSolved, resolution,
                    (d, smp) -> bucketOf.apply(smp.at()).equals(date), awaiting,
                    filter(data.responses, r -> bucketOf.apply(r.sentAt()).equals(date)),
                    filter(data.answers, a -> bucketOf.apply(a.answeredAt()).equals(date)));
            if (!isEmpty(set)) {
                buckets.put(date, set);
            }
        }
        long unmatchedResponses = spec.dimensions().stream().anyMatch(d -> d != Dimension.AGENT)
                ? data.responses.stream().filter(r -> !byId.containsKey(r.ticketId())).count() : 0;
        long unmatchedAnswers = spec.dimensions().stream().anyMatch(d -> d != Dimension.AGENT)
                ? data.answers.stream().filter(a -> a.ticketId() != null && !byId.containsKey(a.ticketId())).count()
                : 0;
        List<Ticket> effective = all.stream().map(d -> d.effective).collect(Collectors.toList());
        SlaReport sla = null;
        if (spec.slaPolicy().isPresent()) {
            // First response and resolution from the derived tickets; the targets measured from
            // events from the brute-force reference.
            SlaReport fields = SlaReport.of(effective, spec.slaPolicy().get(), spec.slaAsOf().orElseThrow(), spec.bucket(),
                    spec.zone());
            List<dev.cxmetrics.sla.SlaResult> fromEvents = SlaEventReference.results(spec.slaPolicy().get(),
                    spec.slaAsOf().orElseThrow(), spec.bucket(), spec.zone(), effective, data.events);
            sla = new SlaReport(fields.asOf(), fields.firstResponse(), fields.resolution(), fromEvents.get(0),
                    fromEvents.get(1), fromEvents.get(2));
        }
        long unmatchedEvents = data.events.stream().filter(e -> !byId.containsKey(e.ticketId())).count();
        return new KpiReport(spec, overall, groups, buckets, unmatchedResponses, unmatchedAnswers, unmatchedEvents, sla);
    }

    static boolean isEmpty(KpiSet set) {
        return set.tickets() == 0 && set.csat().total() == 0 && set.nps().total() == 0 && set.ces().total() == 0
                && set.resolution().resolved() == 0 && set.aht().count() == 0 && set.aht().untracked() == 0
                && set.firstResolution().count() == 0 && set.nextReply().stats().count() == 0
                && set.nextReply().awaiting() == 0;
    }

    /**
     * The KPIs of one group: tickets (and first responses, brackets, conflicts) by {@code created},
     * resolution and FCR by {@code resolution}, first resolution by {@code firstSolved}, time in
     * status by {@code status} (resolved tickets with events), next reply samples by {@code sample},
     * awaiting clocks by {@code awaiting}.
     */
    static KpiSet kpis(BusinessCalendar hours, List<LifecycleReference.Derived> all,
                               Predicate<LifecycleReference.Derived> created,
                               Predicate<LifecycleReference.Derived> resolution,
                               Predicate<LifecycleReference.Derived> firstSolved,
                               Predicate<LifecycleReference.Derived> status,
                               java.util.function.BiPredicate<LifecycleReference.Derived, LifecycleReference.Sample> sample,
                               Predicate<LifecycleReference.Derived> awaiting,
                               List<Response> responses, List<SurveyAnswer> answers) {
        List<Ticket> createdTickets = new ArrayList<>();
        List<Ticket> resolutionTickets = new ArrayList<>();
        List<Long> firstResolution = new ArrayList<>();
        List<Long> work = new ArrayList<>();
        List<Long> wait = new ArrayList<>();
        List<Long> hold = new ArrayList<>();
        List<Long> requester = new ArrayList<>();
        List<Long> next = new ArrayList<>();
        long awaitingCount = 0;
        long conflicts = 0;
        for (LifecycleReference.Derived d : all) {
            if (created.test(d)) {
                createdTickets.add(d.effective);
                conflicts += d.conflict ? 1 : 0;
            }
            if (resolution.test(d)) {
                resolutionTickets.add(d.effective);
            }
            if (d.firstSolved != null && firstSolved.test(d)) {
                firstResolution.add(LifecycleReference.span(d.effective.createdAt(), d.firstSolved, hours));
            }
            if (d.hasEvents && d.effective.resolvedAt() != null && status.test(d)) {
                work.add(d.work);
                wait.add(d.wait);
                hold.add(d.hold);
                requester.add(d.work + d.hold);
            }
            for (LifecycleReference.Sample smp : d.samples) {
                if (sample.test(d, smp)) {
                    next.add(smp.nanos());
                }
            }
            if (d.awaitingSince != null && awaiting.test(d)) {
                awaitingCount++;
            }
        }
        FirstResponseTime frt = hours == null ? FirstResponseTime.of(createdTickets)
                : FirstResponseTime.of(createdTickets, hours);
        long[] brackets = new long[4];
        for (long nanos : ((ExactDurationStats) frt.stats()).toSortedNanos()) {
            brackets[nanos < 3_600_000_000_000L ? 0 : nanos < 8 * 3_600_000_000_000L ? 1
                    : nanos < 24 * 3_600_000_000_000L ? 2 : 3]++;
        }
        ResolutionTime res = hours == null ? ResolutionTime.of(resolutionTickets)
                : ResolutionTime.of(resolutionTickets, hours);
        Aht aht = Aht.of(responses);
        DurationStats nextStats = stats(next);
        if (accuracy > 0) {
            frt = new FirstResponseTime(sketched(frt.stats()), frt.unanswered());
            res = new ResolutionTime(sketched(res.stats()), res.open());
            aht = new Aht(sketched(aht.stats()), aht.untracked());
            nextStats = sketched(nextStats);
        }
        return new KpiSet(createdTickets.size(), Csat.of(answers), Nps.of(answers), Ces.of(answers), frt, res,
                Fcr.of(resolutionTickets), aht, maybeSketched(firstResolution), maybeSketched(work),
                maybeSketched(wait), maybeSketched(hold), maybeSketched(requester),
                new NextReplyTime(nextStats, awaitingCount),
                new FirstResponseBrackets(brackets[0], brackets[1], brackets[2], brackets[3], frt.unanswered()),
                conflicts);
    }

    private static DurationStats stats(List<Long> nanos) {
        return DurationStats.ofNanos(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    private static DurationStats maybeSketched(List<Long> nanos) {
        DurationStats exact = stats(nanos);
        return accuracy > 0 ? sketched(exact) : exact;
    }

    /** What approximate mode keeps: the values themselves up to 1,000 of them, else their sketch. */
    private static DurationStats sketched(DurationStats exact) {
        if (exact.count() <= 1000) {
            return exact;
        }
        DurationSketch sketch = DurationSketch.withRelativeAccuracy(accuracy);
        for (long nanos : ((ExactDurationStats) exact).toSortedNanos()) {
            sketch.recordNanos(nanos);
        }
        return DurationStats.ofSketch(sketch);
    }

    private static <T> List<T> filter(List<T> list, Predicate<T> predicate) {
        return list.stream().filter(predicate).collect(Collectors.toList());
    }

    private static String key(String value) {
        return Objects.requireNonNullElse(value, Ticket.ABSENT);
    }
}

package dev.cxmetrics.cli;

import dev.cxmetrics.Priority;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A random report setup given twice: as command-line options and as the equivalent Java API
 * objects, built without the command line's parsers (calendars from {@code open(...)} calls,
 * policies from {@link SlaTarget}s), so that a test can compare the two paths.
 *
 * @param args the report options, without the input files
 * @param spec the equivalent spec
 * @param policy the SLA policy, or null when there is no {@code --sla}
 * @param asOf the instant of the SLA evaluation, or null
 */
record CliSetup(List<String> args, ReportSpec spec, SlaPolicy policy, Instant asOf) {
    static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Rome"),
            ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Pacific/Chatham"));

    /** Schedules in the {@code --business-hours} syntax and the same schedule as builder calls. */
    private static final List<String> SCHEDULES = List.of("Mon-Fri 09:00-17:00",
            "Mon-Fri 08:00-12:00,13:00-17:30; Sat 10:00-14:00", "24/7", "Tue 22:00-23:30; Sun 00:00-06:15");
    private static final List<Function<BusinessCalendar.Builder, BusinessCalendar.Builder>> BUILDERS = List.of(
            b -> weekdays(b, LocalTime.of(9, 0), LocalTime.of(17, 0)),
            b -> weekdays(weekdays(b, LocalTime.of(8, 0), LocalTime.of(12, 0)), LocalTime.of(13, 0),
                    LocalTime.of(17, 30)).open(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)),
            BusinessCalendar.Builder::open24x7,
            b -> b.open(DayOfWeek.TUESDAY, LocalTime.of(22, 0), LocalTime.of(23, 30))
                    .open(DayOfWeek.SUNDAY, LocalTime.of(0, 0), LocalTime.of(6, 15)));

    private static final String[] DURATION_TEXTS = {"30m", "4h", "1h30m", "2d", "PT8H", "45s", "1d12h"};
    private static final Duration[] DURATIONS = {Duration.ofMinutes(30), Duration.ofHours(4), Duration.ofMinutes(90),
        Duration.ofDays(2), Duration.ofHours(8), Duration.ofSeconds(45), Duration.ofHours(36)};

    /**
     * Draws a setup: zone, bucket, dimensions in random order, and with some probability business
     * hours (with holidays as a list or an {@code @file} in {@code dir}), business-time measuring
     * and an SLA policy evaluated as of an instant between {@code from} and {@code to}.
     */
    static CliSetup random(SplittableRandom random, Path dir, Instant from, Instant to) {
        List<String> args = new ArrayList<>();
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        TimeBucket bucket = TimeBucket.values()[random.nextInt(3)];
        args.addAll(List.of("--zone", zone.getId(), "--bucket", bucket.label(), "--format", "json"));
        ReportSpec.Builder spec = ReportSpec.builder().zone(zone).bucket(bucket);

        List<Dimension> dimensions = new ArrayList<>(List.of(Dimension.values()));
        Collections.shuffle(dimensions, new Random(random.nextLong()));
        List<Dimension> crossable = new ArrayList<>(dimensions);
        dimensions = dimensions.subList(0, random.nextInt(dimensions.size() + 1));
        List<String> labels = new ArrayList<>();
        for (Dimension d : dimensions) {
            labels.add(d.label());
        }
        spec.by(dimensions.toArray(new Dimension[0]));
        // Cross-tabs, written as a slash in --by among the dimensions, on about a third of the setups;
        // drawn from what was drawn so far, so that the draws of the other options stay as they were.
        Random crossTabs = new Random(java.util.Objects.hash(zone.getId(), bucket.ordinal(), dimensions.toString()));
        if (crossTabs.nextInt(3) == 0) {
            Collections.shuffle(crossable, crossTabs);
            labels.add(crossTabs.nextInt(labels.size() + 1), crossable.get(0).label() + "/" + crossable.get(1).label());
            spec.crossTab(crossable.get(0), crossable.get(1));
            if (crossTabs.nextBoolean()) {
                labels.add(crossable.get(2).label() + "/" + bucket.label());
                spec.crossTab(crossable.get(2), bucket);
            }
        }
        if (!labels.isEmpty()) {
            args.addAll(List.of("--by", String.join(",", labels)));
        }

        BusinessCalendar calendar = null;
        boolean businessMeasured = false;
        if (random.nextBoolean()) {
            int s = random.nextInt(SCHEDULES.size());
            args.addAll(List.of("--business-hours", SCHEDULES.get(s)));
            BusinessCalendar.Builder builder = BUILDERS.get(s).apply(BusinessCalendar.builder(zone));
            if (random.nextBoolean()) {
                List<LocalDate> holidays = new ArrayList<>();
                for (int n = 1 + random.nextInt(20); n > 0; n--) {
                    LocalDate day = LocalDate.ofInstant(between(random, from, to), zone);
                    if (!holidays.contains(day)) {
                        holidays.add(day);
                        builder.holiday(day);
                    }
                }
                args.addAll(List.of("--holidays", holidays(random, dir, holidays)));
            }
            calendar = builder.build();
            if (random.nextBoolean()) {
                args.addAll(List.of("--measure", "business"));
                spec.businessHours(calendar);
                businessMeasured = true;
            } else if (random.nextBoolean()) {
                args.addAll(List.of("--measure", "calendar"));
            }
        }

        SlaPolicy policy = null;
        Instant asOf = null;
        // Business hours that neither measure nor SLA uses are a bad argument: then there is an SLA.
        if (random.nextInt(3) > 0 || (calendar != null && !businessMeasured)) {
            SlaPolicy.Builder builder = SlaPolicy.builder();
            if (calendar != null) {
                builder.businessHours(calendar);
            }
            List<String> clauses = new ArrayList<>();
            boolean all = random.nextInt(4) == 0;
            for (Priority priority : all ? new Priority[] {null} : Priority.values()) {
                if (!all && random.nextInt(3) == 0) {
                    continue;
                }
                List<String> targets = new ArrayList<>();
                for (SlaMetric metric : SlaMetric.values()) {
                    if (random.nextInt(4) == 0) {
                        continue;
                    }
                    int d = random.nextInt(DURATIONS.length);
                    boolean business = calendar != null && random.nextBoolean();
                    String word = switch (metric) {
                        case FIRST_RESPONSE -> "first ";
                        case RESOLUTION -> "resolution ";
                        case NEXT_REPLY -> "next ";
                        case AGENT_WORK -> "work ";
                        case REQUESTER_WAIT -> "wait ";
                    };
                    targets.add(word + DURATION_TEXTS[d]
                            + (business ? " business" : ""));
                    SlaTarget target = new SlaTarget(DURATIONS[d], business);
                    for (Priority p : priority == null ? Priority.values() : new Priority[] {priority}) {
                        builder.target(metric, p, target);
                    }
                }
                if (!targets.isEmpty()) {
                    clauses.add((priority == null ? "all" : priority.name().toLowerCase(Locale.ROOT)) + ": "
                            + String.join(", ", targets));
                }
            }
            if (!clauses.isEmpty()) {
                policy = builder.build();
                asOf = between(random, from, to);
                args.addAll(List.of("--sla", String.join("; ", clauses), "--as-of", asOf.toString()));
                spec.sla(policy, asOf);
            }
        }
        return new CliSetup(List.copyOf(args), spec.build(), policy, asOf);
    }

    private static BusinessCalendar.Builder weekdays(BusinessCalendar.Builder builder, LocalTime from, LocalTime to) {
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            builder.open(day, from, to);
        }
        return builder;
    }

    /** The {@code --holidays} value: a comma-separated list, or {@code @file} with one date a line. */
    private static String holidays(SplittableRandom random, Path dir, List<LocalDate> days) {
        List<String> texts = new ArrayList<>();
        for (LocalDate day : days) {
            texts.add(day.toString());
        }
        if (random.nextBoolean()) {
            return String.join(",", texts);
        }
        Path file = dir.resolve("holidays-" + random.nextInt(1_000_000) + ".txt");
        try {
            Files.write(file, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "@" + file;
    }

    static Instant between(SplittableRandom random, Instant from, Instant to) {
        return from.plusSeconds(random.nextLong(Math.max(1, to.getEpochSecond() - from.getEpochSecond())));
    }

    /** The options followed by {@code more}. */
    String[] with(List<String> more) {
        List<String> all = new ArrayList<>(more);
        all.addAll(args);
        return all.toArray(new String[0]);
    }
}

package dev.cxmetrics.cli;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.JsonReportCheck;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.ReportFormat;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.report.TestJson;
import dev.cxmetrics.sample.SampleData;
import dev.cxmetrics.sample.SampleDataset;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaReport;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every option of {@code report}, end to end through {@code Main.run} over CSV files in a
 * temporary directory: each run exits 0 and prints exactly what the Java API renders for the
 * equivalent spec.
 */
class CliReportOptionsTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path dir;

    private CliData data;
    private KpiReport plain;

    @BeforeEach
    void writeData() {
        data = CliData.sample(dir, 7, 300);
        plain = compute(ReportSpec.builder().build());
    }

    private KpiReport compute(ReportSpec spec) {
        return spec.compute(data.readTickets(), data.readResponses(), data.readAnswers());
    }

    private CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(run.describe()).isZero();
        return run;
    }

    private String[] report(String... options) {
        List<String> args = new ArrayList<>(List.of("report"));
        args.addAll(data.args());
        args.addAll(List.of(options));
        return args.toArray(new String[0]);
    }

    @Test
    void defaultsAreUtcDailyTextOnStandardOutput() {
        CliRun run = ok(report());
        assertThat(run.out()).isEqualTo(plain.toText());
        assertThat(run.err()).isEmpty();
        assertThat(plain.spec().zone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void eachFormatPrintsTheApiRendering() {
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(ok(report("--format", format.label())).out()).as("%s", format).isEqualTo(format.render(plain));
        }
        assertThat(ok(report("--format", "JSON")).out()).as("any case").isEqualTo(plain.toJson());
        assertThat(ok(report("--format=csv")).out()).as("--name=value").isEqualTo(plain.toCsv());
    }

    @Test
    void outWritesTheReportToTheFileAndNothingToStandardOutput() throws IOException {
        for (ReportFormat format : ReportFormat.values()) {
            Path out = dir.resolve("report." + format.label());
            Files.writeString(out, "old content that must be replaced, longer than nothing");
            CliRun run = ok(report("--format", format.label(), "--out", out.toString()));
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEmpty();
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).as("%s", format).isEqualTo(format.render(plain));
        }
    }

    @Test
    void byGroupsByEachDimensionAndEveryCombinationInTheOrderGiven() {
        Dimension[] all = Dimension.values();
        for (int mask = 1; mask < 1 << all.length; mask++) {
            List<Dimension> chosen = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int i = all.length - 1; i >= 0; i--) {
                // Reverse declaration order: the order given, not the enum's, orders the groups.
                if ((mask & 1 << i) != 0) {
                    chosen.add(all[i]);
                    labels.add(i % 2 == 0 ? all[i].label() : all[i].label().toUpperCase(java.util.Locale.ROOT));
                }
            }
            KpiReport expected = compute(ReportSpec.builder().by(chosen.toArray(new Dimension[0])).build());
            CliRun run = ok(report("--by", String.join(",", labels), "--format", "json"));
            assertThat(run.out()).as("--by %s", labels).isEqualTo(expected.toJson());
            Map<?, ?> groups = (Map<?, ?>) run.json().get("groups");
            List<String> keys = new ArrayList<>();
            for (Dimension d : chosen) {
                keys.add(d.label());
                assertThat((Map<?, ?>) groups.get(d.label())).as("--by %s", labels).isNotEmpty();
            }
            keys.add("day");
            assertThat(List.copyOf(groups.keySet())).isEqualTo(keys);
        }
    }

    @Test
    void bucketAndZoneSetTheCalendarOfTheGroups() {
        for (ZoneId zone : CliSetup.ZONES) {
            for (TimeBucket bucket : TimeBucket.values()) {
                KpiReport expected = compute(ReportSpec.builder().zone(zone).bucket(bucket).build());
                CliRun run = ok(report("--zone", zone.getId(), "--bucket", bucket.label(), "--format", "json"));
                assertThat(run.out()).as("%s %s", zone, bucket).isEqualTo(expected.toJson());
                assertThat(List.copyOf(((Map<?, ?>) run.json().get("groups")).keySet())).isEqualTo(List.of(bucket.label()));
            }
        }
        // Zones change the buckets: 300 tickets over 90 days fall into different days in Rome and Kolkata.
        assertThat(ok(report("--zone", "Asia/Kolkata", "--format", "json")).out())
                .isNotEqualTo(ok(report("--zone", "Europe/Rome", "--format", "json")).out());
    }

    @Test
    void sampleAndSeedGenerateTheDataSetOfTheSampleApiInEuropeRome() {
        SampleDataset set = SampleData.builder().seed(9).tickets(250).build().generate();
        KpiReport expected = ReportSpec.builder().zone(ROME).by(Dimension.CHANNEL).build()
                .compute(set.tickets(), set.responses(), set.answers());
        CliRun run = ok("report", "--sample", "250", "--seed", "9", "--by", "channel", "--format", "json");
        assertThat(run.out()).isEqualTo(expected.toJson());
        assertThat(run.err()).isEmpty();

        assertThat(ok("report", "--sample", "250", "--format", "json").out()).as("default seed 42")
                .isEqualTo(ok("report", "--sample", "250", "--seed", "42", "--format", "json").out())
                .isNotEqualTo(ok("report", "--sample", "250", "--seed", "43", "--format", "json").out());
        assertThat(ok("report", "--sample", "0", "--format", "json").json().get("overall"))
                .as("an empty sample is an empty report").isEqualTo(
                        ((Map<?, ?>) TestJson.parse(ReportSpec.builder().zone(ROME).build()
                                .compute(List.of(), List.of(), List.of()).toJson())).get("overall"));
    }

    @Test
    void sampleWithZoneGeneratesAndBucketsInThatZone() {
        ZoneId zone = ZoneId.of("America/New_York");
        SampleDataset set = SampleData.builder().seed(3).tickets(120).zone(zone).build().generate();
        KpiReport expected = ReportSpec.builder().zone(zone).bucket(TimeBucket.WEEK).build()
                .compute(set.tickets(), set.responses(), set.answers());
        assertThat(ok("report", "--sample", "120", "--seed", "3", "--zone", zone.getId(), "--bucket", "week",
                "--format", "json").out()).isEqualTo(expected.toJson());
    }

    @Test
    void measureBusinessMeasuresTimesInTheBusinessHoursOfTheZone() {
        BusinessCalendar calendar = weekdays(BusinessCalendar.builder(ROME), LocalTime.of(9, 0), LocalTime.of(17, 0))
                .build();
        KpiReport expected = compute(ReportSpec.builder().zone(ROME).businessHours(calendar).build());
        CliRun run = ok(report("--zone", "Europe/Rome", "--business-hours", "Mon-Fri 09:00-17:00",
                "--measure", "business", "--format", "json"));
        assertThat(run.out()).isEqualTo(expected.toJson());
        assertThat(run.out()).as("business time differs from calendar time")
                .isNotEqualTo(compute(ReportSpec.builder().zone(ROME).build()).toJson());

        // Business hours that neither --measure business nor --sla uses are refused, not silently ignored.
        for (String[] args : List.of(report("--zone", "Europe/Rome", "--business-hours", "Mon-Fri 09:00-17:00"),
                report("--zone", "Europe/Rome", "--business-hours", "Mon-Fri 09:00-17:00", "--measure", "calendar"))) {
            CliRun refused = CliRun.of(args);
            assertThat(refused.code()).as(refused.describe()).isEqualTo(2);
            assertThat(refused.err()).isEqualTo("cxmetrics: option --business-hours is used only by --measure business"
                    + " and by --sla; give one of them, or leave --business-hours out\n");
        }
    }

    @Test
    void holidaysAsAListOrAFileCloseWholeDays() throws IOException {
        // Weekdays of the sample period (it starts on Monday 2026-01-05).
        List<LocalDate> days = List.of(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 3, 2));
        BusinessCalendar.Builder builder = weekdays(BusinessCalendar.builder(ROME), LocalTime.of(8, 0),
                LocalTime.of(12, 0));
        weekdays(builder, LocalTime.of(13, 0), LocalTime.of(18, 0));
        for (LocalDate day : days) {
            builder.holiday(day);
        }
        KpiReport expected = compute(ReportSpec.builder().zone(ROME).businessHours(builder.build()).build());
        String schedule = "Mon-Fri 08:00-12:00,13:00-18:00";

        CliRun list = ok(report("--zone", "Europe/Rome", "--business-hours", schedule, "--holidays",
                "2026-01-06, 2026-01-07,2026-02-16,2026-03-02", "--measure", "business", "--format", "json"));
        assertThat(list.out()).isEqualTo(expected.toJson());

        Path file = dir.resolve("holidays.txt");
        // One date or a list a line, CRLF line ends, blank lines ignored.
        Files.writeString(file, "2026-01-06\r\n\r\n2026-01-07, 2026-02-16\r\n2026-03-02\r\n\r\n");
        CliRun fromFile = ok(report("--zone", "Europe/Rome", "--business-hours", schedule, "--holidays", "@" + file,
                "--measure", "business", "--format", "json"));
        assertThat(fromFile.out()).isEqualTo(expected.toJson());

        assertThat(ok(report("--zone", "Europe/Rome", "--business-hours", schedule, "--measure", "business",
                "--format", "json")).out()).as("the holidays matter for this data").isNotEqualTo(expected.toJson());
    }

    @Test
    void slaAddsAnSlaSectionThatEqualsSlaReportOf() {
        BusinessCalendar calendar = weekdays(BusinessCalendar.builder(ROME), LocalTime.of(9, 0), LocalTime.of(17, 0))
                .build();
        SlaPolicy policy = SlaPolicy.builder().businessHours(calendar)
                .target(SlaMetric.FIRST_RESPONSE, Priority.URGENT, SlaTarget.calendar(Duration.ofMinutes(30)))
                .target(SlaMetric.RESOLUTION, Priority.URGENT, SlaTarget.calendar(Duration.ofHours(4)))
                .target(SlaMetric.FIRST_RESPONSE, Priority.HIGH, SlaTarget.business(Duration.ofHours(4)))
                .target(SlaMetric.FIRST_RESPONSE, Priority.NORMAL, SlaTarget.business(Duration.ofHours(4)))
                .target(SlaMetric.RESOLUTION, Priority.HIGH, SlaTarget.business(Duration.ofDays(3)))
                .target(SlaMetric.RESOLUTION, Priority.NORMAL, SlaTarget.business(Duration.ofDays(3)))
                .build();
        Instant asOf = Instant.parse("2026-02-15T12:00:00Z");
        List<Ticket> tickets = data.readTickets();
        for (TimeBucket bucket : TimeBucket.values()) {
            ReportSpec spec = ReportSpec.builder().zone(ROME).bucket(bucket).by(Dimension.AGENT).sla(policy, asOf).build();
            KpiReport expected = compute(spec);
            CliRun run = ok(report("--zone", "Europe/Rome", "--bucket", bucket.label(), "--by", "agent",
                    "--business-hours", "Mon-Fri 09:00-17:00",
                    "--sla", "urgent: first 30m, resolution 4h; high+normal: first 4h business, resolution 3d business",
                    "--as-of", "2026-02-15T13:00:00+01:00", "--format", "json"));
            assertThat(run.out()).isEqualTo(expected.toJson());
            SlaReport sla = SlaReport.of(tickets, policy, asOf, bucket, ROME);
            assertThat(sla.firstResponse().breached()).isPositive();
            assertThat(sla.resolution().pending()).isPositive();
            JsonReportCheck.assertMatches(run.json(), expected, sla, "sla " + bucket);

            CliRun text = ok(report("--zone", "Europe/Rome", "--bucket", bucket.label(), "--by", "agent",
                    "--business-hours", "Mon-Fri 09:00-17:00",
                    "--sla", "urgent: first 30m, resolution 4h; high+normal: first 4h business, resolution 3d business",
                    "--as-of", "2026-02-15T12:00:00Z"));
            assertThat(text.out()).isEqualTo(expected.toText()).contains("SLA as of 2026-02-15T12:00:00Z");
        }
        assertThat(ok(report("--format", "json")).json()).doesNotContainKey("sla");
    }

    @Test
    void slaWithoutAsOfIsEvaluatedNow() {
        Instant before = Instant.now();
        CliRun run = ok(report("--sla", "all: first 1h, resolution 2d", "--format", "json"));
        Instant after = Instant.now();
        Instant asOf = Instant.parse((String) ((Map<?, ?>) run.json().get("sla")).get("asOf"));
        assertThat(asOf).isBetween(before, after);
        KpiReport expected = compute(ReportSpec.builder().sla(allPriorities(), asOf).build());
        assertThat(run.out()).isEqualTo(expected.toJson());
    }

    private static SlaPolicy allPriorities() {
        SlaPolicy.Builder builder = SlaPolicy.builder();
        for (Priority p : Priority.values()) {
            builder.target(SlaMetric.FIRST_RESPONSE, p, SlaTarget.calendar(Duration.ofHours(1)))
                    .target(SlaMetric.RESOLUTION, p, SlaTarget.calendar(Duration.ofDays(2)));
        }
        return builder.build();
    }

    @Test
    void helpPrintsTheUsageAndExitsZeroWhereverItIs() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"help"},
                new String[] {"report", "--help"}, report("--format", "json", "--help"),
                new String[] {"sample", "-h"})) {
            CliRun run = ok(args);
            assertThat(run.out()).isEqualTo(Usage.TEXT);
            assertThat(run.err()).isEmpty();
        }
        assertThat(Usage.TEXT).contains("--tickets", "--responses", "--surveys", "--sample", "--seed", "--zone",
                "--bucket", "--by", "--format", "--out", "--skip-invalid", "--business-hours", "--holidays",
                "--measure", "--sla", "--as-of", "--out-dir", "--version");
    }

    @Test
    void noArgumentsPrintTheUsageAndExitTwo() {
        CliRun run = CliRun.of();
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEqualTo(Usage.TEXT);
    }

    @Test
    void versionPrintsOneLine() {
        for (String arg : List.of("--version", "version")) {
            CliRun run = ok(arg);
            assertThat(run.out()).matches("cxmetrics \\S.*\n").doesNotContain("null");
            assertThat(run.err()).isEmpty();
        }
    }

    @Test
    void ticketsAloneResponsesAloneAndSurveysAloneAreEachAReport() {
        ReportSpec spec = ReportSpec.builder().by(Dimension.AGENT).build();
        assertThat(ok("report", "--tickets", data.tickets().toString(), "--by", "agent", "--format", "json").out())
                .isEqualTo(spec.compute(data.readTickets(), List.of(), List.of()).toJson());
        assertThat(ok("report", "--responses", data.responses().toString(), "--by", "agent", "--format", "json").out())
                .isEqualTo(spec.compute(List.of(), data.readResponses(), List.of()).toJson());
        assertThat(ok("report", "--surveys", data.surveys().toString(), "--by", "agent", "--format", "json").out())
                .isEqualTo(spec.compute(List.of(), List.of(), data.readAnswers()).toJson());
    }

    @Test
    void skipInvalidOnCleanFilesChangesNothing() {
        CliRun run = ok(report("--skip-invalid", "--format", "json"));
        assertThat(run.out()).isEqualTo(plain.toJson());
        assertThat(run.err()).isEmpty();
    }

    private static BusinessCalendar.Builder weekdays(BusinessCalendar.Builder builder, LocalTime from, LocalTime to) {
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            builder.open(day, from, to);
        }
        return builder;
    }
}

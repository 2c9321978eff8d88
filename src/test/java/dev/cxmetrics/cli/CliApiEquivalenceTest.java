package dev.cxmetrics.cli;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.report.JsonReportCheck;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.ReportFormat;
import dev.cxmetrics.sample.SampleData;
import dev.cxmetrics.sla.SlaReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code report} prints equals what the Java API computes from the same CSV files with the
 * same settings: the JSON text equals {@link KpiReport#toJson()}, and every JSON value equals the
 * {@link KpiReport} of {@code ReportSpec.compute} over records read back independently, and the
 * {@code "sla"} section equals {@link SlaReport#of}. The settings are drawn at random: zone,
 * bucket, dimensions, business hours with holidays, business-time measuring, SLA.
 */
class CliApiEquivalenceTest {
    private static final Instant SAMPLE_START = SampleData.builder().build().startInstant();
    private static final Instant SAMPLE_END = SampleData.builder().build().endInstant();

    @TempDir
    Path dir;

    /** How many checked runs used each option, so that a change to the draws cannot hollow the test. */
    private final Map<String, Integer> used = new java.util.TreeMap<>();

    @Test
    void jsonOfRealisticDataEqualsTheJavaApiUnderRandomSettings() throws IOException {
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Path run = Files.createDirectories(dir.resolve("sample-" + seed));
            CliData data = CliData.sample(run, seed, 20 + random.nextInt(300));
            CliSetup setup = CliSetup.random(random, run, SAMPLE_START, SAMPLE_END);
            check(data, setup, "sample seed " + seed);
        }
    }

    @Test
    void jsonOfDataWithNastyStringsEqualsTheJavaApiUnderRandomSettings() throws IOException {
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Path run = Files.createDirectories(dir.resolve("nasty-" + seed));
            List<Ticket> tickets = Samples.tickets(random, random.nextInt(80));
            List<Response> responses = notBeforeTheirTicket(tickets, Samples.responses(random, random.nextInt(80)));
            List<SurveyAnswer> answers = Samples.answers(random, random.nextInt(80));
            CliData data = CliData.write(run, tickets, responses, answers);
            assertThat(data.readTickets()).as("seed %d", seed).isEqualTo(tickets);
            CliSetup setup = CliSetup.random(random, run, Instant.parse("2020-09-13T12:26:40Z"),
                    Instant.parse("2030-03-17T17:46:40Z"));
            check(data, setup, "nasty seed " + seed);
        }
    }

    /** Tickets as the report sees them: the earliest human response and their number win over the own fields. */
    private static List<Ticket> withHumanResponses(List<Ticket> tickets, List<Response> responses) {
        java.util.Map<String, Instant> first = new java.util.HashMap<>();
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        for (Response r : responses) {
            if (!r.automated()) {
                first.merge(r.ticketId(), r.sentAt(), (a, b) -> a.isBefore(b) ? a : b);
                count.merge(r.ticketId(), 1, Integer::sum);
            }
        }
        List<Ticket> out = new java.util.ArrayList<>();
        for (Ticket t : tickets) {
            out.add(first.containsKey(t.id())
                    ? t.toBuilder().firstResponseAt(first.get(t.id())).agentReplies(count.get(t.id())).build() : t);
        }
        return out;
    }

    /** A human response before its ticket's creation is an error; such random ones are moved to the creation. */
    private static List<Response> notBeforeTheirTicket(List<Ticket> tickets, List<Response> responses) {
        java.util.Map<String, Instant> created = new java.util.HashMap<>();
        tickets.forEach(t -> created.put(t.id(), t.createdAt()));
        List<Response> out = new java.util.ArrayList<>();
        for (Response r : responses) {
            Instant c = created.get(r.ticketId());
            boolean early = !r.automated() && c != null && r.sentAt().isBefore(c);
            out.add(early ? new Response(r.ticketId(), r.agentId(), c, r.handleTime(), false) : r);
        }
        return out;
    }

    @Test
    void textAndCsvEqualTheJavaApiRenderingsUnderRandomSettings() throws IOException {
        for (long seed = 1; seed <= 15; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Path run = Files.createDirectories(dir.resolve("formats-" + seed));
            CliData data = CliData.sample(run, seed, 1 + random.nextInt(200));
            CliSetup setup = CliSetup.random(random, run, SAMPLE_START, SAMPLE_END);
            KpiReport expected = setup.spec().compute(data.readTickets(), data.readResponses(), data.readAnswers());
            for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.CSV)) {
                List<String> args = new ArrayList<>(setup.args());
                args.set(args.indexOf("--format") + 1, format.label());
                CliRun run2 = CliRun.of(withFiles(data, args));
                assertThat(run2.code()).as(run2.describe()).isZero();
                assertThat(run2.out()).as("seed %d %s", seed, format).isEqualTo(format.render(expected));
            }
        }
    }

    @org.junit.jupiter.api.AfterEach
    void everyOptionWasDrawn() {
        if (used.getOrDefault("runs", 0) < 40) {
            return;
        }
        for (String option : List.of("--by", "--business-hours", "--holidays", "@file", "--measure business", "--sla")) {
            assertThat(used.getOrDefault(option, 0)).as("runs with %s in %s", option, used).isGreaterThanOrEqualTo(4);
        }
    }

    private void check(CliData data, CliSetup setup, String context) {
        used.merge("runs", 1, Integer::sum);
        String args = String.join(" ", setup.args());
        for (String option : List.of("--by", "--business-hours", "--holidays", "--measure business", "--sla")) {
            if (args.contains(option)) {
                used.merge(option, 1, Integer::sum);
            }
        }
        if (args.contains("--holidays @")) {
            used.merge("@file", 1, Integer::sum);
        }
        CliRun run = CliRun.of(withFiles(data, setup.args()));
        assertThat(run.code()).as(context + ": " + run.describe()).isZero();
        assertThat(run.err()).as(context).isEmpty();

        List<Ticket> tickets = data.readTickets();
        KpiReport expected = setup.spec().compute(tickets, data.readResponses(), data.readAnswers());
        assertThat(run.out()).as(context + " " + setup.args()).isEqualTo(expected.toJson());

        SlaReport sla = setup.policy() == null ? null
                : SlaReport.of(withHumanResponses(tickets, data.readResponses()), setup.policy(), setup.asOf(),
                        setup.spec().bucket(), setup.spec().zone());
        Map<String, Object> json = run.json();
        JsonReportCheck.assertMatches(json, expected, sla, context + " " + setup.args());
        assertThat(json.containsKey("sla")).as(context).isEqualTo(setup.policy() != null);
    }

    private static String[] withFiles(CliData data, List<String> options) {
        List<String> args = new ArrayList<>(List.of("report"));
        args.addAll(data.args());
        args.addAll(options);
        return args.toArray(new String[0]);
    }
}

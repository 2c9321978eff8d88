package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Rendering depends only on the report's value: not on when, how often or from which accumulator. */
class RenderDeterminismTest {

    @Test
    void renderingTwiceGivesIdenticalOutput() {
        for (long seed = 1; seed <= 30; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RandomData data = NastyData.generate(seed, random.nextInt(60));
            KpiReport report = RenderJsonTest.randomSpec(random).compute(data.tickets, data.responses, data.answers, data.events);
            for (ReportFormat format : ReportFormat.values()) {
                String first = format.render(report);
                assertThat(format.render(report)).as("seed %d %s", seed, format).isEqualTo(first);
                StringWriter writer = new StringWriter();
                format.write(report, writer);
                assertThat(writer.toString()).as("seed %d %s written", seed, format).isEqualTo(first);
            }
            assertThat(report.toText()).isEqualTo(ReportFormat.TEXT.render(report));
            assertThat(report.toJson()).isEqualTo(ReportFormat.JSON.render(report));
            assertThat(report.toCsv()).isEqualTo(ReportFormat.CSV.render(report));
        }
    }

    @Test
    void equalReportsFromShuffledInputAndMergedPartitionsRenderIdentically() {
        for (long seed = 1; seed <= 60; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RandomData data = random.nextBoolean() ? NastyData.generate(seed, random.nextInt(60))
                    : RandomData.generate(seed, random.nextInt(60));
            ReportSpec spec = RenderJsonTest.randomSpec(random);
            KpiReport onePass = spec.compute(data.tickets, data.responses, data.answers, data.events);
            KpiReport other = random.nextBoolean() ? shuffled(spec, data, seed) : merged(spec, data, random, seed);

            assertThat(other).as("seed %d", seed).isEqualTo(onePass);
            for (ReportFormat format : ReportFormat.values()) {
                assertThat(format.render(other)).as("seed %d %s", seed, format).isEqualTo(format.render(onePass));
            }
        }
    }

    private static KpiReport shuffled(ReportSpec spec, RandomData data, long seed) {
        List<Ticket> tickets = new ArrayList<>(data.tickets);
        List<Response> responses = new ArrayList<>(data.responses);
        List<SurveyAnswer> answers = new ArrayList<>(data.answers);
        Collections.shuffle(tickets, new Random(seed));
        Collections.shuffle(responses, new Random(seed + 1));
        Collections.shuffle(answers, new Random(seed + 2));
        List<dev.cxmetrics.TicketEvent> events = new ArrayList<>(data.events);
        Collections.shuffle(events, new Random(seed + 3));
        return spec.compute(tickets, responses, answers, events);
    }

    /** Records spread over random partitions, added in a shuffled order, then merged. */
    private static KpiReport merged(ReportSpec spec, RandomData data, SplittableRandom random, long seed) {
        List<Object> records = new ArrayList<>();
        records.addAll(data.tickets);
        records.addAll(data.responses);
        records.addAll(data.answers);
        records.addAll(data.events);
        Collections.shuffle(records, new Random(seed));
        List<ReportAccumulator> parts = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            parts.add(spec.accumulator());
        }
        for (Object record : records) {
            ReportAccumulator part = parts.get(random.nextInt(parts.size()));
            if (record instanceof Ticket) {
                part.add((Ticket) record);
            } else if (record instanceof Response) {
                part.add((Response) record);
            } else if (record instanceof dev.cxmetrics.TicketEvent event) {
                part.add(event);
            } else {
                part.add((SurveyAnswer) record);
            }
        }
        ReportAccumulator total = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            total.merge(parts.get(i));
        }
        return total.snapshot();
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot shares what it only reads with the accumulator: snapshots taken between adds must
 * equal a fresh one-pass over what was added so far, and stay unchanged by later adds.
 */
class RepeatedSnapshotTest {
    private static final ReportSpec EXACT = ReportSpec.builder().zone(ZoneId.of("Europe/Rome"))
            .by(Dimension.values()).build();
    private static final ReportSpec APPROXIMATE = ReportSpec.builder().zone(ZoneId.of("Europe/Rome"))
            .by(Dimension.values()).approximateQuantiles().build();

    @Test
    void snapshotsBetweenAddsEqualAFreshPassAndStayUnchanged() {
        for (long seed = 1; seed <= 30; seed++) {
            for (ReportSpec spec : List.of(EXACT, APPROXIMATE)) {
                check(seed, spec);
            }
        }
    }

    private static void check(long seed, ReportSpec spec) {
        RandomData data = RandomData.generate(seed, 1 + (int) (seed % 7) * 40);
        SplittableRandom random = new SplittableRandom(seed);
        // Answers and responses first, some before their tickets, so snapshots see pending ones too.
        List<Object> records = new ArrayList<>();
        records.addAll(data.answers);
        records.addAll(data.responses);
        records.addAll(data.tickets);
        ReportAccumulator accumulator = spec.accumulator();
        List<Ticket> tickets = new ArrayList<>();
        List<Response> responses = new ArrayList<>();
        List<SurveyAnswer> answers = new ArrayList<>();
        List<KpiReport> taken = new ArrayList<>();
        List<KpiReport> expected = new ArrayList<>();
        for (Object record : records) {
            if (record instanceof Ticket ticket) {
                accumulator.add(ticket);
                tickets.add(ticket);
            } else if (record instanceof Response response) {
                accumulator.add(response);
                responses.add(response);
            } else if (record instanceof SurveyAnswer answer) {
                accumulator.add(answer);
                answers.add(answer);
            }
            if (random.nextInt(25) == 0) {
                KpiReport fresh = spec.compute(tickets, responses, answers);
                KpiReport snapshot = accumulator.snapshot();
                assertThat(snapshot).as("seed %d, %s, after %d records", seed, spec, tickets.size()
                        + responses.size() + answers.size()).isEqualTo(fresh);
                assertThat(accumulator.snapshot()).as("seed %d: a repeated snapshot", seed).isEqualTo(snapshot);
                taken.add(snapshot);
                expected.add(fresh);
            }
        }
        assertThat(accumulator.snapshot()).as("seed %d, %s, at the end", seed, spec)
                .isEqualTo(spec.compute(tickets, responses, answers));
        assertThat(taken).as("seed %d, %s: earlier snapshots after later adds", seed, spec).isEqualTo(expected);
    }
}

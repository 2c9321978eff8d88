package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcurrentReportRecorderTest {
    private static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");

    @Test
    void eightWritersOfAMillionEventsEachLoseNoUpdate() throws Exception {
        ReportSpec spec = ReportSpec.builder().zone(ZoneId.of("Europe/Rome")).bucket(TimeBucket.WEEK)
                .by(Dimension.CHANNEL).build();
        ConcurrentReportRecorder recorder = ConcurrentReportRecorder.of(spec);
        int threads = 8;
        int ticketsPerThread = 250_000; // each ticket brings 2 responses and 1 answer: 1M events per thread
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Thread> writers = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < threads; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < ticketsPerThread; i++) {
                        String id = writer + "-" + i;
                        Instant created = T0.plusSeconds(i);
                        recorder.add(Ticket.builder(id, created).channel(writer % 2 == 0 ? "email" : "chat")
                                .firstResponseAt(created.plusSeconds(writer + 1)).build());
                        // The earliest human response is the ticket's own first response.
                        recorder.add(Response.byAgent(id, "a" + writer, created.plusSeconds(writer + 1),
                                Duration.ofSeconds(60)));
                        recorder.add(Response.byAgent(id, "a" + writer, created.plusSeconds(writer + 2),
                                Duration.ofSeconds(120)));
                        recorder.add(new SurveyAnswer(id, null, null, SurveyKind.CSAT, 1 + i % 5, created));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            writers.add(thread);
            thread.start();
        }
        for (Thread thread : writers) {
            thread.join();
        }
        assertThat(failures).isEmpty();
        KpiReport report = recorder.snapshot();
        long tickets = (long) threads * ticketsPerThread;
        assertThat(report.overall().tickets()).isEqualTo(tickets);
        assertThat(report.overall().aht().count()).isEqualTo(2 * tickets);
        assertThat(report.overall().aht().mean()).contains(Duration.ofSeconds(90));
        assertThat(report.overall().csat().total()).isEqualTo(tickets);
        assertThat(report.overall().csat().satisfied()).isEqualTo(tickets * 2 / 5);
        assertThat(report.overall().firstResponse().stats().sum())
                .contains(Duration.ofSeconds((long) ticketsPerThread * (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8)));
        assertThat(report.groups(Dimension.CHANNEL).get("email").tickets()).isEqualTo(tickets / 2);
        assertThat(report.groups(Dimension.CHANNEL).get("chat").aht().count()).isEqualTo(tickets);
        assertThat(report.unmatchedResponses()).isZero();
    }

    @Test
    void snapshotEqualsTheSingleThreadedReport() {
        for (long seed = 1; seed <= 50; seed++) {
            RandomData data = RandomData.generate(seed, 40);
            ReportSpec spec = ReportSpec.builder().by(Dimension.values()).build();
            ConcurrentReportRecorder recorder = ConcurrentReportRecorder.of(spec, 4);
            data.answers.forEach(recorder::add);
            data.responses.forEach(recorder::add);
            data.tickets.forEach(recorder::add);
            assertThat(recorder.snapshot()).as("seed %d", seed)
                    .isEqualTo(spec.compute(data.tickets, data.responses, data.answers));
        }
    }

    @Test
    void aRepeatedTicketIdIsRejectedWhenAdded() {
        ConcurrentReportRecorder recorder = ConcurrentReportRecorder.of(ReportSpec.builder().build());
        recorder.add(Ticket.builder("T-1", T0).build());
        assertThatThrownBy(() -> recorder.add(Ticket.builder("T-1", T0).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T-1");
        assertThat(recorder.snapshot().overall().tickets()).isEqualTo(1);
    }

    @Test
    void stripeCountIsValidated() {
        ReportSpec spec = ReportSpec.builder().build();
        assertThatThrownBy(() -> ConcurrentReportRecorder.of(spec, 0)).hasMessageContaining("stripes 0");
        assertThat(ConcurrentReportRecorder.of(spec, 1).snapshot().overall().tickets()).isZero();
    }
}

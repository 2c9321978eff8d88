package dev.cxmetrics.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.Tickets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated data set must be internally consistent, whatever the settings. */
class SampleDataConsistencyTest {

    static Stream<Arguments> settings() {
        return Stream.of(
                Arguments.of(SampleData.builder().seed(1).tickets(20_000).build()),
                Arguments.of(SampleData.builder().seed(-77).tickets(5_000).days(1).build()),
                // Across the switch to summer time on 2026-03-29 and back on 2026-10-25.
                Arguments.of(SampleData.builder().seed(2).tickets(5_000).start(LocalDate.of(2026, 3, 27)).days(3)
                        .build()),
                Arguments.of(SampleData.builder().seed(3).tickets(5_000).start(LocalDate.of(2026, 10, 24)).days(2)
                        .build()),
                Arguments.of(SampleData.builder().seed(4).tickets(3_000).zone(ZoneId.of("Asia/Kolkata")).agents(1)
                        .customers(10).days(400).build()),
                Arguments.of(SampleData.builder().seed(5).tickets(1).build()));
    }

    @ParameterizedTest
    @MethodSource("settings")
    void ticketsAgreeWithWhatTheirResponsesImply(SampleData options) {
        SampleDataset data = options.generate();
        assertThat(Tickets.fromResponses(data.tickets(), data.responses()))
                .as("%s", options).isEqualTo(data.tickets());
    }

    @ParameterizedTest
    @MethodSource("settings")
    void everyInstantLiesInThePeriodAtMillisecondResolution(SampleData options) {
        SampleDataset data = options.generate();
        Instant start = options.startInstant();
        Instant end = options.endInstant();
        List<Instant> instants = new ArrayList<>();
        Instant previous = start;
        for (Ticket t : data.tickets()) {
            assertThat(t.createdAt()).as("tickets in creation order, %s", options).isAfterOrEqualTo(previous);
            previous = t.createdAt();
            instants.add(t.createdAt());
            if (t.firstResponseAt() != null) {
                instants.add(t.firstResponseAt());
            }
            if (t.resolvedAt() != null) {
                instants.add(t.resolvedAt());
            }
        }
        data.responses().forEach(r -> instants.add(r.sentAt()));
        data.answers().forEach(a -> instants.add(a.answeredAt()));
        for (Instant instant : instants) {
            assertThat(instant).as("%s", options).isAfterOrEqualTo(start).isBefore(end);
            assertThat(instant.getNano() % 1_000_000).as("milliseconds only: %s", instant).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("settings")
    void lifecyclesAreOrderedAndRecordsAgreeWithTheirTickets(SampleData options) {
        SampleDataset data = options.generate();
        Map<String, Ticket> byId = new HashMap<>();
        for (Ticket t : data.tickets()) {
            byId.put(t.id(), t);
            if (t.isResolved() && t.firstResponseAt() != null) {
                assertThat(t.resolvedAt()).as("%s", t).isAfterOrEqualTo(t.firstResponseAt());
            }
            if (!t.isResolved()) {
                assertThat(t.reopens()).as("only resolved tickets count reopens: %s", t).isZero();
            }
            if (t.agentReplies() > 0) {
                assertThat(t.agentId()).as("answered tickets are assigned: %s", t).isNotNull();
            }
        }
        Map<String, Integer> agentResponses = new HashMap<>();
        for (Response r : data.responses()) {
            Ticket t = byId.get(r.ticketId());
            if (r.automated()) {
                assertThat(r.sentAt()).as("acknowledged at creation: %s", r).isEqualTo(t.createdAt());
                assertThat(r.agentId()).isNull();
                assertThat(r.handleTime()).isNull();
                continue;
            }
            int index = agentResponses.merge(r.ticketId(), 1, Integer::sum);
            assertThat(r.agentId()).as("%s", r).isNotNull();
            if (index == 1) {
                assertThat(r.sentAt()).as("the first reply is the first response: %s", r)
                        .isEqualTo(t.firstResponseAt());
                assertThat(r.agentId()).as("the owner replies first: %s", r).isEqualTo(t.agentId());
            } else {
                assertThat(r.sentAt()).as("%s", r).isAfter(t.firstResponseAt());
            }
            if (t.isResolved()) {
                assertThat(r.sentAt()).as("no reply after the resolution: %s of %s", r, t)
                        .isBeforeOrEqualTo(t.resolvedAt());
            }
            if (r.handleTime() != null) {
                assertThat(r.handleTime().getSeconds()).as("%s", r).isGreaterThanOrEqualTo(10);
                assertThat(r.handleTime().getNano()).isZero();
            }
        }
        for (SurveyAnswer a : data.answers()) {
            Ticket t = byId.get(a.ticketId());
            assertThat(t.isResolved()).as("only resolved tickets are surveyed: %s", a).isTrue();
            assertThat(a.answeredAt()).as("%s", a).isAfter(t.resolvedAt());
            assertThat(a.customerId()).isEqualTo(t.customerId());
            assertThat(a.agentId()).isEqualTo(t.agentId());
        }
    }
}

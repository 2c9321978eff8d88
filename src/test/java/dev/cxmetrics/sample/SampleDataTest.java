package dev.cxmetrics.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class SampleDataTest {

    @Test
    void sameSeedGivesIdenticalData() {
        SampleDataset a = SampleData.generate(42, 5_000);
        SampleDataset b = SampleData.generate(42, 5_000);
        assertThat(a).isEqualTo(b);
        assertThat(a.tickets()).hasSize(5_000);
        assertThat(a.responses()).isNotEmpty();
        assertThat(a.answers()).isNotEmpty();
    }

    @Test
    void differentSeedsGiveDifferentData() {
        SampleDataset a = SampleData.generate(1, 1_000);
        SampleDataset b = SampleData.generate(2, 1_000);
        assertThat(a.tickets()).isNotEqualTo(b.tickets());
        assertThat(a.responses()).isNotEqualTo(b.responses());
        assertThat(a.answers()).isNotEqualTo(b.answers());
    }

    /**
     * The generator uses only SplittableRandom and StrictMath, so a seed gives the same data on
     * every JVM and platform. A deliberate change of the distributions changes this fingerprint.
     */
    @Test
    void seed42HasAFixedFingerprint() {
        SampleDataset data = SampleData.generate(42, 2_000);
        StringBuilder text = new StringBuilder();
        for (Ticket t : data.tickets()) {
            text.append(t.id()).append(',').append(t.customerId()).append(',').append(t.agentId()).append(',')
                    .append(t.channel()).append(',').append(t.type()).append(',').append(t.priority()).append(',')
                    .append(t.createdAt()).append(',').append(t.firstResponseAt()).append(',')
                    .append(t.resolvedAt()).append(',').append(t.agentReplies()).append(',').append(t.reopens())
                    .append('\n');
        }
        for (Response r : data.responses()) {
            text.append(r.ticketId()).append(',').append(r.agentId()).append(',').append(r.sentAt()).append(',')
                    .append(r.handleTime()).append(',').append(r.automated()).append('\n');
        }
        for (SurveyAnswer a : data.answers()) {
            text.append(a.ticketId()).append(',').append(a.customerId()).append(',').append(a.agentId()).append(',')
                    .append(a.kind()).append(',').append(a.score()).append(',').append(a.answeredAt()).append('\n');
        }
        CRC32 crc = new CRC32();
        crc.update(text.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(data.tickets().get(0).id()).isEqualTo("T-000001");
        assertThat(Long.toHexString(crc.getValue())).as("the data of seed 42 changed").isEqualTo("daef8062");
    }

    @Test
    void streamHandsOverTheSameRecordsAsGenerateEachTicketBeforeItsResponsesAndAnswers() {
        SampleData options = SampleData.builder().seed(7).tickets(3_000).build();
        SampleDataset listed = options.generate();
        List<Ticket> tickets = new ArrayList<>();
        List<Response> responses = new ArrayList<>();
        List<SurveyAnswer> answers = new ArrayList<>();
        List<String> ticketOfEachRecord = new ArrayList<>();
        String[] current = new String[1];
        options.stream(t -> {
            tickets.add(t);
            current[0] = t.id();
        }, r -> {
            responses.add(r);
            ticketOfEachRecord.add(r.ticketId() + "=" + current[0]);
        }, a -> {
            answers.add(a);
            ticketOfEachRecord.add(a.ticketId() + "=" + current[0]);
        });
        assertThat(new SampleDataset(tickets, responses, answers)).isEqualTo(listed);
        for (String pair : ticketOfEachRecord) {
            String[] ids = pair.split("=");
            assertThat(ids[0]).as("record emitted right after its ticket").isEqualTo(ids[1]);
        }
    }

    @Test
    void staticStreamMatchesStaticGenerate() {
        List<Ticket> tickets = new ArrayList<>();
        List<Response> responses = new ArrayList<>();
        List<SurveyAnswer> answers = new ArrayList<>();
        SampleData.stream(11, 500, tickets::add, responses::add, answers::add);
        assertThat(new SampleDataset(tickets, responses, answers)).isEqualTo(SampleData.generate(11, 500));
    }

    @Test
    void zeroTicketsGiveAnEmptyDataSet() {
        SampleDataset data = SampleData.generate(3, 0);
        assertThat(data.tickets()).isEmpty();
        assertThat(data.responses()).isEmpty();
        assertThat(data.answers()).isEmpty();
    }

    @Test
    void defaultsAreNinetyDaysFromMondayFifthOfJanuary2026InRomeWithFiftyAgents() {
        SampleData options = SampleData.builder().build();
        assertThat(options.start()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(options.days()).isEqualTo(90);
        assertThat(options.zone()).isEqualTo(ZoneId.of("Europe/Rome"));
        assertThat(options.agents()).isEqualTo(50);
        assertThat(options.tickets()).isEqualTo(10_000);
        assertThat(options.customers()).isEqualTo(3_333);
        assertThat(options.startInstant()).isEqualTo(Instant.parse("2026-01-04T23:00:00Z"));
        // 2026-04-05 is after the switch to summer time on 2026-03-29.
        assertThat(options.endInstant()).isEqualTo(Instant.parse("2026-04-04T22:00:00Z"));
        assertThat(options.toString()).contains("seed=0", "tickets=10000", "zone=Europe/Rome");
    }

    @Test
    void generatedDataHasFiftyAgentsFourChannelsAndEightTypes() {
        SampleDataset data = SampleData.generate(5, 20_000);
        Set<String> agents = new HashSet<>();
        Set<String> channels = new HashSet<>();
        Set<String> types = new HashSet<>();
        Set<Object> priorities = new HashSet<>();
        for (Ticket t : data.tickets()) {
            if (t.agentId() != null) {
                agents.add(t.agentId());
            }
            channels.add(t.channel());
            types.add(t.type());
            priorities.add(t.priority());
        }
        assertThat(agents).hasSize(50).contains("agent-01", "agent-50");
        assertThat(channels).containsExactlyInAnyOrderElementsOf(SampleData.CHANNELS)
                .containsExactlyInAnyOrder("email", "chat", "phone", "social");
        assertThat(types).containsExactlyInAnyOrderElementsOf(SampleData.TYPES)
                .containsExactlyInAnyOrder("billing", "shipping", "returns", "account", "technical", "product",
                        "order", "other");
        assertThat(priorities).hasSize(4);
    }

    @Test
    void builderSettingsShapeTheData() {
        SampleData options = SampleData.builder().seed(9).tickets(2_000).start(LocalDate.of(2025, 6, 2)).days(7)
                .zone(ZoneId.of("America/New_York")).agents(120).customers(2_000).build();
        SampleDataset data = options.generate();
        Set<String> customers = new HashSet<>();
        for (Ticket t : data.tickets()) {
            assertThat(t.createdAt()).isBetween(options.startInstant(), options.endInstant().minusMillis(1));
            customers.add(t.customerId());
            if (t.agentId() != null) {
                assertThat(t.agentId()).matches("agent-\\d{3}");
            }
        }
        assertThat(customers).as("every ticket from a new customer").hasSize(2_000);
        assertThat(options.startInstant()).isEqualTo(Instant.parse("2025-06-02T04:00:00Z"));
        assertThat(options.endInstant()).isEqualTo(Instant.parse("2025-06-09T04:00:00Z"));
    }

    @Test
    void oneCustomerRaisesEveryTicket() {
        SampleDataset data = SampleData.builder().tickets(300).customers(1).build().generate();
        assertThat(data.tickets()).extracting(Ticket::customerId).containsOnly("C-000001");
    }

    @Test
    void idsAreZeroPaddedInCreationOrder() {
        List<Ticket> tickets = SampleData.generate(4, 1_234).tickets();
        for (int i = 0; i < tickets.size(); i++) {
            assertThat(tickets.get(i).id()).isEqualTo(String.format("T-%06d", i + 1));
            assertThat(tickets.get(i).customerId()).matches("C-\\d{6}");
        }
    }

    @Test
    void negativeTicketCountIsRejectedNamingIt() {
        assertThatThrownBy(() -> SampleData.generate(1, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tickets -1 is negative");
        assertThatThrownBy(() -> SampleData.stream(1, -5, t -> { }, r -> { }, a -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tickets -5");
        assertThatThrownBy(() -> SampleData.builder().tickets(-2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tickets -2");
    }

    @Test
    void outOfRangeSettingsAreRejectedNamingSettingAndValue() {
        SampleData.Builder builder = SampleData.builder();
        assertThatThrownBy(() -> builder.days(0)).hasMessage("days 0 is not in 1..36525");
        assertThatThrownBy(() -> builder.days(36_526)).hasMessageContaining("days 36526");
        assertThatThrownBy(() -> builder.agents(0)).hasMessage("agents 0 is not in 1..10000");
        assertThatThrownBy(() -> builder.customers(0)).hasMessage("customers 0 is less than 1");
        assertThatThrownBy(() -> builder.start(LocalDate.of(10_000, 1, 1)))
                .hasMessageContaining("start +10000-01-01");
        assertThatThrownBy(() -> SampleData.builder().tickets(10).customers(11).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("customers 11 exceeds tickets 10");
        assertThatNullPointerException().isThrownBy(() -> builder.zone(null)).withMessage("zone");
        assertThatNullPointerException().isThrownBy(() -> builder.start(null)).withMessage("start");
    }

    @Test
    void nullSinksAreRejected() {
        SampleData options = SampleData.builder().tickets(1).build();
        assertThatNullPointerException().isThrownBy(() -> options.stream(null, r -> { }, a -> { }))
                .withMessage("ticketSink");
        assertThatNullPointerException().isThrownBy(() -> options.stream(t -> { }, null, a -> { }))
                .withMessage("responseSink");
        assertThatNullPointerException().isThrownBy(() -> options.stream(t -> { }, r -> { }, null))
                .withMessage("answerSink");
    }

    @Test
    void dataSetListsAreUnmodifiable() {
        SampleDataset data = SampleData.generate(1, 10);
        assertThatThrownBy(() -> data.tickets().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> data.responses().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> data.answers().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}

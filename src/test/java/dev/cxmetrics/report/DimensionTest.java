package dev.cxmetrics.report;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DimensionTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final Dimension BRAND = Dimension.field("brand");

    @Test
    void builtInsParseByLabelAndFieldsAreNotParsed() {
        for (Dimension dimension : Dimension.values()) {
            assertThat(Dimension.parse(" " + dimension.label().toUpperCase() + " ")).isSameAs(dimension);
        }
        assertThat(Dimension.values()).extracting(Dimension::label)
                .containsExactly("agent", "channel", "type", "priority", "team");
        assertThatThrownBy(() -> Dimension.parse("brand")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension 'brand' is not one of agent, channel, type, priority, team");
    }

    @Test
    void fieldDimensionsAreValuesNamedByTheirField() {
        assertThat(Dimension.field("brand")).isEqualTo(BRAND).hasSameHashCodeAs(BRAND);
        assertThat(Dimension.field("product")).isNotEqualTo(BRAND);
        assertThat(BRAND.isField()).isTrue();
        assertThat(Dimension.TEAM.isField()).isFalse();
        assertThat(BRAND.label()).isEqualTo("brand");
        assertThat(BRAND).hasToString("field:brand");
        assertThatThrownBy(() -> Dimension.field("team")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field name 'team' is reserved for a built-in dimension or bucket");
    }

    @Test
    void keyOfReadsTeamAndFieldsAndAbsentWhenMissing() {
        Ticket with = Ticket.builder("T-1", T0).team("tier-2").field("brand", "acme").build();
        Ticket without = Ticket.builder("T-2", T0).build();
        assertThat(Dimension.TEAM.keyOf(with)).isEqualTo("tier-2");
        assertThat(BRAND.keyOf(with)).isEqualTo("acme");
        assertThat(Dimension.TEAM.keyOf(without)).isEqualTo(Ticket.ABSENT);
        assertThat(BRAND.keyOf(without)).isEqualTo(Ticket.ABSENT);
    }

    @Test
    void reportGroupsByTeamAndFieldAndResponsesAndAnswersFollowTheirTicket() {
        ReportSpec spec = ReportSpec.builder().by(Dimension.TEAM, BRAND).build();
        List<Ticket> tickets = List.of(
                Ticket.builder("T-1", T0).team("tier-1").field("brand", "acme").build(),
                Ticket.builder("T-2", T0).team("tier-1").field("brand", "zeta").build(),
                Ticket.builder("T-3", T0).build());
        List<Response> responses = List.of(Response.byAgent("T-2", "ann", T0.plusSeconds(60), Duration.ofMinutes(3)));
        List<SurveyAnswer> answers = List.of(new SurveyAnswer("T-1", null, "ann", SurveyKind.CSAT, 5, T0.plusSeconds(90)));
        // Answer first, ticket last: the report is the same whatever the order.
        ReportAccumulator accumulator = spec.accumulator();
        answers.forEach(accumulator::add);
        responses.forEach(accumulator::add);
        tickets.forEach(accumulator::add);
        KpiReport report = accumulator.snapshot();

        assertThat(report.groups(Dimension.TEAM).keySet()).containsExactly(Ticket.ABSENT, "tier-1");
        assertThat(report.groups(Dimension.TEAM).get("tier-1").tickets()).isEqualTo(2);
        assertThat(report.groups(Dimension.TEAM).get("tier-1").aht().stats().count()).isEqualTo(1);
        assertThat(report.groups(BRAND).keySet()).containsExactly(Ticket.ABSENT, "acme", "zeta");
        assertThat(report.groups(Dimension.field("brand")).get("acme").csat().total()).isEqualTo(1);
        assertThat(report.groups(BRAND).get("zeta").aht().stats().count()).isEqualTo(1);
        assertThat(report.groups(BRAND).get(Ticket.ABSENT).tickets()).isEqualTo(1);
        assertThat(report.toJson()).contains("\"team\":{").contains("\"brand\":{");
    }

    @Test
    void encodingCarriesFieldDimensionsAndChecksTheirNames() {
        ReportSpec spec = ReportSpec.builder().by(Dimension.AGENT, BRAND, Dimension.TEAM).build();
        ReportAccumulator accumulator = spec.accumulator();
        accumulator.add(Ticket.builder("T-1", T0).team("tier-1").field("brand", "acme").build());
        byte[] bytes = accumulator.toByteArray();
        ReportAccumulator decoded = ReportAccumulator.fromByteArray(spec, bytes);
        assertThat(decoded.toByteArray()).isEqualTo(bytes);
        assertThat(decoded.snapshot().groups(BRAND).keySet()).containsExactly("acme");

        ReportSpec other = ReportSpec.builder().by(Dimension.AGENT, Dimension.field("product"), Dimension.TEAM).build();
        assertThatThrownBy(() -> ReportAccumulator.fromByteArray(other, bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the encoded report accumulator was made for a spec with dimensions [agent, brand, team], "
                        + "but this spec has dimensions [agent, product, team]");
    }

    @Test
    void aFieldCannotBeGivenTwice() {
        assertThatThrownBy(() -> ReportSpec.builder().by(BRAND, Dimension.field("brand")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("dimension brand was already given");
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.TicketEvent.Type;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaReport;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SLA targets measured from events in the text, JSON and HTML reports and in the spec
 * encoding; and a report whose policy has none of them reads and encodes as before they existed.
 */
class RenderSlaEventsTest {
    private static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");
    private static final SlaPolicy POLICY = SlaPolicy.builder()
            .target(SlaMetric.FIRST_RESPONSE, Priority.HIGH, SlaTarget.calendar(Duration.ofHours(1)))
            .target(SlaMetric.NEXT_REPLY, Priority.HIGH, SlaTarget.calendar(Duration.ofMinutes(30)))
            .target(SlaMetric.AGENT_WORK, Priority.HIGH, SlaTarget.calendar(Duration.ofHours(2)))
            .build();
    /** a: the customer's 10:00 message answered at 11:00 (late); b: no events (unmeasured). */
    private static final List<Ticket> TICKETS = List.of(
            Ticket.builder("a", MONDAY).agent("ann").priority(Priority.HIGH).build(),
            Ticket.builder("b", MONDAY).agent("bob").priority(Priority.HIGH).build());
    private static final List<TicketEvent> EVENTS = List.of(
            new TicketEvent("a", MONDAY.plusSeconds(600), Type.AGENT_REPLY, "ann"),
            TicketEvent.of("a", MONDAY.plusSeconds(3_600), Type.CUSTOMER_MESSAGE),
            new TicketEvent("a", MONDAY.plusSeconds(7_200), Type.AGENT_REPLY, "cid"),
            new TicketEvent("a", MONDAY.plusSeconds(7_200), Type.SOLVED, "cid"));

    private static KpiReport report(SlaPolicy policy) {
        return ReportSpec.builder().zone(ZoneOffset.UTC).bucket(TimeBucket.DAY).sla(policy, MONDAY.plus(Duration.ofDays(2)))
                .build().compute(TICKETS, List.of(), List.of(), EVENTS);
    }

    @Test
    void theReportShowsTheTargetsThePolicySets() {
        KpiReport report = report(POLICY);
        SlaReport sla = report.sla().orElseThrow();
        assertThat(sla).isEqualTo(SlaReport.of(TICKETS, EVENTS, POLICY, MONDAY.plus(Duration.ofDays(2)), TimeBucket.DAY,
                ZoneOffset.UTC));
        assertThat(sla.nextReply().breachesByAgent()).isEqualTo(Map.of("cid", 1L));
        assertThat(new long[] {sla.agentWork().met(), sla.agentWork().unmeasured()}).containsExactly(1, 1);

        String json = report.toJson();
        assertThat(json).contains("\"nextReply\":{\"met\":0,\"breached\":1,\"pending\":0,\"noTarget\":0,\"unmeasured\":1,")
                .contains("\"agentWork\":{\"met\":1,\"breached\":0,\"pending\":0,\"noTarget\":0,\"unmeasured\":1,")
                .doesNotContain("requesterWait\":{\"met");

        String text = report.toText();
        assertThat(text).containsPattern("\\n +met +breached +pending +no target +unmeasured +attainment\\n")
                .containsPattern("next reply +0 +1 +0 +0 +1 +0\\.0%")
                .containsPattern("agent work +1 +0 +0 +0 +1 +100\\.0%")
                .doesNotContain("requester wait");

        String html = report.toHtml();
        assertThat(html).contains("SLA next reply").contains("SLA agent work").contains("<th scope=\"col\">unmeasured</th>")
                .containsPattern("<path [^>]*stroke=\"" + Svg.VERMILLION + "\"")
                .containsPattern("<path [^>]*stroke=\"" + Svg.GREEN + "\"");
    }

    @Test
    void aPolicyWithoutTheseTargetsReadsAndFingerprintsAsBefore() {
        SlaPolicy old = SlaPolicy.builder()
                .target(SlaMetric.FIRST_RESPONSE, Priority.HIGH, SlaTarget.calendar(Duration.ofHours(1))).build();
        // The fingerprint of encoded accumulators hashes this text: it must not change for old policies.
        assertThat(old.toString()).isEqualTo("SlaPolicy{targets={FIRST_RESPONSE={HIGH=SlaTarget[limit=PT1H, "
                + "businessTime=false]}, RESOLUTION={}}, unprioritizedAs=null}");
        assertThat(POLICY.toString()).contains("NEXT_REPLY={HIGH=").contains("AGENT_WORK={HIGH=")
                .doesNotContain("REQUESTER_WAIT");
        KpiReport report = report(old);
        assertThat(report.toJson()).doesNotContain("nextReply\":{\"met").doesNotContain("unmeasured");
        assertThat(report.toText()).doesNotContain("unmeasured").doesNotContain("next reply +");
    }

    @Test
    void theSpecEncodingKeepsTheNewTargets() {
        ReportSpec spec = ReportSpec.builder().zone(ZoneOffset.UTC).sla(POLICY, MONDAY).build();
        ReportSpec decoded = ReportSpec.fromByteArray(spec.toByteArray());
        assertThat(decoded).isEqualTo(spec);
        assertThat(decoded.slaPolicy().orElseThrow().target(SlaMetric.NEXT_REPLY, Priority.HIGH))
                .contains(SlaTarget.calendar(Duration.ofMinutes(30)));
        // Encoded accumulators with these targets decode under the same spec.
        ReportAccumulator acc = spec.accumulator();
        TICKETS.forEach(acc::add);
        EVENTS.forEach(acc::add);
        assertThat(ReportAccumulator.fromByteArray(spec, acc.toByteArray()).snapshot()).isEqualTo(acc.snapshot());
    }
}

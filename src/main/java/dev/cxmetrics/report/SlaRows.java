package dev.cxmetrics.report;

import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaReport;
import dev.cxmetrics.sla.SlaResult;

import java.util.ArrayList;
import java.util.List;

/** Which SLA results the renderers show, and their names; shared by text, JSON and HTML. */
final class SlaRows {
    private SlaRows() {
    }

    /**
     * First response and resolution always (as before the other targets existed), each target
     * measured from events only when the policy sets it, so a report without them reads as before.
     */
    static List<SlaResult> shown(SlaReport sla, ReportSpec spec) {
        SlaPolicy policy = spec.slaPolicy().orElse(null);
        List<SlaResult> shown = new ArrayList<>();
        for (SlaResult result : sla.results()) {
            SlaMetric metric = result.metric();
            if (!metric.fromEvents() || policy != null && policy.hasTargets(metric)) {
                shown.add(result);
            }
        }
        return shown;
    }

    /** The readable name: {@code first response}, {@code next reply}, {@code agent work}... */
    static String name(SlaMetric metric) {
        return metric.label().replace('_', ' ');
    }

    /** The JSON key: {@code firstResponse}, {@code resolution}, {@code nextReply}, {@code agentWork}, {@code requesterWait}. */
    static String jsonKey(SlaMetric metric) {
        String label = metric.label();
        StringBuilder key = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '_' && i + 1 < label.length()) {
                key.append(Character.toUpperCase(label.charAt(++i)));
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }
}

/**
 * Service-level agreements: {@link dev.cxmetrics.sla.SlaPolicy} sets targets per priority, in
 * calendar or business time — first response and resolution, and, measured from ticket events,
 * next reply, agent work and requester wait ({@link dev.cxmetrics.sla.SlaMetric}) — and
 * {@link dev.cxmetrics.sla.SlaReport} gives attainment and breaches as of an instant.
 */
package dev.cxmetrics.sla;

/**
 * Service-level agreements: {@link dev.cxmetrics.sla.SlaPolicy} sets first-response and
 * resolution targets per priority, in calendar or business time, and
 * {@link dev.cxmetrics.sla.SlaReport} gives attainment and breaches as of an instant.
 */
package dev.cxmetrics.sla;

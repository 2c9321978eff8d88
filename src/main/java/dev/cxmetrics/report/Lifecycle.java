package dev.cxmetrics.report;

import dev.cxmetrics.internal.EventLifecycle;

/**
 * The report's name for the derivation of a ticket's lifecycle from its events; the rule itself
 * lives in {@link EventLifecycle}, which the SLA targets measured from events use too. Not
 * thread-safe.
 */
final class Lifecycle extends EventLifecycle {
}

/**
 * cxmetrics: exact, fast, dependency-free customer-service KPIs.
 *
 * <p>Packages, in the order they may import each other (nothing imports a package above it):
 * <ul>
 *   <li>{@code dev.cxmetrics} — the model: tickets, responses, survey answers;</li>
 *   <li>{@code dev.cxmetrics.sample} — seeded, realistic sample data built from the model alone;</li>
 *   <li>{@code dev.cxmetrics.stats} — exact duration statistics and the mergeable quantile sketch;</li>
 *   <li>{@code dev.cxmetrics.time} — calendar buckets and business hours;</li>
 *   <li>{@code dev.cxmetrics.kpi} — one-shot KPI calculators and their immutable results;</li>
 *   <li>{@code dev.cxmetrics.sla} — SLA policies and attainment;</li>
 *   <li>{@code dev.cxmetrics.report} — the one-pass grouped report and its accumulators;</li>
 *   <li>{@code dev.cxmetrics.cli} — the command-line report over CSV files.</li>
 * </ul>
 */
module dev.cxmetrics {
    exports dev.cxmetrics;
    exports dev.cxmetrics.kpi;
    exports dev.cxmetrics.stats;
    exports dev.cxmetrics.time;
    exports dev.cxmetrics.sla;
    exports dev.cxmetrics.report;
    exports dev.cxmetrics.sample;
}

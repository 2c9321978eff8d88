/**
 * Duration statistics: exact ({@link dev.cxmetrics.stats.DurationStats}) and approximate with
 * bounded memory (the mergeable quantile sketch).
 */
package dev.cxmetrics.stats;

/**
 * Duration statistics: exact ({@link dev.cxmetrics.stats.DurationStats}) and approximate with
 * bounded memory ({@link dev.cxmetrics.stats.DurationSketch}, the mergeable quantile sketch with a
 * relative-accuracy guarantee and a versioned binary encoding).
 */
package dev.cxmetrics.stats;

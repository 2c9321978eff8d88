/**
 * The one-pass grouped KPI report: {@link dev.cxmetrics.report.ReportSpec} describes it,
 * {@link dev.cxmetrics.report.ReportAccumulator} computes it incrementally and mergeably, and
 * {@link dev.cxmetrics.report.KpiReport} holds the immutable result and renders it as text,
 * JSON or CSV.
 */
package dev.cxmetrics.report;

/**
 * One-shot KPI calculators and their immutable results. Every result carries its sample size;
 * a ratio or mean over nothing is empty, never NaN, never 0 and never an exception.
 */
package dev.cxmetrics.kpi;

/**
 * Calendar time: buckets (day, ISO week, month in a zone) and business hours.
 */
package dev.cxmetrics.time;

/**
 * Seeded, realistic sample data: {@link dev.cxmetrics.sample.SampleData} generates tickets,
 * responses and survey answers with stated distributions, for demos, tests, the command line's
 * {@code --sample} option and benchmarks. Depends only on the model.
 */
package dev.cxmetrics.sample;

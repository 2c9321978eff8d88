package dev.cxmetrics.spark;

import dev.cxmetrics.report.ReportSpec;

import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decoded specs per executor JVM, so that the tasks and merges of a job decode (and precompute
 * the business calendar of) their spec once rather than once per partition or merge.
 */
final class SpecCache {
    private static final int LIMIT = 64;
    private static final ConcurrentHashMap<String, ReportSpec> SPECS = new ConcurrentHashMap<>();

    private SpecCache() {
    }

    static ReportSpec get(byte[] encoded) {
        String key = Base64.getEncoder().encodeToString(encoded);
        ReportSpec spec = SPECS.get(key);
        if (spec == null) {
            if (SPECS.size() >= LIMIT) {
                SPECS.clear(); // a long-lived executor running many different specs: start over
            }
            spec = ReportSpec.fromByteArray(encoded);
            SPECS.put(key, spec);
        }
        return spec;
    }
}

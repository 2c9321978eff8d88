package dev.cxmetrics.sla;

import java.util.Locale;

/** What an SLA target limits. */
public enum SlaMetric {
    /** Time from creation to the first human agent reply. */
    FIRST_RESPONSE,
    /** Time from creation to the final resolution. */
    RESOLUTION;

    /**
     * Returns the lower-case name used in JSON and on the command line: {@code first_response},
     * {@code resolution}.
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

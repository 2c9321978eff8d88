package dev.cxmetrics.cli;

/**
 * What reading a CSV file does with a row that parses as CSV but cannot become a model value (a
 * bad value, a model rule broken, a wrong number of fields).
 *
 * <p>Under both policies a file that is not well-formed CSV (a stray quote, a quoted field left
 * open, malformed UTF-8, an oversized record) or has a bad header stops the read with a
 * {@link CsvException}: past such an error, where records begin and end is guesswork.
 */
public enum ErrorPolicy {
    /** Stop at the first bad row by throwing its {@link CsvException}. */
    FAIL_FAST,
    /**
     * Skip bad rows: count them and keep the messages of the first
     * {@value ReadResult#LISTED_ERRORS} in the {@link ReadResult}; none is dropped silently.
     */
    SKIP_INVALID
}

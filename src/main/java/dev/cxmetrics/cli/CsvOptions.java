package dev.cxmetrics.cli;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How to read one CSV file whose columns and timestamps are not exactly ours.
 *
 * <ul>
 *   <li>{@code inputZone}: the zone of timestamps written without an offset
 *       ({@code 2024-03-05 14:22:10}, {@code 2024-03-05T14:22}) and of dates alone
 *       ({@code 2024-03-05} is the start of that day there). A local time in a daylight-saving gap
 *       (02:30 on the spring-forward night in New York) is moved forward by the length of the gap
 *       (03:30 daylight time); a local time in an overlap (01:30 on the fall-back night) takes the
 *       earlier offset (the first 01:30, daylight time): what {@link java.time.ZonedDateTime#ofLocal}
 *       does with no preferred offset.</li>
 *   <li>{@code headers}: our column name to the file's header name, for the columns a file names
 *       differently ({@code id -> Ticket_ID}); a mapped column is found only under its new name.
 *       Keys are lower-cased and trimmed.</li>
 *   <li>{@code strictColumns}: a header column the format does not use is an error instead of
 *       being ignored (and listed in {@link ReadResult#ignoredColumns()}).</li>
 * </ul>
 * Immutable and thread-safe.
 *
 * @param inputZone the zone of local timestamps; required
 * @param headers our column name to the file's header name; copied, never null
 * @param strictColumns whether an unused column is an error
 */
public record CsvOptions(ZoneId inputZone, Map<String, String> headers, boolean strictColumns) {
    private static final CsvOptions DEFAULTS = new CsvOptions(ZoneOffset.UTC, Map.of(), false);

    /**
     * Validates and copies.
     *
     * @param inputZone the zone of local timestamps; required
     * @param headers our column name to the file's header name; required, no blank key or value
     * @param strictColumns whether an unused column is an error
     * @throws NullPointerException when {@code inputZone} or {@code headers} is null
     * @throws IllegalArgumentException when a key or value of {@code headers} is blank
     */
    public CsvOptions {
        Objects.requireNonNull(inputZone, "inputZone");
        Objects.requireNonNull(headers, "headers");
        Map<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> entry : headers.entrySet()) {
            String field = Objects.requireNonNull(entry.getKey(), "headers key").strip().toLowerCase(Locale.ROOT);
            String header = Objects.requireNonNull(entry.getValue(), "headers value").strip();
            if (field.isEmpty() || header.isEmpty()) {
                throw new IllegalArgumentException("headers: column '" + entry.getKey() + "' mapped to '"
                        + entry.getValue() + "': neither may be empty");
            }
            copy.put(field, header);
        }
        headers = Map.copyOf(copy);
    }

    /**
     * Returns the options that read our own format: local times in UTC, no renamed column, unused
     * columns ignored.
     *
     * @return the default options
     */
    public static CsvOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another input zone.
     *
     * @param zone the zone of local timestamps
     * @return the new options
     */
    public CsvOptions withInputZone(ZoneId zone) {
        return new CsvOptions(zone, headers, strictColumns);
    }

    /**
     * Returns a copy with other renamed columns.
     *
     * @param columnToHeader our column name to the file's header name
     * @return the new options
     */
    public CsvOptions withHeaders(Map<String, String> columnToHeader) {
        return new CsvOptions(inputZone, columnToHeader, strictColumns);
    }

    /**
     * Returns a copy in which an unused column is an error, or is not.
     *
     * @param strict whether an unused column is an error
     * @return the new options
     */
    public CsvOptions withStrictColumns(boolean strict) {
        return new CsvOptions(inputZone, headers, strict);
    }
}

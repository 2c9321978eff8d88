package dev.cxmetrics.cli;

import java.util.List;
import java.util.Objects;

/**
 * What reading one CSV file produced: the rows delivered and the rows rejected. Every data
 * record of the file is one or the other, so {@code accepted + rejected} is the number of
 * records. Immutable and thread-safe.
 *
 * @param fileName the file's name as the user gave it
 * @param accepted the number of rows turned into model values and delivered, {@code >= 0}
 * @param rejected the number of bad rows skipped under {@link ErrorPolicy#SKIP_INVALID};
 *     always 0 under {@link ErrorPolicy#FAIL_FAST}
 * @param firstErrors the {@code file:line: column: reason} messages of the first
 *     {@value #LISTED_ERRORS} rejected rows, in file order
 * @param ignoredColumns the header names of the columns no field reads, quoted as in messages
 *     ({@code 'subject'}), in file order; empty when every column was used
 */
public record ReadResult(String fileName, long accepted, long rejected, List<String> firstErrors,
                         List<String> ignoredColumns) {
    /** How many messages of rejected rows are kept. */
    public static final int LISTED_ERRORS = 10;

    /**
     * Creates an instance after validating every component.
     *
     * @param fileName the file's name as the user gave it; required
     * @param accepted the number of rows delivered, {@code >= 0}
     * @param rejected the number of rows skipped, {@code >= 0}
     * @param firstErrors the messages of the first rejected rows; at most {@value #LISTED_ERRORS},
     *     and exactly {@code min(rejected, LISTED_ERRORS)}; copied
     * @throws IllegalArgumentException when a count is negative or the messages do not match
     *     {@code rejected}
     * @param ignoredColumns the header names of the unused columns; copied
     * @throws NullPointerException when {@code fileName}, {@code firstErrors} or
     *     {@code ignoredColumns} is null
     */
    public ReadResult {
        Objects.requireNonNull(fileName, "fileName");
        firstErrors = List.copyOf(firstErrors);
        ignoredColumns = List.copyOf(ignoredColumns);
        if (accepted < 0 || rejected < 0) {
            throw new IllegalArgumentException("accepted " + accepted + " and rejected " + rejected
                    + " must not be negative (file " + fileName + ")");
        }
        if (firstErrors.size() != Math.min(rejected, LISTED_ERRORS)) {
            throw new IllegalArgumentException("firstErrors has " + firstErrors.size() + " messages for "
                    + rejected + " rejected rows; expected min(rejected, " + LISTED_ERRORS + ") (file "
                    + fileName + ")");
        }
    }

    /**
     * Creates an instance of a file whose every column was used.
     *
     * @param fileName the file's name as the user gave it; required
     * @param accepted the number of rows delivered, {@code >= 0}
     * @param rejected the number of rows skipped, {@code >= 0}
     * @param firstErrors the messages of the first rejected rows, as in the canonical constructor
     */
    public ReadResult(String fileName, long accepted, long rejected, List<String> firstErrors) {
        this(fileName, accepted, rejected, firstErrors, List.of());
    }

    /**
     * Returns the number of data records in the file.
     *
     * @return {@code accepted + rejected}
     */
    public long records() {
        return accepted + rejected;
    }
}

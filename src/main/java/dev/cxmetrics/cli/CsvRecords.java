package dev.cxmetrics.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Reads model values from a CSV file one at a time, pull style: {@code while (records.advance())
 * use(records.current());}. Bad rows throw or are skipped and counted, as the
 * {@link ErrorPolicy} says. Not thread-safe; the caller closes the reader.
 *
 * @param <T> the model type of a row
 */
final class CsvRecords<T> {
    private final CsvReader reader;
    private final RowFormat<T> format;
    private final Row row;
    private final ErrorPolicy policy;
    private final List<String> firstErrors = new ArrayList<>();
    private long accepted;
    private long rejected;
    private T current;

    private CsvRecords(CsvReader reader, RowFormat<T> format, ErrorPolicy policy, CsvOptions options) {
        this.reader = reader;
        this.format = format;
        this.policy = Objects.requireNonNull(policy, "policy");
        this.row = format.bind(reader, Objects.requireNonNull(options, "options"));
    }

    /**
     * Reads the header and checks it against the format.
     *
     * @throws CsvException when the header is missing, malformed, or does not fit the format
     */
    static <T> CsvRecords<T> open(Reader in, String fileName, RowFormat<T> format, ErrorPolicy policy,
                                  CsvOptions options) throws IOException {
        return new CsvRecords<>(CsvReader.open(in, fileName), format, policy, options);
    }

    /**
     * Moves to the next valid row.
     *
     * @return false at the end of the file
     * @throws CsvException for malformed CSV, and for a bad row under {@link ErrorPolicy#FAIL_FAST}
     */
    boolean advance() throws IOException {
        current = null;
        while (reader.next()) {
            try {
                reader.checkWidth();
                current = format.map(row);
                accepted++;
                return true;
            } catch (CsvException e) {
                reject(e);
            } catch (IllegalArgumentException e) {
                reject(row.translate(e));
            }
        }
        return false;
    }

    private void reject(CsvException e) {
        if (policy == ErrorPolicy.FAIL_FAST) {
            throw e;
        }
        rejected++;
        if (firstErrors.size() < ReadResult.LISTED_ERRORS) {
            firstErrors.add(e.getMessage());
        }
    }

    /** The row {@link #advance()} moved to. */
    T current() {
        if (current == null) {
            throw new NoSuchElementException("no current row: advance() was not called or returned false");
        }
        return current;
    }

    /**
     * Rejects the current row for a reason found after it was read, for example a ticket id
     * that repeats: throws under {@link ErrorPolicy#FAIL_FAST}, otherwise counts it as rejected
     * instead of accepted. The model's field names in the reason become column names, as for
     * errors found while reading.
     *
     * @throws CsvException naming the row's line, the column and the reason, under FAIL_FAST
     */
    void rejectCurrent(IllegalArgumentException reason) {
        if (current == null) {
            throw new NoSuchElementException("no current row to reject");
        }
        accepted--;
        current = null;
        reject(row.translate(reason));
    }

    /**
     * Rejects the current row for a reason about one of its columns found after it was read, for
     * example an event before its ticket's creation; the reason is used as it is.
     *
     * @throws CsvException naming the row's line, the column and the reason, under FAIL_FAST
     */
    void rejectCurrent(int column, String reason) {
        if (current == null) {
            throw new NoSuchElementException("no current row to reject");
        }
        accepted--;
        current = null;
        reject(row.error(column, reason));
    }

    /** The counts so far; final once {@link #advance()} has returned false. */
    ReadResult result() {
        return new ReadResult(reader.fileName(), accepted, rejected, firstErrors, row.unused());
    }
}

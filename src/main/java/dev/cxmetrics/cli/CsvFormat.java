package dev.cxmetrics.cli;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.TicketEvent;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads and writes one of the four CSV files of the command line: {@link #TICKETS},
 * {@link #RESPONSES}, {@link #SURVEYS} and {@link #EVENTS}.
 *
 * <p>Files are RFC 4180 CSV in UTF-8 with a header row: fields separated by commas, quoted with
 * {@code "} when they hold commas, quotes (doubled) or line breaks; records end with CRLF, LF or
 * a lone CR; blank lines are skipped; a leading byte order mark is dropped; a header may end
 * with a trailing comma. Columns are matched by header name in any order (trimmed, ignoring
 * case), under the names {@link CsvOptions#headers()} gives; optional columns may be left out; a
 * column the format does not use is ignored and listed in {@link ReadResult#ignoredColumns()}, or
 * is an error under {@link CsvOptions#strictColumns()}. Unquoted values are trimmed, and then an
 * empty cell or a lone {@code -} is null; a quoted value is literal ({@code ""} is null).
 * Instants are ISO-8601 with {@code Z} or an offset ({@code 2026-01-31T10:00:00Z},
 * {@code 2026-01-31T11:00:00+01:00}), or local date-times and dates in
 * {@link CsvOptions#inputZone()} ({@code 2026-01-31 10:00}, {@code 2026-01-31T10:00:00.5},
 * {@code 2026-01-31}; see {@link CsvOptions} for daylight-saving gaps and overlaps). Each
 * format's javadoc below lists its required columns and the meaning of empty cells.
 *
 * <p>Reading streams: memory does not grow with the file (one record at a time, each at most
 * 1 MiB characters). Each row is converted and validated by the model's constructor; an error is
 * a {@link CsvException} reading {@code file:line: column: reason}, where the line is the one on
 * which the record starts. See {@link ErrorPolicy} for what happens to bad rows.
 *
 * <p>Writing produces what reading accepts: the canonical header, CRLF line ends, fields
 * quoted when needed, so that {@code read(write(xs))} equals {@code xs}.
 *
 * <p>Instances are immutable and thread-safe; each call reads or writes independently.
 *
 * @param <T> the model type of one row
 */
public final class CsvFormat<T> {
    /**
     * Tickets: {@code id,customer_id,agent_id,channel,type,priority,created_at,
     * first_response_at,resolved_at,agent_replies,reopens,team}. Required: {@code id},
     * {@code created_at}. {@code priority} is {@code low/normal/high/urgent} in any case, or
     * {@code medium} (normal) or {@code critical} (urgent); {@code reopens} empty is 0;
     * {@code agent_replies} empty is 1 when there is a first response, else 0. Instead of the
     * instants a file may give {@code first_response_minutes}, {@code first_response_hours},
     * {@code resolution_minutes} or {@code resolution_hours}: non-negative decimal numbers
     * counted from {@code created_at}; a row gives at most one of each kind.
     */
    public static final CsvFormat<Ticket> TICKETS = new CsvFormat<>(new TicketCsv());

    /**
     * Responses: {@code ticket_id,agent_id,sent_at,handle_seconds,automated}. Required:
     * {@code ticket_id}, {@code sent_at}. {@code handle_seconds} is a non-negative decimal number
     * of seconds ({@code 312.5}), converted exactly (digits past the nanosecond rounded half
     * up), empty when not tracked; {@code automated} is {@code true/false/1/0} in any case,
     * empty meaning false.
     */
    public static final CsvFormat<Response> RESPONSES = new CsvFormat<>(new ResponseCsv());

    /**
     * Survey answers: {@code ticket_id,customer_id,agent_id,kind,score,answered_at}. Required:
     * {@code kind}, {@code score}, {@code answered_at}. {@code kind} is {@code csat/nps/ces} in
     * any case; {@code score} is an integer in the kind's range.
     */
    public static final CsvFormat<SurveyAnswer> SURVEYS = new CsvFormat<>(new SurveyCsv());

    /**
     * Ticket events: {@code ticket_id,at,event,agent_id}. Required: {@code ticket_id}, {@code at},
     * {@code event}. {@code event} is one of {@code open, pending, on_hold, solved, closed,
     * customer_message, agent_reply, bot_reply} in any case; {@code agent_id} empty is null (a
     * customer message, a bot reply, an automatic status change). Whether an event fits its
     * ticket (after its creation, before its close) is checked by the report, not here.
     */
    public static final CsvFormat<TicketEvent> EVENTS = new CsvFormat<>(new EventCsv());

    private static final int BYTE_BUFFER = 1 << 13;

    private final RowFormat<T> rows;

    CsvFormat(RowFormat<T> rows) {
        this.rows = rows;
    }

    /**
     * Returns the column names, in the order {@link #write(Iterable, Writer)} writes them; a
     * format may read more (alternatives found in exports).
     *
     * @return the canonical header names
     */
    public List<String> columns() {
        return rows.writtenNames();
    }

    /**
     * Returns the columns a file must have.
     *
     * @return the required header names
     */
    public List<String> requiredColumns() {
        return rows.requiredNames();
    }

    /**
     * Reads a UTF-8 file and hands each valid row to {@code sink}, in file order.
     *
     * @param file the file; its path as given names it in messages
     * @param policy what to do with a bad row
     * @param sink receives each row; an exception it throws ends the read and propagates as is
     * @return the number of rows delivered and rejected
     * @throws CsvException on malformed CSV, malformed UTF-8, a bad header, or a bad row under
     *     {@link ErrorPolicy#FAIL_FAST}
     * @throws IOException when the file cannot be read
     */
    public ReadResult read(Path file, ErrorPolicy policy, Consumer<? super T> sink) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), policy, sink);
        }
    }

    /**
     * Reads a UTF-8 stream, decoding strictly, and hands each valid row to {@code sink}.
     * Does not close the stream.
     *
     * @param in the bytes of the file
     * @param fileName the name to use in messages
     * @param policy what to do with a bad row
     * @param sink receives each row; an exception it throws ends the read and propagates as is
     * @return the number of rows delivered and rejected
     * @throws CsvException on malformed CSV, malformed UTF-8, a bad header, or a bad row under
     *     {@link ErrorPolicy#FAIL_FAST}
     * @throws IOException when the stream cannot be read
     */
    public ReadResult read(InputStream in, String fileName, ErrorPolicy policy, Consumer<? super T> sink)
            throws IOException {
        return read(in, fileName, policy, CsvOptions.defaults(), sink);
    }

    /**
     * Reads a UTF-8 stream whose columns or local timestamps need {@code options}, decoding
     * strictly, and hands each valid row to {@code sink}. Does not close the stream.
     *
     * @param in the bytes of the file
     * @param fileName the name to use in messages
     * @param policy what to do with a bad row
     * @param options renamed columns, the zone of local timestamps, strictness about columns
     * @param sink receives each row; an exception it throws ends the read and propagates as is
     * @return the number of rows delivered and rejected, and the columns ignored
     * @throws CsvException on malformed CSV, malformed UTF-8, a bad header, or a bad row under
     *     {@link ErrorPolicy#FAIL_FAST}
     * @throws IllegalArgumentException when {@code options} renames a column the format lacks
     * @throws IOException when the stream cannot be read
     */
    public ReadResult read(InputStream in, String fileName, ErrorPolicy policy, CsvOptions options,
                           Consumer<? super T> sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        CsvRecords<T> records = open(in, fileName, policy, options);
        while (records.advance()) {
            sink.accept(records.current());
        }
        return records.result();
    }

    /**
     * Reads characters and hands each valid row to {@code sink}. Does not close the reader.
     *
     * @param in the characters of the file
     * @param fileName the name to use in messages
     * @param policy what to do with a bad row
     * @param sink receives each row; an exception it throws ends the read and propagates as is
     * @return the number of rows delivered and rejected
     * @throws CsvException on malformed CSV, a bad header, or a bad row under
     *     {@link ErrorPolicy#FAIL_FAST}
     * @throws IOException when the reader fails
     */
    public ReadResult read(Reader in, String fileName, ErrorPolicy policy, Consumer<? super T> sink)
            throws IOException {
        Objects.requireNonNull(sink, "sink");
        CsvRecords<T> records = CsvRecords.open(in, fileName, rows, policy, CsvOptions.defaults());
        while (records.advance()) {
            sink.accept(records.current());
        }
        return records.result();
    }

    /** Opens a pull-style reader of UTF-8 bytes, decoded strictly. */
    CsvRecords<T> open(InputStream in, String fileName, ErrorPolicy policy, CsvOptions options)
            throws IOException {
        return CsvRecords.open(new Utf8Reader(in, BYTE_BUFFER), fileName, rows, policy, options);
    }

    /** Opens a pull-style reader of characters. */
    CsvRecords<T> open(Reader in, String fileName, ErrorPolicy policy, CsvOptions options) throws IOException {
        return CsvRecords.open(in, fileName, rows, policy, options);
    }

    /** The rows of this format, for checking options before any file is opened. */
    RowFormat<T> rows() {
        return rows;
    }

    /** Writes the header now and returns a sink that writes one record per value; not thread-safe. */
    RowSink<T> writer(Writer out) throws IOException {
        CsvWriter writer = new CsvWriter(out);
        String[] cells = rows.writtenNames().toArray(new String[0]);
        writer.writeRecord(cells);
        return value -> {
            Objects.requireNonNull(value, "value");
            rows.cells(value, cells);
            writer.writeRecord(cells);
        };
    }

    /** Receives values to write as CSV records. */
    interface RowSink<T> {
        void write(T value) throws IOException;
    }

    /**
     * Writes the header and one record per value. Flushes, but does not close, the writer.
     *
     * @param values the values, iterated once
     * @param out where to write
     * @throws IOException when writing fails
     * @throws NullPointerException when an argument or a value is null
     */
    public void write(Iterable<? extends T> values, Writer out) throws IOException {
        Objects.requireNonNull(values, "values");
        CsvWriter writer = new CsvWriter(out);
        List<String> names = rows.writtenNames();
        String[] cells = names.toArray(new String[0]);
        writer.writeRecord(cells);
        for (T value : values) {
            Objects.requireNonNull(value, "value");
            rows.cells(value, cells);
            writer.writeRecord(cells);
        }
        out.flush();
    }

    /**
     * Writes the header and one record per value to a UTF-8 file, replacing it.
     *
     * @param values the values, iterated once
     * @param file the file to create or replace
     * @throws IOException when writing fails
     * @throws NullPointerException when an argument or a value is null
     */
    public void write(Iterable<? extends T> values, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(values, out);
        }
    }

    @Override
    public String toString() {
        return "CsvFormat[" + rows.kind() + "]";
    }
}

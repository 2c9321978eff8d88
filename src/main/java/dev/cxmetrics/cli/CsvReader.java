package dev.cxmetrics.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A streaming RFC 4180 reader: a header row, then one record at a time.
 *
 * <p>Accepted syntax:
 * <ul>
 *   <li>fields separated by commas; a field may be quoted with {@code "}, and then holds commas,
 *       line breaks (kept verbatim) and doubled quotes {@code ""} (read as one quote);</li>
 *   <li>records end with CRLF, LF or a lone CR (each counts as one line); the last record may
 *       lack a line break; an empty last field ({@code a,b,}) is an empty string;</li>
 *   <li>blank lines (no character at all) are skipped anywhere: they hold no record;</li>
 *   <li>a UTF-8 byte order mark (U+FEFF) at the very start is dropped.</li>
 * </ul>
 * Field values are not trimmed. Malformed input is a {@link CsvException} naming the line on
 * which the record starts: a quote inside an unquoted field, text after a closing quote, a
 * quoted field open at the end of the input, a record longer than the cap, an empty or
 * duplicate header name (an empty last name, from a trailing comma, is allowed, and records may
 * then leave out that last field), malformed UTF-8 (when decoding with {@link Utf8Reader}; then the line
 * is the one holding the bad bytes). Header names are compared trimmed and case-insensitively.
 *
 * <p>Memory is bounded whatever the input: one char buffer, one builder, the fields of one
 * record, each record at most {@code maxRecordChars} characters (1 MiB by default) and a
 * header of at most {@value #MAX_COLUMNS} columns. Fields past the header's width are counted
 * but not kept. Not thread-safe; the caller closes the underlying reader.
 */
final class CsvReader {
    static final int DEFAULT_MAX_RECORD_CHARS = 1 << 20;
    static final int MAX_COLUMNS = 1024;
    /** Large enough that refills cost nothing per record, small enough that opening a tiny file is cheap. */
    private static final int BUFFER_CHARS = 1 << 13;

    private final Reader in;
    private final String fileName;
    private final int maxRecordChars;
    private final char[] buf;
    private int pos;
    private int lim;
    private boolean eof;
    private long line = 1;

    private final StringBuilder sb = new StringBuilder();
    private String[] fields = new String[16];
    /** Whether each field of the current record was quoted: a quoted value is taken literally. */
    private boolean[] quoted = new boolean[16];
    private int count;
    private int recordChars;
    private long recordLine;
    private long records;

    private List<String> header;
    /** Whether the header ends with an empty name (a trailing comma): records may then omit that field. */
    private boolean trailingEmptyName;

    private CsvReader(Reader in, String fileName, int maxRecordChars, int bufferChars) {
        this.in = Objects.requireNonNull(in, "in");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        if (maxRecordChars < 1) {
            throw new IllegalArgumentException("maxRecordChars " + maxRecordChars + " is not positive");
        }
        this.maxRecordChars = maxRecordChars;
        this.buf = new char[bufferChars];
    }

    /**
     * Opens a reader and reads the header row.
     *
     * @throws CsvException when there is no header or a header name is empty or repeated
     */
    static CsvReader open(Reader in, String fileName) throws IOException {
        return open(in, fileName, DEFAULT_MAX_RECORD_CHARS, BUFFER_CHARS);
    }

    /** As {@link #open(Reader, String)}, with a record cap and buffer size for tests. */
    static CsvReader open(Reader in, String fileName, int maxRecordChars, int bufferChars) throws IOException {
        CsvReader reader = new CsvReader(in, fileName, maxRecordChars, bufferChars);
        reader.readHeader();
        return reader;
    }

    private void readHeader() throws IOException {
        if (fill() && buf[0] == '\uFEFF') {
            pos = 1;
        }
        if (!readRecord()) {
            throw new CsvException(fileName, line, null, "no header row: the file is empty");
        }
        if (count > MAX_COLUMNS) {
            throw error(null, "the header has " + count + " columns, more than " + MAX_COLUMNS);
        }
        List<String> names = new ArrayList<>(count);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String name = fields[i].strip();
            if (name.isEmpty() && i == count - 1 && count > 1) {
                // Spreadsheets often write a trailing comma after the last header name.
                trailingEmptyName = true;
                names.add(name);
                continue;
            }
            if (name.isEmpty()) {
                throw error(null, "header column " + (i + 1) + " has an empty name");
            }
            Integer before = seen.putIfAbsent(normalize(name), i);
            if (before != null) {
                throw error(null, "header column " + (i + 1) + " " + Cells.quote(name) + " repeats column "
                        + (before + 1) + " " + Cells.quote(names.get(before)));
            }
            names.add(name);
        }
        header = List.copyOf(names);
        fields = new String[count];
        quoted = new boolean[count];
    }

    /** The form in which header names are compared: trimmed, lower case. */
    static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The header's names, trimmed, in file order; the last may be empty (a trailing comma). */
    List<String> header() {
        return header;
    }

    String fileName() {
        return fileName;
    }

    /**
     * Reads the next data record.
     *
     * @return false at the end of the input
     * @throws CsvException when the input is malformed; reading cannot continue after it
     */
    boolean next() throws IOException {
        if (!readRecord()) {
            return false;
        }
        records++;
        return true;
    }

    /** The number of fields in the current record; may differ from the header's width. */
    int fieldCount() {
        return count;
    }

    /** The field at {@code index}, which must be below both the field count and the header width. */
    String field(int index) {
        Objects.checkIndex(index, Math.min(count, fields.length));
        return fields[index];
    }

    /** Whether the field at {@code index} was quoted in the file. */
    boolean quoted(int index) {
        Objects.checkIndex(index, Math.min(count, fields.length));
        return quoted[index];
    }

    /** The physical line on which the current record starts, 1-based. */
    long recordLine() {
        return recordLine;
    }

    /** The number of data records read so far. */
    long records() {
        return records;
    }

    /**
     * Checks that the current record has as many fields as the header.
     *
     * @throws CsvException otherwise
     */
    void checkWidth() {
        if (count != header.size() && !(trailingEmptyName && count == header.size() - 1)) {
            throw error(null, "the record has " + count + (count == 1 ? " field" : " fields")
                    + " but the header has " + header.size());
        }
    }

    /** An error about the current record, at its first line. */
    CsvException error(String column, String reason) {
        return new CsvException(fileName, recordLine, column, reason);
    }

    /** The header name of field {@code index}, or null when there is no header yet or it is too wide. */
    private String columnOf(int index) {
        return header != null && index < header.size() ? header.get(index) : null;
    }

    /**
     * A syntax error in field {@code index} of the current record, found on {@code physicalLine};
     * the message names that line too when a quoted field has carried it past the record's first.
     */
    private CsvException syntaxError(int index, String reason, long physicalLine) {
        String where = physicalLine == recordLine ? "" : ", on line " + physicalLine;
        return error(columnOf(index), reason + where);
    }

    /** Reads one record into {@link #fields}; false at the end of the input. */
    private boolean readRecord() throws IOException {
        count = 0;
        recordChars = 0;
        for (;;) {
            if (pos >= lim && !fill()) {
                return false;
            }
            char c = buf[pos];
            if (c == '\n') {
                pos++;
                line++;
            } else if (c == '\r') {
                pos++;
                line++;
                skipLineFeed();
            } else {
                break;
            }
        }
        recordLine = line;
        boolean more;
        do {
            if (pos >= lim && !fill()) {
                addField("", false);
                break;
            }
            more = buf[pos] == '"' ? readQuoted() : readUnquoted();
        } while (more);
        return true;
    }

    /** Reads an unquoted field and its terminator; true when a comma follows. */
    private boolean readUnquoted() throws IOException {
        int start = pos;
        boolean spilled = false;
        for (;;) {
            final char[] b = buf;
            final int l = lim;
            int p = pos;
            while (p < l) {
                char c = b[p];
                // The four stop characters all sort at or below ','; most text sorts above.
                if (c <= ',' && (c == ',' || c == '\n' || c == '\r' || c == '"')) {
                    break;
                }
                p++;
            }
            pos = p;
            if (p < l) {
                break;
            }
            if (!spilled) {
                sb.setLength(0);
                spilled = true;
            }
            sb.append(b, start, p - start);
            checkLength(sb.length());
            boolean more = fill();
            start = pos;
            if (!more) {
                break;
            }
        }
        if (spilled) {
            sb.append(buf, start, pos - start);
            addField(sb.toString(), false);
        } else {
            addField(pos == start ? "" : new String(buf, start, pos - start), false);
        }
        return terminator(false);
    }

    /**
     * Reads a quoted field and its terminator; true when a comma follows. A field that lies in
     * the buffer and has no doubled quote becomes a string straight from the buffer; others are
     * assembled in the builder.
     */
    private boolean readQuoted() throws IOException {
        long startLine = line;
        pos++;
        boolean afterCr = false;
        boolean spilled = false;
        String value;
        for (;;) {
            if (pos >= lim && !fill()) {
                throw error(columnOf(count), startLine == recordLine
                        ? "quoted field is not closed at the end of the input"
                        : "quoted field opened on line " + startLine + " is not closed at the end of the input");
            }
            final char[] b = buf;
            final int l = lim;
            final int start = pos;
            int p = pos;
            while (p < l) {
                char c = b[p];
                if (c <= '"') {
                    if (c == '"') {
                        break;
                    }
                    if (c == '\n') {
                        if (!afterCr) {
                            line++;
                        }
                    } else if (c == '\r') {
                        line++;
                        afterCr = true;
                        p++;
                        continue;
                    }
                }
                afterCr = false;
                p++;
            }
            if (!spilled && (p >= l - 1 || b[p + 1] == '"')) {
                sb.setLength(0);
                spilled = true;
            }
            if (p == l) {
                // The field goes on past the buffer.
                sb.append(b, start, p - start);
                checkLength(sb.length());
                pos = p;
                continue;
            }
            if (p + 1 < l && b[p + 1] != '"') {
                // The closing quote, with the next character at hand.
                value = spilled ? sb.append(b, start, p - start).toString() : new String(b, start, p - start);
                pos = p + 1;
                break;
            }
            // A doubled quote, or a quote at the very end of the buffer: look past it.
            sb.append(b, start, p - start);
            checkLength(sb.length());
            pos = p + 1;
            if (pos >= lim && !fill()) {
                value = sb.toString();
                break;
            }
            if (buf[pos] != '"') {
                value = sb.toString();
                break;
            }
            sb.append('"');
            pos++;
            afterCr = false;
        }
        addField(value, true);
        return terminator(true);
    }

    /** Consumes the character after a field: a comma (true), a line break or the end (false). */
    private boolean terminator(boolean quoted) throws IOException {
        if (pos >= lim) {
            return false;
        }
        char c = buf[pos];
        if (c == ',') {
            pos++;
            return true;
        }
        if (c == '\n') {
            pos++;
            line++;
            return false;
        }
        if (c == '\r') {
            pos++;
            line++;
            skipLineFeed();
            return false;
        }
        throw quoted
                ? syntaxError(count - 1, "text after the closing quote of a quoted field", line)
                : syntaxError(count - 1, "quote inside an unquoted field (quote the whole field and double"
                        + " the quotes inside it)", line);
    }

    private void skipLineFeed() throws IOException {
        if ((pos < lim || fill()) && buf[pos] == '\n') {
            pos++;
        }
    }

    private void addField(String value, boolean wasQuoted) {
        recordChars += value.length() + 1;
        checkLength(0);
        if (count == fields.length && header == null && count < MAX_COLUMNS) {
            fields = Arrays.copyOf(fields, Math.min(2 * count, MAX_COLUMNS));
            quoted = Arrays.copyOf(quoted, fields.length);
        }
        if (count < fields.length) {
            fields[count] = value;
            quoted[count] = wasQuoted;
        }
        count++;
    }

    private void checkLength(int pending) {
        if ((long) recordChars + pending > maxRecordChars) {
            throw error(null, "the record is longer than " + maxRecordChars + " characters");
        }
    }

    /** Refills the buffer, which must be fully consumed; false at the end of the input. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        try {
            do {
                n = in.read(buf, 0, buf.length);
            } while (n == 0);
        } catch (CharacterCodingException e) {
            throw new CsvException(fileName, line, null, e.getMessage() == null ? "malformed input" : e.getMessage());
        }
        if (n < 0) {
            eof = true;
            pos = 0;
            lim = 0;
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }
}

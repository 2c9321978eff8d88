package dev.cxmetrics.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes RFC 4180 records: fields separated by commas, records ended by CRLF, a field quoted
 * (its quotes doubled) when it holds a comma, a quote, CR or LF, is a lone {@code -} or starts
 * or ends with white space. Null and empty fields are
 * written empty. Not thread-safe; does not close or flush the writer.
 */
final class CsvWriter {
    private final Writer out;

    CsvWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    void writeRecord(String[] fields) throws IOException {
        if (fields.length == 1 && (fields[0] == null || fields[0].isEmpty())) {
            // An empty line would read back as a blank line, which holds no record.
            out.write("\"\"\r\n");
            return;
        }
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String field = fields[i];
            if (field != null) {
                writeField(field);
            }
        }
        out.write("\r\n");
    }

    private void writeField(String field) throws IOException {
        if (!needsQuotes(field)) {
            out.write(field);
            return;
        }
        out.write('"');
        int from = 0;
        for (int i = 0; i < field.length(); i++) {
            if (field.charAt(i) == '"') {
                out.write(field, from, i + 1 - from);
                out.write('"');
                from = i + 1;
            }
        }
        out.write(field, from, field.length() - from);
        out.write('"');
    }

    static boolean needsQuotes(String field) {
        // The reader trims unquoted cells and reads a lone "-" as empty; quoted ones are literal.
        if (!field.isEmpty() && (field.equals("-") || Character.isWhitespace(field.charAt(0))
                || Character.isWhitespace(field.charAt(field.length() - 1)))) {
            return true;
        }
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}

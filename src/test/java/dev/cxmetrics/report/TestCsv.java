package dev.cxmetrics.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, strict RFC 4180 reader for checking rendered output. Every record must end with
 * CRLF; a field is either unquoted (no comma, quote, CR or LF) or quoted with doubled inner
 * quotes, and a closing quote must be followed by a comma or the end of the record. Anything
 * else is rejected with an {@link IllegalArgumentException} naming the offset.
 */
final class TestCsv {
    private TestCsv() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            List<String> record = new ArrayList<>();
            while (true) {
                StringBuilder field = new StringBuilder();
                if (pos < text.length() && text.charAt(pos) == '"') {
                    pos++;
                    while (true) {
                        if (pos >= text.length()) {
                            throw new IllegalArgumentException("unterminated quoted field at offset " + pos);
                        }
                        char c = text.charAt(pos++);
                        if (c != '"') {
                            field.append(c);
                        } else if (pos < text.length() && text.charAt(pos) == '"') {
                            field.append('"');
                            pos++;
                        } else {
                            break;
                        }
                    }
                } else {
                    while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\r') {
                        char c = text.charAt(pos);
                        if (c == '"' || c == '\n') {
                            throw new IllegalArgumentException("bare " + (c == '"' ? "quote" : "LF")
                                    + " in an unquoted field at offset " + pos);
                        }
                        field.append(c);
                        pos++;
                    }
                }
                record.add(field.toString());
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                if (!text.startsWith("\r\n", pos)) {
                    throw new IllegalArgumentException("expected a comma or CRLF at offset " + pos);
                }
                pos += 2;
                break;
            }
            records.add(record);
        }
        return records;
    }
}

package dev.cxmetrics.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An obviously correct, slow CSV parser for tests: one character at a time over a whole string,
 * following the rules {@link CsvReader} documents. Returns the records it parsed and, when the
 * text is malformed, the first error (its record's line and the field index at fault).
 */
final class ReferenceCsv {
    /** One record and the line it starts on. */
    record Rec(long line, List<String> fields) {
    }

    /** The records before the first error, and the error, if any. */
    record Parsed(List<Rec> records, Long errorLine, Integer errorField) {
        boolean failed() {
            return errorLine != null;
        }

        /** The header error, when the first record is not a valid header. */
        boolean headerInvalid() {
            if (records.isEmpty()) {
                return true;
            }
            Set<String> seen = new HashSet<>();
            List<String> names = records.get(0).fields();
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i).strip().toLowerCase(Locale.ROOT);
                if (n.isEmpty() && i == names.size() - 1 && i > 0) {
                    continue;  // a trailing comma after the last name
                }
                if (n.isEmpty() || !seen.add(n)) {
                    return true;
                }
            }
            return records.get(0).fields().size() > CsvReader.MAX_COLUMNS;
        }
    }

    private ReferenceCsv() {
    }

    static Parsed parse(String s) {
        List<Rec> records = new ArrayList<>();
        int n = s.length();
        int i = s.startsWith("\uFEFF") ? 1 : 0;
        long line = 1;
        for (;;) {
            while (i < n && (s.charAt(i) == '\r' || s.charAt(i) == '\n')) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                line++;
            }
            if (i >= n) {
                return new Parsed(records, null, null);
            }
            long start = line;
            List<String> fields = new ArrayList<>();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                StringBuilder f = new StringBuilder();
                if (i < n && s.charAt(i) == '"') {
                    i++;
                    for (;;) {
                        if (i >= n) {
                            return new Parsed(records, start, fields.size());
                        }
                        char c = s.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && s.charAt(i + 1) == '"') {
                                f.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        if (c == '\n' || c == '\r' && !(i + 1 < n && s.charAt(i + 1) == '\n')) {
                            line++;
                        }
                        f.append(c);
                        i++;
                    }
                    if (i < n && ",\r\n".indexOf(s.charAt(i)) < 0) {
                        return new Parsed(records, start, fields.size());
                    }
                } else {
                    while (i < n && ",\r\n".indexOf(s.charAt(i)) < 0) {
                        if (s.charAt(i) == '"') {
                            return new Parsed(records, start, fields.size());
                        }
                        f.append(s.charAt(i));
                        i++;
                    }
                }
                fields.add(f.toString());
                if (i >= n) {
                    endOfRecord = true;
                } else if (s.charAt(i) == ',') {
                    i++;
                } else {
                    if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    i++;
                    line++;
                    endOfRecord = true;
                }
            }
            records.add(new Rec(start, fields));
        }
    }
}

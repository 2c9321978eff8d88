package dev.cxmetrics.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of one CSV file kind and the mapping between a record and a model value.
 *
 * <p>Each column has our name ({@code created_at}), the model field it fills (for messages) and
 * the header name a file carries by default: our name for our own formats, the helpdesk's name
 * for a preset ({@code Created at}). {@link CsvOptions#headers()} renames columns. Columns are
 * matched to the header by name, in any order, trimmed and ignoring case. A required column must
 * be present; optional ones may be absent, which reads as an empty cell in every row. A header
 * column the format does not use is ignored and listed in the {@link ReadResult}, or with
 * {@link CsvOptions#strictColumns()} is an error naming it, so that a typo such as
 * {@code agentid} can be caught. Subclasses are stateless and thread-safe.
 *
 * @param <T> the model type of one row
 */
abstract class RowFormat<T> {
    /** One column: our name, the model field it fills, whether it must be present, its default header. */
    record Column(String name, String field, boolean required, String header) {
    }

    static Column required(String name, String field) {
        return new Column(name, field, true, name);
    }

    static Column optional(String name, String field) {
        return new Column(name, field, false, name);
    }

    private final String kind;
    private final Column[] columns;
    /** Header names a file of this kind may carry that no column reads; never listed as unused. */
    private final List<String> known;

    RowFormat(String kind, Column... columns) {
        this(kind, List.of(), columns);
    }

    RowFormat(String kind, List<String> known, Column... columns) {
        this.kind = kind;
        this.columns = columns.clone();
        List<String> names = new ArrayList<>();
        for (String name : known) {
            names.add(CsvReader.normalize(name));
        }
        this.known = List.copyOf(names);
    }

    /** The kind of file, in the plural: "tickets". */
    final String kind() {
        return kind;
    }

    /** Our column names, in the order the writer uses. */
    final List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.length);
        for (Column column : columns) {
            names.add(column.name());
        }
        return List.copyOf(names);
    }

    /** How many leading columns the writer writes; the rest are alternatives read from exports. */
    int writtenColumns() {
        return columns.length;
    }

    /** The names of the columns the writer writes, in order. */
    final List<String> writtenNames() {
        return columnNames().subList(0, writtenColumns());
    }

    /** The names of the columns that must be present. */
    final List<String> requiredNames() {
        List<String> names = new ArrayList<>();
        for (Column column : columns) {
            if (column.required()) {
                names.add(column.name());
            }
        }
        return List.copyOf(names);
    }

    final Column column(int column) {
        return columns[column];
    }

    final int columnCount() {
        return columns.length;
    }

    /**
     * Maps the current record of a row.
     *
     * @throws CsvException when a cell cannot be converted
     * @throws IllegalArgumentException when the model rejects the values
     */
    abstract T map(Row row);

    /**
     * Fills {@code cells} (one per column, in column order) with the text of {@code value}; null
     * for empty. Formats that are only read (presets) do not write.
     */
    void cells(T value, String[] cells) {
        throw new UnsupportedOperationException(kind + " are read, not written");
    }

    /** The header names, normalized, that a file read with {@code options} must have. */
    final List<String> requiredHeaders(CsvOptions options) {
        List<String> names = new ArrayList<>();
        for (Column column : columns) {
            String renamed = options.headers().get(column.name());
            if (column.required() || renamed != null) {
                names.add(CsvReader.normalize(renamed != null ? renamed : column.header()));
            }
        }
        return names;
    }

    /**
     * Checks that every renamed column is one of ours.
     *
     * @throws IllegalArgumentException naming the unknown column and listing ours
     */
    final void checkRenamed(CsvOptions options) {
        for (String name : options.headers().keySet()) {
            if (indexOf(name) < 0) {
                throw new IllegalArgumentException("no column '" + name + "' in " + kind + " (columns: "
                        + String.join(", ", columnNames()) + ")");
            }
        }
    }

    /**
     * Resolves the header against the columns.
     *
     * @throws CsvException naming every missing required column, every renamed column the header
     *     lacks, and under strict columns every unused one
     */
    final Row bind(CsvReader reader, CsvOptions options) {
        checkRenamed(options);
        String[] wanted = new String[columns.length];
        for (int c = 0; c < columns.length; c++) {
            String renamed = options.headers().get(columns[c].name());
            wanted[c] = CsvReader.normalize(renamed != null ? renamed : columns[c].header());
        }
        List<String> header = reader.header();
        int[] positions = new int[columns.length];
        Arrays.fill(positions, -1);
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = CsvReader.normalize(header.get(i));
            int column = indexOf(wanted, name);
            if (column >= 0) {
                positions[column] = i;
            } else if (!name.isEmpty() && !known.contains(name)) {
                unused.add(Cells.quote(header.get(i)));
            }
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < columns.length; c++) {
            boolean renamed = options.headers().containsKey(columns[c].name());
            if ((columns[c].required() || renamed) && positions[c] < 0) {
                missing.add(renamed || !columns[c].header().equals(columns[c].name())
                        ? "'" + columns[c].name() + "' (header '" + options.headers().getOrDefault(columns[c].name(),
                                columns[c].header()) + "')"
                        : "'" + columns[c].name() + "'");
            }
        }
        boolean strict = options.strictColumns() && !unused.isEmpty();
        if (strict || !missing.isEmpty()) {
            StringBuilder reason = new StringBuilder();
            if (strict) {
                reason.append(unused.size() == 1 ? "unknown column " : "unknown columns ")
                        .append(String.join(", ", unused));
            }
            if (!missing.isEmpty()) {
                reason.append(reason.length() > 0 ? "; " : "")
                        .append(missing.size() == 1 ? "missing required column " : "missing required columns ")
                        .append(String.join(", ", missing));
            }
            reason.append(" (").append(kind).append(" columns: ").append(String.join(", ", columnNames()))
                    .append("; required: ").append(String.join(", ", requiredNames())).append(')');
            throw reader.error(null, reason.toString());
        }
        return new Row(reader, this, positions, options.inputZone(), unused);
    }

    private int indexOf(String normalizedName) {
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].name().equals(normalizedName)) {
                return c;
            }
        }
        return -1;
    }

    private static int indexOf(String[] names, String name) {
        for (int c = 0; c < names.length; c++) {
            if (names[c].equals(name)) {
                return c;
            }
        }
        return -1;
    }
}

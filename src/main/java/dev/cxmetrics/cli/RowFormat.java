package dev.cxmetrics.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of one CSV file kind and the mapping between a record and a model value.
 *
 * <p>Columns are matched to the header by name, in any order, trimmed and ignoring case. A
 * required column must be present; optional ones may be absent, which reads as an empty cell
 * in every row. A header column that the format does not know is an error naming it, so a
 * typo such as {@code agentid} is caught instead of the column being ignored. Subclasses are
 * stateless and thread-safe.
 *
 * @param <T> the model type of one row
 */
abstract class RowFormat<T> {
    /** One column: its header name, the model field it fills, whether it must be present. */
    record Column(String name, String field, boolean required) {
    }

    static Column required(String name, String field) {
        return new Column(name, field, true);
    }

    static Column optional(String name, String field) {
        return new Column(name, field, false);
    }

    private final String kind;
    private final Column[] columns;

    RowFormat(String kind, Column... columns) {
        this.kind = kind;
        this.columns = columns.clone();
    }

    /** The kind of file, in the plural: "tickets". */
    final String kind() {
        return kind;
    }

    /** The canonical header names, in the order the writer uses. */
    final List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.length);
        for (Column column : columns) {
            names.add(column.name());
        }
        return List.copyOf(names);
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

    final String columnName(int column) {
        return columns[column].name();
    }

    /**
     * Maps the current record of a row.
     *
     * @throws CsvException when a cell cannot be converted
     * @throws IllegalArgumentException when the model rejects the values
     */
    abstract T map(Row row);

    /** Fills {@code cells} (one per column, in column order) with the text of {@code value}; null for empty. */
    abstract void cells(T value, String[] cells);

    /**
     * Resolves the header against the columns.
     *
     * @throws CsvException naming every unknown and every missing required column
     */
    final Row bind(CsvReader reader) {
        List<String> header = reader.header();
        int[] positions = new int[columns.length];
        Arrays.fill(positions, -1);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = CsvReader.normalize(header.get(i));
            int column = indexOf(name);
            if (column < 0) {
                unknown.add(Cells.quote(header.get(i)));
            } else {
                positions[column] = i;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].required() && positions[c] < 0) {
                missing.add("'" + columns[c].name() + "'");
            }
        }
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            StringBuilder reason = new StringBuilder();
            if (!unknown.isEmpty()) {
                reason.append(unknown.size() == 1 ? "unknown column " : "unknown columns ")
                        .append(String.join(", ", unknown));
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
        return new Row(reader, this, positions);
    }

    private int indexOf(String normalizedName) {
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].name().equals(normalizedName)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Turns a model validation error into a row error. The model names fields in camel case at
     * the start of its messages ({@code "reopens -1 is negative (ticket T-1)"}); the row error
     * names the column instead ({@code "reopens: -1 is negative (ticket T-1)"}).
     */
    final CsvException translate(IllegalArgumentException e, CsvReader reader) {
        String message = String.valueOf(e.getMessage());
        String column = null;
        for (Column c : columns) {
            if (message.startsWith(c.field() + " ")) {
                column = c.name();
                message = message.substring(c.field().length() + 1);
                break;
            }
        }
        // Field names in the rest of the message become column names too, but never inside the
        // " (ticket <id>)" suffix: the id is user data.
        int suffix = message.indexOf(" (ticket ");
        String body = suffix < 0 ? message : message.substring(0, suffix);
        for (Column c : columns) {
            if (!c.field().equals(c.name())) {
                body = body.replace(c.field(), c.name());
            }
        }
        return reader.error(column, suffix < 0 ? body : body + message.substring(suffix));
    }
}

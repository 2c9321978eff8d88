package dev.cxmetrics;

/**
 * A dictionary-encoded column: one code per row into a dictionary of values, -1 for absent.
 * Both arrays are private copies, checked when made: every code is -1 or a dictionary index.
 * A null dictionary entry reads as absent, like a null record field. Immutable.
 */
final class Coded<T> {
    private final int[] codes;
    private final T[] dictionary;

    private Coded(int[] codes, T[] dictionary) {
        this.codes = codes;
        this.dictionary = dictionary;
    }

    /** Copies and checks a column of {@code rows} codes; the column is named {@code column} in errors. */
    static <T> Coded<T> of(int[] codes, T[] dictionary, int rows, String column) {
        if (codes == null || dictionary == null) {
            throw new ColumnValueException(-1, column, null,
                    (codes == null ? "codes" : "dictionary") + " must not be null", null);
        }
        Columns.checkLength(codes.length, rows, column);
        int[] copy = codes.clone();
        for (int row = 0; row < copy.length; row++) {
            int code = copy[row];
            if (code < -1 || code >= dictionary.length) {
                throw new ColumnValueException(row, column, null, "code " + code + " is not -1 (absent) or an index "
                        + "of the dictionary of " + dictionary.length + " values", null);
            }
        }
        return new Coded<>(copy, dictionary.clone());
    }

    /** The value of a row, or null when absent. */
    T value(int row) {
        int code = codes[row];
        return code < 0 ? null : dictionary[code];
    }

    /** The code of a row: -1 when absent. */
    int code(int row) {
        return codes[row];
    }

    int dictionarySize() {
        return dictionary.length;
    }

    T entry(int code) {
        return dictionary[code];
    }
}

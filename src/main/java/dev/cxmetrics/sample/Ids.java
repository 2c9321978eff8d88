package dev.cxmetrics.sample;

/** Zero-padded identifiers such as {@code T-000042}, without {@code String.format}'s cost. */
final class Ids {
    private Ids() {
    }

    /** The number of decimal digits of a non-negative value. */
    static int digits(long value) {
        int digits = 1;
        while (value >= 10) {
            value /= 10;
            digits++;
        }
        return digits;
    }

    /** {@code prefix} followed by {@code value} left-padded with zeros to {@code width} digits. */
    static String padded(String prefix, long value, int width) {
        int length = Math.max(width, digits(value));
        char[] chars = new char[prefix.length() + length];
        prefix.getChars(0, prefix.length(), chars, 0);
        for (int i = chars.length - 1; i >= prefix.length(); i--) {
            chars[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return new String(chars);
    }
}

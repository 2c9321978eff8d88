package dev.cxmetrics.report;

import dev.cxmetrics.Ticket;

/**
 * Escaping for HTML and SVG: every piece of text that comes from data goes through
 * {@link #append(StringBuilder, String)}, which is safe both as element content and inside a
 * quoted attribute.
 */
final class HtmlText {
    private HtmlText() {
    }

    /**
     * Appends {@code text} escaped: {@code & < > " '} as character references, control characters,
     * line separators and unpaired surrogates as visible escapes (as in text output), so nothing
     * in a name can end an element, an attribute or a comment, or start markup.
     */
    static StringBuilder append(StringBuilder out, String text) {
        String printable = TextRenderer.printable(text);
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out;
    }

    /**
     * An id fragment for a dimension's label: the label itself when it is lower-case ASCII letters
     * (agent, channel...), else {@code field-} and the hex digits of its UTF-8 bytes, so that a
     * custom field's name can neither break the attribute nor collide with a built-in id.
     */
    static String id(String label) {
        if (label.matches("[a-z]+")) {
            return label;
        }
        StringBuilder id = new StringBuilder("field-");
        for (byte b : label.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            id.append(Character.forDigit(b >> 4 & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return id.toString();
    }

    /** A group key for people: the absent key as {@code (none)}, anything else as it is. */
    static String key(String key) {
        return key.equals(Ticket.ABSENT) ? TextRenderer.ABSENT_LABEL : key;
    }

    /**
     * The first {@code max} code points of {@code text} and an ellipsis when it is longer, so that
     * a long name does not run over a chart; never splits a surrogate pair.
     */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
    }
}

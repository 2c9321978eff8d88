package dev.cxmetrics.report;

/** Small SVG writing helpers shared by the charts: numbers, the frame with its title and description. */
final class Svg {
    /** Okabe-Ito colours, distinguishable with the common colour-vision deficiencies. */
    static final String BLUE = "#0072B2";
    static final String VERMILLION = "#D55E00";
    static final String GREEN = "#009E73";
    static final String PURPLE = "#CC79A7";
    static final String ORANGE = "#E69F00";
    static final String SKY = "#56B4E9";

    private Svg() {
    }

    /** Appends a coordinate rounded to a tenth of a pixel, without exponent or {@code -0}. */
    static StringBuilder num(StringBuilder out, double value) {
        // Rounded half away from zero, so that a chart and its mirror image round alike.
        long tenths = Math.round(Math.abs(value) * 10);
        if (value < 0 && tenths != 0) {
            out.append('-');
        }
        out.append(tenths / 10);
        if (tenths % 10 != 0) {
            out.append('.').append(tenths % 10);
        }
        return out;
    }

    /** Opens an {@code <svg>} of the given size with its {@code <title>} and {@code <desc>}, both escaped. */
    static void open(StringBuilder out, String id, int width, int height, String title, String desc) {
        out.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-t ").append(id).append("-d\" id=\"").append(id).append("\">")
                .append("<title id=\"").append(id).append("-t\">");
        HtmlText.append(out, title).append("</title><desc id=\"").append(id).append("-d\">");
        HtmlText.append(out, desc).append("</desc>\n");
    }

    /** A text element; {@code anchor} is start, middle or end. */
    static void text(StringBuilder out, double x, double y, String anchor, String cssClass, String text) {
        out.append("<text x=\"");
        num(out, x).append("\" y=\"");
        num(out, y).append('"');
        if (!anchor.equals("start")) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (!cssClass.isEmpty()) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>');
        HtmlText.append(out, text).append("</text>");
    }

    /** A horizontal or vertical line. */
    static void line(StringBuilder out, double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"");
        num(out, x1).append("\" y1=\"");
        num(out, y1).append("\" x2=\"");
        num(out, x2).append("\" y2=\"");
        num(out, y2).append("\" class=\"").append(cssClass).append("\"/>");
    }

    /** A filled rectangle; a negative width or height is drawn from the other side. */
    static void rect(StringBuilder out, double x, double y, double w, double h, String fill) {
        out.append("<rect x=\"");
        num(out, w < 0 ? x + w : x).append("\" y=\"");
        num(out, h < 0 ? y + h : y).append("\" width=\"");
        num(out, Math.abs(w)).append("\" height=\"");
        num(out, Math.abs(h)).append("\" fill=\"").append(fill).append("\"/>");
    }

    /** A legend entry: a swatch (solid or dashed line, or a square) and its name, starting at {@code x}. */
    static double legend(StringBuilder out, double x, double y, String colour, String style, String name) {
        if (style.equals("box")) {
            rect(out, x, y - 9, 10, 10, colour);
        } else {
            out.append("<line x1=\"");
            num(out, x).append("\" y1=\"");
            num(out, y - 4).append("\" x2=\"");
            num(out, x + 16).append("\" y2=\"");
            num(out, y - 4).append("\" stroke=\"").append(colour).append("\" class=\"").append(style).append("\"/>");
        }
        text(out, x + 20, y, "start", "legend", name);
        return x + 28 + 7 * name.length();
    }
}

package dev.cxmetrics.report;

import java.util.List;

/**
 * A chart of values per calendar bucket: columns or lines over a {@link TimeAxis}. A bucket
 * without a value (no data that day) is a gap: no column, and a break in the line, never a 0.
 * A point whose neighbours are both missing is drawn as a dot so it stays visible.
 */
final class TrendChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final double LEFT = 56;
    static final double RIGHT = WIDTH - 16;
    static final double TOP = 30;
    static final double BOTTOM = HEIGHT - 44;

    /**
     * One series: values at ascending slots, {@code NaN} for a bucket that has no value.
     *
     * @param name the legend text
     * @param colour the colour
     * @param style {@code box} (columns), {@code solid} or {@code dashed} (lines)
     * @param slots ascending slots
     * @param values raw values, one per slot
     */
    record Series(String name, String colour, String style, long[] slots, double[] values) {
    }

    private TrendChart() {
    }

    /** The x pixel of the centre of a slot. */
    static double x(TimeAxis axis, double slot) {
        return LEFT + (slot + 0.5) * (RIGHT - LEFT) / axis.slots();
    }

    /** Writes the chart; series with style {@code box} are drawn as side-by-side columns. */
    static void write(StringBuilder out, String id, String title, String desc, TimeAxis axis, ValueAxis values,
                      List<Series> series) {
        Svg.open(out, id, WIDTH, HEIGHT, title, desc);
        frame(out, axis, values);
        double legendX = LEFT + 70;
        boolean any = false;
        int columns = 0;
        for (Series s : series) {
            columns += s.style().equals("box") ? 1 : 0;
        }
        int column = 0;
        for (Series s : series) {
            legendX = Svg.legend(out, legendX, 14, s.colour(), s.style(), s.name());
            if (s.style().equals("box")) {
                any |= columns(out, axis, values, s, column++, columns);
            } else {
                any |= line(out, axis, values, s);
            }
        }
        if (!any) {
            Svg.text(out, (LEFT + RIGHT) / 2, (TOP + BOTTOM) / 2, "middle", "empty", "no data");
        }
        out.append("</svg>\n");
    }

    private static void frame(StringBuilder out, TimeAxis axis, ValueAxis values) {
        NiceScale scale = values.scale();
        for (double tick : scale.ticks()) {
            double y = scale.map(tick, BOTTOM, TOP);
            Svg.line(out, LEFT, y, RIGHT, y, tick == 0 ? "zero" : "grid");
            Svg.text(out, LEFT - 6, y + 4, "end", "tick", scale.label(tick));
        }
        Svg.text(out, 4, 14, "start", "unit", values.unit());
        if (axis.slots() == 0) {
            return;
        }
        int maxTicks = (int) ((RIGHT - LEFT) / 58);
        for (TimeAxis.Tick tick : axis.ticks(maxTicks)) {
            double x = x(axis, tick.slot());
            Svg.line(out, x, BOTTOM, x, BOTTOM + 4, "axis");
            Svg.text(out, x, BOTTOM + 17, "middle", "tick", tick.label());
            if (!tick.year().isEmpty()) {
                Svg.text(out, x, BOTTOM + 31, "middle", "tick", tick.year());
            }
        }
    }

    private static boolean columns(StringBuilder out, TimeAxis axis, ValueAxis values, Series s, int index,
                                   int count) {
        double slotWidth = (RIGHT - LEFT) / axis.slots();
        double width = Math.max(0.5, slotWidth * 0.8 / count);
        double zero = values.map(0, BOTTOM, TOP);
        boolean any = false;
        out.append("<g fill=\"").append(s.colour()).append("\">");
        for (int i = 0; i < s.slots().length; i++) {
            double v = s.values()[i];
            if (Double.isNaN(v)) {
                continue;
            }
            any = true;
            double left = LEFT + s.slots()[i] * slotWidth + slotWidth * 0.1 + index * width;
            double y = values.map(v, BOTTOM, TOP);
            out.append("<rect x=\"");
            Svg.num(out, left).append("\" y=\"");
            Svg.num(out, Math.min(y, zero)).append("\" width=\"");
            Svg.num(out, width).append("\" height=\"");
            Svg.num(out, Math.abs(zero - y)).append("\"/>");
        }
        out.append("</g>\n");
        return any;
    }

    private static boolean line(StringBuilder out, TimeAxis axis, ValueAxis values, Series s) {
        long[] slots = s.slots();
        double[] v = s.values();
        boolean dots = axis.slots() <= 40;
        StringBuilder path = new StringBuilder(slots.length * 14);
        StringBuilder points = new StringBuilder();
        boolean any = false;
        for (int i = 0; i < slots.length; i++) {
            if (Double.isNaN(v[i])) {
                continue;
            }
            any = true;
            boolean joinsPrevious = i > 0 && slots[i - 1] == slots[i] - 1 && !Double.isNaN(v[i - 1]);
            boolean joinsNext = i + 1 < slots.length && slots[i + 1] == slots[i] + 1 && !Double.isNaN(v[i + 1]);
            double x = x(axis, slots[i]);
            double y = values.map(v[i], BOTTOM, TOP);
            path.append(joinsPrevious ? 'L' : 'M');
            Svg.num(path, x).append(' ');
            Svg.num(path, y);
            if (dots || !joinsPrevious && !joinsNext) {
                points.append("<circle cx=\"");
                Svg.num(points, x).append("\" cy=\"");
                Svg.num(points, y).append("\" r=\"2.5\"/>");
            }
        }
        if (path.length() > 0) {
            out.append("<path d=\"").append(path).append("\" stroke=\"").append(s.colour())
                    .append("\" class=\"").append(s.style()).append("\"/>");
        }
        if (points.length() > 0) {
            out.append("<g fill=\"").append(s.colour()).append("\">").append(points).append("</g>");
        }
        out.append('\n');
        return any;
    }
}

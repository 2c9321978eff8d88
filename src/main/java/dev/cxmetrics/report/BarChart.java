package dev.cxmetrics.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Horizontal bars, one per group, sorted by value (largest first; groups without a value last,
 * shown as "no data", never as a zero bar), each with its sample size beside it. Negative values
 * (an NPS) extend left of the zero line.
 */
final class BarChart {
    static final int WIDTH = 640;
    static final double LABELS = 150;
    static final double PLOT_RIGHT = 500;
    static final double ROW = 20;
    static final double TOP = 26;
    /** The most bars drawn; the tables below the charts hold every group. */
    static final int MAX_BARS = 30;

    /**
     * One bar.
     *
     * @param label the group's name, unescaped
     * @param value the raw value, {@code NaN} when the group has none
     * @param text the value for people, e.g. {@code 37m 40s}
     * @param n the sample size behind the value
     */
    record Bar(String label, double value, String text, long n) {
    }

    private BarChart() {
    }

    /** The bars in chart order: by value descending, then as given; those without a value last. */
    static List<Bar> sorted(List<Bar> bars) {
        List<Bar> sorted = new ArrayList<>(bars);
        sorted.sort(Comparator.comparingInt((Bar b) -> Double.isNaN(b.value()) ? 1 : 0)
                .thenComparing((Bar a, Bar b) -> Double.isNaN(a.value()) ? 0 : Double.compare(b.value(), a.value())));
        return sorted;
    }

    /** The height of a chart of {@code bars} bars. */
    static int height(int bars) {
        return (int) (TOP + Math.max(1, Math.min(bars, MAX_BARS)) * ROW + 8);
    }

    /** Writes the chart of the bars (sorted here when {@code sort}), at most {@link #MAX_BARS} of them. */
    static void write(StringBuilder out, String id, String title, String desc, ValueAxis values, List<Bar> bars,
                      boolean sort) {
        List<Bar> sorted = sort ? sorted(bars) : bars;
        int shown = Math.min(sorted.size(), MAX_BARS);
        if (shown < sorted.size()) {
            desc = desc + " The " + shown + " highest of " + sorted.size() + " groups are shown; the table lists all.";
        }
        int height = height(sorted.size());
        Svg.open(out, id, WIDTH, height, title, desc);
        NiceScale scale = values.scale();
        double bottom = height - 8;
        for (double tick : scale.ticks()) {
            double x = scale.map(tick, LABELS, PLOT_RIGHT);
            Svg.line(out, x, TOP - 4, x, bottom, tick == 0 ? "zero" : "grid");
            Svg.text(out, x, TOP - 8, "middle", "tick", scale.label(tick));
        }
        Svg.text(out, 4, TOP - 8, "start", "unit", values.unit());
        Svg.text(out, WIDTH - 4, TOP - 8, "end", "unit", "sample");
        if (sorted.isEmpty()) {
            Svg.text(out, (LABELS + PLOT_RIGHT) / 2, TOP + 14, "middle", "empty", "no data");
        }
        double zero = values.map(0, LABELS, PLOT_RIGHT);
        for (int i = 0; i < shown; i++) {
            Bar bar = sorted.get(i);
            double y = TOP + i * ROW;
            label(out, bar.label(), y + 14);
            if (Double.isNaN(bar.value())) {
                Svg.text(out, zero + 4, y + 14, "start", "empty", "no data");
            } else {
                double end = values.map(bar.value(), LABELS, PLOT_RIGHT);
                Svg.rect(out, zero, y + 3, end - zero, ROW - 6, bar.value() < 0 ? Svg.VERMILLION : Svg.BLUE);
                Svg.text(out, Math.max(end, zero) + 4, y + 14, "start", "value", bar.text());
            }
            Svg.text(out, WIDTH - 4, y + 14, "end", "n", "n=" + bar.n());
            out.append('\n');
        }
        out.append("</svg>\n");
    }

    private static void label(StringBuilder out, String label, double y) {
        String shortened = HtmlText.shorten(label, 22);
        out.append("<text x=\"");
        Svg.num(out, LABELS - 6).append("\" y=\"");
        Svg.num(out, y).append("\" text-anchor=\"end\" class=\"label\">");
        if (!shortened.equals(label)) {
            out.append("<title>");
            HtmlText.append(out, label).append("</title>");
        }
        HtmlText.append(out, shortened).append("</text>");
    }
}

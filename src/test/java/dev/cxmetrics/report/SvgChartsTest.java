package dev.cxmetrics.report;

import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Geometry of the trend and bar charts: positions, gaps, dots, empty and negative data. */
class SvgChartsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    private static String trend(TimeAxis axis, ValueAxis values, TrendChart.Series... series) {
        StringBuilder out = new StringBuilder();
        TrendChart.write(out, "c1", "Title", "Description", axis, values, List.of(series));
        return out.toString();
    }

    private static TimeAxis days(int count) {
        return TimeAxis.of(TimeBucket.DAY, List.of(MONDAY, MONDAY.plusDays(count - 1)));
    }

    @Test
    void everyChartHasItsTitleAndDescription() {
        String svg = trend(days(3), ValueAxis.counts(10, "tickets"),
                new TrendChart.Series("created", Svg.BLUE, "box", new long[] {0}, new double[] {4}));
        assertThat(svg).startsWith("<svg ").contains("<title id=\"c1-t\">Title</title>")
                .contains("<desc id=\"c1-d\">Description</desc>").contains("aria-labelledby=\"c1-t c1-d\"")
                .endsWith("</svg>\n");
    }

    @Test
    void aColumnStandsOnZeroWithTheHeightOfItsValue() {
        ValueAxis values = ValueAxis.counts(83, "tickets");
        assertThat(values.scale()).isEqualTo(new NiceScale(0, 100, 20));
        String svg = trend(days(4), values,
                new TrendChart.Series("created", Svg.BLUE, "box", new long[] {0, 3}, new double[] {50, 83}));
        double plot = TrendChart.BOTTOM - TrendChart.TOP;
        double slot = (TrendChart.RIGHT - TrendChart.LEFT) / 4;
        // After the legend's swatch.
        List<double[]> rects = numbers(svg.substring(svg.indexOf("<g ")),
                "<rect x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" width=\"([-0-9.]+)\" height=\"([-0-9.]+)\"");
        assertThat(rects).hasSize(2);
        assertThat(rects.get(0)[0]).isCloseTo(TrendChart.LEFT + slot * 0.1, within(0.06));
        assertThat(rects.get(0)[3]).isCloseTo(plot / 2, within(0.06));
        assertThat(rects.get(0)[1] + rects.get(0)[3]).isCloseTo(TrendChart.BOTTOM, within(0.1));
        assertThat(rects.get(1)[0]).isCloseTo(TrendChart.LEFT + 3 * slot + slot * 0.1, within(0.06));
        assertThat(rects.get(1)[3]).isCloseTo(plot * 0.83, within(0.06));
    }

    @Test
    void aMissingDayBreaksTheLineAndAnIsolatedPointIsADot() {
        // Days 0, 1, 2 joined; day 3 missing; day 4 alone; day 5 has no value; day 6 and 7 joined.
        long[] slots = {0, 1, 2, 4, 5, 6, 7};
        double[] values = {10, 20, 30, 40, Double.NaN, 50, 60};
        String svg = trend(days(60), ValueAxis.durations(60),
                new TrendChart.Series("median", Svg.BLUE, "solid", slots, values));
        Matcher path = Pattern.compile("<path d=\"([^\"]*)\"").matcher(svg);
        assertThat(path.find()).isTrue();
        String d = path.group(1);
        assertThat(d.chars().filter(c -> c == 'M').count()).as(d).isEqualTo(3);
        assertThat(d.chars().filter(c -> c == 'L').count()).as(d).isEqualTo(3);
        List<double[]> dots = numbers(svg, "<circle cx=\"([-0-9.]+)\" cy=\"([-0-9.]+)\"");
        assertThat(dots).hasSize(1);
        assertThat(dots.get(0)[0]).isCloseTo(TrendChart.x(days(60), 4), within(0.06));
        assertThat(svg).doesNotContain("no data");
    }

    @Test
    void aShortSeriesShowsEveryPointAsADot() {
        String svg = trend(days(2), ValueAxis.percent(70, 80),
                new TrendChart.Series("CSAT %", Svg.GREEN, "solid", new long[] {0, 1}, new double[] {70, 80}));
        assertThat(numbers(svg, "<circle cx=\"([-0-9.]+)\" cy=\"([-0-9.]+)\"")).hasSize(2);
    }

    @Test
    void onePointIsCentredInItsSlot() {
        TimeAxis axis = TimeAxis.of(TimeBucket.DAY, List.of(MONDAY));
        String svg = trend(axis, ValueAxis.percent(75, 75),
                new TrendChart.Series("CSAT %", Svg.GREEN, "solid", new long[] {0}, new double[] {75}));
        List<double[]> dots = numbers(svg, "<circle cx=\"([-0-9.]+)\" cy=\"([-0-9.]+)\"");
        assertThat(dots).hasSize(1);
        assertThat(dots.get(0)[0]).isCloseTo((TrendChart.LEFT + TrendChart.RIGHT) / 2, within(0.06));
        assertThat(dots.get(0)[1]).isCloseTo((TrendChart.TOP + TrendChart.BOTTOM) / 2, within(0.06));
    }

    @Test
    void allEqualValuesDrawAFlatLineInsideThePlot() {
        double[] values = {3600, 3600, 3600};
        ValueAxis axis = ValueAxis.durations(3600);
        assertThat(axis.unit()).isEqualTo("minutes");
        String svg = trend(days(3), axis,
                new TrendChart.Series("median", Svg.BLUE, "solid", new long[] {0, 1, 2}, values));
        List<double[]> dots = numbers(svg, "<circle cx=\"([-0-9.]+)\" cy=\"([-0-9.]+)\"");
        assertThat(dots).extracting(p -> p[1]).containsOnly(dots.get(0)[1]);
        assertThat(dots.get(0)[1]).isBetween(TrendChart.TOP, TrendChart.BOTTOM);
    }

    @Test
    void anEmptySeriesSaysNoDataAndDrawsNothing() {
        String svg = trend(TimeAxis.of(TimeBucket.DAY, List.of()), ValueAxis.nps(Double.NaN, Double.NaN),
                new TrendChart.Series("NPS", Svg.PURPLE, "solid", new long[0], new double[0]));
        assertThat(svg).contains("no data").doesNotContain("<path").doesNotContain("<circle");
        String allEmpty = trend(days(3), ValueAxis.percent(Double.NaN, Double.NaN),
                new TrendChart.Series("CSAT %", Svg.GREEN, "solid", new long[] {0, 2}, new double[] {Double.NaN, Double.NaN}));
        assertThat(allEmpty).contains("no data").doesNotContain("<path").doesNotContain("<circle");
    }

    @Test
    void negativeNpsFallsBelowTheZeroLine() {
        ValueAxis axis = ValueAxis.nps(-40, 20);
        assertThat(axis.scale().lo()).isLessThanOrEqualTo(-40);
        String svg = trend(days(2), axis,
                new TrendChart.Series("NPS", Svg.PURPLE, "solid", new long[] {0, 1}, new double[] {-40, 20}));
        List<double[]> dots = numbers(svg, "<circle cx=\"([-0-9.]+)\" cy=\"([-0-9.]+)\"");
        double zero = axis.map(0, TrendChart.BOTTOM, TrendChart.TOP);
        assertThat(svg).contains("class=\"zero\"");
        assertThat(dots.get(0)[1]).isGreaterThan(zero);
        assertThat(dots.get(1)[1]).isLessThan(zero);
    }

    @Test
    void durationAxesPickAReadableUnit() {
        assertThat(ValueAxis.durations(90).unit()).isEqualTo("seconds");
        assertThat(ValueAxis.durations(3 * 3600).unit()).isEqualTo("hours");
        assertThat(ValueAxis.durations(5 * 86400).unit()).isEqualTo("days");
        ValueAxis hours = ValueAxis.durations(7.3 * 3600);
        assertThat(hours.scale().hi()).isEqualTo(8);
        assertThat(hours.map(4 * 3600, 0, 100)).isCloseTo(50, within(1e-9));
    }

    @Test
    void barsAreSortedByValueWithEmptyGroupsLast() {
        List<BarChart.Bar> bars = List.of(new BarChart.Bar("a", 2, "2", 2), new BarChart.Bar("b", Double.NaN, "-", 0),
                new BarChart.Bar("c", 9, "9", 9), new BarChart.Bar("d", 2, "2", 2), new BarChart.Bar("e", -3, "-3", 1));
        assertThat(BarChart.sorted(bars)).extracting(BarChart.Bar::label).containsExactly("c", "a", "d", "e", "b");
    }

    @Test
    void barsCarryTheirSampleSizeAndNegativeBarsGoLeftOfZero() {
        ValueAxis axis = ValueAxis.nps(-50, 50);
        StringBuilder out = new StringBuilder();
        BarChart.write(out, "b1", "NPS", "desc", axis, List.of(new BarChart.Bar("ann", 50, "50.0", 12),
                new BarChart.Bar("bob", -50, "-50.0", 7), new BarChart.Bar("cy", Double.NaN, "-", 0)), true);
        String svg = out.toString();
        double zero = axis.map(0, BarChart.LABELS, BarChart.PLOT_RIGHT);
        List<double[]> rects = numbers(svg, "<rect x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" width=\"([-0-9.]+)\"");
        assertThat(rects).hasSize(2);
        assertThat(rects.get(0)[0]).isCloseTo(zero, within(0.06));
        assertThat(rects.get(1)[0] + rects.get(1)[2]).isCloseTo(zero, within(0.1));
        assertThat(rects.get(0)[2]).isCloseTo(rects.get(1)[2], within(0.1));
        assertThat(svg).contains(">n=12<").contains(">n=7<").contains(">n=0<").contains(">no data<");
    }

    @Test
    void onlyTheFirstThirtyBarsAreDrawnAndTheDescriptionSaysSo() {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            bars.add(new BarChart.Bar("agent-" + i, i, Integer.toString(i), i));
        }
        StringBuilder out = new StringBuilder();
        BarChart.write(out, "b1", "Tickets", "Tickets per agent.", ValueAxis.counts(44, "tickets"), bars, true);
        assertThat(numbers(out.toString(), "<rect x=\"([-0-9.]+)\"")).hasSize(30);
        assertThat(out.toString()).contains("The 30 highest of 45 groups are shown").contains(">agent-44<")
                .doesNotContain(">agent-14<");
        assertThat(BarChart.height(45)).isEqualTo(BarChart.height(30));
    }

    @Test
    void coordinatesAreWrittenToATenthWithoutMinusZero() {
        assertThat(Svg.num(new StringBuilder(), 12.345).toString()).isEqualTo("12.3");
        assertThat(Svg.num(new StringBuilder(), -0.04).toString()).isEqualTo("0");
        assertThat(Svg.num(new StringBuilder(), -7.25).toString()).isEqualTo("-7.3");
        assertThat(Svg.num(new StringBuilder(), 40).toString()).isEqualTo("40");
    }

    private static List<double[]> numbers(String svg, String regex) {
        Matcher m = Pattern.compile(regex).matcher(svg);
        List<double[]> result = new ArrayList<>();
        while (m.find()) {
            double[] values = new double[m.groupCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = Double.parseDouble(m.group(i + 1));
            }
            result.add(values);
        }
        return result;
    }
}

package dev.cxmetrics.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The cells of a report's cross-tabs, immutable and sorted: rows and dimension columns in their
 * dimension's {@link Dimension#keyOrder() key order}, bucket columns by date. Only cells some
 * record fell into are present.
 */
final class CrossTabSets {
    private static final CrossTabSets NONE = new CrossTabSets(List.of(), Map.of(), Map.of());

    private final List<CrossTab> order;
    private final Map<CrossTab, SortedMap<String, SortedMap<String, KpiSet>>> byDimension;
    private final Map<CrossTab, SortedMap<String, SortedMap<LocalDate, KpiSet>>> byBucket;

    CrossTabSets(List<CrossTab> order, Map<CrossTab, Map<String, Map<String, KpiSet>>> byDimension,
                 Map<CrossTab, Map<String, Map<LocalDate, KpiSet>>> byBucket) {
        this.order = List.copyOf(order);
        Map<CrossTab, SortedMap<String, SortedMap<String, KpiSet>>> dimensions = new HashMap<>();
        for (Map.Entry<CrossTab, Map<String, Map<String, KpiSet>>> tab : byDimension.entrySet()) {
            dimensions.put(tab.getKey(), sorted(tab.getValue(), tab.getKey().rows().keyOrder(),
                    tab.getKey().columnsOrNull().keyOrder()));
        }
        this.byDimension = Collections.unmodifiableMap(dimensions);
        Map<CrossTab, SortedMap<String, SortedMap<LocalDate, KpiSet>>> buckets = new HashMap<>();
        for (Map.Entry<CrossTab, Map<String, Map<LocalDate, KpiSet>>> tab : byBucket.entrySet()) {
            buckets.put(tab.getKey(), sorted(tab.getValue(), tab.getKey().rows().keyOrder(), Comparator.naturalOrder()));
        }
        this.byBucket = Collections.unmodifiableMap(buckets);
    }

    static CrossTabSets none() {
        return NONE;
    }

    private static <C> SortedMap<String, SortedMap<C, KpiSet>> sorted(Map<String, Map<C, KpiSet>> rows,
            Comparator<String> rowOrder, Comparator<? super C> columnOrder) {
        SortedMap<String, SortedMap<C, KpiSet>> sorted = new TreeMap<>(rowOrder);
        for (Map.Entry<String, Map<C, KpiSet>> row : rows.entrySet()) {
            SortedMap<C, KpiSet> columns = new TreeMap<>(columnOrder);
            columns.putAll(row.getValue());
            sorted.put(row.getKey(), Collections.unmodifiableSortedMap(columns));
        }
        return Collections.unmodifiableSortedMap(sorted);
    }

    /** The cross-tabs in the spec's order. */
    List<CrossTab> order() {
        return order;
    }

    /** The cells of a cross-tab with dimension columns, or null when the report has none such. */
    SortedMap<String, SortedMap<String, KpiSet>> byDimension(CrossTab tab) {
        return byDimension.get(tab);
    }

    /** The cells of a cross-tab by bucket, or null when the report has none such. */
    SortedMap<String, SortedMap<LocalDate, KpiSet>> byBucket(CrossTab tab) {
        return byBucket.get(tab);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CrossTabSets that && order.equals(that.order) && byDimension.equals(that.byDimension)
                && byBucket.equals(that.byBucket);
    }

    @Override
    public int hashCode() {
        return Objects.hash(order, byDimension, byBucket);
    }
}

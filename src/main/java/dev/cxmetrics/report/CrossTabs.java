package dev.cxmetrics.report;

import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of a spec's cross-tabs: per cross-tab, per row key, the cells by column key (a
 * {@link Dimension} column) or a {@link BucketIndex} (bucket columns), each cell a group.
 *
 * <p>A record's keys come from the record itself for {@link Dimension#AGENT} and from its ticket's
 * key tuple for the other dimensions ({@link Ticket#ABSENT} when it has no ticket), so a lookup
 * costs two hash probes (or a probe and a bucket search) and allocates only a new cell.
 * Single-threaded, like the accumulator that owns it.
 */
final class CrossTabs {
    /** The axis of the record's own agent. */
    private static final int AGENT = -1;
    /** The axis of the calendar bucket (columns only). */
    private static final int BUCKET = -2;

    private final ReportSpec spec;
    private final double relativeAccuracy;
    final CrossTab[] tabs;
    /** Per tab, the position of its row dimension among the key dimensions, or {@link #AGENT}. */
    private final int[] rowAxis;
    /** Per tab, the position of its column dimension among the key dimensions, {@link #AGENT} or {@link #BUCKET}. */
    private final int[] columnAxis;
    /** Per tab with dimension columns: row key, column key, cell; null for bucket tabs. */
    final List<Map<String, Map<String, GroupAccumulator>>> cells;
    /** Per tab with bucket columns: row key, its buckets; null for dimension tabs. */
    final List<Map<String, BucketIndex>> bucketCells;
    private final int dimensionTabs;

    CrossTabs(ReportSpec spec, Dimension[] keyDimensions, double relativeAccuracy) {
        this.spec = spec;
        this.relativeAccuracy = relativeAccuracy;
        this.tabs = spec.crossTabs().toArray(new CrossTab[0]);
        this.rowAxis = new int[tabs.length];
        this.columnAxis = new int[tabs.length];
        this.cells = new ArrayList<>(tabs.length);
        this.bucketCells = new ArrayList<>(tabs.length);
        int byDimension = 0;
        for (int t = 0; t < tabs.length; t++) {
            rowAxis[t] = axis(tabs[t].rows(), keyDimensions);
            Dimension columns = tabs[t].columnsOrNull();
            columnAxis[t] = columns == null ? BUCKET : axis(columns, keyDimensions);
            cells.add(columns == null ? null : new HashMap<>());
            bucketCells.add(columns == null ? new HashMap<>() : null);
            byDimension += columns == null ? 0 : 1;
        }
        this.dimensionTabs = byDimension;
    }

    private static int axis(Dimension dimension, Dimension[] keyDimensions) {
        if (dimension == Dimension.AGENT) {
            return AGENT;
        }
        for (int j = 0; j < keyDimensions.length; j++) {
            if (keyDimensions[j].equals(dimension)) {
                return j;
            }
        }
        throw new IllegalStateException("no ticket key for " + dimension);
    }

    /** A copy with copies of every cell, so that a report can fold tickets in without changing this. */
    CrossTabs copy() {
        CrossTabs copy = new CrossTabs(this);
        copy.merge(this);
        return copy;
    }

    /** Copies the axes of {@code of}, with no cells. */
    private CrossTabs(CrossTabs of) {
        this.spec = of.spec;
        this.relativeAccuracy = of.relativeAccuracy;
        this.tabs = of.tabs;
        this.rowAxis = of.rowAxis;
        this.columnAxis = of.columnAxis;
        this.dimensionTabs = of.dimensionTabs;
        this.cells = new ArrayList<>(tabs.length);
        this.bucketCells = new ArrayList<>(tabs.length);
        for (int t = 0; t < tabs.length; t++) {
            cells.add(of.cells.get(t) == null ? null : new HashMap<>());
            bucketCells.add(of.bucketCells.get(t) == null ? null : new HashMap<>());
        }
    }

    boolean isEmpty() {
        return tabs.length == 0;
    }

    /** The number of cross-tabs with dimension columns: the cells a ticket falls in regardless of time. */
    int dimensionTabs() {
        return dimensionTabs;
    }

    /** The number of cross-tabs by bucket: the cells of a ticket beside each bucket it falls in. */
    int bucketTabs() {
        return tabs.length - dimensionTabs;
    }

    /** The key of a record on an axis: its own agent, or its ticket's key ({@code slot < 0}: no ticket). */
    private static String key(int axis, String agent, TicketIndex tickets, int slot) {
        if (axis == AGENT) {
            return agent == null ? Ticket.ABSENT : agent;
        }
        return slot < 0 ? Ticket.ABSENT : tickets.key(slot, axis);
    }

    /** Counts a response in its cell of every cross-tab. */
    void response(long handleNanos, String agent, TicketIndex tickets, int slot, Instant sentAt) {
        response(handleNanos, agent, tickets, slot, sentAt.getEpochSecond());
    }

    /** Counts a response's handle time in its cell of every cross-tab, sent in epoch second {@code sentSecond}. */
    void response(long handleNanos, String agent, TicketIndex tickets, int slot, long sentSecond) {
        for (int t = 0; t < tabs.length; t++) {
            cell(t, agent, tickets, slot, sentSecond).response(handleNanos);
        }
    }

    /** Counts an answer in its cell of every cross-tab. */
    void answer(SurveyAnswer answer, TicketIndex tickets, int slot) {
        answer(answer.kind(), answer.score(), answer.agentId(), tickets, slot, answer.answeredAt().getEpochSecond());
    }

    /** Counts an answer of {@code kind} scoring {@code score}, answered in epoch second {@code second}, in its cells. */
    void answer(SurveyKind kind, int score, String agent, TicketIndex tickets, int slot, long second) {
        for (int t = 0; t < tabs.length; t++) {
            cell(t, agent, tickets, slot, second).answer(kind, score);
        }
    }

    private GroupAccumulator cell(int t, String agent, TicketIndex tickets, int slot, long second) {
        String row = key(rowAxis[t], agent, tickets, slot);
        if (columnAxis[t] == BUCKET) {
            return rowBuckets(t, row).groupOfSecond(second);
        }
        return cell(t, row, key(columnAxis[t], agent, tickets, slot));
    }

    /**
     * Puts a ticket's cell of each cross-tab with dimension columns into {@code into} from
     * {@code at}, with {@code agent} as its agent key; returns how many.
     */
    int ticketCells(GroupAccumulator[] into, int at, String agent, TicketIndex tickets, int slot) {
        int n = 0;
        for (int t = 0; t < tabs.length; t++) {
            if (columnAxis[t] != BUCKET) {
                into[at + n++] = cell(t, key(rowAxis[t], agent, tickets, slot), key(columnAxis[t], agent, tickets, slot));
            }
        }
        return n;
    }

    /**
     * Puts a ticket's cell of each cross-tab by bucket, for the bucket of the epoch second
     * {@code second}, into {@code into} from {@code at}; returns how many.
     */
    int bucketCells(GroupAccumulator[] into, int at, String agent, TicketIndex tickets, int slot, long second) {
        int n = 0;
        for (int t = 0; t < tabs.length; t++) {
            if (columnAxis[t] == BUCKET) {
                into[at + n++] = rowBuckets(t, key(rowAxis[t], agent, tickets, slot)).groupOfSecond(second);
            }
        }
        return n;
    }

    GroupAccumulator cell(int t, String row, String column) {
        Map<String, Map<String, GroupAccumulator>> rows = cells.get(t);
        Map<String, GroupAccumulator> columns = rows.get(row);
        if (columns == null) {
            columns = new HashMap<>();
            rows.put(row, columns);
        }
        GroupAccumulator cell = columns.get(column);
        if (cell == null) {
            cell = new GroupAccumulator(relativeAccuracy);
            columns.put(column, cell);
        }
        return cell;
    }

    BucketIndex rowBuckets(int t, String row) {
        Map<String, BucketIndex> rows = bucketCells.get(t);
        BucketIndex buckets = rows.get(row);
        if (buckets == null) {
            buckets = new BucketIndex(spec.bucket(), spec.zone(), relativeAccuracy);
            rows.put(row, buckets);
        }
        return buckets;
    }

    /** Adds every cell of {@code other}, a cross-tab set of the same spec. */
    void merge(CrossTabs other) {
        for (int t = 0; t < tabs.length; t++) {
            if (columnAxis[t] == BUCKET) {
                for (Map.Entry<String, BucketIndex> row : other.bucketCells.get(t).entrySet()) {
                    BucketIndex mine = rowBuckets(t, row.getKey());
                    for (Map.Entry<LocalDate, GroupAccumulator> cell : row.getValue().groups().entrySet()) {
                        mine.groupOf(cell.getKey()).merge(cell.getValue());
                    }
                }
            } else {
                for (Map.Entry<String, Map<String, GroupAccumulator>> row : other.cells.get(t).entrySet()) {
                    for (Map.Entry<String, GroupAccumulator> cell : row.getValue().entrySet()) {
                        cell(t, row.getKey(), cell.getKey()).merge(cell.getValue());
                    }
                }
            }
        }
    }

    /** The non-empty cells as immutable sets, for a report. */
    CrossTabSets snapshot() {
        Map<CrossTab, Map<String, Map<String, KpiSet>>> byDimension = new HashMap<>();
        Map<CrossTab, Map<String, Map<LocalDate, KpiSet>>> byBucket = new HashMap<>();
        for (int t = 0; t < tabs.length; t++) {
            if (columnAxis[t] == BUCKET) {
                Map<String, Map<LocalDate, KpiSet>> rows = new HashMap<>();
                for (Map.Entry<String, BucketIndex> row : bucketCells.get(t).entrySet()) {
                    Map<LocalDate, KpiSet> sets = snapshot(row.getValue().groups());
                    if (!sets.isEmpty()) {
                        rows.put(row.getKey(), sets);
                    }
                }
                byBucket.put(tabs[t], rows);
            } else {
                Map<String, Map<String, KpiSet>> rows = new HashMap<>();
                for (Map.Entry<String, Map<String, GroupAccumulator>> row : cells.get(t).entrySet()) {
                    Map<String, KpiSet> sets = snapshot(row.getValue());
                    if (!sets.isEmpty()) {
                        rows.put(row.getKey(), sets);
                    }
                }
                byDimension.put(tabs[t], rows);
            }
        }
        return new CrossTabSets(spec.crossTabs(), byDimension, byBucket);
    }

    private static <K> Map<K, KpiSet> snapshot(Map<K, GroupAccumulator> groups) {
        Map<K, KpiSet> sets = new HashMap<>();
        for (Map.Entry<K, GroupAccumulator> entry : groups.entrySet()) {
            // A lookup whose record was then rejected can leave an empty cell behind.
            if (!entry.getValue().isEmpty()) {
                sets.put(entry.getKey(), entry.getValue().snapshot());
            }
        }
        return sets;
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.internal.ByteReader;
import dev.cxmetrics.internal.ByteWriter;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cross-tab section of the report encoding, present only when the spec has cross-tabs (so
 * that encodings of other specs are unchanged): per cross-tab in spec order, the count of rows,
 * then per row in key order its key ref, the count of its cells and per cell in column order the
 * column key ref (or, by bucket, its date as the bucket section writes dates) and the group.
 * Groups hold responses and answers only, like the dimension groups; empty cells are left out.
 */
final class CrossTabCodec {
    /** A column ref or date, and a group. */
    private static final int MIN_CELL_BYTES = 1 + GroupCodec.MIN_BYTES;

    private CrossTabCodec() {
    }

    static void addStrings(TreeSet<String> strings, CrossTabs crossTabs) {
        for (int t = 0; t < crossTabs.tabs.length; t++) {
            if (crossTabs.tabs[t].isByBucket()) {
                for (Map.Entry<String, BucketIndex> row : crossTabs.bucketCells.get(t).entrySet()) {
                    if (hasCells(row.getValue().groups())) {
                        strings.add(row.getKey());
                    }
                }
            } else {
                for (Map.Entry<String, Map<String, GroupAccumulator>> row : crossTabs.cells.get(t).entrySet()) {
                    for (Map.Entry<String, GroupAccumulator> cell : row.getValue().entrySet()) {
                        if (!cell.getValue().isEmpty()) {
                            strings.add(row.getKey());
                            strings.add(cell.getKey());
                        }
                    }
                }
            }
        }
    }

    static void write(ByteWriter out, CrossTabs crossTabs, Map<String, Integer> refs) {
        for (int t = 0; t < crossTabs.tabs.length; t++) {
            if (crossTabs.tabs[t].isByBucket()) {
                TreeMap<String, TreeMap<LocalDate, GroupAccumulator>> rows = new TreeMap<>();
                for (Map.Entry<String, BucketIndex> row : crossTabs.bucketCells.get(t).entrySet()) {
                    TreeMap<LocalDate, GroupAccumulator> cells = nonEmpty(row.getValue().groups());
                    if (!cells.isEmpty()) {
                        rows.put(row.getKey(), cells);
                    }
                }
                out.writeVarLong(rows.size());
                for (Map.Entry<String, TreeMap<LocalDate, GroupAccumulator>> row : rows.entrySet()) {
                    out.writeVarLong(refs.get(row.getKey()));
                    out.writeVarLong(row.getValue().size());
                    LocalDate previous = null;
                    for (Map.Entry<LocalDate, GroupAccumulator> cell : row.getValue().entrySet()) {
                        ReportCodec.writeDate(out, previous, cell.getKey());
                        GroupCodec.write(out, cell.getValue());
                        previous = cell.getKey();
                    }
                }
            } else {
                TreeMap<String, TreeMap<String, GroupAccumulator>> rows = new TreeMap<>();
                for (Map.Entry<String, Map<String, GroupAccumulator>> row : crossTabs.cells.get(t).entrySet()) {
                    TreeMap<String, GroupAccumulator> cells = nonEmpty(row.getValue());
                    if (!cells.isEmpty()) {
                        rows.put(row.getKey(), cells);
                    }
                }
                out.writeVarLong(rows.size());
                for (Map.Entry<String, TreeMap<String, GroupAccumulator>> row : rows.entrySet()) {
                    out.writeVarLong(refs.get(row.getKey()));
                    out.writeVarLong(row.getValue().size());
                    for (Map.Entry<String, GroupAccumulator> cell : row.getValue().entrySet()) {
                        out.writeVarLong(refs.get(cell.getKey()));
                        GroupCodec.write(out, cell.getValue());
                    }
                }
            }
        }
    }

    /**
     * Reads the section into the accumulator's empty cross-tabs: keys valid for their dimension
     * and strictly ascending (string refs ascend with the sorted table), dates ascending bucket
     * starts, cells non-empty and without tickets.
     */
    static void read(ReportDecoder decoder, ByteReader in, ReportAccumulator accumulator) {
        CrossTabs crossTabs = accumulator.crossTabs;
        for (int t = 0; t < crossTabs.tabs.length; t++) {
            CrossTab tab = crossTabs.tabs[t];
            String label = tab.label(accumulator.spec().bucket());
            int rowCount = in.readLength(label + " cross-tab row count", 1 + MIN_CELL_BYTES);
            String previousRow = null;
            for (int r = 0; r < rowCount; r++) {
                String row = decoder.ref(label + " row key");
                decoder.checkKey(tab.rows(), row, label + " row key");
                if (previousRow != null && previousRow.compareTo(row) >= 0) {
                    throw in.fail(label + " row " + StringCodec.quote(row) + " is repeated or out of order");
                }
                previousRow = row;
                int cellCount = in.readLength(label + " cell count", MIN_CELL_BYTES);
                if (cellCount == 0) {
                    throw in.fail(label + " row " + StringCodec.quote(row) + " has no cells");
                }
                LocalDate previousDate = null;
                String previousColumn = null;
                for (int c = 0; c < cellCount; c++) {
                    GroupAccumulator cell;
                    String name;
                    if (tab.isByBucket()) {
                        LocalDate date = decoder.readDate(previousDate, label + " cell");
                        name = label + " cell " + StringCodec.quote(row) + " " + date;
                        cell = crossTabs.rowBuckets(t, row).groupOf(date);
                        previousDate = date;
                    } else {
                        String column = decoder.ref(label + " column key");
                        decoder.checkKey(tab.columnsOrNull(), column, label + " column key");
                        if (previousColumn != null && previousColumn.compareTo(column) >= 0) {
                            throw in.fail(label + " column " + StringCodec.quote(column) + " of row "
                                    + StringCodec.quote(row) + " is repeated or out of order");
                        }
                        previousColumn = column;
                        name = label + " cell " + StringCodec.quote(row) + " " + StringCodec.quote(column);
                        cell = crossTabs.cell(t, row, column);
                    }
                    GroupCodec.read(in, cell, tab.isByBucket(), name);
                    if (cell.isEmpty()) {
                        throw in.fail(name + " is empty");
                    }
                    decoder.noTickets(cell, name);
                }
            }
        }
    }

    /** Every response and answer with its ticket (or none to wait for) is in one cell of each cross-tab. */
    static void checkTotals(ByteReader in, ReportAccumulator accumulator, GroupAccumulator pending) {
        CrossTabs crossTabs = accumulator.crossTabs;
        for (int t = 0; t < crossTabs.tabs.length; t++) {
            long[] totals = new long[GroupCodec.TOTALS];
            if (crossTabs.tabs[t].isByBucket()) {
                for (BucketIndex row : crossTabs.bucketCells.get(t).values()) {
                    for (GroupAccumulator cell : row.groups().values()) {
                        GroupCodec.addTotals(in, totals, cell);
                    }
                }
            } else {
                for (Map<String, GroupAccumulator> row : crossTabs.cells.get(t).values()) {
                    for (GroupAccumulator cell : row.values()) {
                        GroupCodec.addTotals(in, totals, cell);
                    }
                }
            }
            GroupCodec.addTotals(in, totals, pending);
            GroupCodec.checkTotals(in, totals, accumulator.overall,
                    "the " + crossTabs.tabs[t].label(accumulator.spec().bucket()) + " cells");
        }
    }

    private static boolean hasCells(Map<LocalDate, GroupAccumulator> cells) {
        for (GroupAccumulator cell : cells.values()) {
            if (!cell.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static <K> TreeMap<K, GroupAccumulator> nonEmpty(Map<K, GroupAccumulator> cells) {
        TreeMap<K, GroupAccumulator> sorted = new TreeMap<>();
        for (Map.Entry<K, GroupAccumulator> cell : cells.entrySet()) {
            if (!cell.getValue().isEmpty()) {
                sorted.put(cell.getKey(), cell.getValue());
            }
        }
        return sorted;
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.internal.ByteReader;
import dev.cxmetrics.internal.ByteWriter;
import dev.cxmetrics.kpi.Ces;
import dev.cxmetrics.kpi.Csat;
import dev.cxmetrics.kpi.Fcr;
import dev.cxmetrics.kpi.Nps;

import java.util.function.Supplier;

/**
 * The binary form of the survey and FCR counters: a counter's state is its result record
 * ({@code Csat.Counter.result()}, taken back by {@code Csat.Counter.add(Csat)}), written as its
 * components in declaration order, each a varint. Reading rebuilds the record through its
 * validating constructor, so an encoding holds only counts that some answers or tickets give.
 */
final class KpiCodec {
    private KpiCodec() {
    }

    /** Writes satisfied, total. */
    static void write(ByteWriter out, Csat csat) {
        out.writeVarLong(csat.satisfied()).writeVarLong(csat.total());
    }

    /** Writes promoters, passives, detractors. */
    static void write(ByteWriter out, Nps nps) {
        out.writeVarLong(nps.promoters()).writeVarLong(nps.passives()).writeVarLong(nps.detractors());
    }

    /** Writes total, scoreSum, easy. */
    static void write(ByteWriter out, Ces ces) {
        out.writeVarLong(ces.total()).writeVarLong(ces.scoreSum()).writeVarLong(ces.easy());
    }

    /** Writes oneTouch, eligible, zeroTouch. */
    static void write(ByteWriter out, Fcr fcr) {
        out.writeVarLong(fcr.oneTouch()).writeVarLong(fcr.eligible()).writeVarLong(fcr.zeroTouch());
    }

    /** Reads what {@link #write(ByteWriter, Csat)} writes; {@code group} names the group in errors. */
    static Csat readCsat(ByteReader in, String group) {
        long satisfied = in.readNonNegativeVarLong("csatSatisfied");
        long total = in.readNonNegativeVarLong("csatTotal");
        return valid(in, group, () -> new Csat(satisfied, total));
    }

    /** Reads what {@link #write(ByteWriter, Nps)} writes. */
    static Nps readNps(ByteReader in, String group) {
        long promoters = in.readNonNegativeVarLong("promoters");
        long passives = in.readNonNegativeVarLong("passives");
        long detractors = in.readNonNegativeVarLong("detractors");
        return valid(in, group, () -> new Nps(promoters, passives, detractors));
    }

    /** Reads what {@link #write(ByteWriter, Ces)} writes. */
    static Ces readCes(ByteReader in, String group) {
        long total = in.readNonNegativeVarLong("cesTotal");
        long sum = in.readNonNegativeVarLong("cesSum");
        long easy = in.readNonNegativeVarLong("cesEasy");
        return valid(in, group, () -> new Ces(total, sum, easy));
    }

    /** Reads what {@link #write(ByteWriter, Fcr)} writes. */
    static Fcr readFcr(ByteReader in, String group) {
        long oneTouch = in.readNonNegativeVarLong("oneTouch");
        long eligible = in.readNonNegativeVarLong("eligible");
        long zeroTouch = in.readNonNegativeVarLong("zeroTouch");
        return valid(in, group, () -> new Fcr(oneTouch, eligible, zeroTouch));
    }

    /** Builds a record through its validating constructor, failing at the reader's offset. */
    private static <T> T valid(ByteReader in, String group, Supplier<T> record) {
        try {
            return record.get();
        } catch (IllegalArgumentException e) {
            throw in.fail(group + ": " + e.getMessage());
        }
    }
}

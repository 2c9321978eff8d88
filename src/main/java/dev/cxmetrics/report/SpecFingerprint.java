package dev.cxmetrics.report;

import dev.cxmetrics.internal.ByteReader;
import dev.cxmetrics.internal.ByteWriter;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the report encoding records of its {@link ReportSpec}, so that a decoder holding another
 * spec fails instead of mixing incompatible counts: zone id, bucket, dimensions and relative
 * accuracy as they are, the business hours and the SLA policy as 64-bit FNV-1a hashes of their
 * {@link SpecCodec} encoding (zone, schedule and every holiday; unprioritized priority, the
 * policy's own calendar and every target: stable, documented bytes, never a {@code toString}),
 * the SLA as-of instant and the cross-tabs as they are, and whether closed tickets are compacted.
 */
final class SpecFingerprint {
    private static final int BUSINESS_HOURS = 1;
    private static final int SLA = 2;
    private static final int CROSS_TABS = 4;
    private static final int COMPACT_CLOSED = 8;
    /** More dimensions than any spec needs; bounds what a decoder allocates for them. */
    private static final int MAX_DIMENSIONS = 1024;

    private SpecFingerprint() {
    }

    static void write(ByteWriter out, ReportSpec spec) {
        SpecCodec.writeFixedPart(out, spec);
        BusinessCalendar hours = spec.businessHours().orElse(null);
        SlaPolicy policy = spec.slaPolicy().orElse(null);
        List<CrossTab> crossTabs = spec.crossTabs();
        out.writeVarLong((hours == null ? 0 : BUSINESS_HOURS) | (policy == null ? 0 : SLA)
                | (crossTabs.isEmpty() ? 0 : CROSS_TABS)
                | (spec.compactsClosedTickets() ? COMPACT_CLOSED : 0));
        if (hours != null) {
            out.writeFixedLong(hash(hours));
        }
        if (policy != null) {
            out.writeFixedLong(hash(policy));
            writeInstant(out, spec.slaAsOf().orElseThrow());
        }
        if (!crossTabs.isEmpty()) {
            SpecCodec.writeCrossTabs(out, crossTabs);
        }
    }

    /** Reads the fingerprint and fails, naming the part, when it is not that of {@code spec}. */
    static void check(ByteReader in, ReportSpec spec) {
        String zone = StringCodec.readText(in, "zone id");
        if (!zone.equals(spec.zone().getId())) {
            throw mismatch("zone " + StringCodec.quote(zone), "zone " + spec.zone().getId());
        }
        TimeBucket bucket = TimeBucket.values()[in.readVarInt("bucket", TimeBucket.values().length - 1)];
        if (bucket != spec.bucket()) {
            throw mismatch(bucket.label() + " buckets", spec.bucket().label() + " buckets");
        }
        int count = in.readVarInt("dimension count", MAX_DIMENSIONS);
        List<Dimension> dimensions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int code = in.readVarInt("dimension", Dimension.FIELD_CODE);
            if (code < Dimension.FIELD_CODE) {
                dimensions.add(Dimension.values()[code]);
                continue;
            }
            String name = StringCodec.readText(in, "custom field name");
            try {
                dimensions.add(Dimension.field(name));
            } catch (IllegalArgumentException e) {
                throw in.fail("custom field name " + StringCodec.quote(name) + " is not a valid field name");
            }
        }
        if (!dimensions.equals(spec.dimensions())) {
            throw mismatch("dimensions " + labels(dimensions), "dimensions " + labels(spec.dimensions()));
        }
        double accuracy = in.readDouble("relative accuracy");
        double expected = spec.relativeAccuracy().orElse(0);
        if (Double.compare(accuracy, expected) != 0) {
            throw mismatch(quantiles(accuracy), quantiles(expected));
        }
        int flags = in.readVarInt("spec flags", BUSINESS_HOURS | SLA | CROSS_TABS | COMPACT_CLOSED);
        if (((flags & COMPACT_CLOSED) != 0) != spec.compactsClosedTickets()) {
            throw mismatch((flags & COMPACT_CLOSED) != 0 ? "compacted closed tickets" : "closed tickets kept whole",
                    spec.compactsClosedTickets() ? "compacted closed tickets" : "closed tickets kept whole");
        }
        BusinessCalendar hours = spec.businessHours().orElse(null);
        if (((flags & BUSINESS_HOURS) != 0) != (hours != null)) {
            throw mismatch((flags & BUSINESS_HOURS) != 0 ? "business hours" : "calendar time",
                    hours != null ? "business hours" : "calendar time");
        }
        if (hours != null && in.readFixedLong("business hours hash") != hash(hours)) {
            throw mismatch("other business hours", "business hours " + hours);
        }
        SlaPolicy policy = spec.slaPolicy().orElse(null);
        if (((flags & SLA) != 0) != (policy != null)) {
            throw mismatch((flags & SLA) != 0 ? "an SLA policy" : "no SLA policy",
                    policy != null ? "an SLA policy" : "no SLA policy");
        }
        if (policy != null) {
            if (in.readFixedLong("SLA policy hash") != hash(policy)) {
                throw mismatch("another SLA policy", "SLA policy " + policy);
            }
            Instant asOf = readInstant(in, "SLA as-of instant");
            if (!asOf.equals(spec.slaAsOf().orElseThrow())) {
                throw mismatch("SLA as of " + asOf, "SLA as of " + spec.slaAsOf().orElseThrow());
            }
        }
        List<CrossTab> crossTabs = (flags & CROSS_TABS) == 0 ? List.of() : SpecCodec.readCrossTabs(in);
        if (!crossTabs.equals(spec.crossTabs())) {
            throw mismatch("cross-tabs " + crossTabs, "cross-tabs " + spec.crossTabs());
        }
    }

    /** Reads an instant written as zig-zag epoch seconds and a varint nano-of-second. */
    static Instant readInstant(ByteReader in, String what) {
        long seconds = in.readZigZag(what + " seconds");
        int nanos = in.readVarInt(what + " nanoseconds", 999_999_999);
        try {
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (DateTimeException e) {
            throw in.fail(what + " " + seconds + " s is outside the range of Instant");
        }
    }

    static void writeInstant(ByteWriter out, Instant instant) {
        out.writeZigZag(instant.getEpochSecond());
        out.writeVarLong(instant.getNano());
    }

    private static IllegalArgumentException mismatch(String encoded, String expected) {
        return new IllegalArgumentException("the encoded report accumulator was made for a spec with " + encoded
                + ", but this spec has " + expected);
    }

    private static String labels(List<Dimension> dimensions) {
        List<String> labels = new ArrayList<>(dimensions.size());
        for (Dimension dimension : dimensions) {
            labels.add(dimension.label());
        }
        return labels.toString();
    }

    private static String quantiles(double accuracy) {
        return accuracy == 0 ? "exact quantiles" : "approximate quantiles to " + accuracy;
    }

    /** The hash of the calendar's spec encoding: zone, schedule and every holiday. */
    private static long hash(BusinessCalendar calendar) {
        ByteWriter out = new ByteWriter(64);
        SpecCodec.writeCalendar(out, calendar);
        return hash(out.toByteArray());
    }

    /** The hash of the policy's spec encoding: targets, unprioritized priority, its own calendar. */
    private static long hash(SlaPolicy policy) {
        ByteWriter out = new ByteWriter(64);
        SpecCodec.writePolicy(out, policy);
        return hash(out.toByteArray());
    }

    /** 64-bit FNV-1a over the bytes: fixed by its definition, the same on every JVM. */
    static long hash(byte[] bytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            h = (h ^ (b & 0xFF)) * 0x100000001b3L;
        }
        return h;
    }
}

package dev.cxmetrics.report;

import dev.cxmetrics.Priority;
import dev.cxmetrics.internal.ByteReader;
import dev.cxmetrics.internal.ByteWriter;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The binary form of a {@link ReportSpec}, version 1, so that a spec can travel to another
 * process (a Spark executor, a worker) and come back equal.
 *
 * <pre>
 * spec       = "CXS" version:u8 zone:text bucket:varint dimensions accuracy:f64 { section } 0:varint
 * dimensions = count:varint { code:varint [name:text] } (each dimension at most once; code 0..4
 *              the built-ins AGENT..TEAM, code 5 a custom field followed by its name)
 * accuracy   = 0 for exact quantiles, else the sketches' relative accuracy
 * section    = tag:varint body                         (tags strictly increasing)
 *   tag 1 business hours: calendar
 *   tag 2 SLA:            asOf:instant unprioritized:varint (0 none, else ordinal + 1)
 *                         hasCalendar:varint [calendar] count:varint { target }
 *   tag 3 cross-tabs:     count:varint { rows:dimension columns } (only when there are any)
 * dimension  = code:varint [name:text]
 * columns    = 0 for the spec's bucket, else code + 1:varint [name:text]
 *   tag 4 compact closed tickets: no body (present when the spec compacts them)
 * calendar   = zone:text schedule:text count:varint first:zigzag { gap:varint }
 *              (holidays as epoch days, ascending; the schedule in BusinessCalendar's syntax)
 * target     = metric:varint priority:varint business:varint seconds:varint nanos:varint
 * instant    = seconds:zigzag nanos:varint
 * </pre>
 * Texts are those of {@link StringCodec}. Enums and built-in dimensions travel as ordinals or
 * codes, so new ones must be appended. A later field of the spec gets a new section tag: old encodings stay readable, and an
 * old decoder rejects the unknown tag instead of dropping part of the spec. The decoder builds the
 * spec through the public builders, so it validates exactly as they do, and reports every problem
 * as an {@link IllegalArgumentException} naming the field and the byte offset.
 */
final class SpecCodec {
    static final byte[] MAGIC = {'C', 'X', 'S'};
    static final int VERSION = 1;
    static final String FORMAT = "report spec encoding";
    static final int END = 0;
    static final int BUSINESS_HOURS = 1;
    static final int SLA = 2;
    static final int CROSS_TABS = 3;
    static final int COMPACT_CLOSED = 4;
    private static final int LAST_TAG = COMPACT_CLOSED;

    private SpecCodec() {
    }

    static byte[] encode(ReportSpec spec) {
        ByteWriter out = new ByteWriter(64);
        out.writeRawBytes(MAGIC).writeByte(VERSION);
        writeFixedPart(out, spec);
        if (spec.businessHours().isPresent()) {
            out.writeVarLong(BUSINESS_HOURS);
            writeCalendar(out, spec.businessHours().get());
        }
        if (spec.slaPolicy().isPresent()) {
            out.writeVarLong(SLA);
            SpecFingerprint.writeInstant(out, spec.slaAsOf().orElseThrow());
            writePolicy(out, spec.slaPolicy().get());
        }
        if (!spec.crossTabs().isEmpty()) {
            out.writeVarLong(CROSS_TABS);
            writeCrossTabs(out, spec.crossTabs());
        }
        if (spec.compactsClosedTickets()) {
            out.writeVarLong(COMPACT_CLOSED);
        }
        out.writeVarLong(END);
        return out.toByteArray();
    }

    /**
     * Writes zone, bucket, dimensions and accuracy: the start of both this encoding and the
     * fingerprint of the report encoding ({@link SpecFingerprint}).
     */
    static void writeFixedPart(ByteWriter out, ReportSpec spec) {
        StringCodec.writeText(out, spec.zone().getId());
        out.writeVarLong(spec.bucket().ordinal());
        out.writeVarLong(spec.dimensions().size());
        for (Dimension dimension : spec.dimensions()) {
            writeDimension(out, dimension, 0);
        }
        out.writeDouble(spec.relativeAccuracy().orElse(0));
    }

    static ReportSpec decode(byte[] bytes) {
        ByteReader in = new ByteReader(bytes, FORMAT);
        in.expect(MAGIC, "magic");
        int version = in.readByte("version");
        if (version != VERSION) {
            throw in.fail("version " + version + " is not supported (this library reads version " + VERSION + ")");
        }
        ReportSpec.Builder builder = ReportSpec.builder();
        ZoneId zone = readZone(in, "zone");
        builder.zone(zone);
        TimeBucket bucket = TimeBucket.values()[in.readVarInt("bucket", TimeBucket.values().length - 1)];
        builder.bucket(bucket);
        int count = in.readLength("dimension count", 1);
        for (int i = 0; i < count; i++) {
            Dimension dimension = readDimension(in, "dimension");
            build(in, "dimension", () -> builder.by(dimension));
        }
        double accuracy = in.readDouble("relative accuracy");
        if (accuracy != 0) {
            build(in, "relative accuracy", () -> builder.approximateQuantiles(accuracy));
        }
        int previous = END;
        while (true) {
            int tag = (int) Math.min(in.readVarLong("section tag"), Integer.MAX_VALUE);
            if (tag == END) {
                break;
            }
            if (tag < 0 || tag > LAST_TAG) {
                throw in.fail("section tag " + tag + " is unknown (written by a newer version?)");
            }
            if (tag <= previous) {
                throw in.fail("section tag " + tag + " repeats or comes after tag " + previous);
            }
            previous = tag;
            if (tag == BUSINESS_HOURS) {
                BusinessCalendar calendar = readCalendar(in, "business hours");
                builder.businessHours(calendar);
            } else if (tag == CROSS_TABS) {
                for (CrossTab crossTab : readCrossTabs(in)) {
                    build(in, "cross-tab", () -> crossTab.isByBucket() ? builder.crossTab(crossTab.rows(), bucket)
                            : builder.crossTab(crossTab.rows(), crossTab.columnsOrNull()));
                }
            } else if (tag == COMPACT_CLOSED) {
                builder.compactClosedTickets();
            } else {
                Instant asOf = SpecFingerprint.readInstant(in, "SLA as-of instant");
                SlaPolicy policy = readPolicy(in);
                builder.sla(policy, asOf);
            }
        }
        in.expectEnd();
        return builder.build();
    }

    /** Writes cross-tabs: count, then each one's rows dimension and columns (0 = the bucket). */
    static void writeCrossTabs(ByteWriter out, List<CrossTab> crossTabs) {
        out.writeVarLong(crossTabs.size());
        for (CrossTab crossTab : crossTabs) {
            writeDimension(out, crossTab.rows(), 0);
            if (crossTab.isByBucket()) {
                out.writeVarLong(0);
            } else {
                writeDimension(out, crossTab.columnsOrNull(), 1);
            }
        }
    }

    /** Reads what {@link #writeCrossTabs} writes; each cross-tab is valid, the list may repeat one. */
    static List<CrossTab> readCrossTabs(ByteReader in) {
        // rows code, columns code
        int count = in.readLength("cross-tab count", 2);
        if (count == 0) {
            throw in.fail("cross-tab count is 0; a spec without cross-tabs has no such section");
        }
        List<CrossTab> crossTabs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Dimension rows = readDimension(in, "cross-tab rows");
            int code = in.readVarInt("cross-tab columns", Dimension.FIELD_CODE + 1);
            if (code == 0) {
                crossTabs.add(CrossTab.byBucket(rows));
            } else {
                Dimension columns = dimension(in, "cross-tab columns", code - 1);
                crossTabs.add(build(in, "cross-tab", () -> CrossTab.of(rows, columns)));
            }
        }
        return crossTabs;
    }

    private static void writeDimension(ByteWriter out, Dimension dimension, int shift) {
        out.writeVarLong(dimension.code() + shift);
        if (dimension.isField()) {
            StringCodec.writeText(out, dimension.label());
        }
    }

    private static Dimension readDimension(ByteReader in, String what) {
        return dimension(in, what, in.readVarInt(what, Dimension.FIELD_CODE));
    }

    private static Dimension dimension(ByteReader in, String what, int code) {
        if (code < Dimension.FIELD_CODE) {
            return Dimension.values()[code];
        }
        String name = StringCodec.readText(in, "custom field name");
        return build(in, "custom field name", () -> Dimension.field(name));
    }

    /** Writes a policy as the {@code SLA} section holds it after the as-of instant. */
    static void writePolicy(ByteWriter out, SlaPolicy policy) {
        out.writeVarLong(policy.unprioritizedAs().map(p -> p.ordinal() + 1).orElse(0));
        Optional<BusinessCalendar> calendar = policy.businessHours();
        out.writeVarLong(calendar.isPresent() ? 1 : 0);
        calendar.ifPresent(c -> writeCalendar(out, c));
        int count = 0;
        for (SlaMetric metric : SlaMetric.values()) {
            for (Priority priority : Priority.values()) {
                count += policy.target(metric, priority).isPresent() ? 1 : 0;
            }
        }
        out.writeVarLong(count);
        for (SlaMetric metric : SlaMetric.values()) {
            for (Priority priority : Priority.values()) {
                Optional<SlaTarget> target = policy.target(metric, priority);
                if (target.isPresent()) {
                    out.writeVarLong(metric.ordinal());
                    out.writeVarLong(priority.ordinal());
                    out.writeVarLong(target.get().businessTime() ? 1 : 0);
                    out.writeVarLong(target.get().limit().getSeconds());
                    out.writeVarLong(target.get().limit().getNano());
                }
            }
        }
    }

    private static SlaPolicy readPolicy(ByteReader in) {
        SlaPolicy.Builder builder = SlaPolicy.builder();
        int unprioritized = in.readVarInt("unprioritized priority", Priority.values().length);
        if (unprioritized > 0) {
            builder.unprioritizedAs(Priority.values()[unprioritized - 1]);
        }
        if (in.readVarInt("SLA calendar flag", 1) == 1) {
            builder.businessHours(readCalendar(in, "SLA business hours"));
        }
        int count = in.readLength("SLA target count", 5);
        for (int i = 0; i < count; i++) {
            SlaMetric metric = SlaMetric.values()[in.readVarInt("SLA metric", SlaMetric.values().length - 1)];
            Priority priority = Priority.values()[in.readVarInt("SLA priority", Priority.values().length - 1)];
            boolean business = in.readVarInt("SLA time kind", 1) == 1;
            long seconds = in.readVarLong("SLA limit seconds");
            int nanos = in.readVarInt("SLA limit nanoseconds", 999_999_999);
            if (seconds < 0) {
                throw in.fail("SLA limit seconds " + Long.toUnsignedString(seconds) + " is out of range");
            }
            SlaTarget target = build(in, "SLA target", () -> new SlaTarget(Duration.ofSeconds(seconds, nanos), business));
            build(in, "SLA target", () -> builder.target(metric, priority, target));
        }
        return build(in, "SLA policy", builder::build);
    }

    /** Writes a calendar: zone, schedule, holidays. */
    static void writeCalendar(ByteWriter out, BusinessCalendar calendar) {
        StringCodec.writeText(out, calendar.zone().getId());
        StringCodec.writeText(out, calendar.schedule());
        List<LocalDate> holidays = calendar.holidays();
        out.writeVarLong(holidays.size());
        long previous = 0;
        for (int i = 0; i < holidays.size(); i++) {
            long day = holidays.get(i).toEpochDay();
            if (i == 0) {
                out.writeZigZag(day);
            } else {
                out.writeVarLong(day - previous);
            }
            previous = day;
        }
    }

    private static BusinessCalendar readCalendar(ByteReader in, String what) {
        ZoneId zone = readZone(in, what + " zone");
        String schedule = StringCodec.readText(in, what + " schedule");
        BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
        build(in, what + " schedule", () -> builder.schedule(schedule));
        int count = in.readLength(what + " holiday count", 1);
        long day = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0) {
                day = in.readZigZag(what + " holiday");
            } else {
                long gap = in.readVarLong(what + " holiday gap");
                if (gap <= 0 || day + gap < day) {
                    throw in.fail(what + " holiday gap " + Long.toUnsignedString(gap) + " is not positive");
                }
                day += gap;
            }
            long epochDay = day;
            build(in, what + " holiday", () -> builder.holiday(LocalDate.ofEpochDay(epochDay)));
        }
        return build(in, what, builder::build);
    }

    private static ZoneId readZone(ByteReader in, String what) {
        String id = StringCodec.readText(in, what + " id");
        return build(in, what, () -> ZoneId.of(id));
    }

    /** Runs a builder step, turning its validation failure into a decoding failure at this offset. */
    private static <T> T build(ByteReader in, String what, Step<T> step) {
        try {
            return step.run();
        } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
            throw in.fail(what + ": " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run();
    }
}

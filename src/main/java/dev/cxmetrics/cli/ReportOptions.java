package dev.cxmetrics.cli;

import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.ReportFormat;
import dev.cxmetrics.time.TimeBucket;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parsed options of the {@code report} and {@code sample} commands. */
final class ReportOptions {
    Path tickets;
    Path responses;
    Path surveys;
    Path events;
    Integer sample;
    long seed = 42;
    ZoneId zone = ZoneOffset.UTC;
    boolean zoneGiven;
    TimeBucket bucket = TimeBucket.DAY;
    final List<Dimension> dimensions = new ArrayList<>();
    /** The cross-tabs asked for with a slash in {@code --by}, in order. */
    final List<CrossTabOption> crossTabs = new ArrayList<>();
    ReportFormat format = ReportFormat.TEXT;
    Path out;
    Path outDir;
    boolean skipInvalid;
    String businessHours;
    String holidays;
    String sla;
    Instant asOf;
    boolean businessTime;
    boolean approximate;
    /** {@code --compact-closed}: keep a summary instead of the events of each closed ticket. */
    boolean compactClosed;
    /** The zone of local timestamps in the files; null means {@link #zone}. */
    ZoneId inputZone;
    boolean strictColumns;
    Preset preset;
    /** {@code --map}: file kind ("tickets") to our column name to the file's header name. */
    final Map<String, Map<String, String>> headers = new LinkedHashMap<>();
}

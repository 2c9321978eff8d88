package dev.cxmetrics.cli;

import dev.cxmetrics.TicketEvent;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.ReportAccumulator;
import dev.cxmetrics.report.ReportFormat;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.sample.SampleData;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.time.BusinessCalendar;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The {@code report} command: read or generate records, stream them into a report, render it. */
final class ReportCommand {
    private ReportCommand() {
    }

    static void run(ReportOptions options, PrintStream out, PrintStream err) throws IOException {
        ZoneId zone = options.sample != null && !options.zoneGiven ? SampleData.DEFAULT_ZONE : options.zone;
        ReportSpec spec = spec(options, zone);
        ReportAccumulator accumulator = spec.accumulator();
        List<ReadResult> reads = new ArrayList<>();
        // Events are read last, when every ticket is known, so that an event of a ticket never given
        // is found on its own line; the ids cost memory only when there is an events file.
        TicketIdSet ticketIds = options.events != null ? new TicketIdSet() : null;
        if (options.sample != null) {
            SampleData.builder().seed(options.seed).tickets(options.sample).zone(zone).build()
                    .stream(accumulator::add, accumulator::add, accumulator::add);
        } else {
            refuseToOverwriteAnInput(options);
            checkRenamedColumns(options);
            ErrorPolicy policy = options.skipInvalid ? ErrorPolicy.SKIP_INVALID : ErrorPolicy.FAIL_FAST;
            if (options.tickets != null && options.preset != null) {
                long[] assumed = new long[1];
                reads.add(read("--tickets", options.preset.tickets(), options.tickets, policy,
                        csvOptions(options, "tickets", zone), row -> {
                            accumulator.add(row.ticket());
                            if (ticketIds != null) {
                                ticketIds.add(row.ticket().id());
                            }
                            if (row.csat().isPresent()) {
                                accumulator.add(row.csat().get());
                            }
                            assumed[0] += row.repliesAssumed() ? 1 : 0;
                        }));
                if (assumed[0] > 0) {
                    err.println("cxmetrics: " + options.tickets + ": " + assumed[0] + (assumed[0] == 1 ? " row has"
                            : " rows have") + " a first reply time but 0 replies; each counts 1 reply");
                }
            } else if (options.tickets != null) {
                reads.add(read("--tickets", CsvFormat.TICKETS, options.tickets, policy,
                        csvOptions(options, "tickets", zone), ticket -> {
                            accumulator.add(ticket);
                            if (ticketIds != null) {
                                ticketIds.add(ticket.id());
                            }
                        }));
            }
            if (options.responses != null) {
                reads.add(read("--responses", CsvFormat.RESPONSES, options.responses, policy,
                        csvOptions(options, "responses", zone), accumulator::add));
            }
            if (options.surveys != null) {
                reads.add(read("--surveys", CsvFormat.SURVEYS, options.surveys, policy,
                        csvOptions(options, "surveys", zone), accumulator::add));
            }
            if (options.events != null) {
                String tickets = options.tickets.toString();
                reads.add(read("--events", CsvFormat.EVENTS, options.events, policy,
                        csvOptions(options, "events", zone), event -> addEvent(accumulator, ticketIds, tickets, event)));
            }
        }
        for (ReadResult read : reads) {
            if (!read.ignoredColumns().isEmpty()) {
                err.println("cxmetrics: " + read.fileName() + ": ignoring " + (read.ignoredColumns().size() == 1
                        ? "column " : "columns ") + String.join(", ", read.ignoredColumns())
                        + " (not used; --strict-columns makes this an error)");
            }
        }
        KpiReport report = accumulator.snapshot();
        if (report.unmatchedEvents() > 0) {
            // Only when an unknown ticket id shares a fingerprint with a known one (see TicketIdSet).
            try {
                accumulator.requireEventsMatched();
            } catch (IllegalArgumentException e) {
                throw new CliException(options.events + ": " + e.getMessage());
            }
        }
        StringBuilder skipped = new StringBuilder();
        long skippedRows = 0;
        for (ReadResult read : reads) {
            skippedRows += read.rejected();
            if (read.rejected() > 0) {
                skipped.append(read.fileName()).append(": ").append(read.rejected()).append(" invalid ")
                        .append(read.rejected() == 1 ? "row" : "rows").append(" skipped, ").append(read.accepted())
                        .append(" read; the first ").append(read.firstErrors().size()).append(":\n");
                for (String error : read.firstErrors()) {
                    skipped.append("  ").append(error.replace("\n", "\\n")).append('\n');
                }
            }
        }
        err.print(skipped);
        for (ReadResult read : reads) {
            if (read.accepted() == 0 && read.rejected() > 0) {
                throw new CliException("every row of " + read.fileName() + " is invalid (" + read.rejected()
                        + (read.rejected() == 1 ? " row" : " rows") + "); no report");
            }
        }
        if (options.out == null) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            write(report, options.format, skipped, skippedRows, writer);
            writer.flush();
        } else {
            try (Writer writer = Files.newBufferedWriter(options.out, StandardCharsets.UTF_8)) {
                write(report, options.format, skipped, skippedRows, writer);
            } catch (IOException e) {
                throw CliException.io("option --out: cannot write", options.out, e);
            } catch (UncheckedIOException e) {
                throw CliException.io("option --out: cannot write", options.out, e.getCause());
            }
        }
    }

    /** Adds an event of a ticket of the tickets file; a refusal names the column it is about. */
    private static void addEvent(ReportAccumulator accumulator, TicketIdSet ticketIds, String ticketsFile,
                                 TicketEvent event) {
        if (!ticketIds.contains(event.ticketId())) {
            throw new CellRejection(EventCsv.TICKET_ID, "ticket " + Cells.quote(event.ticketId()) + " is not in "
                    + ticketsFile + " (" + event.type().label() + " event at " + event.at() + ")");
        }
        try {
            accumulator.add(event);
        } catch (IllegalArgumentException e) {
            // Before its ticket's creation, after its close, or outside the calendar: all about its time.
            throw new CellRejection(EventCsv.AT, e.getMessage());
        }
    }

    /** The report is written after the inputs are read, so {@code --out} naming an input would replace it. */
    private static void refuseToOverwriteAnInput(ReportOptions options) {
        if (options.out == null || !Files.exists(options.out)) {
            return;
        }
        for (Path input : new Path[] {options.tickets, options.responses, options.surveys,
                options.events}) {
            try {
                if (input != null && Files.isSameFile(input, options.out)) {
                    throw new CliException("option --out: " + options.out + " is also an input; it would be replaced"
                            + " by the report");
                }
            } catch (IOException e) {
                // An input that cannot be checked cannot be read either; reading it reports why.
            }
        }
    }

    private static void write(KpiReport report, ReportFormat format, CharSequence skipped, long skippedRows,
                              Writer writer) throws IOException {
        if (format == ReportFormat.JSON && skippedRows > 0) {
            // The JSON object gains one member, "skipped": the number of invalid rows left out.
            StringBuilder json = new StringBuilder();
            format.write(report, json);
            int end = json.lastIndexOf("}");
            writer.append(json, 0, end).append(",\"skipped\":").append(Long.toString(skippedRows))
                    .append(json, end, json.length());
            return;
        }
        format.write(report, writer);
        if (format == ReportFormat.TEXT && skipped.length() > 0) {
            writer.append('\n').append(skipped);
        }
    }

    /** How to read the file of a kind: renamed columns, the zone of local times, strictness. */
    private static CsvOptions csvOptions(ReportOptions options, String kind, ZoneId zone) {
        return new CsvOptions(options.inputZone != null ? options.inputZone : zone,
                options.headers.getOrDefault(kind, Map.of()), options.strictColumns);
    }

    /** A --map naming a column the file's format lacks is a bad argument, found before reading anything. */
    private static void checkRenamedColumns(ReportOptions options) {
        for (Map.Entry<String, Map<String, String>> entry : options.headers.entrySet()) {
            RowFormat<?> rows = switch (entry.getKey()) {
                case "tickets" -> options.preset != null ? options.preset.tickets().rows() : CsvFormat.TICKETS.rows();
                case "responses" -> CsvFormat.RESPONSES.rows();
                case "events" -> CsvFormat.EVENTS.rows();
                default -> CsvFormat.SURVEYS.rows();
            };
            try {
                rows.checkRenamed(new CsvOptions(ZoneOffset.UTC, entry.getValue(), false));
            } catch (IllegalArgumentException e) {
                throw new CliException("option --map: " + e.getMessage());
            }
        }
    }

    private static ReportSpec spec(ReportOptions options, ZoneId zone) {
        ReportSpec.Builder builder = ReportSpec.builder().zone(zone).bucket(options.bucket)
                .by(options.dimensions.toArray(new Dimension[0]));
        for (CrossTabOption crossTab : options.crossTabs) {
            crossTab.addTo(builder);
        }
        if (options.approximate) {
            builder.approximateQuantiles();
        }
        if (options.compactClosed) {
            builder.compactClosedTickets();
        }
        BusinessCalendar calendar = null;
        if (options.businessHours != null) {
            calendar = calendar(options, zone);
            if (options.businessTime) {
                builder.businessHours(calendar);
            }
        }
        if (options.sla != null) {
            SlaPolicy policy;
            try {
                policy = SlaSyntax.parse(options.sla, calendar);
            } catch (IllegalArgumentException e) {
                throw new CliException("option --sla: " + e.getMessage());
            }
            for (SlaMetric metric : SlaMetric.values()) {
                if (options.compactClosed && metric.fromEvents() && policy.hasTargets(metric)) {
                    throw new CliException("option --compact-closed keeps no status history, which the --sla target "
                            + metric.label() + " is measured from; leave one of them out");
                }
            }
            builder.sla(policy, options.asOf != null ? options.asOf : Instant.now());
        }
        return builder.build();
    }

    private static BusinessCalendar calendar(ReportOptions options, ZoneId zone) {
        BusinessCalendar.Builder builder;
        try {
            builder = BusinessCalendar.builder(zone).schedule(options.businessHours);
        } catch (IllegalArgumentException e) {
            throw new CliException("option --business-hours: " + e.getMessage());
        }
        if (options.holidays != null) {
            builder.holidays(holidays(options.holidays));
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CliException("option --business-hours: " + e.getMessage());
        }
    }

    /** The dates of {@code --holidays}: a comma-separated list, or {@code @FILE} with lists on lines. */
    private static List<LocalDate> holidays(String value) {
        if (!value.startsWith("@")) {
            try {
                return BusinessCalendar.parseHolidays(value);
            } catch (IllegalArgumentException e) {
                throw new CliException("option --holidays: " + e.getMessage());
            }
        }
        Path file = Path.of(value.substring(1));
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.io("option --holidays: cannot read", file, e);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // Blank lines (a trailing one, say) hold no date; a bad date is reported with its line.
            try {
                dates.addAll(BusinessCalendar.parseHolidays(lines.get(i)));
            } catch (IllegalArgumentException e) {
                throw new CliException("option --holidays: " + file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return dates;
    }

    private static <T> ReadResult read(String option, CsvFormat<T> format, Path file, ErrorPolicy policy,
                                       CsvOptions csvOptions, Consumer<T> sink) {
        try (InputStream in = Files.newInputStream(file)) {
            CsvRecords<T> records = format.open(in, file.toString(), policy, csvOptions);
            while (records.advance()) {
                try {
                    sink.accept(records.current());
                } catch (CellRejection e) {
                    records.rejectCurrent(e.column(), e.getMessage());
                } catch (IllegalArgumentException e) {
                    // The report rejects what a row alone cannot show, such as a repeated ticket id.
                    records.rejectCurrent(e);
                }
            }
            return records.result();
        } catch (IOException e) {
            throw CliException.io("option " + option + ": cannot read", file, e);
        }
    }
}

package dev.cxmetrics.cli;

import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.ReportFormat;
import dev.cxmetrics.time.TimeBucket;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parses {@code report} and {@code sample} arguments; every error names the option and the value. */
final class OptionParser {
    /** The options of the sample command, in the order --help lists them. */
    private static final List<String> SAMPLE_OPTIONS = List.of("--sample", "--out-dir", "--seed", "--zone");
    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("--skip-invalid", "--strict-columns", "--compact-closed");
    /** Options that take a value. */
    private static final Set<String> VALUED = Set.of("--tickets", "--responses", "--surveys", "--events", "--sample", "--seed",
            "--zone", "--bucket", "--by", "--format", "--out", "--out-dir", "--business-hours", "--holidays", "--sla",
            "--as-of", "--measure", "--quantiles", "--input-zone", "--map", "--preset");
    /** Options that may be given more than once; their values add up. */
    private static final Set<String> REPEATABLE = Set.of("--map");
    /** The files {@code --map} can rename columns of. */
    static final List<String> FILE_KINDS = List.of("tickets", "responses", "surveys", "events");

    private OptionParser() {
    }

    static ReportOptions parse(String[] args) {
        String command = args[0];
        if (!command.equals("report") && !command.equals("sample")) {
            throw new CliException("unknown command '" + command + "'; expected report or sample (see --help)");
        }
        ReportOptions options = new ReportOptions();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (!name.startsWith("--")) {
                throw new CliException("unexpected argument '" + arg + "' (options start with --; see --help)");
            }
            if (!FLAGS.contains(name) && !VALUED.contains(name)) {
                throw new CliException("unknown option " + name + " (see --help)");
            }
            if (!seen.add(name) && !REPEATABLE.contains(name)) {
                throw new CliException("option " + name + " is given twice");
            }
            if (FLAGS.contains(name)) {
                if (value != null) {
                    throw new CliException("option " + name + " takes no value");
                }
                switch (name) {
                    case "--skip-invalid" -> options.skipInvalid = true;
                    case "--compact-closed" -> options.compactClosed = true;
                    default -> options.strictColumns = true;
                }
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new CliException("option " + name + " needs a value");
                }
                value = args[++i];
            }
            apply(options, name, value);
        }
        check(command, options, seen);
        return options;
    }

    private static void apply(ReportOptions options, String name, String value) {
        try {
            switch (name) {
                case "--tickets":
                    options.tickets = path(value);
                    break;
                case "--responses":
                    options.responses = path(value);
                    break;
                case "--surveys":
                    options.surveys = path(value);
                    break;
                case "--events":
                    options.events = path(value);
                    break;
                case "--sample":
                    options.sample = positiveInt(value);
                    break;
                case "--seed":
                    options.seed = Long.parseLong(value.trim());
                    break;
                case "--zone":
                    options.zone = ZoneId.of(value.trim());
                    options.zoneGiven = true;
                    break;
                case "--bucket":
                    options.bucket = TimeBucket.parse(value);
                    break;
                case "--by":
                    // -1 keeps trailing empty labels, so that "agent," is an error rather than "agent".
                    for (String label : value.split(",", -1)) {
                        if (label.contains("/")) {
                            options.crossTabs.add(CrossTabOption.parse(label, options.crossTabs));
                            continue;
                        }
                        Dimension dimension = Dimension.parse(label);
                        if (options.dimensions.contains(dimension)) {
                            throw new IllegalArgumentException("dimension " + dimension.label() + " is given twice");
                        }
                        options.dimensions.add(dimension);
                    }
                    break;
                case "--format":
                    options.format = ReportFormat.parse(value);
                    break;
                case "--out":
                    options.out = path(value);
                    break;
                case "--out-dir":
                    options.outDir = path(value);
                    break;
                case "--business-hours":
                    options.businessHours = value;
                    break;
                case "--holidays":
                    options.holidays = value;
                    break;
                case "--sla":
                    options.sla = value;
                    break;
                case "--as-of":
                    options.asOf = IsoInstants.parse(value.trim());
                    if (options.asOf == null) {
                        throw new CliException("option --as-of: '" + value
                                + "' is not an ISO-8601 instant such as 2026-01-31T18:00:00Z");
                    }
                    break;
                case "--measure":
                    options.businessTime = choice(value, "calendar", "business");
                    break;
                case "--quantiles":
                    options.approximate = choice(value, "exact", "approximate");
                    break;
                case "--input-zone":
                    options.inputZone = ZoneId.of(value.trim());
                    break;
                case "--preset":
                    options.preset = Preset.parse(value);
                    break;
                case "--map":
                    headers(options, value);
                    break;
                default:
                    throw new CliException("unknown option " + name + " (see --help)");
            }
        } catch (CliException e) {
            throw e;
        } catch (DateTimeException e) {
            throw new CliException("option " + name + ": '" + value + "' is not a time zone (like Europe/Rome,"
                    + " America/New_York, UTC or +01:00)");
        } catch (NumberFormatException e) {
            throw new CliException("option " + name + ": '" + value + "' is not a whole number");
        } catch (IllegalArgumentException e) {
            throw new CliException("option " + name + ": " + e.getMessage());
        }
    }

    /** {@code FILE.COLUMN=HEADER,...}; whether COLUMN is one of the file's is checked against its format. */
    private static void headers(ReportOptions options, String value) {
        for (String item : value.split(",", -1)) {
            int equals = item.indexOf('=');
            int dot = item.indexOf('.');
            if (equals < 0 || dot < 0 || dot > equals) {
                throw new IllegalArgumentException(Cells.quote(item) + " is not FILE.COLUMN=HEADER, like"
                        + " tickets.id=Ticket_ID");
            }
            String kind = item.substring(0, dot).strip().toLowerCase(Locale.ROOT);
            String column = item.substring(dot + 1, equals).strip().toLowerCase(Locale.ROOT);
            String header = item.substring(equals + 1).strip();
            if (!FILE_KINDS.contains(kind)) {
                throw new IllegalArgumentException(Cells.quote(item) + ": " + Cells.quote(kind) + " is not one of "
                        + String.join(", ", FILE_KINDS));
            }
            if (column.isEmpty() || header.isEmpty()) {
                throw new IllegalArgumentException(Cells.quote(item) + " names no column or no header");
            }
            if (options.headers.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(column, header) != null) {
                throw new IllegalArgumentException(kind + "." + column + " is mapped twice");
            }
        }
    }

    private static Path path(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("the file name is empty");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(Cells.quote(value) + " is not a valid file name");
        }
    }

    /** Returns false for the first choice, true for the second. */
    private static boolean choice(String value, String first, String second) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals(first)) {
            return false;
        }
        if (v.equals(second)) {
            return true;
        }
        throw new IllegalArgumentException("'" + value + "' is not " + first + " or " + second);
    }

    private static int positiveInt(String value) {
        long n = Long.parseLong(value.trim());
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'" + value + "' is not between 0 and " + Integer.MAX_VALUE);
        }
        return (int) n;
    }

    /** The file of a kind, or null. */
    static Path file(ReportOptions options, String kind) {
        return switch (kind) {
            case "tickets" -> options.tickets;
            case "responses" -> options.responses;
            case "surveys" -> options.surveys;
            case "events" -> options.events;
            default -> throw new IllegalArgumentException("no file kind " + kind);
        };
    }

    private static void check(String command, ReportOptions options, Set<String> given) {
        if (command.equals("sample")) {
            for (String name : given) {
                if (!SAMPLE_OPTIONS.contains(name)) {
                    throw new CliException("option " + name + " does not apply to the sample command, which takes "
                            + String.join(", ", SAMPLE_OPTIONS));
                }
            }
            if (options.sample == null || options.outDir == null) {
                throw new CliException("sample needs --sample N and --out-dir DIR");
            }
            return;
        }
        if (options.outDir != null) {
            throw new CliException("option --out-dir belongs to the sample command; report writes to --out");
        }
        boolean files = options.tickets != null || options.responses != null || options.surveys != null
                || options.events != null;
        if (options.sample != null && files) {
            throw new CliException("use either --sample or --tickets/--responses/--surveys/--events, not both");
        }
        if (options.events != null && options.tickets == null) {
            throw new CliException("option --events needs --tickets FILE: every event belongs to one of its tickets");
        }
        if (options.sample == null && !files) {
            throw new CliException("nothing to report: give --tickets FILE (with --responses, --surveys) or --sample N");
        }
        CrossTabOption.checkBucket(options.crossTabs, options, given.contains("--bucket"));
        if (options.businessTime && options.businessHours == null) {
            throw new CliException("option --measure business needs --business-hours");
        }
        if (options.holidays != null && options.businessHours == null) {
            throw new CliException("option --holidays needs --business-hours");
        }
        if (options.asOf != null && options.sla == null) {
            throw new CliException("option --as-of needs --sla");
        }
        if (given.contains("--seed") && options.sample == null) {
            throw new CliException("option --seed needs --sample");
        }
        if (options.compactClosed && options.events == null) {
            throw new CliException("option --compact-closed needs --events");
        }
        if (options.businessHours != null && !options.businessTime && options.sla == null) {
            throw new CliException("option --business-hours is used only by --measure business and by --sla; give"
                    + " one of them, or leave --business-hours out");
        }
        for (String name : List.of("--input-zone", "--map", "--preset", "--strict-columns")) {
            if (given.contains(name) && options.sample != null) {
                throw new CliException("option " + name + " reads files; it does not apply to --sample");
            }
        }
        if (options.preset != null && options.tickets == null) {
            throw new CliException("option --preset " + options.preset.label() + " reads the --tickets file;"
                    + " give --tickets FILE");
        }
        for (String kind : options.headers.keySet()) {
            if (file(options, kind) == null) {
                throw new CliException("option --map renames columns of " + kind + ", but no --" + kind
                        + " file is given");
            }
        }
    }
}

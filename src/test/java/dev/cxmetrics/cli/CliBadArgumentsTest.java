package dev.cxmetrics.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad argument exits with 2, prints nothing on standard output and exactly one
 * line on standard error, {@code cxmetrics: <reason>}, that names the option or the value at
 * fault; no stack trace, no partial output file.
 */
class CliBadArgumentsTest {
    /** The options that take a value. */
    private static final List<String> VALUED = List.of("--tickets", "--responses", "--surveys", "--sample", "--seed",
            "--zone", "--bucket", "--by", "--format", "--out", "--business-hours", "--holidays", "--sla", "--as-of",
            "--measure", "--out-dir");

    @TempDir
    Path dir;

    private String tickets;
    private String ticketsContent;
    private String out;

    @BeforeEach
    void writeData() throws IOException {
        CliData data = CliData.sample(dir, 1, 30);
        tickets = data.tickets().toString();
        ticketsContent = Files.readString(data.tickets());
        out = dir.resolve("report.out").toString();
    }

    /** A report over the valid tickets file, written to {@code --out}, with {@code more} options. */
    private String[] report(String... more) {
        List<String> args = new ArrayList<>(List.of("report", "--tickets", tickets, "--out", out));
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    private static String[] args(String... args) {
        return args;
    }

    @TestFactory
    Stream<DynamicTest> badArgumentsExitTwoWithOneLineNamingTheOptionAndValue() throws IOException {
        Path badHolidays = dir.resolve("holidays.txt");
        Files.writeString(badHolidays, "2026-12-25\n2026-02-30\n");
        String missing = dir.resolve("missing.csv").toString();
        String hours = "Mon-Fri 09:00-17:00";
        List<Object[]> cases = new ArrayList<>(List.of(
                bad(report("--bogus", "x"), "unknown option --bogus"),
                bad(report("-x"), "'-x'"),
                bad(report("positional"), "unexpected argument 'positional'"),
                bad(args("frobnicate", "--tickets", "t.csv"), "unknown command 'frobnicate'"),
                bad(report("--zone", "Mars/Olympus"), "option --zone: 'Mars/Olympus'"),
                bad(report("--zone", ""), "option --zone: ''"),
                bad(report("--bucket", "year"), "option --bucket: bucket 'year'"),
                bad(report("--by", "agent,planet"), "option --by: dimension 'planet'"),
                bad(report("--by", "agent,"), "option --by: dimension ''"),
                bad(report("--by", ",agent"), "option --by: dimension ''"),
                bad(report("--by", "agent,AGENT"), "option --by: dimension agent is given twice"),
                bad(report("--by", "type/TYPE"), "option --by: cross-tab 'type/TYPE' names type twice"),
                bad(report("--by", "type/planet"), "option --by: 'planet' in cross-tab 'type/planet' is not one of"),
                bad(report("--by", "agent/type/priority"),
                        "option --by: 'agent/type/priority' is not a cross-tab of two names"),
                bad(report("--by", "agent/"), "option --by: '' in cross-tab 'agent/'"),
                bad(report("--by", "week/agent"), "option --by: dimension 'week'"),
                bad(report("--by", "type/priority,priority/type"),
                        "option --by: cross-tab 'priority/type' is given twice (as 'type/priority')"),
                bad(report("--by", "agent/week", "--bucket", "day"),
                        "option --by: cross-tab 'agent/week' needs week buckets, but --bucket is day"),
                bad(report("--by", "agent/week,type/month"),
                        "option --by: cross-tabs 'agent/week' and 'type/month' need different buckets"),
                bad(report("--format", "xml"), "option --format: format 'xml'"),
                bad(report("--zone", "UTC", "--zone", "UTC"), "option --zone is given twice"),
                bad(report("--format", "json", "--format=json"), "option --format is given twice"),
                bad(report("--skip-invalid", "--skip-invalid"), "option --skip-invalid is given twice"),
                bad(report("--skip-invalid=yes"), "option --skip-invalid takes no value"),
                bad(report("--sla", "all: first 1h", "--as-of", "yesterday"), "option --as-of: 'yesterday'"),
                bad(report("--sla", "all: first 1h", "--as-of", "2026-01-31T10:00:00"), "option --as-of: '2026-01-31T10:00:00'"),
                bad(report("--as-of", "2026-01-31T10:00:00Z"), "option --as-of needs --sla"),
                bad(report("--sla", "all: first 1x"), "option --sla: '1x' is not a duration"),
                bad(report("--sla", "all: first -1h"), "option --sla: '-1h'"),
                bad(report("--sla", "all: first 0m"), "option --sla: SLA limit PT0S is not positive"),
                bad(report("--sla", "all: first 999999999999d"), "option --sla: '999999999999d' is too long"),
                bad(report("--sla", "all: first P36526D"), "option --sla: 'P36526D' is too long"),
                bad(report("--sla", "all first 1h"), "option --sla: SLA clause 'all first 1h' has no ':'"),
                bad(report("--sla", "vip: first 1h"), "option --sla: SLA priority 'vip'"),
                bad(report("--sla", "all: last 1h"), "option --sla: SLA target 'last 1h'"),
                bad(report("--sla", "all: first 1h daily"), "option --sla: SLA target 'first 1h daily'"),
                bad(report("--sla", "all: first 1h, first 2h"), "option --sla: first_response target for LOW was already set"),
                bad(report("--sla", "all: first 1h business"), "option --sla: first_response target for LOW is in business time"),
                bad(report("--sla", " ; "), "option --sla: an SLA policy needs at least one target"),
                bad(report("--business-hours", "Mon-Xyz 09:00-17:00", "--measure", "business"), "option --business-hours: unknown day 'Xyz'"),
                bad(report("--business-hours", "", "--measure", "business"), "option --business-hours: schedule is empty"),
                bad(report("--business-hours", "Mon 17:00-09:00", "--measure", "business"), "option --business-hours: empty interval '17:00-09:00'"),
                bad(report("--business-hours", hours), "option --business-hours is used only by --measure business and by --sla"),
                bad(report("--business-hours", hours, "--measure", "calendar"), "option --business-hours is used only by --measure business and by --sla"),
                bad(report("--business-hours", hours, "--measure", "business", "--holidays", "2026-13-01"), "option --holidays: bad holiday date '2026-13-01'"),
                bad(report("--business-hours", hours, "--measure", "business", "--holidays", "@" + missing), "option --holidays: cannot read " + missing + ": no such file"),
                bad(report("--business-hours", hours, "--measure", "business", "--holidays", "@" + badHolidays), "option --holidays: " + badHolidays + ":2: bad holiday date '2026-02-30'"),
                bad(report("--holidays", "2026-12-25"), "option --holidays needs --business-hours"),
                bad(report("--measure", "business"), "option --measure business needs --business-hours"),
                bad(report("--measure", "wall"), "option --measure: 'wall' is not calendar or business"),
                bad(report("--sample", "10"), "use either --sample or --tickets/--responses/--surveys/--events, not both"),
                bad(args("report", "--sample", "10", "--surveys", tickets), "not both"),
                bad(args("report"), "nothing to report"),
                bad(args("report", "--format", "json", "--by", "agent"), "nothing to report"),
                bad(args("report", "--tickets", missing), "option --tickets: cannot read " + missing + ": no such file or directory"),
                bad(report("--responses", missing), "option --responses: cannot read " + missing + ": no such file or directory"),
                bad(report("--surveys", missing), "option --surveys: cannot read " + missing + ": no such file or directory"),
                bad(args("report", "--tickets", dir.toString()), "option --tickets: cannot read " + dir),
                bad(args("report", "--tickets", ""), "option --tickets: the file name is empty"),
                bad(args("report", "--tickets", tickets, "--out", dir.resolve("no/such/dir/r.txt").toString()), "option --out: cannot write"),
                bad(args("report", "--tickets", tickets, "--out", dir.toString()), "option --out: cannot write " + dir),
                bad(args("report", "--tickets", tickets, "--out", tickets), "option --out: " + tickets + " is also an input"),
                bad(args("report", "--tickets", tickets, "--surveys", dir.resolve("surveys.csv").toString(), "--out",
                        dir.resolve(".").resolve("surveys.csv").toString()), "is also an input"),
                bad(args("report", "--sample", "-1"), "option --sample: '-1'"),
                bad(args("report", "--sample", "ten"), "option --sample: 'ten' is not a whole number"),
                bad(args("report", "--sample", "99999999999"), "option --sample: '99999999999'"),
                bad(args("report", "--sample", "5", "--seed", "x"), "option --seed: 'x' is not a whole number"),
                bad(report("--seed", "5"), "option --seed needs --sample"),
                bad(report("--compact-closed"), "option --compact-closed needs --events"),
                bad(report("--events", missing, "--compact-closed", "--sla", "all: first 1h, next 4h"),
                        "option --compact-closed keeps no status history, which the --sla target next_reply is measured from"),
                bad(report("--compact-closed=yes"), "option --compact-closed takes no value"),
                bad(report("--out-dir", dir.toString()), "option --out-dir belongs to the sample command"),
                bad(args("sample", "--sample", "10"), "sample needs --sample N and --out-dir DIR"),
                bad(args("sample", "--out-dir", out), "sample needs --sample N and --out-dir DIR"),
                bad(args("sample", "--sample", "10", "--out-dir", out, "--by", "agent"), "option --by does not apply to the sample command"),
                bad(args("sample", "--sample", "10", "--out-dir", out, "--tickets", tickets), "option --tickets does not apply"),
                bad(args("sample", "--sample", "x", "--out-dir", out), "option --sample: 'x'"),
                bad(args("sample", "--sample", "10", "--out-dir", tickets), "option --out-dir: cannot write " + tickets)));
        for (String option : VALUED) {
            cases.add(bad(args("report", option), "option " + option + " needs a value"));
            cases.add(bad(args("report", "--skip-invalid", option), "option " + option + " needs a value"));
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(Arrays.toString((String[]) c[0]),
                () -> assertBadArgument((String[]) c[0], (String) c[1])));
    }

    private static Object[] bad(String[] args, String fragment) {
        return new Object[] {args, fragment};
    }

    private void assertBadArgument(String[] args, String fragment) {
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(run.describe()).isEqualTo(2);
        assertThat(run.out()).as(run.describe()).isEmpty();
        assertThat(run.errLines()).as(run.describe()).hasSize(1);
        assertThat(run.err()).as(run.describe()).startsWith("cxmetrics: ").contains(fragment)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Path.of(out)).as("no output for %s", run.describe()).doesNotExist();
        assertThat(Path.of(tickets)).as("input intact after %s", run.describe()).hasContent(ticketsContent);
    }

    @Test
    void aValueThatLooksLikeAnOptionIsTakenAsTheValue() {
        // The value of --zone is "--format", not a missing value followed by --format.
        CliRun run = CliRun.of("report", "--tickets", tickets, "--zone", "--format");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("cxmetrics: option --zone: '--format'");
    }
}

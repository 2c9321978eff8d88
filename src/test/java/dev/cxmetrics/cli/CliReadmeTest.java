package dev.cxmetrics.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's "From your helpdesk's export" commands, run on the files it shows. */
class CliReadmeTest {
    private static final String JAR = "java -jar target/cxmetrics.jar ";

    @TempDir
    Path dir;

    /** The fenced block of {@code language} that follows {@code heading} in the README. */
    private static String block(String readme, String heading, String language) {
        int at = readme.indexOf(heading);
        assertThat(at).as("README has %s", heading).isNotNegative();
        at = readme.indexOf("```" + language + "\n", at) + 3 + language.length() + 1;
        return readme.substring(at, readme.indexOf("```", at));
    }

    /** The arguments of the one command of an {@code sh} block, with files replaced. */
    private static String[] args(String sh, String file, Path path) {
        String line = sh.replace("\\\n", " ").strip();
        assertThat(line).startsWith(JAR);
        List<String> args = new ArrayList<>();
        for (String word : line.substring(JAR.length()).split("\\s+")) {
            args.add(word.equals(file) ? path.toString() : word);
        }
        return args.toArray(new String[0]);
    }

    @Test
    void theMapExampleRunsAsWritten() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Path export = dir.resolve("export.csv");
        Files.writeString(export, block(readme, "### Any other export", "csv"), StandardCharsets.UTF_8);
        CliRun run = CliRun.of(args(block(readme, "### Any other export", "sh"), "export.csv", export));
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.err()).isEqualTo("cxmetrics: " + export + ": ignoring column 'Status' (not used;"
                + " --strict-columns makes this an error)\n");
        int sh = readme.indexOf("```sh\n", readme.indexOf("### Any other export"));
        int output = readme.indexOf("```\n", readme.indexOf("```", sh + 6) + 3) + 4;
        assertThat(readme.substring(output, readme.indexOf("```", output)).stripTrailing())
                .isEqualTo(run.out().stripTrailing());
    }

    @Test
    void theZendeskExampleRunsAsWritten() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Path export = dir.resolve("zendesk-tickets.csv");
        ZendeskExport.Export data = ZendeskExport.random(new SplittableRandom(3), 200, ZoneId.of("America/New_York"),
                List.of("Ticket Category [list]"));
        Files.writeString(export, data.csv(), StandardCharsets.UTF_8);
        CliRun run = CliRun.of(args(block(readme, "### Zendesk", "sh"), "zendesk-tickets.csv", export));
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).startsWith("cxmetrics report — 200 tickets, zone America/New_York, week buckets");
        assertThat(run.err()).contains("ignoring column 'Ticket Category [list]'");
    }
}

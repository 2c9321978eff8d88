package dev.cxmetrics.cli;

import dev.cxmetrics.report.TestJson;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One in-process run of the command line: its exit code and what it printed. */
record CliRun(String[] args, int code, String out, String err) {
    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args.clone(), o, e);
        }
        return new CliRun(args.clone(), code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines of standard error, without the empty string after the last line break. */
    List<String> errLines() {
        if (err.isEmpty()) {
            return List.of();
        }
        String text = err.endsWith("\n") ? err.substring(0, err.length() - 1) : err;
        return List.of(text.split("\n", -1));
    }

    /** Standard output parsed as strict JSON; the root object. */
    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
        return (Map<String, Object>) TestJson.parse(out);
    }

    /** For assertion messages: the arguments, the exit code and standard error. */
    String describe() {
        return Arrays.toString(args) + " exited " + code + " with stderr: " + err;
    }
}

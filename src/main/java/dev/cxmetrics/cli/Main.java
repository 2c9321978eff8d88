package dev.cxmetrics.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code cxmetrics} command line: {@code java -jar cxmetrics.jar report ...}. Run with
 * {@code --help} for the options. Exit codes: 0 on success, 2 on a bad argument or bad input
 * (with a one-line reason on standard error), 1 on an unexpected failure or when memory runs out.
 */
public final class Main {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    private Main() {
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line without exiting; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0 || asksForHelp(args)) {
                out.print(Usage.TEXT);
                return args.length == 0 ? BAD_INPUT : OK;
            }
            if (args[0].equals("--version") || args[0].equals("version")) {
                out.println("cxmetrics " + version());
                return OK;
            }
            ReportOptions options = OptionParser.parse(args);
            if (args[0].equals("sample")) {
                SampleCommand.run(options, err);
            } else {
                ReportCommand.run(options, out, err);
            }
            return OK;
        } catch (CliException | IllegalArgumentException e) {
            err.println("cxmetrics: " + oneLine(e.getMessage()));
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("cxmetrics: " + oneLine(CliException.io("cannot read or write", null, e).getMessage()));
            return BAD_INPUT;
        } catch (UncheckedIOException e) {
            err.println("cxmetrics: " + oneLine(CliException.io("cannot read or write", null, e.getCause())
                    .getMessage()));
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            // Documented in --help: exit 1, like any failure that is not the input's fault.
            err.println("cxmetrics: out of memory; try --quantiles approximate (exact quantiles keep every"
                    + " duration), fewer --by dimensions, or a larger heap (java -Xmx...)");
            return FAILURE;
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.println("cxmetrics: unexpected failure: " + e);
            err.print(trace);
            return FAILURE;
        }
    }

    /** {@code help} as the command, or {@code --help} anywhere: {@code report --tickets t.csv --help}. */
    private static boolean asksForHelp(String[] args) {
        if (args[0].equals("help")) {
            return true;
        }
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    private static String oneLine(String message) {
        return message == null ? "failed" : message.replace("\r", "\\r").replace("\n", "\\n");
    }
}

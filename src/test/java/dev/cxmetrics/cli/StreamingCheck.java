package dev.cxmetrics.cli;

import java.io.IOException;

/**
 * Reads a synthetic tickets file of {@code args[0]} rows and prints how many were read, so a
 * test can run it in a JVM with a heap far smaller than the file.
 */
final class StreamingCheck {
    private StreamingCheck() {
    }

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        long[] count = {0};
        ReadResult result = CsvFormat.TICKETS.read(new SyntheticTickets(rows), "synthetic.csv",
                ErrorPolicy.FAIL_FAST, ticket -> count[0]++);
        System.out.println(count[0] + " " + result.accepted());
    }
}

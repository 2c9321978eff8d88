package dev.cxmetrics.cli;

import dev.cxmetrics.Ticket;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading streams: a file far larger than what a test could hold is read row by row. */
class CsvStreamingTest {
    @Test
    void fiveMillionSynthesizedRowsAreAllDelivered() throws IOException {
        long rows = 5_000_000;
        long[] count = {0};
        Ticket[] last = {null};
        ReadResult result = CsvFormat.TICKETS.read(new SyntheticTickets(rows), "synthetic.csv", ErrorPolicy.FAIL_FAST,
                ticket -> {
                    count[0]++;
                    last[0] = ticket;
                });
        assertThat(count[0]).isEqualTo(rows);
        assertThat(result.accepted()).isEqualTo(rows);
        assertThat(last[0].id()).isEqualTo("T-4999999");
        assertThat(last[0].type()).isEqualTo("billing, refunds");
        assertThat(last[0].isResolved()).isTrue();
    }

    @Test
    void aMillionRowsReadInAJvmWithSixteenMegabytesOfHeap() throws Exception {
        String classPath = location(CsvFormat.class) + File.pathSeparator + location(StreamingCheck.class);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx16m", "-XX:+UseSerialGC", "-cp", classPath, StreamingCheck.class.getName(), "1000000")
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(List.of(output.split(" "))).containsExactly("1000000", "1000000");
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}

package dev.cxmetrics.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --sla} words {@code next}, {@code work} and {@code wait} over an events file, end to end. */
class CliSlaEventsTest {
    /** T-3 has no events, so the three targets measured from events leave it unmeasured. */
    private static final String TICKETS = "id,agent_id,priority,created_at\n"
            + "T-1,ann,normal,2026-01-05T09:00:00Z\n"
            + "T-2,bob,high,2026-01-05T10:00:00Z\n"
            + "T-3,carl,normal,2026-01-05T09:00:00Z\n";
    /**
     * T-1: replied and pending at 09:30, the customer writes at 11:00, ann replies and solves at 12:00.
     * T-2: created 10:00, only a bot replies, closed at 14:00 without a solve.
     */
    private static final String EVENTS = "ticket_id,at,event,agent_id\n"
            + "T-1,2026-01-05T09:30:00Z,pending,ann\n"
            + "T-1,2026-01-05T09:30:00Z,agent_reply,ann\n"
            + "T-1,2026-01-05T11:00:00Z,customer_message,\n"
            + "T-1,2026-01-05T12:00:00Z,agent_reply,ann\n"
            + "T-1,2026-01-05T12:00:00Z,solved,ann\n"
            + "T-2,2026-01-05T10:00:00Z,bot_reply,\n"
            + "T-2,2026-01-05T14:00:00Z,closed,\n";

    @TempDir
    Path dir;

    private CliRun report(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("report",
                "--tickets", Files.writeString(dir.resolve("t.csv"), TICKETS, StandardCharsets.UTF_8).toString(),
                "--events", Files.writeString(dir.resolve("e.csv"), EVENTS, StandardCharsets.UTF_8).toString(),
                "--as-of", "2026-01-06T00:00:00Z"));
        Collections.addAll(args, more);
        return CliRun.of(args.toArray(new String[0]));
    }

    @Test
    void nextWorkAndWaitTargetsGiveTheNumbersComputedByHand() throws IOException {
        CliRun run = report("--sla", "all: next 30m, work 2h, wait 4h", "--format", "json");
        assertThat(run.code()).as(run.describe()).isZero();
        String out = run.out();
        // Next reply: T-1's customer message at 11:00 answered by ann at 12:00, 1 h > 30 min; T-2 has no
        // human reply, so no clock; T-3 has no events.
        assertThat(out).contains("\"nextReply\":{\"met\":0,\"breached\":1,\"pending\":0,\"noTarget\":0,\"unmeasured\":1,"
                + "\"percent\":0,\"breachesByAgent\":{\"ann\":1},\"breachesByDeadline\":{\"2026-01-05\":1},"
                + "\"metByDeadline\":{}}");
        // Agent work: T-1 new 09:00-09:30, then pending until solved: 30 min, met; T-2 new 10:00-14:00:
        // 4 h > 2 h, breached at 12:00, counted for bob.
        assertThat(out).contains("\"agentWork\":{\"met\":1,\"breached\":1,\"pending\":0,\"noTarget\":0,\"unmeasured\":1,"
                + "\"percent\":50,\"breachesByAgent\":{\"bob\":1},\"breachesByDeadline\":{\"2026-01-05\":1},"
                + "\"metByDeadline\":{\"2026-01-05\":1}}");
        // Requester wait: T-1 30 min; T-2 exactly 4 h, which meets a 4 h target.
        assertThat(out).contains("\"requesterWait\":{\"met\":2,\"breached\":0,\"pending\":0,\"noTarget\":0,"
                + "\"unmeasured\":1,\"percent\":100,");
        // First response and resolution are not set, so every ticket has no target for them.
        assertThat(out).contains("\"firstResponse\":{\"met\":0,\"breached\":0,\"pending\":0,\"noTarget\":3,\"percent\":null");
    }

    @Test
    void theTextReportListsTheTargetsAndTheirUnmeasuredTickets() throws IOException {
        CliRun run = report("--sla", "normal: next 30m business; high: work 2h", "--business-hours", "Mon-Fri 09:00-17:00",
                "--format", "text");
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).contains("unmeasured").contains("next reply").contains("agent work")
                .doesNotContain("requester wait");
    }

    @Test
    void anUnknownTargetWordIsNamed() throws IOException {
        CliRun run = report("--sla", "all: soon 1h");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("option --sla: SLA target 'soon 1h' starts with 'soon', not one of first, "
                + "resolution, next, work, wait");
        CliRun missing = report("--sla", "all: wait");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("SLA target 'wait' is not '<target> <duration> [business]'");
    }
}

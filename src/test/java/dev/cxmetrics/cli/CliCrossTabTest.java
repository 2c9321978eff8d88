package dev.cxmetrics.cli;

import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Cross-tabs asked for with a slash in {@code --by}. */
class CliCrossTabTest {
    @TempDir
    Path dir;

    private CliRun run(CliData data, String... options) {
        List<String> args = new ArrayList<>(List.of("report"));
        args.addAll(data.args());
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(new String[0]));
    }

    @Test
    void aSlashInByAsksForACrossTabAndTheBucketFollowsIt() {
        CliData data = CliData.sample(dir, 7, 120);
        CliRun run = run(data, "--by", "agent,type/priority,agent/week", "--format", "json");
        assertThat(run.code()).as(run.describe()).isZero();

        // Without --bucket, agent/week makes the report weekly.
        ReportSpec spec = ReportSpec.builder().bucket(TimeBucket.WEEK).by(Dimension.AGENT)
                .crossTab(Dimension.TYPE, Dimension.PRIORITY).crossTab(Dimension.AGENT, TimeBucket.WEEK).build();
        String expected = spec.compute(data.readTickets(), data.readResponses(), data.readAnswers()).toJson();
        assertThat(run.out()).isEqualTo(expected);
        Map<?, ?> groups = (Map<?, ?>) run.json().get("groups");
        assertThat(new java.util.ArrayList<Object>(groups.keySet())).containsExactly("agent", "week", "type/priority", "agent/week");
    }

    @Test
    void aCrossTabByTheGivenBucketAndCsvOutput() {
        CliData data = CliData.sample(dir, 8, 60);
        CliRun run = run(data, "--bucket", "month", "--by", "channel/month", "--format", "csv");
        assertThat(run.code()).as(run.describe()).isZero();
        ReportSpec spec = ReportSpec.builder().bucket(TimeBucket.MONTH).crossTab(Dimension.CHANNEL, TimeBucket.MONTH)
                .build();
        assertThat(run.out()).isEqualTo(spec.compute(data.readTickets(), data.readResponses(), data.readAnswers())
                .toCsv());
        assertThat(run.out()).startsWith("group,key,column,tickets,").contains("\r\nchannel/month,");
    }
}

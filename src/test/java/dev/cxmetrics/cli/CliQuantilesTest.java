package dev.cxmetrics.cli;

import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.sample.SampleData;
import dev.cxmetrics.sample.SampleDataset;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class CliQuantilesTest {

    @Test
    void approximateQuantilesGiveTheApiSketchReport() {
        CliRun run = CliRun.of("report", "--sample", "3000", "--seed", "5", "--by", "channel", "--quantiles",
                "approximate", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        SampleDataset data = SampleData.builder().seed(5).tickets(3000).build().generate();
        String expected = ReportSpec.builder().zone(ZoneId.of("Europe/Rome")).by(Dimension.CHANNEL)
                .approximateQuantiles().build().compute(data.tickets(), data.responses(), data.answers()).toJson();
        assertThat(run.out()).isEqualTo(expected);
        CliRun exact = CliRun.of("report", "--sample", "3000", "--seed", "5", "--by", "channel", "--quantiles",
                "exact", "--format", "json");
        assertThat(exact.out()).isNotEqualTo(run.out());
    }

    @Test
    void anUnknownQuantileModeIsABadArgument() {
        CliRun run = CliRun.of("report", "--sample", "10", "--quantiles", "rough");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("cxmetrics: option --quantiles: 'rough' is not exact or approximate\n");
    }
}

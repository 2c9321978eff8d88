package dev.cxmetrics.spark;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.sample.SampleData;
import dev.cxmetrics.sample.SampleDataset;
import dev.cxmetrics.time.TimeBucket;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One report per group from inside an aggregation equals the library's report of that group's tickets. */
class ReportAggregatorTest {
    private static final long SEED = 20261115L;

    @Test
    void groupByYieldsOneReportPerBrandEqualToOneMachine() {
        SampleDataset data = SampleData.builder().seed(SEED).tickets(2_000).days(14).build().generate();
        // The brand is a column the model does not know: the ticket number modulo 3.
        Dataset<Row> tickets = Frames.tickets(data.tickets(), 5)
                .withColumn("brand", concat(lit("brand-"), col("id").substr(3, 6).cast(DataTypes.IntegerType).mod(3)));
        Map<String, List<Ticket>> byBrand = new HashMap<>();
        for (Ticket ticket : data.tickets()) {
            byBrand.computeIfAbsent("brand-" + Integer.parseInt(ticket.id().substring(2)) % 3, b -> new ArrayList<>())
                    .add(ticket);
        }
        for (ReportSpec spec : List.of(ReportSpec.builder().by(Dimension.AGENT, Dimension.PRIORITY).build(),
                ReportSpec.builder().bucket(TimeBucket.WEEK).by(Dimension.CHANNEL).approximateQuantiles().build())) {
            ReportAggregator reports = ReportAggregator.of(spec, tickets.schema());
            List<Row> rows = tickets.groupBy("brand").agg(reports.column().as("report")).collectAsList();
            assertThat(rows).hasSize(3);
            for (Row row : rows) {
                String brand = row.getString(0);
                KpiReport expected = spec.compute(byBrand.get(brand), List.of(), List.of());
                assertThat(ReportAggregator.report(spec, row.getAs("report"))).as("%s %s, seed %d", spec, brand, SEED)
                        .isEqualTo(expected);
            }
            // The typed API: groupByKey over the same rows.
            List<Tuple2<String, byte[]>> typed = tickets.groupByKey((MapFunction<Row, String>) r -> r.getAs("brand"),
                    Encoders.STRING()).agg(reports.toColumn()).collectAsList();
            assertThat(typed).hasSize(3);
            for (Tuple2<String, byte[]> group : typed) {
                assertThat(ReportAggregator.report(spec, group._2()))
                        .isEqualTo(spec.compute(byBrand.get(group._1()), List.of(), List.of()));
            }
        }
    }

    @Test
    void invalidTicketFailsTheAggregation() {
        Instant created = Instant.parse("2026-02-02T10:00:00Z");
        Dataset<Row> tickets = Frames.tickets(List.of(Ticket.builder("T-1", created).build(),
                Ticket.builder("T-1", created).build()), 2).withColumn("brand", lit("b"));
        ReportAggregator reports = ReportAggregator.of(ReportSpec.builder().build(), tickets.schema());
        assertThatThrownBy(() -> tickets.groupBy("brand").agg(reports.column()).collectAsList())
                .satisfies(e -> assertThat(SparkReports.unwrap((Exception) e))
                        .isInstanceOfSatisfying(InvalidRowException.class,
                                invalid -> assertThat(invalid.row().reason()).contains("T-1")));
    }

    @Test
    void schemaIsCheckedWhenTheAggregatorIsMade() {
        StructType noId = new StructType().add("created_at", DataTypes.TimestampType);
        assertThatThrownBy(() -> ReportAggregator.of(ReportSpec.builder().build(), noId))
                .isInstanceOf(InvalidColumnException.class).hasMessageStartingWith("tickets column id: is required");
    }
}

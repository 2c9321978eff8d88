package dev.cxmetrics.spark;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.sample.SampleData;
import dev.cxmetrics.sample.SampleDataset;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.time.BusinessCalendar;
import dev.cxmetrics.time.TimeBucket;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static dev.cxmetrics.spark.Frames.spark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reports over DataFrames equal the library's on one machine, whatever the partitioning. */
class SparkReportsTest {
    private static final long SEED = 20261114L;
    private static final String GROUP = "schema-errors";
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(ROME)
            .schedule("Mon-Fri 09:00-18:00").holiday(LocalDate.parse("2026-01-06")).build();
    private static final SlaPolicy POLICY = SlaPolicy.builder().businessHours(OFFICE).unprioritizedAs(Priority.NORMAL)
            .target(SlaMetric.FIRST_RESPONSE, Priority.NORMAL, SlaTarget.business(Duration.ofHours(4)))
            .target(SlaMetric.RESOLUTION, Priority.URGENT, SlaTarget.calendar(Duration.ofHours(8)))
            .build();

    @Test
    void sampleDataOverManyIndependentPartitionsEqualsOneMachine() {
        SampleDataset data = SampleData.builder().seed(SEED).tickets(3_000).days(21).build().generate();
        Dataset<Row> tickets = Frames.tickets(data.tickets(), 7);
        Dataset<Row> responses = Frames.responses(data.responses(), 5);
        Dataset<Row> surveys = Frames.surveys(data.answers(), 3);
        List<ReportSpec> specs = List.of(
                ReportSpec.builder().zone(ROME).by(Dimension.values()).build(),
                ReportSpec.builder().zone(ROME).bucket(TimeBucket.WEEK).by(Dimension.CHANNEL, Dimension.AGENT)
                        .approximateQuantiles().businessHours(OFFICE)
                        .sla(POLICY, Instant.parse("2026-01-20T00:00:00Z")).build());
        for (ReportSpec spec : specs) {
            KpiReport expected = spec.compute(data.tickets(), data.responses(), data.answers());
            assertThat(SparkReports.compute(spec, tickets, responses, surveys)).as("%s, seed %d", spec, SEED)
                    .isEqualTo(expected);
            for (int partitions : new int[] {1, 3, 24}) {
                SparkReportResult result = SparkReports.compute(spec, tickets, responses, surveys,
                        SparkReportOptions.defaults().withPartitions(partitions));
                assertThat(result.report()).as("%s over %d partitions", spec, partitions).isEqualTo(expected);
                assertThat(result.skippedRows()).isZero();
            }
        }
    }

    @Test
    void randomRecordsWithNullsOrphansAndTiesEqualOneMachine() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Ticket> tickets = new ArrayList<>();
        List<Response> responses = new ArrayList<>();
        List<SurveyAnswer> answers = new ArrayList<>();
        Instant base = Instant.parse("2026-03-28T22:00:00Z"); // spans the DST change in Rome
        String[] channels = {null, "email", "chat"};
        for (int i = 0; i < 400; i++) {
            Instant created = base.plusSeconds(random.nextInt(200_000)).plusNanos(random.nextInt(1000) * 1000L);
            boolean answered = random.nextInt(4) > 0;
            Ticket.Builder builder = Ticket.builder("t" + i, created)
                    .channel(channels[random.nextInt(channels.length)])
                    .agent(random.nextBoolean() ? null : "a" + random.nextInt(5))
                    .type(random.nextBoolean() ? null : "billing")
                    .team(random.nextBoolean() ? null : "team" + random.nextInt(3))
                    .priority(random.nextInt(5) == 0 ? null : Priority.values()[random.nextInt(4)]);
            if (answered) {
                // Ties: many first responses exactly one minute after creation.
                Instant first = created.plusSeconds(random.nextBoolean() ? 60 : random.nextInt(90_000));
                builder.firstResponseAt(first).agentReplies(1 + random.nextInt(3));
                if (random.nextBoolean()) {
                    builder.resolvedAt(first.plusSeconds(random.nextInt(300_000))).reopens(random.nextInt(2));
                }
            }
            tickets.add(builder.build());
            for (int r = random.nextInt(3); r > 0; r--) {
                // Some responses and answers belong to no ticket at all: unmatched in both reports.
                String id = random.nextInt(10) == 0 ? "missing" + i : "t" + i;
                responses.add(new Response(id, random.nextBoolean() ? null : "a1", created.plusSeconds(30),
                        random.nextBoolean() ? null : Duration.ofMillis(random.nextInt(600_000)), random.nextBoolean()));
            }
            if (random.nextInt(3) == 0) {
                answers.add(new SurveyAnswer(random.nextInt(8) == 0 ? null : "t" + i, null, "a2", SurveyKind.NPS,
                        random.nextInt(11), created.plusSeconds(3600)));
            }
        }
        Dataset<Row> ticketFrame = Frames.tickets(tickets, 4);
        Dataset<Row> responseFrame = Frames.responses(responses, 3);
        Dataset<Row> surveyFrame = Frames.surveys(answers, 2);
        for (ReportSpec spec : List.of(ReportSpec.builder().zone(ROME).by(Dimension.values()).build(),
                ReportSpec.builder().zone(ROME).by(Dimension.PRIORITY, Dimension.AGENT).approximateQuantiles(0.02)
                        .build())) {
            KpiReport expected = spec.compute(tickets, responses, answers);
            assertThat(expected.unmatchedResponses()).isPositive();
            KpiReport actual = SparkReports.compute(spec, ticketFrame, responseFrame, surveyFrame);
            assertThat(actual).as("%s, seed %d", spec, SEED).isEqualTo(expected);
        }
    }

    @Test
    void emptyDataFramesAndAbsentInputsGiveTheEmptyReport() {
        ReportSpec spec = ReportSpec.builder().by(Dimension.AGENT).build();
        KpiReport empty = spec.compute(List.of(), List.of(), List.of());
        Dataset<Row> noTickets = Frames.tickets(List.of(), 3);
        assertThat(SparkReports.compute(spec, noTickets, null, null)).isEqualTo(empty);
        assertThat(SparkReports.compute(spec, noTickets, Frames.responses(List.of(), 2), Frames.surveys(List.of(), 1)))
                .isEqualTo(empty);
        assertThat(empty.overall().tickets()).isZero();
    }

    @Test
    void absentAndNullOptionalColumnsReadAsNull() {
        Instant created = Instant.parse("2026-02-02T10:00:00Z");
        Dataset<Row> minimal = spark().createDataFrame(List.of(
                RowFactory.create("T-1", Frames.time(created), "extra"),
                RowFactory.create("T-2", Frames.time(created.plusSeconds(60)), null)),
                new org.apache.spark.sql.types.StructType().add("ID", DataTypes.StringType)
                        .add("Created_At", DataTypes.TimestampType).add("brand", DataTypes.StringType));
        Dataset<Row> responses = spark().createDataFrame(List.of(
                RowFactory.create("T-1", Frames.time(created.plusSeconds(600)), null, null, null)),
                new org.apache.spark.sql.types.StructType().add("ticket_id", DataTypes.StringType)
                        .add("sent_at", DataTypes.TimestampType).add("agent_id", DataTypes.StringType)
                        .add("handle_seconds", DataTypes.DoubleType).add("automated", DataTypes.BooleanType));
        ReportSpec spec = ReportSpec.builder().by(Dimension.CHANNEL, Dimension.AGENT).build();
        KpiReport expected = spec.compute(
                List.of(Ticket.builder("T-1", created).build(), Ticket.builder("T-2", created.plusSeconds(60)).build()),
                List.of(new Response("T-1", null, created.plusSeconds(600), null, false)), List.of());
        assertThat(SparkReports.compute(spec, minimal, responses, null)).isEqualTo(expected);
        assertThat(expected.groups(Dimension.CHANNEL)).containsOnlyKeys(Ticket.ABSENT);
    }

    @Test
    void invalidRowFailsTheJobNamingTicketAndReason() {
        Instant created = Instant.parse("2026-02-02T10:00:00Z");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(RowFactory.create("T-" + i, null, null, null, null, i == 17 ? "whenever" : "high",
                    Frames.time(created), null, null, null, null, null));
        }
        rows.add(RowFactory.create("T-99", null, null, null, null, null, Frames.time(created),
                Frames.time(created.minusSeconds(1)), null, null, null, null));
        Dataset<Row> tickets = spark().createDataFrame(rows, Frames.TICKETS).repartition(3);
        ReportSpec spec = ReportSpec.builder().build();
        assertThatThrownBy(() -> SparkReports.compute(spec, tickets, null, null))
                .isInstanceOfSatisfying(InvalidRowException.class, e -> {
                    assertThat(e.row().input()).isEqualTo("tickets");
                    assertThat(e.row().ticketId()).isIn("T-17", "T-99");
                    assertThat(e.getMessage()).contains("tickets row of ticket T-");
                });
        SparkReportResult skipped = SparkReports.compute(spec, tickets, null, null,
                SparkReportOptions.defaults().withSkipInvalidRows());
        assertThat(skipped.skippedRows()).isEqualTo(2);
        assertThat(skipped.firstSkipped()).extracting(InvalidRow::ticketId).containsExactlyInAnyOrder("T-17", "T-99");
        assertThat(skipped.firstSkipped()).filteredOn(r -> r.ticketId().equals("T-17")).singleElement()
                .extracting(InvalidRow::reason).asString()
                .contains("priority 'whenever' is not one of low, normal, high, urgent");
        assertThat(skipped.firstSkipped()).filteredOn(r -> r.ticketId().equals("T-99")).singleElement()
                .extracting(InvalidRow::reason).asString().contains("firstResponseAt");
        assertThat(skipped.report().overall().tickets()).isEqualTo(49);
    }

    @Test
    void duplicateTicketIdsInDifferentPartitionsFailTheJob() {
        Instant created = Instant.parse("2026-02-02T10:00:00Z");
        Dataset<Row> tickets = Frames.tickets(List.of(Ticket.builder("T-1", created).build(),
                Ticket.builder("T-1", created.plusSeconds(5)).build(), Ticket.builder("T-2", created).build()), 3);
        assertThatThrownBy(() -> SparkReports.compute(ReportSpec.builder().build(), tickets, null, null))
                .isInstanceOfSatisfying(InvalidRowException.class,
                        e -> assertThat(e.row().ticketId()).isEqualTo("T-1"));
    }

    @Test
    void badResponseAndAnswerRowsNameTheirInput() {
        Instant created = Instant.parse("2026-02-02T10:00:00Z");
        Dataset<Row> tickets = Frames.tickets(List.of(Ticket.builder("T-1", created).build()), 1);
        Dataset<Row> responses = spark().createDataFrame(List.of(
                RowFactory.create("T-1", null, Frames.time(created), -4.0, false),
                RowFactory.create("T-1", null, Frames.time(created), Double.NaN, false)), Frames.RESPONSES);
        Dataset<Row> surveys = spark().createDataFrame(List.of(
                RowFactory.create("T-1", null, null, "nps", 11, Frames.time(created)),
                RowFactory.create("T-1", null, null, "stars", 3, Frames.time(created))), Frames.SURVEYS);
        SparkReportResult result = SparkReports.compute(ReportSpec.builder().build(), tickets, responses, surveys,
                SparkReportOptions.defaults().withSkipInvalidRows());
        assertThat(result.skippedRows()).isEqualTo(4);
        assertThat(result.firstSkipped()).extracting(InvalidRow::input)
                .containsExactlyInAnyOrder("responses", "responses", "surveys", "surveys");
        assertThat(result.firstSkipped()).extracting(InvalidRow::reason).anySatisfy(r -> assertThat(r).contains("NaN"))
                .anySatisfy(r -> assertThat(r).contains("stars"))
                .anySatisfy(r -> assertThat(r).contains("11"));
    }

    @Test
    void schemaErrorsFailBeforeAnyJobNamingTheColumn() {
        spark().sparkContext().setJobGroup(GROUP, "schema checks", false);
        ReportSpec spec = ReportSpec.builder().build();
        Dataset<Row> noCreatedAt = spark().createDataFrame(List.of(),
                new org.apache.spark.sql.types.StructType().add("id", DataTypes.StringType));
        assertThatThrownBy(() -> SparkReports.compute(spec, noCreatedAt, null, null))
                .isInstanceOfSatisfying(InvalidColumnException.class, e -> {
                    assertThat(e.input()).isEqualTo("tickets");
                    assertThat(e.column()).isEqualTo("created_at");
                    assertThat(e.getMessage()).contains("is required");
                });
        Dataset<Row> stringTimes = spark().createDataFrame(List.of(), new org.apache.spark.sql.types.StructType()
                .add("id", DataTypes.StringType).add("created_at", DataTypes.StringType));
        assertThatThrownBy(() -> SparkReports.compute(spec, stringTimes, null, null))
                .isInstanceOf(InvalidColumnException.class)
                .hasMessage("tickets column created_at: has type string but must be timestamp");
        Dataset<Row> tickets = Frames.tickets(List.of(), 1);
        Dataset<Row> longScores = spark().createDataFrame(List.of(), new org.apache.spark.sql.types.StructType()
                .add("kind", DataTypes.StringType).add("score", DataTypes.LongType)
                .add("answered_at", DataTypes.TimestampType));
        assertThatThrownBy(() -> SparkReports.compute(spec, tickets, null, longScores))
                .isInstanceOfSatisfying(InvalidColumnException.class, e -> {
                    assertThat(e.input()).isEqualTo("surveys");
                    assertThat(e.column()).isEqualTo("score");
                });
        Dataset<Row> ntz = spark().createDataFrame(List.of(), new org.apache.spark.sql.types.StructType()
                .add("ticket_id", DataTypes.StringType).add("sent_at", DataTypes.TimestampNTZType));
        assertThatThrownBy(() -> SparkReports.compute(spec, tickets, ntz, null))
                .isInstanceOf(InvalidColumnException.class).hasMessageContaining("responses column sent_at")
                .hasMessageContaining("timestamp_ntz has no zone");
        assertThat(spark().sparkContext().statusTracker().getJobIdsForGroup(GROUP)).as("jobs started").isEmpty();
        spark().sparkContext().clearJobGroup();
    }
}

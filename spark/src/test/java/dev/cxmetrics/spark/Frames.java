package dev.cxmetrics.spark;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Model records as DataFrames of the documented columns, and the local Spark session of the tests. */
final class Frames {
    static final StructType TICKETS = new StructType()
            .add("id", DataTypes.StringType).add("customer_id", DataTypes.StringType)
            .add("agent_id", DataTypes.StringType).add("channel", DataTypes.StringType)
            .add("type", DataTypes.StringType).add("priority", DataTypes.StringType)
            .add("created_at", DataTypes.TimestampType).add("first_response_at", DataTypes.TimestampType)
            .add("resolved_at", DataTypes.TimestampType).add("agent_replies", DataTypes.IntegerType)
            .add("reopens", DataTypes.IntegerType).add("team", DataTypes.StringType);
    static final StructType RESPONSES = new StructType()
            .add("ticket_id", DataTypes.StringType).add("agent_id", DataTypes.StringType)
            .add("sent_at", DataTypes.TimestampType).add("handle_seconds", DataTypes.DoubleType)
            .add("automated", DataTypes.BooleanType);
    static final StructType SURVEYS = new StructType()
            .add("ticket_id", DataTypes.StringType).add("customer_id", DataTypes.StringType)
            .add("agent_id", DataTypes.StringType).add("kind", DataTypes.StringType)
            .add("score", DataTypes.IntegerType).add("answered_at", DataTypes.TimestampType);

    private static SparkSession session;

    private Frames() {
    }

    /** One local session with two worker threads for every test class of the module. */
    static synchronized SparkSession spark() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("cxmetrics-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.sql.session.timeZone", "UTC")
                    .getOrCreate();
            session.sparkContext().setLogLevel("ERROR");
        }
        return session;
    }

    static Dataset<Row> tickets(List<Ticket> tickets, int partitions) {
        List<Row> rows = new ArrayList<>(tickets.size());
        for (Ticket t : tickets) {
            rows.add(ticketRow(t));
        }
        return spark().createDataFrame(rows, TICKETS).repartition(partitions);
    }

    static Dataset<Row> responses(List<Response> responses, int partitions) {
        List<Row> rows = new ArrayList<>(responses.size());
        for (Response r : responses) {
            rows.add(responseRow(r));
        }
        return spark().createDataFrame(rows, RESPONSES).repartition(partitions);
    }

    static Dataset<Row> surveys(List<SurveyAnswer> answers, int partitions) {
        List<Row> rows = new ArrayList<>(answers.size());
        for (SurveyAnswer a : answers) {
            rows.add(surveyRow(a));
        }
        return spark().createDataFrame(rows, SURVEYS).repartition(partitions);
    }

    static Row ticketRow(Ticket t) {
        return RowFactory.create(t.id(), t.customerId(), t.agentId(), t.channel(), t.type(),
                t.priority() == null ? null : t.priority().name().toLowerCase(Locale.ROOT), time(t.createdAt()),
                time(t.firstResponseAt()), time(t.resolvedAt()), t.agentReplies(), t.reopens(), t.team());
    }

    static Row responseRow(Response r) {
        return RowFactory.create(r.ticketId(), r.agentId(), time(r.sentAt()), r.handleTime() == null ? null : seconds(r),
                r.automated());
    }

    static Row surveyRow(SurveyAnswer a) {
        return RowFactory.create(a.ticketId(), a.customerId(), a.agentId(), a.kind().name(), a.score(),
                time(a.answeredAt()));
    }

    static Timestamp time(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static double seconds(Response r) {
        return new BigDecimal(r.handleTime().toNanos()).movePointLeft(9).doubleValue();
    }
}

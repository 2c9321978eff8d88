package dev.cxmetrics.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The core workload in DuckDB (in-process, over JDBC): the data loaded once into two tables, then
 * three {@code GROUPING SETS} queries per run, exact {@code quantile_cont} for median and p90 — the
 * SQL an analyst would write. Only the queries and reading their rows are timed.
 */
final class DuckDbWorkload implements AutoCloseable {
    private static final String TICKET_FIGURES = "SELECT grouping(agent) AS ga, grouping(d) AS gd, agent, d, "
            + "count(*), count(frt), avg(frt), quantile_cont(frt, [0.5, 0.9]) "
            + "FROM (SELECT coalesce(agent, '') AS agent, created // 86400000 AS d, frt FROM tickets) "
            + "GROUP BY GROUPING SETS ((), (agent), (d))";
    private static final String RESOLVED_FIGURES = "SELECT grouping(agent) AS ga, grouping(d) AS gd, agent, d, "
            + "count(*), avg(res), quantile_cont(res, [0.5, 0.9]), "
            + "count(*) FILTER (WHERE replies >= 1), count(*) FILTER (WHERE replies = 1 AND reopens = 0) "
            + "FROM (SELECT coalesce(agent, '') AS agent, resolved // 86400000 AS d, res, replies, reopens "
            + "FROM tickets WHERE res IS NOT NULL) "
            + "GROUP BY GROUPING SETS ((), (agent), (d))";
    private static final String ANSWER_FIGURES = "SELECT grouping(agent) AS ga, grouping(d) AS gd, agent, d, "
            + "count(*) FILTER (WHERE kind = 0 AND score >= 4), count(*) FILTER (WHERE kind = 0), "
            + "count(*) FILTER (WHERE kind = 1 AND score >= 9), count(*) FILTER (WHERE kind = 1 AND score <= 6), "
            + "count(*) FILTER (WHERE kind = 1), coalesce(sum(score) FILTER (WHERE kind = 2), 0), "
            + "count(*) FILTER (WHERE kind = 2) "
            + "FROM (SELECT coalesce(agent, '') AS agent, answered // 86400000 AS d, kind, score FROM answers) "
            + "GROUP BY GROUPING SETS ((), (agent), (d))";

    private final Connection connection;

    DuckDbWorkload(WorkloadData data, int threads) throws SQLException, IOException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        Path dir = Files.createTempDirectory("cxmetrics-duckdb");
        try (Statement s = connection.createStatement()) {
            s.execute("SET threads = " + threads);
            Path tickets = dir.resolve("tickets.csv");
            try (BufferedWriter out = Files.newBufferedWriter(tickets, StandardCharsets.UTF_8)) {
                out.write("agent,created,frt,resolved,res,replies,reopens\n");
                for (int i = 0; i < data.tickets; i++) {
                    long frt = data.firstResponseMs[i] < 0 ? -1 : data.firstResponseMs[i] - data.createdMs[i];
                    long res = data.resolvedMs[i] < 0 ? -1 : data.resolvedMs[i] - data.createdMs[i];
                    out.write((data.ticketAgent[i] < 0 ? "" : data.agents[data.ticketAgent[i]]) + ","
                            + data.createdMs[i] + "," + (frt < 0 ? "" : frt) + ","
                            + (res < 0 ? "" : data.resolvedMs[i]) + "," + (res < 0 ? "" : res) + ","
                            + data.agentReplies[i] + "," + data.reopens[i] + "\n");
                }
            }
            s.execute("CREATE TABLE tickets AS SELECT * FROM read_csv('" + tickets + "', header = true, columns = "
                    + "{'agent': 'VARCHAR', 'created': 'BIGINT', 'frt': 'BIGINT', 'resolved': 'BIGINT', "
                    + "'res': 'BIGINT', 'replies': 'INTEGER', 'reopens': 'INTEGER'})");
            Path answers = dir.resolve("answers.csv");
            try (BufferedWriter out = Files.newBufferedWriter(answers, StandardCharsets.UTF_8)) {
                out.write("agent,kind,score,answered\n");
                for (int i = 0; i < data.answers; i++) {
                    out.write((data.answerAgent[i] < 0 ? "" : data.agents[data.answerAgent[i]]) + ","
                            + data.answerKind[i] + "," + data.answerScore[i] + "," + data.answeredMs[i] + "\n");
                }
            }
            s.execute("CREATE TABLE answers AS SELECT * FROM read_csv('" + answers + "', header = true, columns = "
                    + "{'agent': 'VARCHAR', 'kind': 'INTEGER', 'score': 'INTEGER', 'answered': 'BIGINT'})");
            Files.delete(tickets);
            Files.delete(answers);
            Files.delete(dir);
        }
    }

    WorkloadResult figures() throws SQLException {
        WorkloadResult result = new WorkloadResult();
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery(TICKET_FIGURES)) {
                while (rs.next()) {
                    double[] f = result.group(key(rs));
                    f[WorkloadResult.TICKETS] = rs.getLong(5);
                    durations(f, WorkloadResult.FRT, rs.getLong(6), rs, 7);
                }
            }
            try (ResultSet rs = s.executeQuery(RESOLVED_FIGURES)) {
                while (rs.next()) {
                    double[] f = result.group(key(rs));
                    durations(f, WorkloadResult.RESOLUTION, rs.getLong(5), rs, 6);
                    f[WorkloadResult.FCR_ELIGIBLE] = rs.getLong(8);
                    f[WorkloadResult.FCR_ONE_TOUCH] = rs.getLong(9);
                }
            }
            try (ResultSet rs = s.executeQuery(ANSWER_FIGURES)) {
                while (rs.next()) {
                    double[] f = result.group(key(rs));
                    f[WorkloadResult.CSAT_SATISFIED] = rs.getLong(5);
                    f[WorkloadResult.CSAT_TOTAL] = rs.getLong(6);
                    f[WorkloadResult.NPS_PROMOTERS] = rs.getLong(7);
                    f[WorkloadResult.NPS_DETRACTORS] = rs.getLong(8);
                    f[WorkloadResult.NPS_TOTAL] = rs.getLong(9);
                    f[WorkloadResult.CES_SUM] = rs.getLong(10);
                    f[WorkloadResult.CES_TOTAL] = rs.getLong(11);
                }
            }
        }
        return result;
    }

    private static String key(ResultSet rs) throws SQLException {
        boolean byAgent = rs.getInt("ga") == 0;
        boolean byDay = rs.getInt("gd") == 0;
        return byAgent ? "agent/" + rs.getString("agent")
                : byDay ? "day/" + LocalDate.ofEpochDay(rs.getLong("d")) : "overall";
    }

    private static void durations(double[] f, int base, long count, ResultSet rs, int column) throws SQLException {
        f[base + WorkloadResult.COUNT] = count;
        if (count == 0) {
            return;
        }
        f[base + WorkloadResult.MEAN] = rs.getDouble(column);
        Object[] quantiles = (Object[]) rs.getArray(column + 1).getArray();
        f[base + WorkloadResult.MEDIAN] = ((Number) quantiles[0]).doubleValue();
        f[base + WorkloadResult.P90] = ((Number) quantiles[1]).doubleValue();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}

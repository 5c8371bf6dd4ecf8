package com.meike.privacy.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The SQL one process instance costs, from the embedded H2 database's own query statistics ({@code
 * SET QUERY_STATISTICS TRUE}): statements executed and time spent inside H2 (lock waits included)
 * per instance, by table and statement kind, and the most expensive statements. The statistics are
 * database-wide, so they are cleared before and read after each measured segment and added up per
 * phase ({@link Tally}). Only on H2; collecting them slows H2 down, so figures taken with them
 * never enter the comparison.
 */
final class SqlStatistics {

  private static final Pattern TABLE =
      Pattern.compile("(?i)\\b(?:from|into|update)\\s+(?:\"?[a-z0-9_]+\"?\\.)?\"?([a-z0-9_]+)\"?");

  /** One statement's figures since the statistics were last cleared. */
  record Row(String sql, long count, double millis) {}

  private final DataSource dataSource;

  SqlStatistics(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  boolean available() {
    try (Connection connection = dataSource.getConnection()) {
      return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      return false;
    }
  }

  /** Clears the statistics and switches them on. */
  void restart() throws SQLException {
    execute(
        "SET QUERY_STATISTICS FALSE",
        "SET QUERY_STATISTICS_MAX_ENTRIES 2000",
        "SET QUERY_STATISTICS TRUE");
  }

  void stop() throws SQLException {
    execute("SET QUERY_STATISTICS FALSE");
  }

  /** The statistics collected since the last {@link #restart()}. */
  List<Row> read() throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT SQL_STATEMENT, EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME"
                    + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
      while (result.next()) {
        String sql = result.getString(1);
        if (!sql.toUpperCase(Locale.ROOT).contains("INFORMATION_SCHEMA.QUERY_STATISTICS")) {
          rows.add(new Row(sql, result.getLong(2), result.getDouble(3)));
        }
      }
    }
    return rows;
  }

  /** The statements of one phase, added up over its segments. */
  static final class Tally {
    private final Map<String, double[]> bySql = new HashMap<>();
    private long instances;

    void add(List<Row> rows, long segmentInstances) {
      instances += segmentInstances;
      for (Row row : rows) {
        double[] sum = bySql.computeIfAbsent(row.sql(), k -> new double[2]);
        sum[0] += row.count();
        sum[1] += row.millis();
      }
    }

    JsonObject json() {
      double n = Math.max(1, instances);
      double statements = 0;
      double millis = 0;
      Map<String, double[]> byKind = new TreeMap<>();
      for (Map.Entry<String, double[]> entry : bySql.entrySet()) {
        statements += entry.getValue()[0];
        millis += entry.getValue()[1];
        double[] sum = byKind.computeIfAbsent(kind(entry.getKey()), k -> new double[2]);
        sum[0] += entry.getValue()[0];
        sum[1] += entry.getValue()[1];
      }
      JsonArrayBuilder kinds = Json.createArrayBuilder();
      byKind.entrySet().stream()
          .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[1]))
          .forEach(
              e ->
                  kinds.add(
                      Json.createObjectBuilder()
                          .add("kind", e.getKey())
                          .add("statementsPerInstance", round(e.getValue()[0] / n))
                          .add("millisPerInstance", round(e.getValue()[1] / n))));
      JsonArrayBuilder top = Json.createArrayBuilder();
      bySql.entrySet().stream()
          .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[1]))
          .limit(12)
          .forEach(
              e ->
                  top.add(
                      Json.createObjectBuilder()
                          .add(
                              "sql",
                              e.getKey().length() > 160
                                  ? e.getKey().substring(0, 160) + "..."
                                  : e.getKey())
                          .add("executionsPerInstance", round(e.getValue()[0] / n))
                          .add("millisPerInstance", round(e.getValue()[1] / n))));
      return Json.createObjectBuilder()
          .add("instances", instances)
          .add("statementsPerInstance", round(statements / n))
          .add("millisInH2PerInstance", round(millis / n))
          .add("distinctStatements", bySql.size())
          .add("byTableAndKind", kinds)
          .add("mostExpensive", top)
          .build();
    }
  }

  /** "INSERT ACT_HI_DETAIL", "SELECT RECORDING_ACCESS_APPLICATION", ... */
  static String kind(String sql) {
    String trimmed = sql.strip();
    String verb = trimmed.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    Matcher table = TABLE.matcher(trimmed);
    return verb + (table.find() ? " " + table.group(1).toUpperCase(Locale.ROOT) : "");
  }

  private void execute(String... commands) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String command : commands) {
        statement.execute(command);
      }
    }
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}

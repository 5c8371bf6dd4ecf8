package com.meike.privacy.bpmn.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2's statement statistics of an in-memory engine's database: how often the engine ran a kind of
 * statement (issue 11's tests of statements the server's rules leave out).
 */
final class H2Statements implements AutoCloseable {

  private final Connection h2;

  /** Starts counting on the database of {@link ProcessTestEngine#build engine} {@code name}. */
  H2Statements(String engineName) throws SQLException {
    h2 = DriverManager.getConnection("jdbc:h2:mem:" + engineName, "sa", "");
    try (Statement statement = h2.createStatement()) {
      statement.execute("SET QUERY_STATISTICS TRUE");
    }
  }

  /**
   * Executions so far of statements matching {@code like} (SQL LIKE, upper case, runs of white
   * space as one space).
   */
  long executions(String like) throws SQLException {
    try (PreparedStatement query =
        h2.prepareStatement(
            "SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                + " WHERE UPPER(REGEXP_REPLACE(SQL_STATEMENT, '\\s+', ' ')) LIKE ?"
                + " AND SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'")) {
      query.setString(1, like);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  @Override
  public void close() throws SQLException {
    h2.close();
  }
}

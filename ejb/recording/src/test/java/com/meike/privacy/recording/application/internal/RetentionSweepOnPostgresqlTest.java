package com.meike.privacy.recording.application.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The same sweep and hold races on PostgreSQL, the production database (its row locks re-check a
 * row changed while they waited): each test in a schema of its own in the database named by {@code
 * MEIKE_TEST_PG_URL} (user and password {@code MEIKE_DB_USER}, {@code MEIKE_DB_PASSWORD}, default
 * meike/meike). Skipped without it.
 */
@Tag("REC-5")
@Tag("REC-6")
@EnabledIfEnvironmentVariable(named = "MEIKE_TEST_PG_URL", matches = ".+")
class RetentionSweepOnPostgresqlTest extends RetentionSweepOnH2Test {

  private String schema;

  @Override
  DataSource newDatabase() {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(System.getenv("MEIKE_TEST_PG_URL"));
    pg.setUser(System.getenv().getOrDefault("MEIKE_DB_USER", "meike"));
    pg.setPassword(System.getenv().getOrDefault("MEIKE_DB_PASSWORD", "meike"));
    schema = "recording_test_" + UUID.randomUUID().toString().replace("-", "");
    execute(pg, "create schema " + schema);
    pg.setCurrentSchema(schema);
    return pg;
  }

  @Override
  String blockedSessionsQuery() {
    return "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()";
  }

  @AfterEach
  void dropSchema() {
    execute(dataSource, "drop schema " + schema + " cascade");
  }

  private static void execute(DataSource ds, String sql) {
    try (Connection connection = ds.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}

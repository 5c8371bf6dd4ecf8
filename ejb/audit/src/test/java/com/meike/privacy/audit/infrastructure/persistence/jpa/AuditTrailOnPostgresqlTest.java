package com.meike.privacy.audit.infrastructure.persistence.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * AUD-1's tests on PostgreSQL, the production database, where an entry and its queue marker are
 * appended in one statement: each test in a schema of its own in the database named by {@code
 * MEIKE_TEST_PG_URL} (user and password {@code MEIKE_DB_USER}, {@code MEIKE_DB_PASSWORD}, default
 * meike/meike). Skipped without it.
 */
@DisplayName("AUD-1: audit trail, chainer and checkpoints on PostgreSQL")
@Tag("AUD-1")
@EnabledIfEnvironmentVariable(named = "MEIKE_TEST_PG_URL", matches = ".+")
class AuditTrailOnPostgresqlTest extends AuditTrailOnH2Test {

  private PGSimpleDataSource pg;
  private String schema;

  @Override
  DataSource newDatabase() {
    pg = new PGSimpleDataSource();
    pg.setURL(System.getenv("MEIKE_TEST_PG_URL"));
    pg.setUser(System.getenv().getOrDefault("MEIKE_DB_USER", "meike"));
    pg.setPassword(System.getenv().getOrDefault("MEIKE_DB_PASSWORD", "meike"));
    schema = "audit_test_" + UUID.randomUUID().toString().replace("-", "");
    execute("create schema " + schema);
    pg.setCurrentSchema(schema);
    return pg;
  }

  @AfterEach
  void dropSchema() {
    pg.setCurrentSchema(null);
    execute("drop schema " + schema + " cascade");
  }

  private void execute(String sql) {
    try (Connection connection = pg.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}

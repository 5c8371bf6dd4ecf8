package com.meike.privacy.kernel.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

  private JdbcDataSource ds;

  @BeforeEach
  void freshDatabase() {
    ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  private ClassLoader loader() {
    return getClass().getClassLoader();
  }

  private long count(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void appliesTheContextsScriptsOnceAndRecordsThemInItsOwnHistoryTable() throws SQLException {
    assertThat(SchemaMigration.migrate(ds, "first", loader())).isEqualTo(2);
    assertThat(SchemaMigration.migrate(ds, "first", loader())).isZero();

    assertThat(count("select count(*) from first_thing")).isEqualTo(1);
    assertThat(
            count(
                "select count(*) from \"flyway_history_first\" where \"success\" and \"version\" in"
                    + " ('1', '2')"))
        .isEqualTo(2);
  }

  @Test
  void aContextArrivingInASharedSchemaBaselinesAtZeroAndAppliesItsScripts() throws SQLException {
    SchemaMigration.migrate(ds, "first", loader());

    assertThat(SchemaMigration.migrate(ds, "second", loader())).isEqualTo(1);

    assertThat(count("select count(*) from second_thing")).isZero();
    assertThat(count("select count(*) from \"flyway_history_second\" where \"version\" = '0'"))
        .isEqualTo(1);
    assertThat(count("select count(*) from \"flyway_history_second\" where \"version\" = '1'"))
        .isEqualTo(1);
  }

  @Test
  void rejectsContextNamesThatWouldNameOtherLocationsOrTables() {
    assertThatThrownBy(() -> SchemaMigration.migrate(ds, "../audit", loader()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SchemaMigration.migrate(ds, "Audit", loader()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SchemaMigration.migrate(ds, "", loader()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

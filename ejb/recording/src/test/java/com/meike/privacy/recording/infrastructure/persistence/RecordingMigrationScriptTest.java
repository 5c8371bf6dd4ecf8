package com.meike.privacy.recording.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.persistence.SchemaMigration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recording migrations run through the kernel's {@link SchemaMigration} (Flyway) on H2 2.2, the
 * embedded default, and their constraints hold what the domain promises. (The same file was also
 * run by hand on PostgreSQL 15.)
 */
class RecordingMigrationScriptTest {

  static final String SCRIPT = "db/migration/recording/V1__recording_access.sql";

  Connection connection;
  int applied;

  @BeforeEach
  void migrate() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    applied =
        SchemaMigration.migrate(
            dataSource, new RecordingSchema().context(), getClass().getClassLoader());
    connection = dataSource.getConnection();
  }

  @AfterEach
  void close() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    }
    connection.close();
  }

  @Test
  void flyway_finds_and_applies_the_recording_migrations() {
    assertThat(new RecordingSchema().context()).isEqualTo("recording");
    assertThat(getClass().getClassLoader().getResource(SCRIPT)).isNotNull();
    assertThat(applied).isEqualTo(9);
  }

  @Test
  void recordings_and_legal_holds_have_the_columns_the_entities_map() throws SQLException {
    assertThat(columns("RECORDING"))
        .containsExactlyInAnyOrder(
            "ID",
            "ORDER_NUMBER",
            "STATUS",
            "STARTED_AT",
            "ENDED_AT",
            "FAILURE_CAUSE",
            "HELD",
            "CLAIMED_AT",
            "CLAIM_TOKEN",
            "DESTROYED_AT",
            "VERSION",
            "KEY_EPOCH");
    assertThat(columns("RECORDING_KEY_EPOCH"))
        .as("DSR-8: epoch keys live in the database, sealed")
        .containsExactlyInAnyOrder(
            "ID", "KIND", "ORDER_NUMBER", "OPENS_AT", "CLOSES_AT", "SEALED_KEY", "DESTROYED_AT");
    assertThat(columns("RECORDING_LEGAL_HOLD"))
        .containsExactlyInAnyOrder(
            "ID",
            "ORDER_NUMBER",
            "REASON",
            "PLACED_BY",
            "PLACED_AT",
            "RELEASED_BY",
            "RELEASED_AT",
            "VERSION");
  }

  @Test
  void the_three_tables_exist_with_the_columns_the_entities_map() throws SQLException {
    assertThat(columns("RECORDING_ACCESS_APPLICATION"))
        .containsExactlyInAnyOrder(
            "ID",
            "ORDER_NUMBER",
            "USE",
            "REASON",
            "APPLICANT",
            "APPLIED_AT",
            "STATUS",
            "FIRST_APPROVER",
            "SECOND_APPROVER",
            "GRANT_ID",
            "USE_CONDITION",
            "COMPLAINT_NUMBER",
            "CONSENT_ENTRY",
            "URGENCY",
            "REVIEW_STATE",
            "REVIEWED_BY",
            "REVIEWED_AT",
            "REVIEW_COMMENT",
            "VERSION");
    assertThat(columns("RECORDING_ACCESS_DECISION"))
        .containsExactlyInAnyOrder(
            "ID", "APPLICATION_ID", "STEP", "APPROVER", "APPROVED", "COMMENT", "DECIDED_AT");
    assertThat(columns("RECORDING_ACCESS_GRANT"))
        .containsExactlyInAnyOrder(
            "ID",
            "APPLICATION_ID",
            "ORDER_NUMBER",
            "USE",
            "HOLDER",
            "ISSUED_AT",
            "EXPIRES_AT",
            "REVOKED_AT",
            "REVOKED_BY",
            "REVOCATION_REASON",
            "VERSION");
  }

  @Test
  void an_application_with_its_decisions_and_grant_can_be_stored() throws SQLException {
    insertApplication("a1", "ops.agent", "ops.head", "sec.head");
    execute(
        "insert into recording_access_decision values ('d1', 'a1', 'DEPARTMENT_HEAD', 'ops.head',"
            + " true, null, timestamp with time zone '2026-11-29 09:00:00+00')");
    execute(
        "insert into recording_access_decision values ('d2', 'a1', 'SECURITY_HEAD', 'sec.head',"
            + " true, 'ok', timestamp with time zone '2026-11-29 10:00:00+00')");
    insertGrant("g1", "a1");

    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select d.step from recording_access_application a join recording_access_decision d"
                    + " on d.application_id = a.id where a.use = 'DISPUTE_EVIDENCE'"
                    + " order by d.decided_at asc, d.step asc")) {
      List<String> steps = new ArrayList<>();
      while (rows.next()) {
        steps.add(rows.getString(1));
      }
      assertThat(steps).containsExactly("DEPARTMENT_HEAD", "SECURITY_HEAD");
    }
  }

  @Test
  void an_application_cannot_be_approved_by_its_applicant() {
    assertThatThrownBy(() -> insertApplication("a1", "ops.head", "ops.head", "sec.head"))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> insertApplication("a2", "ops.agent", "sec.head", "sec.head"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void a_rejection_without_comment_is_refused_by_the_database_too() throws SQLException {
    insertApplication("a1", "ops.agent", "ops.head", "sec.head");

    assertThatThrownBy(
            () ->
                execute(
                    "insert into recording_access_decision values ('d1', 'a1', 'DEPARTMENT_HEAD',"
                        + " 'ops.head', false, null, current_timestamp)"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void a_step_is_decided_once_and_an_application_has_one_grant() throws SQLException {
    insertApplication("a1", "ops.agent", "ops.head", "sec.head");
    execute(
        "insert into recording_access_decision values ('d1', 'a1', 'DEPARTMENT_HEAD', 'ops.head',"
            + " true, null, current_timestamp)");
    insertGrant("g1", "a1");

    assertThatThrownBy(
            () ->
                execute(
                    "insert into recording_access_decision values ('d2', 'a1', 'DEPARTMENT_HEAD',"
                        + " 'ops.head', true, null, current_timestamp)"))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> insertGrant("g2", "a1")).isInstanceOf(SQLException.class);
  }

  @Test
  void unknown_uses_and_statuses_are_refused() {
    assertThatThrownBy(
            () ->
                execute(
                    "insert into recording_access_application values ('a1', 'MK2026112900000123',"
                        + " 'MARKETING', 'a reason long enough', 'ops.agent', current_timestamp,"
                        + " 'AWAITING_DEPARTMENT_HEAD', 'ops.head', 'sec.head', null, 0)"))
        .isInstanceOf(SQLException.class);
  }

  private void insertApplication(String id, String applicant, String first, String second)
      throws SQLException {
    execute(
        "insert into recording_access_application values ('"
            + id
            + "', 'MK2026112900000123', 'DISPUTE_EVIDENCE', 'a reason long enough', '"
            + applicant
            + "', timestamp with time zone '2026-11-29 08:00:00+00', 'AWAITING_DEPARTMENT_HEAD', '"
            + first
            + "', '"
            + second
            + "', null, 0, 'CUSTOMER_CONSENT', null, 7, null, null, null, null, null)");
  }

  private void insertGrant(String id, String applicationId) throws SQLException {
    execute(
        "insert into recording_access_grant values ('"
            + id
            + "', '"
            + applicationId
            + "', 'MK2026112900000123', 'DISPUTE_EVIDENCE', 'ops.agent',"
            + " timestamp with time zone '2026-11-29 10:00:00+00',"
            + " timestamp with time zone '2026-11-30 10:00:00+00', null, null, null, 0)");
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private List<String> columns(String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rows = connection.getMetaData().getColumns(null, "PUBLIC", table, null)) {
      while (rows.next()) {
        names.add(rows.getString("COLUMN_NAME"));
      }
    }
    return names;
  }
}

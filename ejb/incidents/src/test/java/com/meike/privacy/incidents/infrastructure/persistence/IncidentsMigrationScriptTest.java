package com.meike.privacy.incidents.infrastructure.persistence;

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
 * The incidents migrations run through the kernel's {@link SchemaMigration} (Flyway) on H2, the
 * embedded default, and their constraints hold what the complaint promises.
 */
class IncidentsMigrationScriptTest {

  Connection connection;
  int applied;

  @BeforeEach
  void migrate() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    applied = SchemaMigration.migrate(dataSource, "incidents", getClass().getClassLoader());
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
  void flyway_applies_the_complaint_tables_with_the_columns_the_entities_map() throws SQLException {
    assertThat(applied).isEqualTo(8);
    assertThat(columns("COMPLAINT"))
        .containsExactlyInAnyOrder(
            "COMPLAINT_NUMBER",
            "COMPLAINANT",
            "ABOUT",
            "ORDER_NUMBER",
            "COMPLAINT_TEXT",
            "STATE",
            "TIER",
            "FILED_AT",
            "CUSTOMER_SERVICE_DUE_ON",
            "SUPERVISOR_DUE_ON",
            "FINAL_DUE_ON",
            "INFORMATION_REQUESTED_AT",
            "INFORMATION_DUE_ON",
            "PAUSED_WORKING_DAYS",
            "OVERDUE",
            "ANSWERED_AT",
            "ANSWERED_BY",
            "ANSWER",
            "RESOLUTION",
            "CLOSED_AT",
            "VERSION",
            "TEXT_SEALED",
            "LEGAL_HOLD_ID");
    assertThat(columns("COMPLAINT_ENTRY"))
        .containsExactlyInAnyOrder(
            "ID",
            "COMPLAINT_NUMBER",
            "SEQ",
            "OCCURRED_AT",
            "ACTOR",
            "KIND",
            "TIER",
            "NOTE",
            "NOTE_SEALED");
    assertThat(columns("COMPLAINT_ATTACHMENT"))
        .containsExactlyInAnyOrder(
            "ID",
            "COMPLAINT_NUMBER",
            "SEALED_NAME",
            "CONTENT_TYPE",
            "SIZE_BYTES",
            "ADDED_BY",
            "ADDED_AT");
    assertThat(columns("COMPLAINT_ATTACHMENT_CONTENT"))
        .containsExactlyInAnyOrder("ATTACHMENT_ID", "SEALED_CONTENT");
    assertThat(columns("COMPLAINT_RECORDING_ACCESS"))
        .containsExactlyInAnyOrder(
            "APPLICATION_ID", "COMPLAINT_NUMBER", "APPLIED_BY", "APPLIED_AT");
  }

  @Test
  void rows_from_before_sealing_are_marked_unsealed_and_evidence_rows_need_their_complaint()
      throws SQLException {
    insertComplaint("CP20260918AB12CD38", "ORDER", "'MK2026091800000123'", "OPEN");
    try (ResultSet row =
        connection
            .createStatement()
            .executeQuery(
                "select text_sealed from complaint where complaint_number = 'CP20260918AB12CD38'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getBoolean(1)).isFalse();
    }
    execute(
        "insert into complaint_entry (id, complaint_number, seq, occurred_at, actor, kind, tier, note, note_sealed)"
            + " values ('e9', 'CP20260918AB12CD38', 1, timestamp with time zone '2026-09-18 02:00:00+00', 'system',"
            + " 'EVIDENCE_HELD', 'CUSTOMER_SERVICE', 'k1:abc', true)");
    execute(
        "insert into complaint_attachment values ('a1', 'CP20260918AB12CD38', 'k1:x', 'image/png', 10, 'acc-1',"
            + " timestamp with time zone '2026-09-18 02:00:00+00')");
    execute("insert into complaint_attachment_content values ('a1', X'6B313A00FF')");
    assertThatThrownBy(
            () -> execute("insert into complaint_attachment_content values ('a2', X'00')"))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(
            () ->
                execute(
                    "insert into complaint_recording_access values ('app-1', 'CP00000000NOTTHERE',"
                        + " 'cs.agent', timestamp with time zone '2026-09-18 02:00:00+00')"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void an_open_complaint_and_its_history_are_stored() throws SQLException {
    insertComplaint("CP20260918AB12CD34", "ORDER", "'MK2026091800000123'", "OPEN");
    execute(
        "insert into complaint_entry values ('e1', 'CP20260918AB12CD34', 1,"
            + " timestamp with time zone '2026-09-18 02:00:00+00', 'acc-1', 'FILED', 'CUSTOMER_SERVICE', null, true)");
    assertThatThrownBy(
            () ->
                execute(
                    "insert into complaint_entry values ('e2', 'CP20260918AB12CD34', 1,"
                        + " timestamp with time zone '2026-09-18 02:00:00+00', 'acc-1', 'FILED', 'CUSTOMER_SERVICE', null, true)"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void an_order_complaint_without_an_order_or_an_answered_state_without_an_answer_is_refused() {
    assertThatThrownBy(() -> insertComplaint("CP20260918AB12CD35", "ORDER", "null", "OPEN"))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> insertComplaint("CP20260918AB12CD36", "SERVICE", "null", "ANSWERED"))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> insertComplaint("CP20260918AB12CD37", "WEATHER", "null", "OPEN"))
        .isInstanceOf(SQLException.class);
  }

  private void insertComplaint(String number, String about, String order, String state)
      throws SQLException {
    execute(
        "insert into complaint (complaint_number, complainant, about, order_number, complaint_text, state, tier,"
            + " filed_at, customer_service_due_on, supervisor_due_on, final_due_on, information_requested_at,"
            + " information_due_on, paused_working_days, overdue, answered_at, answered_by, answer, resolution,"
            + " closed_at, version) values ('"
            + number
            + "', 'acc-1', '"
            + about
            + "', "
            + order
            + ", 'Late and rude.', '"
            + state
            + "', 'CUSTOMER_SERVICE',"
            + " timestamp with time zone '2026-09-18 02:00:00+00', date '2026-09-24', date '2026-10-09',"
            + " date '2026-10-15', null, null, 0, false, null, null, null, null, null, 0)");
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

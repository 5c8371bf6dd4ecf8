package com.meike.privacy.order.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.persistence.SchemaMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order migrations run through the kernel's {@link SchemaMigration} on H2 and hold their rules.
 */
class OrderMigrationScriptTest {

  Connection connection;
  int applied;

  @BeforeEach
  void migrate() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    applied =
        SchemaMigration.migrate(
            dataSource, new OrderSchema().context(), getClass().getClassLoader());
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
  void theOrderTableAcceptsAnOrderAndRefusesAnUnknownStatusOrANonPositiveAmount()
      throws SQLException {
    assertThat(applied).as("V1 to V9_60").isEqualTo(6);
    insert("MK2026112900000001", "PLACED", "268.00");

    assertThatThrownBy(() -> insert("MK2026112900000002", "LOST", "10.00"))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> insert("MK2026112900000003", "PLACED", "0"))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> insert("MK2026112900000001", "PLACED", "10.00"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void aReviewBelongsToAnOrderOnceAndRatesFromOneToFive() throws SQLException {
    insert("MK2026112900000001", "COMPLETED", "268.00");
    review("MK2026112900000001", 1);

    assertThatThrownBy(() -> review("MK2026112900000001", 5)).isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> review("MK2026112900000009", 3)).isInstanceOf(SQLException.class);
    insert("MK2026112900000002", "COMPLETED", "268.00");
    assertThatThrownBy(() -> review("MK2026112900000002", 6)).isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> review("MK2026112900000002", 0)).isInstanceOf(SQLException.class);
  }

  private void review(String number, int rating) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "insert into order_review (order_number, customer_id, rating, review_text,"
              + " recordings_held, reviewed_at) values ('"
              + number
              + "', 'u-1', "
              + rating
              + ", null, false,"
              + " timestamp with time zone '2026-11-29 09:00:00+00')");
    }
  }

  private void insert(String number, String status, String amount) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "insert into service_order (order_number, customer_id, city, service_area, items, amount,"
              + " for_another_person, service_address, contact_name, contact_phone, status,"
              + " beautician_id, created_at, ended_at, version) values ('"
              + number
              + "', 'u-"
              + UUID.randomUUID()
              + "',"
              + " 'Shanghai', 'shanghai', 'facial', "
              + amount
              + ", false, 'k1:x', 'k1:y', 'k1:z', '"
              + status
              + "', null, timestamp with time zone '2026-11-29 08:00:00+00', null, 0)");
    }
  }
}

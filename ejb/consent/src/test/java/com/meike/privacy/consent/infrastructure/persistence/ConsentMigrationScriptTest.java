package com.meike.privacy.consent.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.persistence.SchemaMigration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The consent migrations run through the kernel's {@link SchemaMigration} (Flyway) on H2 2.2, the
 * embedded default; the seeded catalogue says what the policy says, and the constraints hold what
 * the domain promises. (The same files were also run by hand on PostgreSQL 15.)
 */
class ConsentMigrationScriptTest {

  /** SHA-256 of the policy text as published (UTF-8), 发布日期 2021-12-15, 最新生效 2022-12-13. */
  static final String POLICY_SHA256 =
      "49056f8537801fa9ccbeabaf221369abebbbb1591c05ddda28d942535ccf2db7";

  Connection connection;
  int applied;

  @BeforeEach
  void migrate() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    applied =
        SchemaMigration.migrate(
            dataSource, new ConsentSchema().context(), getClass().getClassLoader());
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
  void flyway_finds_and_applies_the_consent_migrations() {
    assertThat(new ConsentSchema().context()).isEqualTo("consent");
    assertThat(getClass().getClassLoader().getResource("db/migration/consent/V1__consent.sql"))
        .isNotNull();
    assertThat(
            getClass()
                .getClassLoader()
                .getResource("db/migration/consent/V2__purpose_catalogue.sql"))
        .isNotNull();
    assertThat(
            getClass()
                .getClassLoader()
                .getResource("db/migration/consent/V3__reconsent_notices.sql"))
        .isNotNull();
    assertThat(applied).isEqualTo(13);
  }

  @Test
  void the_tables_exist_with_the_columns_the_entities_map() throws SQLException {
    assertThat(columns("CONSENT_ENTRY"))
        .containsExactlyInAnyOrder(
            "SEQUENCE",
            "SUBJECT_ID",
            "PURPOSE_CODE",
            "POLICY_VERSION",
            "ACTION",
            "CHANNEL",
            "ACTOR",
            "ACTED_AS",
            "RECORDED_BY",
            "OCCURRED_AT");
    assertThat(columns("CONSENT_POLICY_VERSION"))
        .containsExactlyInAnyOrder(
            "VERSION", "ORDINAL", "PUBLISHED_AT", "PUBLISHED_BY", "MAJOR", "SUMMARY", "TEXT");
    assertThat(columns("CONSENT_RECONSENT_REQUIREMENT"))
        .containsExactlyInAnyOrder(
            "SUBJECT_ID",
            "POLICY_VERSION",
            "MARKED_AT",
            "SATISFIED_AT",
            "NOTIFIED_AT",
            "NOTIFIED_TO",
            "DATA_HOLDER_TRANSFER_ID");
    assertThat(columns("CONSENT_CHILD_STATUS"))
        .containsExactlyInAnyOrder("SUBJECT_ID", "GUARDIAN_ID", "BASIS", "MARKED_AT", "MARKED_BY");
    assertThat(columns("CONSENT_EXCEPTION_USE"))
        .containsExactlyInAnyOrder(
            "ID", "SUBJECT_ID", "PURPOSE_CODE", "LEGAL_EXCEPTION", "ACTOR", "REASON", "USED_AT");
    assertThat(columns("CONSENT_PURPOSE_PARTNER"))
        .containsExactlyInAnyOrder("PURPOSE_CODE", "PARTNER_ID");
    assertThat(columns("CONSENT_POLICY_CHANGE_KIND"))
        .containsExactlyInAnyOrder("POLICY_VERSION", "KIND");
  }

  @Nested
  class TheFirstPolicyVersion {

    @Test
    void is_2026_01_published_as_a_minor_first_version() throws SQLException {
      List<Map<String, Object>> versions = rows("select * from consent_policy_version");

      assertThat(versions).hasSize(1);
      Map<String, Object> version = versions.get(0);
      assertThat(version.get("VERSION")).isEqualTo("2026-01");
      assertThat(version.get("ORDINAL")).isEqualTo(1);
      assertThat(version.get("MAJOR")).isEqualTo(false);
      assertThat((String) version.get("SUMMARY")).contains("2021年12月15日").contains("2022-12-13");
      assertThat(rows("select * from consent_policy_change_kind")).isEmpty();
    }

    @Test
    void holds_the_full_policy_text_as_published() throws Exception {
      String text = (String) rows("select text from consent_policy_version").get(0).get("TEXT");

      assertThat(text)
          .startsWith("隐私政策")
          .contains("儿童:指不满十四周岁的未成年人")
          .contains("(11)法律法规规定的其他情形")
          .contains("6、个人信息安全影响评估报告表明存在高风险")
          .endsWith("最新生效:2022-12-13 12:06:52");
      assertThat(
              HexFormat.of()
                  .formatHex(
                      MessageDigest.getInstance("SHA-256")
                          .digest(text.getBytes(StandardCharsets.UTF_8))))
          .isEqualTo(POLICY_SHA256);
    }
  }

  @Nested
  class TheSeededCatalogue {

    @Test
    void has_every_category_of_part_1_and_every_feature_of_section_i_10() throws SQLException {
      Map<String, Map<String, Object>> purposes = purposes();

      assertThat(purposes.keySet())
          .containsExactlyInAnyOrder(
              "account.phone",
              "profile.basic",
              "identity.document",
              "identity.biometric",
              "account.network-identity",
              "account.third-party-login",
              "payment.account",
              "payment.transactions",
              "communication.order-sms",
              "communication.customer-service",
              "usage.logs",
              "usage.personalised-display",
              "location.precise",
              "service.recording",
              "device.identifiers",
              "device.environment",
              "device.location",
              "device.camera",
              "device.album",
              "device.microphone",
              "device.voice-shopping",
              // issue 19: the separate consents of REC-7, REC-9 and DISC-2
              "service.recording.dispute-evidence",
              "service.recording.sharing",
              "disclosure.public");
      for (String letter : List.of("a", "b", "c", "d", "e", "f", "g", "h")) {
        assertThat(purposes.values())
            .as("Part 1 " + letter)
            .anySatisfy(
                purpose -> {
                  assertThat(purpose.get("KIND")).isEqualTo("INFORMATION_CATEGORY");
                  assertThat((String) purpose.get("POLICY_REFERENCE")).startsWith("第一部分 " + letter);
                });
      }
      for (int feature = 1; feature <= 4; feature++) {
        String reference = "第二部分 一(十)" + feature;
        assertThat(purposes.values())
            .as(reference)
            .anySatisfy(
                purpose -> {
                  assertThat(purpose.get("KIND")).isEqualTo("DEVICE_FEATURE");
                  assertThat((String) purpose.get("POLICY_REFERENCE")).startsWith(reference);
                  assertThat(purpose.get("NECESSITY")).isEqualTo("OPTIONAL");
                });
      }
      assertThat(purposes.values())
          .allSatisfy(
              purpose -> {
                assertThat(purpose.get("POLICY_VERSION")).isEqualTo("2026-01");
                assertThat(purpose.get("RETIRED_IN")).isNull();
              });
    }

    @Test
    void location_is_optional_and_sensitive_as_the_policy_says() throws SQLException {
      Map<String, Map<String, Object>> purposes = purposes();

      for (String code : List.of("location.precise", "device.location")) {
        assertThat(purposes.get(code).get("NECESSITY")).as(code).isEqualTo("OPTIONAL");
        assertThat(purposes.get(code).get("SENSITIVE")).as(code).isEqualTo(true);
      }
      assertThat(partners("location.precise")).containsExactlyInAnyOrder("amap", "getui");
      assertThat(partners("device.location")).containsExactly("amap");
    }

    @Test
    void
        the_sensitive_categories_are_identity_documents_biometrics_location_payment_accounts_and_recordings()
            throws SQLException {
      assertThat(
              purposes().entrySet().stream()
                  .filter(purpose -> Boolean.TRUE.equals(purpose.getValue().get("SENSITIVE")))
                  .map(Map.Entry::getKey))
          .containsExactlyInAnyOrder(
              "identity.document",
              "identity.biometric",
              "payment.account",
              "location.precise",
              "service.recording",
              "device.location",
              // issue 19: the uses of recordings are as sensitive as the recordings (REC-7, REC-9)
              "service.recording.dispute-evidence",
              "service.recording.sharing");
    }

    @Test
    void necessary_purposes_are_those_the_basic_service_cannot_do_without() throws SQLException {
      assertThat(
              purposes().entrySet().stream()
                  .filter(purpose -> "NECESSARY".equals(purpose.getValue().get("NECESSITY")))
                  .map(Map.Entry::getKey))
          .containsExactlyInAnyOrder(
              "account.phone",
              "profile.basic",
              "account.network-identity",
              "payment.account",
              "payment.transactions",
              "communication.order-sms",
              "communication.customer-service",
              "usage.logs",
              "device.identifiers",
              "device.environment");
    }

    @Test
    void recordings_are_optional_sensitive_and_the_only_purpose_with_implied_consent()
        throws SQLException {
      Map<String, Object> recording = purposes().get("service.recording");

      assertThat(recording.get("NECESSITY")).isEqualTo("OPTIONAL");
      assertThat(recording.get("SENSITIVE")).isEqualTo(true);
      assertThat((String) recording.get("RETENTION_RULE")).contains("7 days");
      assertThat(partners("service.recording")).isEmpty();
      assertThat(
              purposes().entrySet().stream()
                  .filter(
                      purpose ->
                          Boolean.TRUE.equals(purpose.getValue().get("IMPLIED_CONSENT_ALLOWED")))
                  .map(Map.Entry::getKey))
          .containsExactly("service.recording");
    }

    @Test
    void device_and_log_data_are_personal_only_while_linked() throws SQLException {
      assertThat(
              purposes().entrySet().stream()
                  .filter(
                      purpose ->
                          Boolean.TRUE.equals(purpose.getValue().get("PERSONAL_ONLY_WHEN_LINKED")))
                  .map(Map.Entry::getKey))
          .containsExactlyInAnyOrder("usage.logs", "device.identifiers", "device.environment");
    }

    @Test
    void partners_receive_what_the_policy_and_its_sdk_list_say() throws SQLException {
      assertThat(partners("account.phone")).containsExactly("sms");
      assertThat(partners("communication.order-sms")).containsExactly("sms");
      assertThat(partners("payment.account")).containsExactlyInAnyOrder("wechat-pay", "alipay");
      assertThat(partners("device.identifiers")).containsExactlyInAnyOrder("getui", "huawei-push");
      assertThat(partners("device.environment"))
          .containsExactlyInAnyOrder("getui", "huawei-push", "amap");
      assertThat(partners("usage.logs")).containsExactly("analytics");
      assertThat(partners("identity.document")).isEmpty();
      assertThat(partners("identity.biometric")).isEmpty();
    }
  }

  @Nested
  class Constraints {

    @Test
    void an_entry_can_be_stored_and_acting_as_self_means_the_actor_is_the_person()
        throws SQLException {
      insertEntry(1, "u-alice", "SELF", "u-alice", "POPUP");
      insertEntry(2, "u-kid", "GUARDIAN", "u-mother", "POPUP");

      assertThatThrownBy(() -> insertEntry(3, "u-alice", "SELF", "u-mallory", "POPUP"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> insertEntry(4, "u-kid", "GUARDIAN", "u-kid", "POPUP"))
          .isInstanceOf(SQLException.class);
      assertThat(rows("select sequence from consent_entry")).hasSize(2);
    }

    @Test
    void unknown_channels_purposes_and_versions_are_refused() {
      assertThatThrownBy(() -> insertEntry(1, "u-alice", "SELF", "u-alice", "CARRIER_PIGEON"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  execute(
                      "insert into consent_entry values (next value for consent_entry_seq,"
                          + " 'u-alice', 'marketing.resale', '2026-01', 'GIVEN', 'POPUP',"
                          + " 'u-alice', 'SELF', 'u-alice', current_timestamp)"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  execute(
                      "insert into consent_entry values (next value for consent_entry_seq,"
                          + " 'u-alice', 'device.camera', '2030-01', 'GIVEN', 'POPUP', 'u-alice',"
                          + " 'SELF', 'u-alice', current_timestamp)"))
          .isInstanceOf(SQLException.class);
    }

    @Test
    void a_child_is_not_their_own_guardian_and_partners_are_those_of_the_contract() {
      assertThatThrownBy(
              () ->
                  execute(
                      "insert into consent_child_status values ('u-kid', 'u-kid', 'DECLARATION',"
                          + " current_timestamp, 'cs.agent')"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  execute(
                      "insert into consent_purpose_partner values ('device.camera', 'facebook')"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  execute(
                      "insert into consent_exception_use values ('x', 'u-alice', 'device.camera',"
                          + " 'BUSINESS_INTEREST', 'ops.agent', 'because', current_timestamp)"))
          .isInstanceOf(SQLException.class);
    }

    @Test
    void a_version_is_published_once_in_one_place_of_the_order() {
      assertThatThrownBy(
              () ->
                  execute(
                      "insert into consent_policy_version values ('2026-02', 1, current_timestamp,"
                          + " 'privacy.officer', false, 's', 't')"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  execute("insert into consent_policy_change_kind values ('2026-01', 'COSMETIC')"))
          .isInstanceOf(SQLException.class);
    }
  }

  private void insertEntry(
      long sequence, String subject, String actedAs, String actor, String channel)
      throws SQLException {
    execute(
        "insert into consent_entry values ("
            + sequence
            + ", '"
            + subject
            + "', 'device.camera', '2026-01', 'GIVEN', '"
            + channel
            + "', '"
            + actor
            + "', '"
            + actedAs
            + "', '"
            + actor
            + "', timestamp with time zone '2026-03-01 08:00:00+00')");
  }

  private Map<String, Map<String, Object>> purposes() throws SQLException {
    Map<String, Map<String, Object>> purposes = new LinkedHashMap<>();
    for (Map<String, Object> row : rows("select * from consent_purpose order by code")) {
      purposes.put((String) row.get("CODE"), row);
    }
    return purposes;
  }

  private List<String> partners(String code) throws SQLException {
    return rows(
            "select partner_id from consent_purpose_partner where purpose_code = '"
                + code
                + "' order by partner_id")
        .stream()
        .map(row -> (String) row.get("PARTNER_ID"))
        .toList();
  }

  private List<Map<String, Object>> rows(String sql) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int count = result.getMetaData().getColumnCount();
      while (result.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
          row.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
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

package com.meike.privacy.kernel.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The kernel's re-sealing on H2: rotate, run in chunks, remove the old key, data still opens. */
@DisplayName("DATA-3: re-sealing after a key rotation")
class ResealerTest {

  private static final String K1 = Base64.getEncoder().encodeToString(filled(1));
  private static final String K2 = Base64.getEncoder().encodeToString(filled(2));
  private static final SealedColumn CONTACT =
      SealedColumn.text(
              "meike.order.field-key", "k1", "service_order", "order_number", "contact_name")
          .versioned("version");
  private static final SealedColumn CONTENT =
      SealedColumn.bytes("meike.order.field-key", "k1", "attachment", "id", "sealed_content");
  private static final SealedColumn NOTE =
      SealedColumn.text("meike.order.field-key", "k1", "entry", "id", "note")
          .boundTo("complaint", "complaint_entry.note", "complaint_number")
          .where("note_sealed = TRUE");

  private Connection db;

  private static byte[] filled(int b) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) b);
    return key;
  }

  private static FieldCipher cipher(Map<String, String> config) {
    return KeySet.load(
            "meike.order.field-key",
            KeySet.Kind.SEALING,
            "k1",
            property -> Optional.ofNullable(config.get(property)))
        .cipher();
  }

  private static Resealer resealer(Map<String, String> config) {
    FieldCipher cipher = cipher(config);
    return new Resealer(column -> cipher);
  }

  @BeforeEach
  void database() throws SQLException {
    db = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
    try (Statement s = db.createStatement()) {
      s.execute(
          "create table service_order (order_number varchar(18) primary key, contact_name varchar(1000),"
              + " version bigint not null)");
      s.execute("create table attachment (id varchar(36) primary key, sealed_content bytea)");
      s.execute(
          "create table entry (id varchar(36) primary key, complaint_number varchar(18),"
              + " note varchar(1000), note_sealed boolean not null)");
    }
    db.setAutoCommit(false);
  }

  private void exec(String sql, Object... args) throws SQLException {
    try (PreparedStatement p = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      p.executeUpdate();
    }
  }

  private Object one(String sql, Object... args) throws SQLException {
    try (PreparedStatement p = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getObject(1);
      }
    }
  }

  /** Runs the job as the container does: chunk after chunk, each committed on its own. */
  private int runJob(Resealer resealer, SealedColumn column, int chunk) throws SQLException {
    int resealed = 0;
    Object after = null;
    do {
      Resealer.Chunk done = resealer.resealNext(db, column, after, chunk);
      db.commit();
      resealed += done.resealed();
      after = done.last();
    } while (after != null);
    return resealed;
  }

  @Test
  @DisplayName(
      "DATA-3: after rotating k1 → k2 and running the job, the data opens without k1; a moved value still does not")
  void rotateRunTheJobRemoveTheOldKey() throws SQLException {
    FieldCipher before = cipher(Map.of("meike.order.field-key", K1));
    for (int n = 1; n <= 7; n++) {
      String number = "MK" + n;
      exec(
          "insert into service_order values (?, ?, 0)",
          number,
          before.seal("张三 " + n, SealBinding.of("service_order", "contact_name", number)));
    }
    exec(
        "insert into attachment values ('a1', ?)",
        before.sealBytes(
            new byte[] {1, 2, 3}, SealBinding.of("attachment", "sealed_content", "a1")));
    exec(
        "insert into entry values ('e1', 'C1', ?, TRUE)",
        before.seal("a note", SealBinding.of("complaint", "complaint_entry.note", "C1")));
    exec("insert into entry values ('e2', 'C1', 'legacy clear text', FALSE)");
    db.commit();

    Map<String, String> rotated =
        new HashMap<>(
            Map.of(
                "meike.order.field-key",
                K2,
                "meike.order.field-key-id",
                "k2",
                "meike.order.retired-field-keys",
                "k1:" + K1));
    Resealer job = resealer(rotated);
    assertThat(runJob(job, CONTACT, 3)).isEqualTo(7);
    assertThat(runJob(job, CONTENT, 3)).isEqualTo(1);
    assertThat(runJob(job, NOTE, 3)).isEqualTo(1);
    assertThat(runJob(job, CONTACT, 3)).isZero(); // a second run finds nothing left
    assertThat(one("select version from service_order where order_number = 'MK3'")).isEqualTo(1L);
    assertThat(one("select note from entry where id = 'e2'")).isEqualTo("legacy clear text");

    // the old key removed: everything still opens under k2 alone
    FieldCipher after =
        cipher(Map.of("meike.order.field-key", K2, "meike.order.field-key-id", "k2"));
    for (int n = 1; n <= 7; n++) {
      String sealed =
          (String) one("select contact_name from service_order where order_number = ?", "MK" + n);
      assertThat(sealed).startsWith("k2$");
      assertThat(after.open(sealed, SealBinding.of("service_order", "contact_name", "MK" + n)))
          .isEqualTo("张三 " + n);
    }
    assertThat(
            after.openBytes(
                (byte[]) one("select sealed_content from attachment where id = 'a1'"),
                SealBinding.of("attachment", "sealed_content", "a1")))
        .containsExactly(1, 2, 3);
    assertThat(
            after.open(
                (String) one("select note from entry where id = 'e1'"),
                SealBinding.of("complaint", "complaint_entry.note", "C1")))
        .isEqualTo("a note");

    // a value copied to another row still does not open there
    String mk1 = (String) one("select contact_name from service_order where order_number = 'MK1'");
    assertThatThrownBy(
            () -> after.open(mk1, SealBinding.of("service_order", "contact_name", "MK2")))
        .isInstanceOf(FieldCipher.TamperedException.class);
  }

  @Test
  @DisplayName(
      "DATA-3: a value moved to another row before the rotation is counted and left, not re-sealed for its new row")
  void aMovedValueIsNotLaunderedByTheJob() throws SQLException {
    FieldCipher before = cipher(Map.of("meike.order.field-key", K1));
    String mk1 = before.seal("张三", SealBinding.of("service_order", "contact_name", "MK1"));
    exec("insert into service_order values ('MK1', ?, 0)", mk1);
    exec(
        "insert into service_order values ('MK2', ?, 0)",
        mk1); // copied by someone with table access
    db.commit();

    Resealer job =
        resealer(
            Map.of(
                "meike.order.field-key",
                K2,
                "meike.order.field-key-id",
                "k2",
                "meike.order.retired-field-keys",
                "k1:" + K1));
    Resealer.Chunk chunk = job.resealNext(db, CONTACT, null, 10);
    db.commit();
    assertThat(chunk.resealed()).isEqualTo(1);
    assertThat(chunk.unreadable()).isEqualTo(1);
    assertThat(one("select contact_name from service_order where order_number = 'MK2'"))
        .isEqualTo(mk1);
  }
}

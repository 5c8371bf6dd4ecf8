package com.meike.privacy.benchmark;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The transaction of the audit-trail figure: a small change as an application service makes it —
 * read one record by key and write one row, on the application's JTA datasource — once with the
 * audit entry the change would carry ({@link AuditTrail#record}, joining the same transaction) and
 * once without. Only in the benchmark EAR.
 */
@Stateless
public class AuditedWork {

  static final String TABLE = "bench_audit_work";

  @EJB AuditTrail trail;

  @Resource(lookup = RawEngine.DATASOURCE)
  DataSource dataSource;

  /** Creates the work table once (both databases understand this). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void prepare() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "create table if not exists "
              + TABLE
              + " (id varchar(64) not null primary key, done_at timestamp not null,"
              + " note varchar(200) not null)");
    }
  }

  /** One change, committed when this returns; {@code audited} adds its audit entry. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void change(String id, String previousId, boolean audited) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement read =
          c.prepareStatement("select note from " + TABLE + " where id = ?")) {
        read.setString(1, previousId);
        try (ResultSet rs = read.executeQuery()) {
          rs.next();
        }
      }
      try (PreparedStatement write =
          c.prepareStatement("insert into " + TABLE + " (id, done_at, note) values (?, ?, ?)")) {
        write.setString(1, id);
        write.setTimestamp(2, Timestamp.from(Instant.now()));
        write.setString(3, "benchmark change " + id);
        write.executeUpdate();
      }
    }
    if (audited) {
      trail.record(
          new AuditEvent("benchmark", "benchmark.changed", "BenchWork", id, "audit-trail figure"));
    }
  }

  /** Entries the chainer has still to link. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long unchained() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from audit_unchained")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

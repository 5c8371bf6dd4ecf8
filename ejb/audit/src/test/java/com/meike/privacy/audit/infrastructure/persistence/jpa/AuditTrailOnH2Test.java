package com.meike.privacy.audit.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.audit.application.ChainVerification;
import com.meike.privacy.audit.application.internal.DefaultAuditTrail;
import com.meike.privacy.audit.domain.trail.AuditChainHead;
import com.meike.privacy.audit.domain.trail.AuditEntry;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.audit.HashChain;
import com.meike.privacy.kernel.audit.StoredLink;
import com.meike.privacy.kernel.persistence.SchemaMigration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real migration, mapping and queries on H2: Flyway creates the schema, Hibernate (test scope)
 * maps the entities against it ({@code validate}), and the trail records and verifies.
 */
class AuditTrailOnH2Test {

  private JdbcDataSource ds;
  private EntityManagerFactory emf;

  @BeforeEach
  void migratedDatabase() {
    ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    SchemaMigration.migrate(ds, "audit", getClass().getClassLoader());
    Configuration configuration =
        new Configuration()
            .addAnnotatedClass(AuditEntry.class)
            .addAnnotatedClass(AuditChainHead.class);
    configuration.getProperties().put("hibernate.connection.datasource", ds);
    configuration.setProperty("hibernate.hbm2ddl.auto", "validate");
    emf = configuration.buildSessionFactory();
  }

  @AfterEach
  void close() {
    emf.close();
  }

  /** Like a container-managed transaction: one entity manager, committed at the end. */
  private <T> T inTransaction(Function<DefaultAuditTrail, T> work) {
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      try {
        T result =
            work.apply(new DefaultAuditTrail(new JpaAuditTrailRepository(em), Clock.systemUTC()));
        em.getTransaction().commit();
        return result;
      } catch (RuntimeException e) {
        em.getTransaction().rollback();
        throw e;
      }
    }
  }

  private void record(AuditEvent event) {
    inTransaction(
        trail -> {
          trail.record(event);
          return null;
        });
  }

  /** Like verify() outside a transaction: a fresh entity manager, no transaction. */
  private ChainVerification verify() {
    try (EntityManager em = emf.createEntityManager()) {
      return new DefaultAuditTrail(new JpaAuditTrailRepository(em), Clock.systemUTC()).verify();
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private static AuditEvent event(String subjectId) {
    return new AuditEvent(
        "legal.counsel", "complaint.viewed", "Complaint", subjectId, "read for reply");
  }

  @Test
  void migrationCreatesTheHeadAtTheGenesis() throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select id, last_sequence, last_hash from audit_chain_head")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
      assertThat(rs.getLong(2)).isZero();
      assertThat(rs.getString(3)).isEqualTo(HashChain.GENESIS_HASH);
      assertThat(rs.next()).isFalse();
    }
    assertThat(verify()).isEqualTo(new ChainVerification(true, 0, null, null));
  }

  @Test
  void recordedEntriesAreStoredLinkedAndVerify() {
    record(event("C-1"));
    record(event("C-2"));
    inTransaction(
        trail -> {
          trail.record(event("C-3"));
          trail.record(event("C-4"));
          return null;
        });

    assertThat(verify()).isEqualTo(new ChainVerification(true, 4, null, null));
    try (EntityManager em = emf.createEntityManager()) {
      List<StoredLink> links = new JpaAuditTrailRepository(em).links(1, 3, 10);
      assertThat(links).extracting(StoredLink::sequence).containsExactly(2L, 3L);
      assertThat(links).extracting(StoredLink::subjectId).containsExactly("C-2", "C-3");
      assertThat(em.find(AuditChainHead.class, AuditChainHead.ID).lastSequence()).isEqualTo(4);
    }
  }

  @Test
  void anEntryRolledBackWithItsTransactionLeavesNoGap() {
    record(event("C-1"));
    try {
      inTransaction(
          trail -> {
            trail.record(event("C-2"));
            throw new IllegalStateException("the audited change failed");
          });
    } catch (IllegalStateException expected) {
      // the audited change and its entry roll back together
    }
    record(event("C-3"));

    assertThat(verify()).isEqualTo(new ChainVerification(true, 2, null, null));
  }

  @Test
  void anEntryChangedInTheDatabaseIsFound() throws SQLException {
    record(event("C-1"));
    record(event("C-2"));
    record(event("C-3"));

    execute("update audit_entry set detail = 'nothing happened' where sequence = 2");

    assertThat(verify()).isEqualTo(new ChainVerification(false, 2, 2L, HashChain.HASH_MISMATCH));
  }

  @Test
  void entriesDeletedInTheDatabaseAreFound() throws SQLException {
    record(event("C-1"));
    record(event("C-2"));
    record(event("C-3"));

    execute("delete from audit_entry where sequence = 2");
    assertThat(verify()).isEqualTo(new ChainVerification(false, 2, 3L, HashChain.SEQUENCE_GAP));

    execute("delete from audit_entry where sequence = 3");
    assertThat(verify()).isEqualTo(new ChainVerification(false, 1, 2L, HashChain.HEAD_MISMATCH));
  }

  @Test
  void concurrentAppendersProduceOneLinearChain() throws Exception {
    int writers = 4;
    int perWriter = 25;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        String prefix = "W" + w + "-";
        tasks.add(
            () -> {
              for (int n = 0; n < perWriter; n++) {
                record(event(prefix + n));
              }
              return null;
            });
      }
      for (Future<Void> done : pool.invokeAll(tasks)) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(verify()).isEqualTo(new ChainVerification(true, writers * perWriter, null, null));
  }
}

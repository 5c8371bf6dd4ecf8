package com.meike.privacy.recording.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.persistence.SchemaMigration;
import com.meike.privacy.recording.domain.audio.AudioVault;
import com.meike.privacy.recording.domain.audio.MasterKeyRing;
import com.meike.privacy.recording.domain.retention.LegalHold;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.domain.retention.RecordingStatus;
import com.meike.privacy.recording.infrastructure.persistence.jpa.JpaLegalHoldRepository;
import com.meike.privacy.recording.infrastructure.persistence.jpa.JpaRecordingRepository;
import com.meike.privacy.recording.infrastructure.storage.FileSystemRecordingStore;
import com.meike.privacy.recording.infrastructure.storage.RecordingAudio;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * REC-5, REC-6: the real sweep and holds on the real schema (H2) and the real file store, every
 * service call its own transaction as in the container, with a clock that has nanoseconds as the
 * server's system clock has on Linux.
 */
@Tag("REC-5")
@Tag("REC-6")
class RetentionSweepOnH2Test {

  static final String ORDER = "MK2026112900000123";
  /** Nanoseconds, as {@code Clock.systemUTC()} gives on Linux since Java 15; the columns keep microseconds. */
  static final Instant NOW = Instant.parse("2026-12-10T08:00:00.123456789Z");

  @TempDir Path dir;
  EntityManagerFactory emf;
  AudioVault vault;
  final AuditTrail auditTrail = mock(AuditTrail.class);

  @BeforeEach
  void migratedDatabase() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
    SchemaMigration.migrate(ds, "recording", getClass().getClassLoader());
    Configuration configuration = new Configuration()
        .addAnnotatedClass(Recording.class).addAnnotatedClass(LegalHold.class);
    configuration.getProperties().put("hibernate.connection.datasource", ds);
    configuration.setProperty("hibernate.hbm2ddl.auto", "validate");
    emf = configuration.buildSessionFactory();
    vault = new AudioVault(MasterKeyRing.of("k1", Base64.getEncoder().encodeToString(new byte[32]), Map.of()),
        new FileSystemRecordingStore(dir), 16);
  }

  @AfterEach
  void close() {
    emf.close();
  }

  @Test
  @DisplayName("REC-5: a recording claimed by the sweep at a clock reading with nanoseconds is destroyed and recorded DESTROYED")
  void aClaimMadeAtANanosecondInstantIsDestroyedAndRecorded() {
    recorded("rec-1", NOW.minus(Duration.ofDays(8)));

    int destroyed = sweepIn().sweep();

    assertThat(status("rec-1")).as("never left claimed (DESTROYING) for the claim timeout").isEqualTo(RecordingStatus.DESTROYED);
    assertThat(vault.exists("rec-1")).as("the data key is gone").isFalse();
    assertThat(destroyed).isEqualTo(1);
  }

  // --------------------------------------------------------------- wiring

  /** The sweep with a retention service whose every call is its own transaction, as the container runs it. */
  RetentionSweep sweepIn() {
    RetentionSweep sweep = new RetentionSweep();
    sweep.retention = (com.meike.privacy.recording.application.RecordingRetention) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {com.meike.privacy.recording.application.RecordingRetention.class},
        (proxy, method, args) -> inTransaction(em -> {
          try {
            return method.invoke(retentionIn(em, Clock.fixed(NOW, ZoneOffset.UTC)), args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }));
    sweep.batch = 10;
    return sweep;
  }

  DefaultRecordingRetention retentionIn(EntityManager em, Clock clock) {
    DefaultRecordingRetention retention = new DefaultRecordingRetention();
    retention.recordings = new JpaRecordingRepository(em);
    retention.holds = new JpaLegalHoldRepository(em);
    retention.orders = FakeOrders.of(ORDER);
    retention.auditTrail = auditTrail;
    retention.audio = new RecordingAudio(vault);
    retention.clock = clock;
    retention.retention = Duration.ofDays(7);
    retention.claimTimeout = Duration.ofHours(1);
    return retention;
  }

  void recorded(String id, Instant endedAt) {
    vault.begin(id);
    vault.appendSegment(id, 0, new byte[10], true);
    Recording recording = Recording.start(id, ORDER, endedAt.minus(Duration.ofHours(1)), false);
    recording.end(endedAt);
    inTransaction(em -> {
      new JpaRecordingRepository(em).add(recording);
      return null;
    });
  }

  RecordingStatus status(String id) {
    return inTransaction(em -> new JpaRecordingRepository(em).find(id).orElseThrow().status());
  }

  <T> T inTransaction(Function<EntityManager, T> work) {
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      try {
        T result = work.apply(em);
        em.getTransaction().commit();
        return result;
      } catch (RuntimeException e) {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        throw e;
      }
    }
  }
}

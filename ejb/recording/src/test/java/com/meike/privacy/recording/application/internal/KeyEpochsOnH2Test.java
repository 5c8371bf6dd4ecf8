package com.meike.privacy.recording.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.audit.application.ChainVerification;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.Aead;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.order.OrderNumber;
import com.meike.privacy.recording.application.LegalHoldView;
import com.meike.privacy.recording.application.RecordingRetention;
import com.meike.privacy.recording.domain.audio.AudioTamperedException;
import com.meike.privacy.recording.domain.audio.AudioVault;
import com.meike.privacy.recording.domain.audio.EpochKeyRing;
import com.meike.privacy.recording.domain.audio.KeyEpochs;
import com.meike.privacy.recording.domain.audio.MasterKeyRing;
import com.meike.privacy.recording.domain.audio.RecordingStore;
import com.meike.privacy.recording.domain.audio.WrappedKey;
import com.meike.privacy.recording.domain.retention.LegalHold;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.domain.retention.RecordingStatus;
import com.meike.privacy.recording.infrastructure.persistence.jpa.JpaKeyEpochs;
import com.meike.privacy.recording.infrastructure.persistence.jpa.JpaLegalHoldRepository;
import com.meike.privacy.recording.infrastructure.persistence.jpa.JpaRecordingRepository;
import com.meike.privacy.recording.infrastructure.storage.FileSystemRecordingStore;
import com.meike.privacy.recording.infrastructure.storage.RecordingAudio;
import com.meike.privacy.testsupport.ContextDatabase;
import com.meike.privacy.testsupport.MovableClock;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DSR-8, REC-5, REC-6: recordings' data keys wrapped under key epochs held in the database, on the
 * real schema (H2 with the recording migrations), the real JPA repositories, the real file store
 * and the real sweep, every service call its own transaction as in the container; time moves with a
 * clock.
 */
@Tag("DSR-8")
@Tag("REC-5")
class KeyEpochsOnH2Test {

  static final String ORDER = "MK2026120100000001";
  static final String OTHER_ORDER = "MK2026120100000002";

  /** 16:00 China time on 1 December 2026: the day's epoch closes eight hours later. */
  static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

  static final String DAY_1 = EpochKeyRing.dayEpoch(LocalDate.of(2026, 12, 1));
  static final String DAY_2 = EpochKeyRing.dayEpoch(LocalDate.of(2026, 12, 2));

  @TempDir Path dir;
  final MovableClock clock = new MovableClock(START);
  final List<AuditEvent> audit = new CopyOnWriteArrayList<>();
  final byte[] masterKey = Aead.random(32);
  final ThreadLocal<EntityManager> current = new ThreadLocal<>();
  ContextDatabase db;
  Path store;
  AudioVault vault;
  RecordingRetention retention;
  RetentionSweep sweep;

  @BeforeEach
  void setUp() {
    db = ContextDatabase.of("recording", Recording.class, LegalHold.class);
    store = dir.resolve("store");
    vault = epochVault(db, new FileSystemRecordingStore(store));
    retention = transactional();
    sweep = new RetentionSweep();
    sweep.retention = retention;
    sweep.batch = 2;
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName(
      "DSR-8: a recording's data key is wrapped under the key epoch of its day (China time), in the database; the store's header names the epoch")
  void dataKeysAreWrappedUnderTheirDaysEpoch() {
    recorded("rec-1", ORDER);
    clock.advance(Duration.ofHours(8)); // midnight in China
    recorded("rec-2", ORDER);

    assertThat(vault.wrappingKeyId("rec-1")).contains(DAY_1);
    assertThat(vault.wrappingKeyId("rec-2")).contains(DAY_2);
    assertThat(epochOf("rec-1")).isEqualTo(DAY_1);
    assertThat(epochOf("rec-2")).isEqualTo(DAY_2);
    assertThat(db.count("select count(*) from recording_key_epoch where sealed_key is not null"))
        .isEqualTo(2);
    assertThat(vault.segment("rec-1", 0)).containsExactly(1, 2, 3);
  }

  @Test
  @DisplayName(
      "DSR-8: an epoch's key is destroyed, and audited, once its last recording is destroyed and it closed a retention period ago — not before")
  void anEpochIsDestroyedAfterItsLastRecording() {
    recorded("rec-1", ORDER);
    clock.advance(Duration.ofHours(2));
    recorded("rec-2", OTHER_ORDER);

    clock.advance(Duration.ofDays(7).minusHours(1)); // rec-1 due, rec-2 not yet
    sweep.sweep();
    assertThat(status("rec-1")).isEqualTo(RecordingStatus.DESTROYED);
    assertThat(liveEpoch(DAY_1)).as("rec-2 is still under it").isTrue();

    clock.advance(Duration.ofHours(1)); // rec-2 due; the epoch closed 6 days and 18 hours ago
    sweep.sweep();
    assertThat(status("rec-2")).isEqualTo(RecordingStatus.DESTROYED);
    assertThat(liveEpoch(DAY_1)).as("closed less than the retention period ago").isTrue();

    clock.advance(Duration.ofHours(6));
    sweep.sweep();
    assertThat(liveEpoch(DAY_1)).isFalse();
    assertThat(
            db.count(
                "select count(*) from recording_key_epoch where id = '"
                    + DAY_1
                    + "' and sealed_key is null and destroyed_at is not null"))
        .isEqualTo(1);
    assertThat(actions("recording.key-epoch.destroyed")).containsExactly(DAY_1);

    sweep.sweep();
    assertThat(actions("recording.key-epoch.destroyed")).as("destroyed once").hasSize(1);
  }

  @Test
  @DisplayName(
      "DSR-8: a copy of the audio store and of the database taken before an epoch's destruction: afterwards nothing the system holds opens the copied audio; only the database copy would, so database backups must expire")
  void aBackupCannotBeOpenedAfterItsEpochIsDestroyed() throws Exception {
    recorded("rec-1", ORDER);
    Path storeBackup = dir.resolve("store-backup");
    copy(store, storeBackup);
    Path databaseBackup = dir.resolve("db-backup.sql");
    sql(db, "script to '" + databaseBackup + "'");

    clock.advance(Duration.ofDays(8));
    sweep.sweep();
    assertThat(liveEpoch(DAY_1)).isFalse();
    assertThat(Files.exists(store.resolve("rec-1"))).isFalse();

    // what the system still holds: the live database, the master key set
    AudioVault fromBackup = epochVault(db, new FileSystemRecordingStore(storeBackup));
    assertThatThrownBy(() -> fromBackup.segment("rec-1", 0))
        .isInstanceOf(AudioTamperedException.class)
        .hasMessageContaining("destroyed");
    WrappedKey wrapped =
        new FileSystemRecordingStore(storeBackup).header("rec-1").orElseThrow().wrappedKey();
    MasterKeyRing master = MasterKeyRing.of("k1", Map.of("k1", masterKey));
    assertThatThrownBy(() -> master.unwrap("rec-1", new WrappedKey("k1", wrapped.bytes())))
        .as("the master key never wrapped the data key")
        .isInstanceOf(AudioTamperedException.class);
    EpochKeyRing live = epochRing(db);
    for (String epoch : liveEpochs()) {
      assertThatThrownBy(() -> live.unwrap("rec-1", new WrappedKey(epoch, wrapped.bytes())))
          .as("no live epoch's key opens it: " + epoch)
          .isInstanceOf(AudioTamperedException.class);
    }

    // the database backup still holds the epoch's key: why its backups must be kept shorter
    try (ContextDatabase restored =
        ContextDatabase.of("recording", Recording.class, LegalHold.class)) {
      sql(restored, "drop all objects");
      sql(restored, "runscript from '" + databaseBackup + "'");
      AudioVault fromRestore = epochVault(restored, new FileSystemRecordingStore(storeBackup));
      assertThat(fromRestore.segment("rec-1", 0)).containsExactly(1, 2, 3);
    }
  }

  @Test
  @DisplayName(
      "DSR-8: the database restored from a backup taken before an epoch's destruction: the restore check finds the epoch the audio store noted as destroyed and destroys it again before anything opens it")
  void aRestoredDatabaseLosesTheDestroyedEpochsAgain() throws Exception {
    recorded("rec-1", ORDER);
    clock.advance(Duration.ofHours(9));
    recorded("rec-2", ORDER); // the next day: its epoch outlives the restore check
    Path storeBackup = dir.resolve("store-backup");
    copy(store, storeBackup);
    Path databaseBackup = dir.resolve("db-backup.sql");
    sql(db, "script to '" + databaseBackup + "'");

    clock.advance(Duration.ofDays(8).minusHours(9));
    sweep.sweep();
    assertThat(liveEpoch(DAY_1)).isFalse();
    assertThat(sweep.retention.destroyRestoredEpochs()).as("nothing restored yet").isZero();

    // the operators restore the live database from the old backup; the audio store stays
    sql(db, "drop all objects");
    sql(db, "runscript from '" + databaseBackup + "'");
    assertThat(liveEpoch(DAY_1)).as("the backup brought the key back").isTrue();
    assertThat(epochVault(db, new FileSystemRecordingStore(storeBackup)).segment("rec-1", 0))
        .as("what the check is for: the old audio opens with the restored key")
        .containsExactly(1, 2, 3);

    sweep.checkRestore();

    assertThat(liveEpoch(DAY_1)).isFalse();
    assertThat(liveEpoch(DAY_2)).as("never destroyed: untouched").isTrue();
    assertThat(actions("recording.key-epoch.destroyed-again")).containsExactly(DAY_1);
    AudioVault fromBackup = epochVault(db, new FileSystemRecordingStore(storeBackup));
    assertThatThrownBy(() -> fromBackup.segment("rec-1", 0))
        .isInstanceOf(AudioTamperedException.class)
        .hasMessageContaining("destroyed");
    assertThat(fromBackup.segment("rec-2", 0)).containsExactly(1, 2, 3);
    sweep.checkRestore();
    assertThat(actions("recording.key-epoch.destroyed-again")).as("once").hasSize(1);
  }

  @Test
  @DisplayName(
      "DSR-8, REC-6: a held recording is wrapped again under its order's hold epoch, outlives the destruction of its day epoch, and is destroyed with the hold's epoch after the hold is lifted")
  void aHoldMovesTheKeyAndItsLiftLetsItGo() {
    recorded("rec-1", ORDER);
    LegalHoldView hold =
        retention.placeHold(OrderNumber.of(ORDER), "complaint under investigation", "privacy");

    String holdEpoch = vault.wrappingKeyId("rec-1").orElseThrow();
    assertThat(holdEpoch).startsWith("epoch-h").isEqualTo(epochOf("rec-1"));
    LegalHoldView second =
        retention.placeHold(OrderNumber.of(ORDER), "a second complaint on the visit", "privacy");
    assertThat(vault.wrappingKeyId("rec-1")).as("one hold epoch per order").contains(holdEpoch);
    retention.releaseHold(second.id(), "privacy");

    clock.advance(Duration.ofDays(30));
    recorded("rec-later", ORDER); // begun while held: straight under the hold's epoch
    assertThat(vault.wrappingKeyId("rec-later")).contains(holdEpoch);
    sweep.sweep();
    assertThat(liveEpoch(DAY_1)).as("its day epoch goes on time").isFalse();
    assertThat(status("rec-1")).isEqualTo(RecordingStatus.ENDED);
    assertThat(vault.segment("rec-1", 0)).as("the hold keeps it readable").containsExactly(1, 2, 3);

    retention.releaseHold(hold.id(), "privacy");
    clock.advance(Duration.ofDays(7));
    sweep.sweep();
    assertThat(status("rec-1")).isEqualTo(RecordingStatus.DESTROYED);
    assertThat(status("rec-later")).isEqualTo(RecordingStatus.DESTROYED);
    assertThat(liveEpoch(holdEpoch)).as("closed at the lift 7 days ago, nothing left").isFalse();
    assertThat(actions("recording.key-epoch.destroyed")).contains(DAY_1, holdEpoch);
  }

  @Test
  @DisplayName(
      "DSR-8: a recording written before the key epochs (data key under the master key beside the audio) is wrapped again under an epoch by the sweep, and still plays")
  void legacyKeysAreMigrated() {
    MasterKeyRing master = MasterKeyRing.of("k1", Map.of("k1", masterKey));
    AudioVault before = new AudioVault(master, new FileSystemRecordingStore(store), 16);
    db.run(
        em -> {
          Recording recording = Recording.start("rec-old", ORDER, clock.instant(), false);
          recording.end(clock.instant());
          new JpaRecordingRepository(em).add(recording);
        });
    before.begin("rec-old");
    before.appendSegment("rec-old", 0, new byte[] {4, 5, 6}, true);
    assertThat(vault.wrappingKeyId("rec-old")).contains("k1");

    sweep.sweep();

    assertThat(vault.wrappingKeyId("rec-old")).contains(DAY_1);
    assertThat(epochOf("rec-old")).isEqualTo(DAY_1);
    assertThat(vault.segment("rec-old", 0)).containsExactly(4, 5, 6);
    assertThat(actions("recording.key.rewrapped")).containsExactly("rec-old");
    assertThatThrownBy(() -> before.segment("rec-old", 0))
        .as("the master key alone opens it no more")
        .isInstanceOf(AudioTamperedException.class);

    clock.advance(Duration.ofDays(8));
    sweep.sweep();
    assertThat(liveEpoch(DAY_1)).isFalse();
  }

  // --- fixtures

  /** A recording of {@code order} that starts and ends now with three bytes, as the server does. */
  void recorded(String id, String order) {
    db.run(
        em -> {
          boolean held =
              new JpaLegalHoldRepository(em).ofOrder(order).stream().anyMatch(LegalHold::active);
          Recording recording = Recording.start(id, order, clock.instant(), held);
          recording.end(clock.instant());
          new JpaRecordingRepository(em).add(recording);
        });
    vault.begin(id);
    vault.appendSegment(id, 0, new byte[] {1, 2, 3}, true);
  }

  AudioVault epochVault(ContextDatabase database, RecordingStore files) {
    return new AudioVault(epochRing(database), files, 16);
  }

  EpochKeyRing epochRing(ContextDatabase database) {
    return new EpochKeyRing(
        epochs(database),
        new FieldCipher("k1", masterKey),
        MasterKeyRing.of("k1", Map.of("k1", masterKey)),
        clock);
  }

  /**
   * The epochs as the container gives them: in the transaction of the service call under way, or in
   * one of their own when there is none.
   */
  KeyEpochs epochs(ContextDatabase database) {
    return (KeyEpochs)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {KeyEpochs.class},
            (proxy, method, args) -> {
              EntityManager em = database == db ? current.get() : null;
              if (em != null) {
                return invoke(method, new JpaKeyEpochs(em), args);
              }
              return database.inTransaction(e -> invoke(method, new JpaKeyEpochs(e), args));
            });
  }

  /** The retention service as the container runs it: every call its own transaction. */
  RecordingRetention transactional() {
    return (RecordingRetention)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {RecordingRetention.class},
            (proxy, method, args) ->
                db.inTransaction(
                    em -> {
                      current.set(em);
                      try {
                        return invoke(method, retentionIn(em), args);
                      } finally {
                        current.remove();
                      }
                    }));
  }

  static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  DefaultRecordingRetention retentionIn(EntityManager em) {
    DefaultRecordingRetention service = new DefaultRecordingRetention();
    service.recordings = new JpaRecordingRepository(em);
    service.holds = new JpaLegalHoldRepository(em);
    service.orders = FakeOrders.of(ORDER, OTHER_ORDER);
    service.auditTrail = new RecordedAudit();
    service.audio = new RecordingAudio(vault);
    service.epochs = new JpaKeyEpochs(em);
    service.clock = clock;
    service.retention = Duration.ofDays(7);
    service.claimTimeout = Duration.ofHours(1);
    return service;
  }

  final class RecordedAudit implements AuditTrail {
    @Override
    public void record(AuditEvent event) {
      audit.add(event);
    }

    @Override
    public ChainVerification verify() {
      throw new UnsupportedOperationException("not needed here");
    }
  }

  List<String> actions(String action) {
    return audit.stream().filter(e -> e.action().equals(action)).map(e -> e.subjectId()).toList();
  }

  RecordingStatus status(String id) {
    return db.inTransaction(em -> new JpaRecordingRepository(em).find(id).orElseThrow().status());
  }

  String epochOf(String id) {
    return db.inTransaction(em -> new JpaKeyEpochs(em).epochOf(id).orElse(null));
  }

  boolean liveEpoch(String id) {
    return db.inTransaction(em -> new JpaKeyEpochs(em).sealedKey(id).isPresent());
  }

  List<String> liveEpochs() {
    return db.inTransaction(
        em ->
            em
                .createNativeQuery(
                    "select id from recording_key_epoch where sealed_key is not null")
                .getResultList()
                .stream()
                .map(String.class::cast)
                .toList());
  }

  static void sql(ContextDatabase database, String statement) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement s = connection.createStatement()) {
      s.execute(statement);
    }
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}

package com.meike.privacy.recording.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.audit.application.ChainVerification;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.order.OrderNumber;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.recording.application.DestructionClaim;
import com.meike.privacy.recording.application.LegalHoldView;
import com.meike.privacy.recording.application.RecordingRetention;
import com.meike.privacy.recording.domain.audio.AudioVault;
import com.meike.privacy.recording.domain.audio.MasterKeyRing;
import com.meike.privacy.recording.domain.audio.RecordingHeader;
import com.meike.privacy.recording.domain.audio.RecordingStore;
import com.meike.privacy.recording.domain.retention.LegalHold;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.domain.retention.RecordingStatus;
import com.meike.privacy.recording.infrastructure.persistence.jpa.JpaLegalHoldRepository;
import com.meike.privacy.recording.infrastructure.persistence.jpa.JpaRecordingRepository;
import com.meike.privacy.recording.infrastructure.storage.FileSystemRecordingStore;
import com.meike.privacy.recording.infrastructure.storage.RecordingAudio;
import com.meike.privacy.testsupport.ContextDatabase;
import com.meike.privacy.testsupport.MovableClock;
import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * REC-5, REC-6: the real sweep and holds on the real schema (H2, row locks and all), the real JPA
 * repositories and the real file store, every service call its own transaction as in the container,
 * with a clock the test moves — and that has nanoseconds, as the server's system clock has on
 * Linux.
 */
@Tag("REC-5")
@Tag("REC-6")
class RetentionSweepOnH2Test {

  static final String ORDER = "MK2026112900000123";
  static final String OTHER_ORDER = "MK2026112900000456";

  /**
   * Nanoseconds, as {@code Clock.systemUTC()} gives on Linux since Java 15; the columns keep
   * microseconds.
   */
  static final Instant START = Instant.parse("2026-12-01T08:00:00.123456789Z");

  @TempDir Path dir;
  DataSource dataSource;
  ContextDatabase db;
  final MovableClock clock = new MovableClock(START);
  final RecordedAudit audit = new RecordedAudit();
  HookedStore store;
  AudioVault vault;
  RecordingRetention retention;
  RetentionSweep sweep;

  @BeforeEach
  void migratedDatabase() {
    dataSource = newDatabase();
    db =
        ContextDatabase.migrating("recording")
            .entities(Recording.class, LegalHold.class)
            .on(dataSource)
            .open();
    store = new HookedStore(new FileSystemRecordingStore(dir));
    vault =
        new AudioVault(
            MasterKeyRing.of("k1", Base64.getEncoder().encodeToString(new byte[32]), Map.of()),
            store,
            16);
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
      "REC-5: a recording claimed at a clock reading with nanoseconds is destroyed and recorded DESTROYED (the bug that reverted 4031540)")
  void aClaimMadeAtANanosecondInstantIsDestroyedAndRecorded() {
    recorded("rec-1", ORDER);
    clock.advance(Duration.ofDays(8));

    int destroyed = sweep.sweep();

    assertThat(status("rec-1"))
        .as("never left claimed (DESTROYING) for the claim timeout")
        .isEqualTo(RecordingStatus.DESTROYED);
    assertThat(vault.exists("rec-1")).as("the data key is gone").isFalse();
    assertThat(destroyed).isEqualTo(1);
  }

  @Test
  void rec5_aRecordingIsDestroyedSevenDaysAfterItsSessionEndsAndNotBefore() {
    recorded("rec-1", ORDER);
    clock.advance(Duration.ofDays(7).minusSeconds(1));

    assertThat(sweep.sweep()).isZero();
    assertThat(vault.exists("rec-1")).isTrue();

    clock.advance(Duration.ofSeconds(1));
    assertThat(sweep.sweep()).isEqualTo(1);
    assertThat(vault.exists("rec-1")).isFalse();
    assertThat(status("rec-1")).isEqualTo(RecordingStatus.DESTROYED);
    assertThat(audit.actions("recording.destroyed")).containsExactly("rec-1");
    assertThat(sweep.sweep()).as("nothing is destroyed twice").isZero();
  }

  @Test
  void rec5_aRecordingStillBeingMadeIsNeverDestroyed() {
    inTransaction(
        em -> {
          new JpaRecordingRepository(em)
              .add(Recording.start("rec-live", ORDER, clock.instant(), false));
          return null;
        });
    vault.begin("rec-live");
    clock.advance(Duration.ofDays(30));

    assertThat(sweep.sweep()).isZero();
    assertThat(vault.exists("rec-live")).isTrue();
  }

  @Test
  void rec6_aHeldRecordingIsNeverDestroyedAndAfterReleaseTheNormalRuleAppliesAgain() {
    recorded("rec-1", ORDER);
    recorded("rec-2", OTHER_ORDER);
    LegalHoldView hold =
        retention.placeHold(OrderNumber.of(ORDER), "Customer complaint about the visit", "cs.head");
    clock.advance(Duration.ofDays(20));

    assertThat(sweep.sweep()).isEqualTo(1);
    assertThat(vault.exists("rec-1")).isTrue();
    assertThat(vault.exists("rec-2")).isFalse();

    retention.releaseHold(hold.id(), "legal.counsel");
    assertThat(sweep.sweep()).isEqualTo(1);
    assertThat(vault.exists("rec-1")).isFalse();
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "AUD-3: the open legal holds for the security-risk report — counts by kind, orders and recordings kept")
  void aud3_theOpenHoldsAreCountedFromTheRecords() {
    recorded("rec-1", ORDER);
    recorded("rec-2", OTHER_ORDER);
    LegalHoldView complaint =
        retention.placeHold(
            OrderNumber.of(ORDER), "Complaint C1 about this order (CMP-1, REC-6)", "cs.agent");
    retention.placeHold(
        OrderNumber.of(ORDER),
        "Lawful disclosure request r-1 from an authority (REC-9)",
        "legal.counsel");
    retention.placeHold(
        OrderNumber.of(OTHER_ORDER), "Open dispute with the beautician", "legal.counsel");

    var open = retention.openHolds();
    assertThat(open.openHolds()).isEqualTo(3);
    assertThat(open.ordersHeld()).isEqualTo(2);
    assertThat(open.recordingsHeld()).isEqualTo(2);
    assertThat(open.byKind())
        .containsEntry("COMPLAINT", 1L)
        .containsEntry("LAWFUL_DISCLOSURE", 1L)
        .containsEntry("STAFF", 1L);
    assertThat(open.oldestPlacedAt()).isNotNull();

    retention.releaseHold(complaint.id(), "cs.head");
    assertThat(retention.openHolds().openHolds()).isEqualTo(2);
    assertThat(retention.openHolds().byKind()).doesNotContainKey("COMPLAINT");
  }

  @Test
  void rec6_aRecordingIsHeldWhileAnyOfItsOrdersHoldsIsActive() {
    recorded("rec-1", ORDER);
    LegalHoldView first =
        retention.placeHold(OrderNumber.of(ORDER), "Bad review under investigation", "cs.head");
    retention.placeHold(OrderNumber.of(ORDER), "Open dispute with the beautician", "legal.counsel");
    clock.advance(Duration.ofDays(8));

    retention.releaseHold(first.id(), "cs.head");
    assertThat(sweep.sweep()).isZero();
    assertThat(vault.exists("rec-1")).isTrue();
    assertThat(retention.holdsOf(OrderNumber.of(ORDER))).hasSize(2);
  }

  @Test
  void rec5_theSweepDestroysInBatchesWithOneAuditEntryPerRecording() {
    for (int i = 1; i <= 5; i++) {
      recorded("rec-" + i, i % 2 == 0 ? ORDER : OTHER_ORDER);
    }
    clock.advance(Duration.ofDays(8));

    assertThat(sweep.sweep()).as("batches of 2 until none is due").isEqualTo(5);
    for (int i = 1; i <= 5; i++) {
      assertThat(vault.exists("rec-" + i)).isFalse();
      assertThat(status("rec-" + i)).isEqualTo(RecordingStatus.DESTROYED);
    }
    assertThat(audit.actions("recording.destroyed"))
        .containsExactlyInAnyOrder("rec-1", "rec-2", "rec-3", "rec-4", "rec-5");
  }

  @Test
  void rec5_twoNodesSweepingTogetherDestroyEachRecordingOnce() {
    recorded("rec-1", ORDER);
    recorded("rec-2", OTHER_ORDER);
    clock.advance(Duration.ofDays(8));

    DestructionClaim first = retention.claimDue(10);
    DestructionClaim second = retention.claimDue(10);

    assertThat(first.recordingIds()).containsExactly("rec-1", "rec-2");
    assertThat(second.recordingIds()).as("the other node finds nothing to claim").isEmpty();
    assertThat(retention.destroyClaimed(second)).isZero();
    assertThat(retention.destroyClaimed(first)).isEqualTo(2);
    assertThat(retention.destroyClaimed(first)).as("a claim is spent once").isZero();
    assertThat(audit.actions("recording.destroyed")).containsExactlyInAnyOrder("rec-1", "rec-2");
  }

  @Test
  void
      rec5_aClaimAbandonedByADeadNodeIsTakenOverAfterTheTimeoutAndTheDeadNodeCannotActOnItAnyMore() {
    recorded("rec-1", ORDER);
    clock.advance(Duration.ofDays(8));
    DestructionClaim abandoned = retention.claimDue(10);
    // the node dies here: key and audio still exist, the recording is DESTROYING
    assertThat(sweep.sweep()).isZero();
    assertThat(vault.exists("rec-1")).isTrue();

    clock.advance(Duration.ofHours(1));
    assertThat(sweep.sweep()).isEqualTo(1);
    assertThat(vault.exists("rec-1")).isFalse();
    assertThat(status("rec-1")).isEqualTo(RecordingStatus.DESTROYED);
    assertThat(retention.destroyClaimed(abandoned)).as("the taken-over claim is void").isZero();
    assertThat(audit.actions("recording.destroyed")).containsExactly("rec-1");
  }

  @Test
  void rec5_aSweepThatDiesAfterRemovingKeysIsCompletedByTheNextOneAfterTheTimeout() {
    recorded("rec-1", ORDER);
    clock.advance(Duration.ofDays(8));
    DestructionClaim claim = retention.claimDue(10);
    store.afterDestroy =
        () -> {
          throw new IllegalStateException("the node dies before its commit");
        };
    catchThrowableOfType(IllegalStateException.class, () -> retention.destroyClaimed(claim));
    store.afterDestroy = () -> {};
    assertThat(vault.exists("rec-1")).isFalse();
    assertThat(status("rec-1"))
        .as("rolled back: still claimed")
        .isEqualTo(RecordingStatus.DESTROYING);

    clock.advance(Duration.ofHours(1));
    assertThat(sweep.sweep()).isEqualTo(1);
    assertThat(status("rec-1")).isEqualTo(RecordingStatus.DESTROYED);
  }

  // ------------------------------------------------------- a hold after the claim (REC-6 race)

  @Test
  @DisplayName(
      "REC-6: a hold placed after the claim and before the destruction wins — the recording is kept and plays")
  void rec6_aHoldPlacedBetweenClaimAndDestructionTakesItsRecordingsBack() {
    recorded("rec-1", ORDER);
    recorded("rec-2", OTHER_ORDER);
    recorded("rec-3", ORDER);
    clock.advance(Duration.ofDays(8));
    DestructionClaim claim = retention.claimDue(10);
    assertThat(claim.recordingIds()).containsExactly("rec-1", "rec-2", "rec-3");

    LegalHoldView hold =
        retention.placeHold(
            OrderNumber.of(ORDER), "Complaint filed while the sweep ran", "cs.head");
    assertThat(retention.destroyClaimed(claim)).isEqualTo(1);

    assertThat(hold.active()).isTrue();
    assertThat(vault.exists("rec-2")).isFalse();
    for (String kept : List.of("rec-1", "rec-3")) {
      Recording recording = find(kept);
      assertThat(recording.status()).isEqualTo(RecordingStatus.ENDED);
      assertThat(recording.held()).isTrue();
      assertThat(recording.claimedAt()).isEmpty();
      assertThat(vault.length(kept)).as("the kept recording still plays").isEqualTo(3);
    }
    assertThat(audit.actions("recording.destruction.withheld"))
        .containsExactlyInAnyOrder("rec-1", "rec-3");
    assertThat(audit.details("recording.hold.placed"))
        .containsExactly(
            "order " + ORDER + ", 2 recording(s) held, 2 of them taken back from destruction");
    assertThat(sweep.sweep()).as("held, whatever the clock says").isZero();

    retention.releaseHold(hold.id(), "legal.counsel");
    assertThat(sweep.sweep()).as("after release the normal rule applies again").isEqualTo(2);
    assertThat(vault.exists("rec-1")).isFalse();
    assertThat(vault.exists("rec-3")).isFalse();
  }

  @Test
  @DisplayName(
      "REC-6: a hold that arrives while the destruction holds the rows waits for it and does not claim to keep what is gone")
  void rec6_aHoldArrivingDuringTheDestructionWaitsAndThenFindsTheRecordingDestroyed()
      throws Exception {
    recorded("rec-1", ORDER);
    clock.advance(Duration.ofDays(8));
    DestructionClaim claim = retention.claimDue(10);
    CountDownLatch destroying = new CountDownLatch(1);
    CountDownLatch proceed = new CountDownLatch(1);
    store.beforeDestroy =
        () -> {
          destroying.countDown();
          await(proceed);
        };

    CompletableFuture<Integer> destruction =
        CompletableFuture.supplyAsync(() -> retention.destroyClaimed(claim));
    await(destroying);
    CompletableFuture<LegalHoldView> hold =
        CompletableFuture.supplyAsync(
            () ->
                retention.placeHold(
                    OrderNumber.of(ORDER), "Complaint filed while the sweep ran", "cs.head"));
    awaitBlockedSessions(1);
    assertThat(hold).as("the hold waits for the rows the destruction holds").isNotDone();
    proceed.countDown();

    assertThat(destruction.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(hold.get(30, TimeUnit.SECONDS).active()).isTrue();
    assertThat(status("rec-1")).isEqualTo(RecordingStatus.DESTROYED);
    assertThat(vault.exists("rec-1")).isFalse();
    assertThat(audit.actions("recording.destruction.withheld")).isEmpty();
    assertThat(audit.actions("recording.destroyed"))
        .as("recorded once, by the sweep")
        .containsExactly("rec-1");
    assertThat(audit.details("recording.hold.placed"))
        .as("the hold says it kept nothing of the order and found its recording destroyed")
        .containsExactly("order " + ORDER + ", 0 recording(s) held, 1 already destroyed");
  }

  @Test
  @DisplayName(
      "REC-6: a destruction that comes while a hold holds the rows waits for it and destroys nothing the hold took back")
  void rec6_aDestructionArrivingWhileAHoldIsPlacedWaitsAndThenDestroysNothingOfTheOrder()
      throws Exception {
    recorded("rec-1", ORDER);
    clock.advance(Duration.ofDays(8));
    DestructionClaim claim = retention.claimDue(10);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch proceed = new CountDownLatch(1);
    audit.hook =
        event -> {
          if (event.action().equals("recording.hold.placed")) {
            holding.countDown();
            await(proceed);
          }
        };

    CompletableFuture<LegalHoldView> hold =
        CompletableFuture.supplyAsync(
            () ->
                retention.placeHold(
                    OrderNumber.of(ORDER), "Complaint filed while the sweep ran", "cs.head"));
    await(holding);
    CompletableFuture<Integer> destruction =
        CompletableFuture.supplyAsync(() -> retention.destroyClaimed(claim));
    awaitBlockedSessions(1);
    assertThat(destruction).as("the destruction waits for the rows the hold holds").isNotDone();
    proceed.countDown();

    assertThat(hold.get(30, TimeUnit.SECONDS).active()).isTrue();
    assertThat(destruction.get(30, TimeUnit.SECONDS)).isZero();
    Recording kept = find("rec-1");
    assertThat(kept.status()).isEqualTo(RecordingStatus.ENDED);
    assertThat(kept.held()).isTrue();
    assertThat(vault.length("rec-1")).isEqualTo(3);
    assertThat(audit.actions("recording.destroyed")).isEmpty();
  }

  @Test
  @DisplayName(
      "REC-6: a hold finding a claimed recording whose key a dead sweep already removed records the destruction, it does not claim to keep it")
  void rec6_aHoldAfterASweepDiedBetweenKeyRemovalAndCommitRecordsTheDestruction() {
    recorded("rec-1", ORDER);
    clock.advance(Duration.ofDays(8));
    DestructionClaim claim = retention.claimDue(10);
    store.afterDestroy =
        () -> {
          throw new IllegalStateException("the node dies before its commit");
        };
    catchThrowableOfType(IllegalStateException.class, () -> retention.destroyClaimed(claim));
    store.afterDestroy = () -> {};

    LegalHoldView hold =
        retention.placeHold(
            OrderNumber.of(ORDER), "Complaint filed after the sweep died", "cs.head");

    assertThat(hold.active()).isTrue();
    assertThat(status("rec-1")).isEqualTo(RecordingStatus.DESTROYED);
    assertThat(find("rec-1").held()).isFalse();
    assertThat(audit.actions("recording.destroyed")).containsExactly("rec-1");
    assertThat(audit.details("recording.hold.placed"))
        .containsExactly("order " + ORDER + ", 0 recording(s) held, 1 already destroyed");
    clock.advance(Duration.ofHours(2));
    assertThat(sweep.sweep()).isZero();
  }

  @Test
  void rec6_holdsNeedAPlacedOrderAndAReason() {
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () ->
                        retention.placeHold(
                            OrderNumber.of("MK2000010100000000"),
                            "Customer complaint about the visit",
                            "cs.head"))
                .field())
        .isEqualTo("orderNumber");
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () -> retention.placeHold(OrderNumber.of(ORDER), "   ", "cs.head"))
                .field())
        .isEqualTo("reason");
  }

  // --------------------------------------------------------------- wiring

  /** An empty database of its own for each test. */
  DataSource newDatabase() {
    // the racing sweeps and holds wait for each other's row locks, as on PostgreSQL
    return ContextDatabase.emptyH2(Duration.ofSeconds(30));
  }

  /** Counts the sessions waiting for a row lock another session holds. */
  String blockedSessionsQuery() {
    return "select count(*) from information_schema.sessions where blocker_id is not null";
  }

  /** The retention service as the container runs it: every call its own transaction. */
  RecordingRetention transactional() {
    return (RecordingRetention)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {RecordingRetention.class},
            (proxy, method, args) ->
                inTransaction(
                    em -> {
                      try {
                        return method.invoke(retentionIn(em), args);
                      } catch (InvocationTargetException e) {
                        throw e.getCause() instanceof RuntimeException r
                            ? r
                            : new IllegalStateException(e.getCause());
                      } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                      }
                    }));
  }

  DefaultRecordingRetention retentionIn(EntityManager em) {
    DefaultRecordingRetention service = new DefaultRecordingRetention();
    service.recordings = new JpaRecordingRepository(em);
    service.holds = new JpaLegalHoldRepository(em);
    service.orders = FakeOrders.of(ORDER, OTHER_ORDER);
    service.auditTrail = audit;
    service.audio = new RecordingAudio(vault);
    service.epochs =
        new com.meike.privacy.recording.infrastructure.persistence.jpa.JpaKeyEpochs(em);
    service.clock = clock;
    service.retention = Duration.ofDays(7);
    service.claimTimeout = Duration.ofHours(1);
    return service;
  }

  /** A recording of {@code order} that ends now, with three bytes of audio. */
  void recorded(String id, String order) {
    vault.begin(id);
    vault.appendSegment(id, 0, new byte[] {1, 2, 3}, true);
    inTransaction(
        em -> {
          boolean held =
              new JpaLegalHoldRepository(em).ofOrder(order).stream().anyMatch(LegalHold::active);
          Recording recording = Recording.start(id, order, clock.instant(), held);
          recording.end(clock.instant());
          new JpaRecordingRepository(em).add(recording);
          return null;
        });
  }

  Recording find(String id) {
    return inTransaction(em -> new JpaRecordingRepository(em).find(id).orElseThrow());
  }

  RecordingStatus status(String id) {
    return find(id).status();
  }

  <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }

  /**
   * Waits until the database reports {@code count} sessions waiting for a row lock another session
   * holds.
   */
  void awaitBlockedSessions(int count) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      while (true) {
        try (ResultSet rows = statement.executeQuery(blockedSessionsQuery())) {
          rows.next();
          if (rows.getInt(1) >= count) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError("no session waits for a lock");
        }
        Thread.sleep(10);
      }
    }
  }

  static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("the other side never came");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The audit entries the services wrote, in order; a hook lets a test pause a transaction there.
   */
  static final class RecordedAudit implements AuditTrail {
    final List<AuditEvent> events = new CopyOnWriteArrayList<>();
    volatile Consumer<AuditEvent> hook = event -> {};

    @Override
    public void record(AuditEvent event) {
      events.add(event);
      hook.accept(event);
    }

    @Override
    public ChainVerification verify() {
      throw new UnsupportedOperationException("not needed here");
    }

    List<String> actions(String action) {
      return events.stream()
          .filter(e -> e.action().equals(action))
          .map(AuditEvent::subjectId)
          .toList();
    }

    List<String> details(String action) {
      return events.stream()
          .filter(e -> e.action().equals(action))
          .map(AuditEvent::detail)
          .toList();
    }
  }

  /** The real file store, with points where a test pauses or kills a destruction. */
  static final class HookedStore implements RecordingStore {
    private final RecordingStore files;
    volatile Runnable beforeDestroy = () -> {};
    volatile Runnable afterDestroy = () -> {};

    HookedStore(RecordingStore files) {
      this.files = files;
    }

    @Override
    public void create(RecordingHeader header) {
      files.create(header);
    }

    @Override
    public void replaceKey(
        String recordingId, com.meike.privacy.recording.domain.audio.WrappedKey wrappedKey) {
      files.replaceKey(recordingId, wrappedKey);
    }

    @Override
    public Optional<RecordingHeader> header(String recordingId) {
      return files.header(recordingId);
    }

    @Override
    public void append(String recordingId, long firstIndex, List<byte[]> sealedSegments) {
      files.append(recordingId, firstIndex, sealedSegments);
    }

    @Override
    public void truncate(String recordingId, long segments) {
      files.truncate(recordingId, segments);
    }

    @Override
    public long sealedLength(String recordingId) {
      return files.sealedLength(recordingId);
    }

    @Override
    public Optional<byte[]> read(String recordingId, long index) {
      return files.read(recordingId, index);
    }

    @Override
    public void destroy(String recordingId) {
      destroyAll(List.of(recordingId));
    }

    @Override
    public void destroyAll(Collection<String> recordingIds) {
      beforeDestroy.run();
      files.destroyAll(recordingIds);
      afterDestroy.run();
    }
  }
}

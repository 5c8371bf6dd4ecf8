package com.meike.privacy.recording.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.recording.application.LegalHoldView;
import com.meike.privacy.recording.application.internal.DefaultRecordingAccessServiceTest.MovableClock;
import com.meike.privacy.recording.domain.audio.AudioVault;
import com.meike.privacy.recording.domain.audio.MasterKeyRing;
import com.meike.privacy.recording.domain.retention.LegalHold;
import com.meike.privacy.recording.domain.retention.LegalHoldRepository;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.domain.retention.RecordingRepository;
import com.meike.privacy.recording.domain.retention.RecordingStatus;
import com.meike.privacy.recording.infrastructure.storage.FileSystemRecordingStore;
import com.meike.privacy.recording.infrastructure.storage.RecordingAudio;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/** REC-5, REC-6 with a clock the test moves: 7 days after the session, unless on hold. */
class RetentionSweepTest {

  static final String ORDER = "MK2026112900000123";
  static final String OTHER_ORDER = "MK2026112900000456";
  static final Instant START = Instant.parse("2026-11-29T08:00:00Z");

  @TempDir Path dir;
  final MovableClock clock = new MovableClock(START);
  final InMemoryRecordings recordings = new InMemoryRecordings();
  final InMemoryHolds holds = new InMemoryHolds();
  final AuditTrail auditTrail = mock(AuditTrail.class);
  final DefaultRecordingRetention retention = new DefaultRecordingRetention();
  final RetentionSweep sweep = new RetentionSweep();
  AudioVault vault;

  @BeforeEach
  void wire() {
    retention.recordings = recordings;
    retention.holds = holds;
    retention.orders = FakeOrders.of(ORDER, OTHER_ORDER);
    retention.auditTrail = auditTrail;
    retention.clock = clock;
    retention.retention = Duration.ofDays(7);
    retention.claimTimeout = Duration.ofHours(1);
    vault = new AudioVault(
        MasterKeyRing.of("k1", Base64.getEncoder().encodeToString(new byte[32]), Map.of()),
        new FileSystemRecordingStore(dir), 16);
    sweep.retention = retention;
    retention.audio = new RecordingAudio(vault);
    sweep.batch = 2;
  }

  @Test
  void aRecordingIsDestroyedSevenDaysAfterItsSessionEndsAndNotBefore() {
    recorded("rec-1", ORDER);
    clock.advance(Duration.ofDays(7).minusSeconds(1));

    assertThat(sweep.sweep()).isZero();
    assertThat(vault.exists("rec-1")).isTrue();

    clock.advance(Duration.ofSeconds(1));
    assertThat(sweep.sweep()).isEqualTo(1);
    assertThat(vault.exists("rec-1")).isFalse();
    assertThat(recordings.byId.get("rec-1").status()).isEqualTo(RecordingStatus.DESTROYED);
    ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
    verify(auditTrail, atLeastOnce()).record(events.capture());
    assertThat(events.getAllValues()).extracting(AuditEvent::action).contains("recording.destroyed");
    assertThat(sweep.sweep()).as("nothing is destroyed twice").isZero();
  }

  @Test
  void aRecordingStillBeingMadeIsNeverDestroyed() {
    recordings.add(Recording.start("rec-live", ORDER, clock.instant(), false));
    vault.begin("rec-live");
    clock.advance(Duration.ofDays(30));

    assertThat(sweep.sweep()).isZero();
    assertThat(vault.exists("rec-live")).isTrue();
  }

  @Test
  void aHeldRecordingIsNeverDestroyedAndAfterReleaseTheNormalRuleAppliesAgain() {
    recorded("rec-1", ORDER);
    recorded("rec-2", OTHER_ORDER);
    LegalHoldView hold = retention.placeHold(ORDER, "Customer complaint about the visit", "cs.head");
    clock.advance(Duration.ofDays(20));

    assertThat(sweep.sweep()).isEqualTo(1);
    assertThat(vault.exists("rec-1")).isTrue();
    assertThat(vault.exists("rec-2")).isFalse();

    retention.releaseHold(hold.id(), "legal.counsel");
    assertThat(sweep.sweep()).isEqualTo(1);
    assertThat(vault.exists("rec-1")).isFalse();
  }

  @Test
  void aRecordingIsHeldWhileAnyOfItsOrdersHoldsIsActive() {
    recorded("rec-1", ORDER);
    LegalHoldView first = retention.placeHold(ORDER, "Bad review under investigation", "cs.head");
    retention.placeHold(ORDER, "Open dispute with the beautician", "legal.counsel");
    clock.advance(Duration.ofDays(8));

    retention.releaseHold(first.id(), "cs.head");
    assertThat(sweep.sweep()).isZero();
    assertThat(vault.exists("rec-1")).isTrue();
    assertThat(retention.holdsOf(ORDER)).hasSize(2);
  }

  @Test
  void twoNodesSweepingTogetherDestroyEachRecordingOnce() {
    recorded("rec-1", ORDER);
    clock.advance(Duration.ofDays(8));
    List<String> seenByBoth = retention.dueForDestruction(10);

    assertThat(retention.claim(seenByBoth.get(0))).isTrue();
    assertThat(retention.claim(seenByBoth.get(0))).as("the other node loses the claim").isFalse();
  }

  @Test
  void aClaimAbandonedByADeadNodeIsTakenOverAfterTheTimeout() {
    recorded("rec-1", ORDER);
    clock.advance(Duration.ofDays(8));
    assertThat(retention.claim("rec-1")).isTrue();
    // the node dies here: key and audio still exist
    assertThat(sweep.sweep()).isZero();

    clock.advance(Duration.ofHours(1));
    assertThat(sweep.sweep()).isEqualTo(1);
    assertThat(vault.exists("rec-1")).isFalse();
  }

  @Test
  void theSweepDestroysInBatchesWithOneAuditEntryPerRecording() {
    for (int i = 1; i <= 5; i++) {
      recorded("rec-" + i, i % 2 == 0 ? ORDER : OTHER_ORDER);
    }
    clock.advance(Duration.ofDays(8));

    assertThat(sweep.sweep()).as("batches of 2 until none is due").isEqualTo(5);
    for (int i = 1; i <= 5; i++) {
      assertThat(vault.exists("rec-" + i)).isFalse();
      assertThat(recordings.byId.get("rec-" + i).status()).isEqualTo(RecordingStatus.DESTROYED);
    }
    ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
    verify(auditTrail, atLeastOnce()).record(events.capture());
    assertThat(events.getAllValues()).filteredOn(e -> e.action().equals("recording.destroyed"))
        .extracting(AuditEvent::subjectId)
        .containsExactlyInAnyOrder("rec-1", "rec-2", "rec-3", "rec-4", "rec-5");
  }

  @Test
  void aHoldPlacedBetweenClaimAndDestructionKeepsItsRecordingsOfTheBatch() {
    recorded("rec-1", ORDER);
    recorded("rec-2", OTHER_ORDER);
    recorded("rec-3", ORDER);
    clock.advance(Duration.ofDays(8));
    List<String> claimed = retention.claimDue(10);
    assertThat(claimed).containsExactlyInAnyOrder("rec-1", "rec-2", "rec-3");

    LegalHoldView hold = retention.placeHold(ORDER, "Complaint filed while the sweep ran", "cs.head");
    assertThat(retention.destroyClaimed(claimed)).isEqualTo(1);

    assertThat(vault.exists("rec-2")).isFalse();
    assertThat(vault.exists("rec-1")).isTrue();
    assertThat(vault.exists("rec-3")).isTrue();
    assertThat(recordings.byId.get("rec-1").status()).isEqualTo(RecordingStatus.ENDED);
    assertThat(recordings.byId.get("rec-1").held()).isTrue();
    assertThat(recordings.byId.get("rec-1").claimedAt()).isEmpty();
    assertThat(sweep.sweep()).as("held, whatever the clock says").isZero();
    ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
    verify(auditTrail, atLeastOnce()).record(events.capture());
    assertThat(events.getAllValues()).filteredOn(e -> e.action().equals("recording.destruction.withheld"))
        .extracting(AuditEvent::subjectId).containsExactlyInAnyOrder("rec-1", "rec-3");

    retention.releaseHold(hold.id(), "legal.counsel");
    assertThat(sweep.sweep()).as("after release the normal rule applies again").isEqualTo(2);
    assertThat(vault.exists("rec-1")).isFalse();
    assertThat(vault.exists("rec-3")).isFalse();
  }

  @Test
  void aBatchClaimedByAnotherNodeIsNotClaimedAgain() {
    recorded("rec-1", ORDER);
    recorded("rec-2", OTHER_ORDER);
    clock.advance(Duration.ofDays(8));

    assertThat(retention.claimDue(10)).containsExactly("rec-1", "rec-2");
    assertThat(retention.claimDue(10)).as("the other node finds nothing to claim").isEmpty();
  }

  @Test
  void holdsNeedAPlacedOrderAndAReason() {
    assertThat(catchThrowableOfType(DomainException.class,
        () -> retention.placeHold("MK2000010100000000", "Customer complaint about the visit", "cs.head")).field())
        .isEqualTo("orderNumber");
    assertThat(catchThrowableOfType(DomainException.class,
        () -> retention.placeHold(ORDER, "   ", "cs.head")).field())
        .isEqualTo("reason");
  }

  private void recorded(String id, String order) {
    Recording recording = Recording.start(id, order, clock.instant(),
        holds.ofOrder(order).stream().anyMatch(LegalHold::active));
    vault.begin(id);
    vault.appendSegment(id, 0, new byte[] {1, 2, 3}, true);
    recording.end(clock.instant());
    recordings.add(recording);
  }

  /** Mimics the conditional updates of the JPA repository. */
  static final class InMemoryRecordings implements RecordingRepository {
    final Map<String, Recording> byId = new LinkedHashMap<>();
    final Map<String, Instant> claims = new LinkedHashMap<>();

    @Override
    public Optional<Recording> find(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void add(Recording recording) {
      byId.put(recording.id(), recording);
    }

    @Override
    public List<Recording> ofOrder(String orderNumber) {
      return byId.values().stream().filter(r -> r.orderNumber().equals(orderNumber)).toList();
    }

    @Override
    public List<String> dueForDestruction(Instant endedBefore, Instant claimedBefore, int limit) {
      return byId.values().stream()
          .filter(r -> due(r, endedBefore, claimedBefore))
          .sorted(Comparator.comparing(r -> r.endedAt().orElseThrow()))
          .limit(limit).map(Recording::id).toList();
    }

    @Override
    public boolean claimForDestruction(String id, Instant endedBefore, Instant claimedBefore, Instant now) {
      Recording r = byId.get(id);
      if (r == null || !due(r, endedBefore, claimedBefore)) {
        return false;
      }
      set(r, "status", RecordingStatus.DESTROYING);
      set(r, "claimedAt", now);
      return true;
    }

    @Override
    public boolean markDestroyed(String id, Instant now) {
      Recording r = byId.get(id);
      if (r == null || r.status() != RecordingStatus.DESTROYING) {
        return false;
      }
      set(r, "status", RecordingStatus.DESTROYED);
      set(r, "destroyedAt", now);
      return true;
    }

    @Override
    public int markHeld(String orderNumber, boolean held) {
      int count = 0;
      for (Recording r : byId.values()) {
        if (r.orderNumber().equals(orderNumber)
            && List.of(RecordingStatus.RECORDING, RecordingStatus.ENDED, RecordingStatus.FAILED).contains(r.status())) {
          set(r, "held", held);
          count++;
        }
      }
      return count;
    }

    private static boolean due(Recording r, Instant endedBefore, Instant claimedBefore) {
      if (r.held()) {
        return false;
      }
      boolean waiting = (r.status() == RecordingStatus.ENDED || r.status() == RecordingStatus.FAILED)
          && !r.endedAt().orElseThrow().isAfter(endedBefore);
      boolean abandoned = r.status() == RecordingStatus.DESTROYING
          && !r.claimedAt().orElseThrow().isAfter(claimedBefore);
      return waiting || abandoned;
    }

    private static void set(Recording r, String field, Object value) {
      try {
        var f = Recording.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(r, value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static final class InMemoryHolds implements LegalHoldRepository {
    final List<LegalHold> all = new ArrayList<>();

    @Override
    public Optional<LegalHold> find(String id) {
      return all.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    @Override
    public void add(LegalHold hold) {
      all.add(hold);
    }

    @Override
    public List<LegalHold> ofOrder(String orderNumber) {
      return all.stream().filter(h -> h.orderNumber().equals(orderNumber)).toList();
    }
  }
}

package com.meike.privacy.recording.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.order.OrderNumber;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.order.application.OrderDirectory;
import com.meike.privacy.recording.application.DestructionClaim;
import com.meike.privacy.recording.application.LegalHoldView;
import com.meike.privacy.recording.application.OpenHoldsView;
import com.meike.privacy.recording.application.RecordingRetention;
import com.meike.privacy.recording.domain.audio.EpochKeyRing;
import com.meike.privacy.recording.domain.audio.KeyEpochs;
import com.meike.privacy.recording.domain.retention.LegalHold;
import com.meike.privacy.recording.domain.retention.LegalHoldRepository;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.domain.retention.RecordingRepository;
import com.meike.privacy.recording.domain.retention.RetentionPolicy;
import com.meike.privacy.recording.infrastructure.storage.RecordingAudio;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link RecordingRetention} with container-managed transactions. Configuration: {@value
 * #RETENTION} (ISO-8601 duration, default {@code P7D}) and {@value #CLAIM_TIMEOUT} (default {@code
 * PT1H}: a destruction claim older than this, left by a node that died, is taken over).
 *
 * <p>Audit details name ids and order numbers only, never a hold's reason (it may hold personal
 * data).
 */
@Stateless
@ValidateOnExecution // or the server skips the interface's constraints (README, "Typed ids")
public class DefaultRecordingRetention implements RecordingRetention {

  public static final String RETENTION = "meike.recording.retention";
  public static final String CLAIM_TIMEOUT = "meike.recording.destruction-claim-timeout";

  static final String RECORDING = "recording";
  static final String HOLD = "recording-legal-hold";
  static final String EPOCH = "recording-key-epoch";

  @Inject RecordingRepository recordings;
  @Inject LegalHoldRepository holds;
  @Inject OrderDirectory orders;
  @Inject AuditTrail auditTrail;
  @Inject RecordingAudio audio;
  @Inject KeyEpochs epochs;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = RETENTION, defaultValue = "P7D")
  Duration retention;

  @Inject
  @ConfigProperty(name = CLAIM_TIMEOUT, defaultValue = "PT1H")
  Duration claimTimeout;

  /**
   * Locks the order's recordings first, so that a destruction in progress is waited for and no
   * claim comes in between. A recording claimed for destruction whose data key still exists is
   * taken back: the hold wins. One whose key is already gone was destroyed by a sweep that did not
   * get to record it (it died before its commit): that destruction is recorded here, and the hold's
   * audit entry counts it — the hold cannot keep what no longer exists.
   */
  @Override
  public LegalHoldView placeHold(OrderNumber order, String reason, String actor) {
    if (!orders.exists(order.value())) {
      throw DomainException.invalid("orderNumber", "no order with this number was placed");
    }
    Instant now = clock.instant();
    LegalHold hold =
        LegalHold.place(UUID.randomUUID().toString(), order.value(), reason, actor, now);
    holds.add(hold);
    int covered = 0;
    int destroyed = 0;
    List<Recording> takenBack = new ArrayList<>();
    List<Recording> foundDestroyed = new ArrayList<>();
    for (Recording recording : recordings.lockOfOrder(order.value())) {
      switch (recording.status()) {
        case DESTROYED -> destroyed++;
        case DESTROYING -> {
          if (audio.vault().exists(recording.id())) {
            recording.keepForHold();
            takenBack.add(recording);
            covered++;
          } else {
            foundDestroyed.add(recording);
            destroyed++;
          }
        }
        default -> {
          recording.hold();
          covered++;
        }
      }
    }
    // DSR-8: the held recordings' data keys move to the order's hold epoch, so that their day
    // epochs can be destroyed on time while the hold keeps them
    int rewrapped = 0;
    if (audio.vault().wrapping() instanceof EpochKeyRing) {
      for (Recording recording : recordings.lockOfOrder(order.value())) {
        Optional<String> open = epochs.openHoldEpoch(order.value());
        boolean moved = open.isPresent() && open.equals(epochs.epochOf(recording.id()));
        if (recording.held() && !moved && audio.vault().rewrap(recording.id())) {
          rewrapped++;
        }
      }
    }
    for (Recording recording : foundDestroyed) {
      if (recordings.markDestroyed(
              recording.claimToken().orElseThrow(), List.of(recording.id()), now)
          == 1) {
        auditTrail.record(
            new AuditEvent(
                "system",
                "recording.destroyed",
                RECORDING,
                recording.id(),
                "order "
                    + order
                    + ": its data key had been destroyed by a sweep that did not record it;"
                    + " recorded when a legal hold arrived"));
      }
    }
    for (Recording recording : takenBack) {
      auditTrail.record(
          new AuditEvent(
              actor,
              "recording.destruction.withheld",
              RECORDING,
              recording.id(),
              "order "
                  + order
                  + ": a legal hold came after the claim for destruction, before it; the recording is kept"));
    }
    auditTrail.record(
        new AuditEvent(
            actor,
            "recording.hold.placed",
            HOLD,
            hold.id(),
            "order "
                + order
                + ", "
                + covered
                + " recording(s) held"
                + (takenBack.isEmpty()
                    ? ""
                    : ", " + takenBack.size() + " of them taken back from destruction")
                + (destroyed == 0 ? "" : ", " + destroyed + " already destroyed")
                + (rewrapped == 0
                    ? ""
                    : ", " + rewrapped + " data key(s) moved to the hold's key")));
    return view(hold);
  }

  @Override
  public LegalHoldView releaseHold(String holdId, String actor) {
    LegalHold hold =
        holds.find(holdId).orElseThrow(() -> DomainException.notFound("no such legal hold"));
    hold.release(actor, clock.instant());
    boolean otherActive =
        holds.ofOrder(hold.orderNumber()).stream()
            .anyMatch(h -> h.active() && !h.id().equals(hold.id()));
    if (!otherActive) {
      recordings.markHeld(hold.orderNumber(), false);
      // DSR-8: the hold's key epoch takes no more recordings; it is destroyed after its last one
      epochs.closeHoldEpochs(hold.orderNumber(), clock.instant());
    }
    auditTrail.record(
        new AuditEvent(
            actor,
            "recording.hold.released",
            HOLD,
            hold.id(),
            "order "
                + hold.orderNumber()
                + (otherActive ? ", other holds remain" : ", retention clock runs again")));
    return view(hold);
  }

  @Override
  public List<LegalHoldView> holdsOf(OrderNumber orderNumber) {
    return holds.ofOrder(orderNumber.value()).stream()
        .map(DefaultRecordingRetention::view)
        .toList();
  }

  @Override
  public OpenHoldsView openHolds() {
    List<LegalHold> open = holds.open();
    java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
    open.forEach(hold -> byKind.merge(kindOf(hold.reason()), 1L, Long::sum));
    return new OpenHoldsView(
        open.size(),
        open.stream().map(LegalHold::orderNumber).distinct().count(),
        recordings.countHeld(),
        open.stream().map(LegalHold::placedAt).min(Instant::compareTo).orElse(null),
        byKind);
  }

  /** What placed a hold, from the reason the placing context wrote (REC-6, REC-9). */
  static String kindOf(String reason) {
    if (reason == null) {
      return "STAFF";
    }
    if (reason.startsWith("Complaint ")) {
      return "COMPLAINT";
    }
    if (reason.equals(BadReviewHolds.REASON)) {
      return "BAD_REVIEW";
    }
    if (reason.startsWith("Lawful disclosure request ")) {
      return "LAWFUL_DISCLOSURE";
    }
    return "STAFF";
  }

  @Override
  public DestructionClaim claimDue(int limit) {
    Instant now = clock.instant();
    RetentionPolicy policy = policy();
    List<String> due =
        recordings.dueForDestruction(policy.endedBefore(now), policy.claimedBefore(now), limit);
    if (due.isEmpty()) {
      return DestructionClaim.none();
    }
    String token = UUID.randomUUID().toString();
    List<String> won =
        recordings.claimForDestruction(
            due, policy.endedBefore(now), policy.claimedBefore(now), now, token);
    return new DestructionClaim(token, won, due.size() == limit);
  }

  @Override
  public DestructionClaim claimForShutdown(java.util.Collection<String> recordingIds, String why) {
    if (recordingIds.isEmpty()) {
      return DestructionClaim.none();
    }
    String token = UUID.randomUUID().toString();
    List<String> won = recordings.claimEarly(recordingIds, clock.instant(), token);
    return won.isEmpty() ? DestructionClaim.none() : new DestructionClaim(token, won, false, why);
  }

  /**
   * Holds the claimed rows locked while key and audio are destroyed: a hold placed meanwhile waits
   * and then finds them destroyed; one placed since the claim has taken its recordings back, so
   * they are not among the rows. Should the commit fail after the files are gone, the claim stays
   * and is taken over after the claim timeout (destroying is idempotent).
   */
  @Override
  public int destroyClaimed(DestructionClaim claim) {
    if (claim.isEmpty()) {
      return 0;
    }
    List<Recording> claimed = recordings.lockClaimed(claim.token(), claim.recordingIds());
    if (claimed.isEmpty()) {
      return 0;
    }
    List<String> ids = claimed.stream().map(Recording::id).toList();
    audio.vault().destroyAll(ids);
    int destroyed = recordings.markDestroyed(claim.token(), ids, clock.instant());
    // audit entries last: appending may wait for the audit chain until the commit
    for (Recording recording : claimed) {
      auditTrail.record(
          new AuditEvent(
              "system",
              "recording.destroyed",
              RECORDING,
              recording.id(),
              "order "
                  + recording.orderNumber()
                  + ": data key destroyed, then audio, "
                  + (claim.why() == null ? "after the retention period" : claim.why())
                  + " (batch of "
                  + ids.size()
                  + ")"));
    }
    return destroyed;
  }

  @Override
  public void prepareKeyEpochs() {
    if (audio.vault().wrapping() instanceof EpochKeyRing ring) {
      ring.prepareDays();
    }
  }

  @Override
  public List<String> wrapLegacyKeys(String afterId, int limit) {
    if (!(audio.vault().wrapping() instanceof EpochKeyRing)) {
      return List.of(); // a vault without key epochs (tools) has nothing to move
    }
    List<String> ids = epochs.lockUnassigned(afterId, limit);
    for (String id : ids) {
      Optional<String> before = audio.vault().wrappingKeyId(id);
      if (before.isPresent() && audio.vault().rewrap(id)) {
        auditTrail.record(
            new AuditEvent(
                "system",
                "recording.key.rewrapped",
                RECORDING,
                id,
                "data key written before the key epochs moved from master key "
                    + before.get()
                    + " to key epoch "
                    + epochs.epochOf(id).orElse("?")
                    + " (DSR-8)"));
      }
    }
    return ids;
  }

  @Override
  public int destroySpentEpochs(int limit) {
    Instant now = clock.instant();
    Instant closedBefore = now.minus(retention);
    List<String> spent = epochs.spent(closedBefore, limit);
    // noted in the store first (a rollback leaves an epoch noted that was spent anyway): a database
    // restored from an older backup then shows which keys it brought back (destroyRestoredEpochs)
    audio.vault().noteDestroyedEpochs(spent);
    int destroyed = 0;
    for (String epoch : spent) {
      if (epochs.destroy(epoch, closedBefore, now)) {
        destroyed++;
        auditTrail.record(
            new AuditEvent(
                "system",
                "recording.key-epoch.destroyed",
                EPOCH,
                epoch,
                "key epoch destroyed: every recording under it was destroyed and it closed more"
                    + " than the retention period ago; no backup can unwrap its recordings'"
                    + " data keys any more (DSR-8, REC-5)"));
      }
    }
    return destroyed;
  }

  @Override
  public int destroyRestoredEpochs() {
    java.util.Set<String> noted = audio.vault().destroyedEpochs();
    if (noted.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    int destroyed = 0;
    for (String epoch : epochs.liveAmong(noted)) {
      if (epochs.destroyAgain(epoch, now)) {
        destroyed++;
        auditTrail.record(
            new AuditEvent(
                "system",
                "recording.key-epoch.destroyed-again",
                EPOCH,
                epoch,
                "key epoch destroyed again: the audio store noted its destruction but the database"
                    + " held its key — restored from a backup taken before (DSR-8, README"
                    + " \"Backups\")"));
      }
    }
    return destroyed;
  }

  private RetentionPolicy policy() {
    return new RetentionPolicy(retention, claimTimeout);
  }

  private static LegalHoldView view(LegalHold hold) {
    return new LegalHoldView(
        hold.id(),
        hold.orderNumber(),
        hold.reason(),
        hold.placedBy(),
        hold.placedAt(),
        hold.releasedBy().orElse(null),
        hold.releasedAt().orElse(null),
        hold.active());
  }
}

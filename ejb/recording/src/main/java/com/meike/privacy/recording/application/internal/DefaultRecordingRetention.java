package com.meike.privacy.recording.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.order.application.OrderDirectory;
import com.meike.privacy.recording.application.LegalHoldView;
import com.meike.privacy.recording.application.RecordingRetention;
import com.meike.privacy.recording.domain.access.OrderNumber;
import com.meike.privacy.recording.domain.retention.LegalHold;
import com.meike.privacy.recording.domain.retention.LegalHoldRepository;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.domain.retention.RecordingRepository;
import com.meike.privacy.recording.domain.retention.RetentionPolicy;
import com.meike.privacy.recording.infrastructure.storage.RecordingAudio;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
public class DefaultRecordingRetention implements RecordingRetention {

  public static final String RETENTION = "meike.recording.retention";
  public static final String CLAIM_TIMEOUT = "meike.recording.destruction-claim-timeout";

  static final String RECORDING = "recording";
  static final String HOLD = "recording-legal-hold";

  @Inject RecordingRepository recordings;
  @Inject LegalHoldRepository holds;
  @Inject OrderDirectory orders;
  @Inject AuditTrail auditTrail;
  @Inject RecordingAudio audio;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = RETENTION, defaultValue = "P7D")
  Duration retention;

  @Inject
  @ConfigProperty(name = CLAIM_TIMEOUT, defaultValue = "PT1H")
  Duration claimTimeout;

  @Override
  public LegalHoldView placeHold(String orderNumber, String reason, String actor) {
    OrderNumber order = OrderNumber.of(orderNumber);
    if (!orders.exists(order.value())) {
      throw DomainException.invalid("orderNumber", "no order with this number was placed");
    }
    LegalHold hold = LegalHold.place(UUID.randomUUID().toString(), order.value(), reason, actor, clock.instant());
    holds.add(hold);
    int covered = recordings.markHeld(order.value(), true);
    auditTrail.record(new AuditEvent(actor, "recording.hold.placed", HOLD, hold.id(),
        "order " + order + ", " + covered + " recording(s) held"));
    return view(hold);
  }

  @Override
  public LegalHoldView releaseHold(String holdId, String actor) {
    LegalHold hold = holds.find(holdId).orElseThrow(() -> DomainException.notFound("no such legal hold"));
    hold.release(actor, clock.instant());
    boolean otherActive =
        holds.ofOrder(hold.orderNumber()).stream().anyMatch(h -> h.active() && !h.id().equals(hold.id()));
    if (!otherActive) {
      recordings.markHeld(hold.orderNumber(), false);
    }
    auditTrail.record(new AuditEvent(actor, "recording.hold.released", HOLD, hold.id(),
        "order " + hold.orderNumber() + (otherActive ? ", other holds remain" : ", retention clock runs again")));
    return view(hold);
  }

  @Override
  public List<LegalHoldView> holdsOf(String orderNumber) {
    return holds.ofOrder(OrderNumber.of(orderNumber).value()).stream().map(DefaultRecordingRetention::view).toList();
  }

  @Override
  public List<String> dueForDestruction(int limit) {
    Instant now = clock.instant();
    RetentionPolicy policy = policy();
    return recordings.dueForDestruction(policy.endedBefore(now), policy.claimedBefore(now), limit);
  }

  @Override
  public boolean claim(String recordingId) {
    Instant now = clock.instant();
    RetentionPolicy policy = policy();
    return recordings.claimForDestruction(recordingId, policy.endedBefore(now), policy.claimedBefore(now), now);
  }

  @Override
  public List<String> claimDue(int limit) {
    Instant now = clock.instant();
    RetentionPolicy policy = policy();
    List<String> due = recordings.dueForDestruction(policy.endedBefore(now), policy.claimedBefore(now), limit);
    return recordings.claimForDestruction(due, policy.endedBefore(now), policy.claimedBefore(now), now);
  }

  /**
   * Holds the claimed rows locked while key and audio are destroyed: a hold placed meanwhile waits
   * and then finds them destroyed; one placed since the claim is seen here and keeps its recording.
   * Should the commit fail after the files are gone, the claims stay and are taken over after the
   * claim timeout (destroying is idempotent).
   */
  @Override
  public int destroyClaimed(List<String> recordingIds) {
    List<Recording> claimed = recordings.lockClaimed(recordingIds);
    Set<String> heldOrders = holds.withActiveHold(claimed.stream().map(Recording::orderNumber).distinct().toList());
    List<Recording> kept = new ArrayList<>();
    List<Recording> doomed = new ArrayList<>();
    for (Recording recording : claimed) {
      (recording.held() || heldOrders.contains(recording.orderNumber()) ? kept : doomed).add(recording);
    }
    if (!doomed.isEmpty()) {
      audio.vault().destroyAll(doomed.stream().map(Recording::id).toList());
    }
    // audit entries last: appending locks the audit chain's head until the commit
    for (Recording recording : kept) {
      recording.keepForHold();
      auditTrail.record(new AuditEvent("system", "recording.destruction.withheld", RECORDING, recording.id(),
          "order " + recording.orderNumber() + ": a legal hold came after the claim; the recording is kept"));
    }
    Instant now = clock.instant();
    int destroyed = 0;
    for (Recording recording : doomed) {
      if (recordings.markDestroyed(recording.id(), now)) {
        destroyed++;
        auditTrail.record(new AuditEvent("system", "recording.destroyed", RECORDING, recording.id(),
            "order " + recording.orderNumber() + ": data key destroyed, then audio, after the retention period"
                + " (batch of " + doomed.size() + ")"));
      }
    }
    return destroyed;
  }

  private RetentionPolicy policy() {
    return new RetentionPolicy(retention, claimTimeout);
  }

  private static LegalHoldView view(LegalHold hold) {
    return new LegalHoldView(hold.id(), hold.orderNumber(), hold.reason(), hold.placedBy(), hold.placedAt(),
        hold.releasedBy().orElse(null), hold.releasedAt().orElse(null), hold.active());
  }
}

package com.meike.privacy.recording.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.recording.application.PlaybackView;
import com.meike.privacy.recording.application.RecordingAccessService;
import com.meike.privacy.recording.application.RecordingPlayback;
import com.meike.privacy.recording.application.RecordingView;
import com.meike.privacy.recording.domain.audio.AudioTamperedException;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.domain.retention.RecordingRepository;
import com.meike.privacy.recording.domain.retention.RecordingStatus;
import com.meike.privacy.recording.infrastructure.storage.RecordingAudio;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

/**
 * {@link RecordingPlayback}: the grant check of {@link RecordingAccessService#checkGrant} (which
 * audits refusals in their own transaction) and the playback's audit entry commit together before
 * any audio leaves the server; streaming runs outside a transaction.
 */
@Stateless
public class DefaultRecordingPlayback implements RecordingPlayback {

  private static final Set<RecordingStatus> PLAYABLE =
      Set.of(RecordingStatus.ENDED, RecordingStatus.FAILED);

  /**
   * Destroyed, or being destroyed: said as such to a valid grant's holder, as not found to anyone
   * else.
   */
  private static final Set<RecordingStatus> GONE =
      Set.of(RecordingStatus.DESTROYING, RecordingStatus.DESTROYED);

  @Inject RecordingRepository recordings;
  @Inject RecordingAccessService access;
  @Inject RecordingAudio audio;
  @Inject AuditTrail auditTrail;

  @Override
  public PlaybackView open(String grantId, String recordingId, String actor) {
    Recording recording =
        recordings
            .find(recordingId == null ? "" : recordingId)
            .filter(r -> PLAYABLE.contains(r.status()) || GONE.contains(r.status()))
            .orElseThrow(() -> DomainException.notFound("no such recording"));
    access.checkGrant(grantId, recording.orderNumber(), actor);
    if (GONE.contains(recording.status())) {
      throw DomainException.notFound(
          "the recording was destroyed when its retention ended"
              + recording.destroyedAt().map(at -> " (" + at + ")").orElse(""));
    }
    long length;
    try {
      length = audio.vault().length(recording.id());
    } catch (AudioTamperedException | IllegalStateException e) {
      throw DomainException.conflict("the stored audio of this recording cannot be authenticated");
    }
    auditTrail.record(
        new AuditEvent(
            actor,
            "recording.played",
            DefaultRecordingRetention.RECORDING,
            recording.id(),
            "order " + recording.orderNumber() + " through grant " + grantId));
    return new PlaybackView(recording.id(), recording.orderNumber(), grantId, length);
  }

  @Override
  public List<RecordingView> recordingsOf(String grantId, String actor) {
    String order = access.grant(grantId, actor, false).orderNumber();
    access.checkGrant(grantId, order, actor);
    List<RecordingView> found =
        recordings.ofOrder(order).stream()
            .map(
                r ->
                    new RecordingView(
                        r.id(),
                        r.orderNumber(),
                        r.status().name(),
                        r.startedAt(),
                        r.endedAt().orElse(null),
                        r.failureCause().orElse(null),
                        r.held()))
            .toList();
    auditTrail.record(
        new AuditEvent(
            actor,
            "recording.listed",
            "recording-access-grant",
            grantId,
            "order " + order + ": " + found.size() + " recording(s)"));
    return found;
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void stream(String recordingId, long from, long length, OutputStream out)
      throws IOException {
    audio.vault().copyRange(recordingId, from, length, out);
  }
}

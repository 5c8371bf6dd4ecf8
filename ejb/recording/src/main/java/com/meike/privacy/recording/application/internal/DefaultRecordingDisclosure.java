package com.meike.privacy.recording.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.recording.application.RecordingDisclosure;
import com.meike.privacy.recording.domain.audio.AudioTamperedException;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.domain.retention.RecordingRepository;
import com.meike.privacy.recording.domain.retention.RecordingStatus;
import com.meike.privacy.recording.infrastructure.storage.RecordingAudio;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@link RecordingDisclosure}: reads through the audio vault, audits each recording read. */
@Stateless
public class DefaultRecordingDisclosure implements RecordingDisclosure {

  /** Recordings whose audio can still be heard (also counted for the approvers' forms). */
  static final Set<RecordingStatus> READABLE =
      Set.of(RecordingStatus.ENDED, RecordingStatus.FAILED);

  @Inject RecordingRepository recordings;
  @Inject RecordingAudio audio;
  @Inject AuditTrail auditTrail;

  @Override
  public List<DisclosedRecording> audioFor(String orderNumber, String requestId, String actor) {
    if (actor == null || actor.isBlank() || requestId == null || requestId.isBlank()) {
      throw DomainException.forbidden(
          "a recording is disclosed only for an identified, approved request");
    }
    List<DisclosedRecording> found = new ArrayList<>();
    long total = 0;
    for (Recording recording : recordings.ofOrder(orderNumber)) {
      byte[] bytes = null;
      if (READABLE.contains(recording.status()) && audio.vault().exists(recording.id())) {
        try {
          long length = audio.vault().length(recording.id());
          if (total + length > MAX_AUDIO_BYTES) {
            throw DomainException.conflict(
                "the order's audio is larger than one package carries ("
                    + MAX_AUDIO_BYTES
                    + " bytes); see docs/known-limits.md");
          }
          ByteArrayOutputStream out = new ByteArrayOutputStream((int) length);
          audio.vault().copyRange(recording.id(), 0, length, out);
          bytes = out.toByteArray();
          total += bytes.length;
        } catch (AudioTamperedException
            | IllegalStateException
            | IndexOutOfBoundsException
            | IOException e) {
          throw DomainException.conflict(
              "the stored audio of recording "
                  + recording.id()
                  + " cannot be authenticated; nothing is disclosed");
        }
        auditTrail.record(
            new AuditEvent(
                actor.strip(),
                "recording.disclosed",
                DefaultRecordingRetention.RECORDING,
                recording.id(),
                "order "
                    + orderNumber
                    + ", "
                    + bytes.length
                    + " bytes for lawful disclosure request "
                    + requestId));
      }
      found.add(
          new DisclosedRecording(
              recording.id(),
              recording.status().name(),
              recording.startedAt(),
              recording.endedAt().orElse(null),
              recording.failureCause().orElse(null),
              bytes));
    }
    return found;
  }
}

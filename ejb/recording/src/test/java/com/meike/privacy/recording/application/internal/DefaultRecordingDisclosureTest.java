package com.meike.privacy.recording.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.recording.application.RecordingDisclosure.DisclosedRecording;
import com.meike.privacy.recording.domain.audio.AudioVault;
import com.meike.privacy.recording.domain.audio.MasterKeyRing;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.infrastructure.storage.FileSystemRecordingStore;
import com.meike.privacy.recording.infrastructure.storage.RecordingAudio;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/**
 * REC-9: the audio of an order's recordings, whole, for an approved disclosure; each read audited.
 */
@Tag("REC-9")
class DefaultRecordingDisclosureTest {

  static final String ORDER = "MK2026112900000123";
  static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

  @TempDir Path dir;

  @Test
  @DisplayName(
      "REC-9: the whole decrypted audio of the order's ended recordings, each read audited with the request")
  void theWholeAudioOfTheOrder() {
    AudioVault vault =
        new AudioVault(
            MasterKeyRing.of("k1", Base64.getEncoder().encodeToString(new byte[32]), Map.of()),
            new FileSystemRecordingStore(dir),
            4);
    InMemoryRetention.Recordings recordings = new InMemoryRetention.Recordings();
    Recording recording = Recording.start("rec-1", ORDER, NOW, false);
    vault.begin("rec-1");
    vault.appendSegment("rec-1", 0, new byte[] {1, 2, 3, 4}, false);
    vault.appendSegment("rec-1", 1, new byte[] {5, 6}, true);
    recording.end(NOW);
    recordings.add(recording);
    DefaultRecordingDisclosure disclosure = new DefaultRecordingDisclosure();
    disclosure.recordings = recordings;
    disclosure.audio = new RecordingAudio(vault);
    disclosure.auditTrail = mock(AuditTrail.class);

    List<DisclosedRecording> found = disclosure.audioFor(ORDER, "request-1", "legal.associate");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).audio()).containsExactly(1, 2, 3, 4, 5, 6);
    ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
    verify(disclosure.auditTrail).record(event.capture());
    assertThat(event.getValue().action()).isEqualTo("recording.disclosed");
    assertThat(event.getValue().detail()).contains("request-1").contains("6 bytes");
  }
}

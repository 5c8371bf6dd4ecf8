package com.meike.privacy.recording.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.recording.application.PlaybackView;
import com.meike.privacy.recording.application.RecordingAccessService;
import com.meike.privacy.recording.domain.audio.AudioVault;
import com.meike.privacy.recording.domain.audio.MasterKeyRing;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.infrastructure.storage.FileSystemRecordingStore;
import com.meike.privacy.recording.infrastructure.storage.RecordingAudio;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/** REC-8 playback: through a grant for the recording's order only, audited, fail-closed. */
class DefaultRecordingPlaybackTest {

  static final String ORDER = "MK2026112900000123";
  static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

  @TempDir Path dir;
  final InMemoryRetention.Recordings recordings = new InMemoryRetention.Recordings();
  final RecordingAccessService access = mock(RecordingAccessService.class);
  final AuditTrail auditTrail = mock(AuditTrail.class);
  final DefaultRecordingPlayback playback = new DefaultRecordingPlayback();
  AudioVault vault;

  @BeforeEach
  void wire() {
    vault =
        new AudioVault(
            MasterKeyRing.of("k1", Base64.getEncoder().encodeToString(new byte[32]), Map.of()),
            new FileSystemRecordingStore(dir),
            4);
    playback.recordings = recordings;
    playback.access = access;
    playback.audio = new RecordingAudio(vault);
    playback.auditTrail = auditTrail;
    Recording recording = Recording.start("rec-1", ORDER, NOW, false);
    vault.begin("rec-1");
    vault.appendSegment("rec-1", 0, new byte[] {1, 2, 3, 4}, false);
    vault.appendSegment("rec-1", 1, new byte[] {5, 6}, true);
    recording.end(NOW);
    recordings.add(recording);
  }

  @Test
  void aValidGrantForTheOrderPlaysAnyRangeAndThePlaybackIsAudited() throws Exception {
    PlaybackView view = playback.open("grant-1", "rec-1", "ops.agent");

    assertThat(view.length()).isEqualTo(6);
    verify(access).checkGrant("grant-1", ORDER, "ops.agent");
    ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
    verify(auditTrail).record(event.capture());
    assertThat(event.getValue().action()).isEqualTo("recording.played");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    playback.stream("rec-1", 3, 2, out);
    assertThat(out.toByteArray()).containsExactly(4, 5);
  }

  @Test
  void aRefusedGrantPlaysNothing() {
    when(access.checkGrant(any(), any(), any()))
        .thenThrow(DomainException.forbidden("the grant opens another order"));

    assertThat(
            catchThrowableOfType(
                    DomainException.class, () -> playback.open("grant-1", "rec-1", "cs.agent"))
                .kind())
        .isEqualTo(Kind.FORBIDDEN);
    verify(auditTrail, never()).record(any());
  }

  @Test
  void unknownOrDestroyedRecordingsAreNotFound() {
    assertThat(
            catchThrowableOfType(
                    DomainException.class, () -> playback.open("grant-1", "nope", "ops.agent"))
                .kind())
        .isEqualTo(Kind.NOT_FOUND);
    verify(access, never()).checkGrant(any(), any(), any());

    recordings.claimForDestruction(List.of("rec-1"), NOW, NOW, NOW, "sweep-1");
    recordings.markDestroyed("sweep-1", List.of("rec-1"), NOW);
    DomainException destroyed =
        catchThrowableOfType(
            DomainException.class, () -> playback.open("grant-1", "rec-1", "ops.agent"));
    assertThat(destroyed.kind()).isEqualTo(Kind.NOT_FOUND);
    assertThat(destroyed.getMessage()).contains("destroyed when its retention ended");
    verify(access).checkGrant("grant-1", ORDER, "ops.agent");
    verify(auditTrail, never()).record(any());
  }

  @Test
  void whetherARecordingWasDestroyedIsToldOnlyToAValidGrantOfItsOrder() {
    recordings.claimForDestruction(List.of("rec-1"), NOW, NOW, NOW, "sweep-1");
    recordings.markDestroyed("sweep-1", List.of("rec-1"), NOW);
    when(access.checkGrant(any(), any(), any()))
        .thenThrow(DomainException.forbidden("the grant opens another order"));

    assertThat(
            catchThrowableOfType(
                    DomainException.class, () -> playback.open("grant-9", "rec-1", "cs.agent"))
                .kind())
        .isEqualTo(Kind.FORBIDDEN);
  }

  @Test
  void tamperedAudioIsRefusedBeforeAnyByteIsServed() throws Exception {
    Path file = dir.resolve("rec-1").resolve("audio");
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 1] ^= 1;
    Files.write(file, bytes);

    assertThat(
            catchThrowableOfType(
                    DomainException.class, () -> playback.open("grant-1", "rec-1", "ops.agent"))
                .kind())
        .isEqualTo(Kind.CONFLICT);
    verify(auditTrail, never()).record(any());
  }
}

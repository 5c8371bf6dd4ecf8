package com.meike.privacy.api.recording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** REC-4: which paths an app user is refused (and audited) on, and which stay theirs. */
class RecordingRetrievalGuardTest {

  @Test
  void staffRecordingPathsAreForbidden() {
    assertThat(RecordingRetrievalGuard.refusal("/recording-access-grants/g-1/recordings/r-1/audio"))
        .isEqualTo(403);
    assertThat(RecordingRetrievalGuard.refusal("recording-access-grants/g-1/recordings"))
        .isEqualTo(403);
    assertThat(RecordingRetrievalGuard.refusal("/recording-access-requests")).isEqualTo(403);
    assertThat(RecordingRetrievalGuard.refusal("/recording-legal-holds")).isEqualTo(403);
  }

  @Test
  void guessedRetrievalPathsAreNotFound() {
    assertThat(RecordingRetrievalGuard.refusal("/recordings/r-1/audio")).isEqualTo(404);
    assertThat(RecordingRetrievalGuard.refusal("/me/recordings")).isEqualTo(404);
    assertThat(RecordingRetrievalGuard.refusal("/me/recording-sessions/s-1/audio")).isEqualTo(404);
    assertThat(RecordingRetrievalGuard.refusal("/me/recording-sessions/s-1/KEY")).isEqualTo(404);
    assertThat(RecordingRetrievalGuard.refusal("/me/recording-sessions/s-1/chunks/3/download"))
        .isEqualTo(404);
    assertThat(RecordingRetrievalGuard.refusal("/orders/MK2026112900000123/recordings/r-1/file"))
        .isEqualTo(404);
  }

  @Test
  void theAppsOwnPathsPass() {
    assertThat(RecordingRetrievalGuard.refusal("/me/recording-sessions")).isNull();
    assertThat(RecordingRetrievalGuard.refusal("/me/recording-sessions/0b6f-44")).isNull();
    assertThat(RecordingRetrievalGuard.refusal("/me/recording-sessions/0b6f-44/chunks/7")).isNull();
    assertThat(RecordingRetrievalGuard.refusal("/me/recording-sessions/0b6f-44/finish")).isNull();
    assertThat(RecordingRetrievalGuard.refusal("/me/recording-sessions/0b6f-44/failure")).isNull();
    assertThat(RecordingRetrievalGuard.refusal("/me/app-version")).isNull();
    assertThat(RecordingRetrievalGuard.refusal("/me/consents")).isNull();
    assertThat(RecordingRetrievalGuard.refusal("/me/records/export")).isNull();
    assertThat(RecordingRetrievalGuard.refusal("/orders/MK2026112900000123/service-contact"))
        .isNull();
  }
}

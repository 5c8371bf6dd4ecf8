package com.meike.privacy.recording.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.recording.domain.session.RecordingSession.ChunkStep;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The resumable chunk protocol: each chunk stored once, gaps refused naming the expected index. */
class RecordingSessionTest {

  static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
  static final int SEGMENT = 4;

  final RecordingSession session =
      RecordingSession.arrive(
          "s-1",
          "MK2026112900000123",
          "b-1",
          "c-1",
          AppVersion.parse("6.0", "v"),
          Optional.of(AppVersion.parse("6.0", "v")),
          new StartRules.Outcome(Optional.empty(), CustomerConsent.LEDGER),
          Optional.empty(),
          NOW);

  @Test
  void chunksAreTakenInOrderAndAChunkSentTwiceIsStoredOnce() {
    ChunkStep first = session.chunk(0, new byte[8], SEGMENT);
    assertThat(first)
        .isInstanceOfSatisfying(
            ChunkStep.Append.class,
            append -> {
              assertThat(append.firstSegment()).isZero();
              assertThat(append.segments()).isEqualTo(2);
              assertThat(append.endsRecording()).isFalse();
            });
    session.chunkStored((ChunkStep.Append) first);

    assertThat(session.chunk(0, new byte[8], SEGMENT)).isInstanceOf(ChunkStep.AlreadyStored.class);
    assertThat(session.expectedChunk()).isEqualTo(1);
    ChunkStep second = session.chunk(1, new byte[4], SEGMENT);
    assertThat(second)
        .isInstanceOfSatisfying(
            ChunkStep.Append.class,
            append -> {
              assertThat(append.firstSegment()).isEqualTo(2);
              assertThat(append.segments()).isEqualTo(1);
            });
  }

  @Test
  void aChunkSentAgainWithDifferentContentIsRefusedNamingItsIndex() {
    session.chunkStored((ChunkStep.Append) session.chunk(0, new byte[] {1, 2, 3, 4}, SEGMENT));

    assertThat(session.chunk(0, new byte[] {1, 2, 3, 4}, SEGMENT))
        .isInstanceOf(ChunkStep.AlreadyStored.class);
    DomainException different =
        catchThrowableOfType(
            DomainException.class, () -> session.chunk(0, new byte[] {1, 2, 3, 5}, SEGMENT));
    assertThat(different.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(different.getMessage())
        .contains("chunk 0 was already stored with different content");
    assertThat(session.expectedChunk()).isEqualTo(1);
  }

  @Test
  void aChunkAheadOfTheExpectedOneIsAGapAndNamesTheExpectedIndex() {
    session.chunkStored((ChunkStep.Append) session.chunk(0, new byte[4], SEGMENT));

    DomainException gap =
        catchThrowableOfType(DomainException.class, () -> session.chunk(3, new byte[4], SEGMENT));
    assertThat(gap.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(gap.getMessage()).contains("next expected chunk is 1");
    assertThat(session.expectedChunk()).isEqualTo(1);
  }

  @Test
  void aShortChunkEndsTheRecordingAndNothingFollowsIt() {
    ChunkStep last = session.chunk(0, new byte[6], SEGMENT);
    assertThat(last)
        .isInstanceOfSatisfying(
            ChunkStep.Append.class,
            append -> {
              assertThat(append.segments()).isEqualTo(2);
              assertThat(append.endsRecording()).isTrue();
            });
    session.chunkStored((ChunkStep.Append) last);

    assertThat(session.sealed()).isTrue();
    assertThat(
            catchThrowableOfType(
                    DomainException.class, () -> session.chunk(1, new byte[4], SEGMENT))
                .kind())
        .isEqualTo(DomainException.Kind.CONFLICT);
  }

  @Test
  void afterTheStopNoNewAudioIsTakenButARetryIsStillAcknowledged() {
    session.chunkStored((ChunkStep.Append) session.chunk(0, new byte[4], SEGMENT));
    session.closingSegmentStored();
    session.finish(NOW);

    assertThat(session.state()).isEqualTo(SessionState.STOPPED);
    assertThat(session.stopReason()).contains(StopReason.FINISHED);
    assertThat(
            catchThrowableOfType(
                    DomainException.class, () -> session.chunk(1, new byte[4], SEGMENT))
                .kind())
        .isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(session.chunk(0, new byte[4], SEGMENT)).isInstanceOf(ChunkStep.AlreadyStored.class);
  }

  @Test
  void badChunksAreRefusedNamingWhatIsWrong() {
    assertThat(
            catchThrowableOfType(
                    DomainException.class, () -> session.chunk(-1, new byte[4], SEGMENT))
                .field())
        .isEqualTo("index");
    assertThat(
            catchThrowableOfType(
                    DomainException.class, () -> session.chunk(0, new byte[0], SEGMENT))
                .field())
        .isEqualTo("body");
  }

  @Test
  void aSessionThatDidNotStartTakesNoAudioAndKeepsItsReason() {
    RecordingSession notStarted =
        RecordingSession.arrive(
            "s-2",
            "MK2026112900000123",
            "b-1",
            "c-1",
            AppVersion.parse("6.0", "v"),
            Optional.empty(),
            new StartRules.Outcome(Optional.of(NotStartedReason.CUSTOMER_APP_UNKNOWN), null),
            Optional.empty(),
            NOW);

    assertThat(notStarted.state()).isEqualTo(SessionState.NOT_STARTED);
    assertThat(notStarted.notStartedReason()).contains(NotStartedReason.CUSTOMER_APP_UNKNOWN);
    assertThat(
            catchThrowableOfType(
                    DomainException.class, () -> notStarted.chunk(0, new byte[4], SEGMENT))
                .kind())
        .isEqualTo(DomainException.Kind.CONFLICT);
  }
}

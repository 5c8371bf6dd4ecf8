package com.meike.privacy.recording.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.recording.domain.access.ApprovalDecision;
import com.meike.privacy.recording.domain.access.RecordingAccessApplication;
import com.meike.privacy.recording.domain.access.RecordingAccessGrant;
import com.meike.privacy.recording.domain.retention.LegalHold;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.domain.retention.RecordingStatus;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * V2, the recording and hold mappings ({@code validate}) and the conditional retention updates on
 * H2.
 */
class RetentionOnH2Test {

  static final Instant NOW = Instant.parse("2026-12-10T08:00:00Z");
  static final Instant ENDED_BEFORE = NOW.minus(Duration.ofDays(7));
  static final Instant CLAIMED_BEFORE = NOW.minus(Duration.ofHours(1));
  static final String ORDER = "MK2026112900000123";

  ContextDatabase db;

  @BeforeEach
  void migratedDatabase() {
    db =
        ContextDatabase.of(
            "recording",
            RecordingAccessApplication.class,
            ApprovalDecision.class,
            RecordingAccessGrant.class,
            Recording.class,
            LegalHold.class);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void onlyEndedUnheldRecordingsPastTheirTimeAreDueAndEachIsClaimedOnce() {
    ended("old", ORDER, NOW.minus(Duration.ofDays(8)));
    ended("young", ORDER, NOW.minus(Duration.ofDays(6)));
    ended("held", "MK2026112900000456", NOW.minus(Duration.ofDays(9)));
    inTransaction(em -> new JpaRecordingRepository(em).markHeld("MK2026112900000456", true));
    inTransaction(
        em -> {
          new JpaRecordingRepository(em)
              .add(Recording.start("live", ORDER, NOW.minus(Duration.ofDays(30)), false));
          return null;
        });

    assertThat(due()).containsExactly("old");
    assertThat(claim("held", "t0")).isFalse();
    assertThat(claim("young", "t0")).isFalse();
    assertThat(claim("old", "t1")).isTrue();
    assertThat(claim("old", "t2")).isFalse();
    int covered = inTransaction(em -> new JpaRecordingRepository(em).markHeld(ORDER, true));
    assertThat(covered).as("a claimed recording is no longer covered by a new hold").isEqualTo(2);
    inTransaction(
        em ->
            em.createNativeQuery(
                        "insert into recording_session (id, order_number, beautician_id,"
                            + " customer_id, state, customer_consent, beautician_app_version, arrived_at, stopped_at, stop_reason,"
                            + " next_chunk, segment_count, audio_bytes, sealed, version) values ('old', '"
                            + ORDER
                            + "', 'b-1', 'c-1',"
                            + " 'STOPPED', 'LEDGER', '6.0', current_timestamp, current_timestamp, 'FINISHED', 1, 2, 4, true, 0)")
                    .executeUpdate()
                + em.createNativeQuery(
                        "insert into recording_chunk (session_id, chunk_index, sha256) values ('old', 0, 'ab')")
                    .executeUpdate());
    int notMine =
        inTransaction(
            em -> new JpaRecordingRepository(em).markDestroyed("t2", List.of("old"), NOW));
    assertThat(notMine).as("only the claim that won records the destruction").isZero();
    int destroyed =
        inTransaction(
            em -> new JpaRecordingRepository(em).markDestroyed("t1", List.of("old"), NOW));
    assertThat(destroyed).isEqualTo(1);
    Number digests =
        inTransaction(
            em ->
                (Number)
                    em.createNativeQuery(
                            "select count(*) from recording_chunk where session_id = 'old'")
                        .getSingleResult());
    assertThat(digests.intValue()).as("the chunk digests go with the audio").isZero();
    Recording old = inTransaction(em -> new JpaRecordingRepository(em).find("old").orElseThrow());
    assertThat(old.status()).isEqualTo(RecordingStatus.DESTROYED);
    assertThat(old.destroyedAt()).contains(NOW);
  }

  @Test
  void anAbandonedClaimIsDueAgainAfterTheTimeout() {
    ended("rec", ORDER, NOW.minus(Duration.ofDays(8)));
    Instant earlier = NOW.minus(Duration.ofHours(2));
    List<String> claimed =
        inTransaction(
            em ->
                new JpaRecordingRepository(em)
                    .claimForDestruction(
                        List.of("rec"),
                        ENDED_BEFORE,
                        earlier.minus(Duration.ofHours(1)),
                        earlier,
                        "dead-node"));
    assertThat(claimed).containsExactly("rec");

    assertThat(due()).containsExactly("rec");
    assertThat(claim("rec", "taker")).isTrue();
    List<Recording> deadNodes =
        inTransaction(
            em -> new JpaRecordingRepository(em).lockClaimed("dead-node", List.of("rec")));
    assertThat(deadNodes).as("the old claim is void").isEmpty();
    List<Recording> takers =
        inTransaction(em -> new JpaRecordingRepository(em).lockClaimed("taker", List.of("rec")));
    assertThat(takers).extracting(Recording::id).containsExactly("rec");
  }

  @Test
  @DisplayName(
      "REC-5: a batch is claimed under its token, whatever the clock's precision; another node wins only what nobody claimed")
  void aBatchIsClaimedUnderItsTokenAndFoundAgainByIt() {
    Instant nanos = Instant.parse("2026-12-10T08:00:00.123456789Z");
    ended("a", ORDER, NOW.minus(Duration.ofDays(8)));
    ended("b", "MK2026112900000456", NOW.minus(Duration.ofDays(8)));
    ended("c", ORDER, NOW.minus(Duration.ofDays(8)));
    List<String> won =
        inTransaction(
            em ->
                new JpaRecordingRepository(em)
                    .claimForDestruction(
                        List.of("b", "a"), ENDED_BEFORE, CLAIMED_BEFORE, nanos, "t1"));
    assertThat(won).containsExactly("a", "b");
    List<String> again =
        inTransaction(
            em ->
                new JpaRecordingRepository(em)
                    .claimForDestruction(
                        List.of("a", "b", "c"), ENDED_BEFORE, CLAIMED_BEFORE, nanos, "t2"));
    assertThat(again).as("another node wins only what nobody claimed").containsExactly("c");

    List<String> locked =
        inTransaction(
            em ->
                new JpaRecordingRepository(em)
                    .lockClaimed("t1", List.of("a", "b", "c", "unknown")).stream()
                        .map(Recording::id)
                        .toList());
    assertThat(locked).as("only this claim's, by id").containsExactly("a", "b");
    inTransaction(
        em -> {
          new JpaRecordingRepository(em).lockOfOrder(ORDER).get(0).keepForHold();
          return null;
        });
    Recording kept = inTransaction(em -> new JpaRecordingRepository(em).find("a").orElseThrow());
    assertThat(kept.status()).isEqualTo(RecordingStatus.ENDED);
    assertThat(kept.held()).isTrue();
    assertThat(kept.claimToken()).isEmpty();
    assertThat(due()).as("kept for the hold, not due").doesNotContain("a");
    List<Recording> stillClaimed =
        inTransaction(
            em -> new JpaRecordingRepository(em).lockClaimed("t1", List.of("a", "b", "c")));
    assertThat(stillClaimed)
        .extracting(Recording::id)
        .as("a recording the hold took back leaves the claim")
        .containsExactly("b");
  }

  @Test
  void holdsAreListedNewestFirst() {
    LegalHold first =
        LegalHold.place(
            "h1", ORDER, "Customer complaint about the visit", "cs.head", NOW.minusSeconds(60));
    LegalHold second =
        LegalHold.place("h2", ORDER, "Open dispute with the beautician", "legal.counsel", NOW);
    inTransaction(
        em -> {
          new JpaLegalHoldRepository(em).add(first);
          new JpaLegalHoldRepository(em).add(second);
          return null;
        });
    inTransaction(
        em -> {
          new JpaLegalHoldRepository(em).find("h1").orElseThrow().release("legal.counsel", NOW);
          return null;
        });

    List<LegalHold> holds = inTransaction(em -> new JpaLegalHoldRepository(em).ofOrder(ORDER));
    assertThat(holds)
        .extracting(LegalHold::id, LegalHold::active)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("h2", true),
            org.assertj.core.groups.Tuple.tuple("h1", false));
  }

  private List<String> due() {
    return inTransaction(
        em -> new JpaRecordingRepository(em).dueForDestruction(ENDED_BEFORE, CLAIMED_BEFORE, 10));
  }

  private boolean claim(String id, String token) {
    return inTransaction(
            em ->
                new JpaRecordingRepository(em)
                    .claimForDestruction(List.of(id), ENDED_BEFORE, CLAIMED_BEFORE, NOW, token))
        .contains(id);
  }

  private void ended(String id, String order, Instant endedAt) {
    Recording recording = Recording.start(id, order, endedAt.minus(Duration.ofHours(1)), false);
    recording.end(endedAt);
    inTransaction(
        em -> {
          new JpaRecordingRepository(em).add(recording);
          return null;
        });
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }
}

package com.meike.privacy.recording.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.recording.domain.session.AppVersion;
import com.meike.privacy.recording.domain.session.AppVersionReport;
import com.meike.privacy.recording.domain.session.CustomerConsent;
import com.meike.privacy.recording.domain.session.FailureCause;
import com.meike.privacy.recording.domain.session.NotStartedReason;
import com.meike.privacy.recording.domain.session.RecordingSession;
import com.meike.privacy.recording.domain.session.SessionState;
import com.meike.privacy.recording.domain.session.StartRules;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V3, V4 and the session mappings ({@code validate}); sessions of every state round-trip on H2; an
 * order has at most one recording session, and its arrivals lock one row.
 */
class RecordingSessionsOnH2Test {

  static final Instant NOW = Instant.parse("2026-12-10T08:00:00Z");
  static final String ORDER = "MK2026112900000123";

  ContextDatabase db;
  EntityManagerFactory emf;

  @BeforeEach
  void migratedDatabase() {
    db =
        ContextDatabase.of(
            "recording", RecordingSession.class, AppVersionReport.class, OrderArrivalLock.class);
    emf = db.emf();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void sessionsOfEveryStateAreStoredWithTheirReasonOrCause() {
    RecordingSession implied =
        session(
            "s-implied",
            new StartRules.Outcome(Optional.empty(), CustomerConsent.IMPLIED),
            Optional.of(new RecordingSession.ImpliedConsent("b-1", NOW.minusSeconds(60))));
    RecordingSession refused =
        session(
            "s-refused",
            new StartRules.Outcome(Optional.of(NotStartedReason.RECORDING_OFF_IN_CITY), null),
            Optional.empty());
    inTransaction(
        em -> {
          JpaRecordingSessionRepository repository = new JpaRecordingSessionRepository(em);
          repository.add(implied);
          repository.add(refused);
          new JpaAppVersionReports(em)
              .add(new AppVersionReport("c-1", AppVersion.parse("5.1", "v"), NOW));
          return null;
        });
    inTransaction(
        em -> {
          RecordingSession locked =
              new JpaRecordingSessionRepository(em).lock("s-implied").orElseThrow();
          locked.closingSegmentStored();
          locked.fail(FailureCause.DEVICE, NOW);
          return null;
        });

    inTransaction(
        em -> {
          JpaRecordingSessionRepository repository = new JpaRecordingSessionRepository(em);
          RecordingSession failed = repository.find("s-implied").orElseThrow();
          assertThat(failed.state()).isEqualTo(SessionState.FAILED);
          assertThat(failed.failureCause()).contains(FailureCause.DEVICE);
          assertThat(failed.impliedConsent())
              .contains(new RecordingSession.ImpliedConsent("b-1", NOW.minusSeconds(60)));
          assertThat(repository.find("s-refused").orElseThrow().notStartedReason())
              .contains(NotStartedReason.RECORDING_OFF_IN_CITY);
          assertThat(repository.recordingOf(ORDER)).isEmpty();
          assertThat(new JpaAppVersionReports(em).find("c-1").orElseThrow().appVersion().text())
              .isEqualTo("5.1");
          return null;
        });
  }

  @Test
  void theRecordingSessionOfAnOrderIsFoundAndListed() {
    RecordingSession live =
        session(
            "s-live",
            new StartRules.Outcome(Optional.empty(), CustomerConsent.LEDGER),
            Optional.empty());
    inTransaction(
        em -> {
          new JpaRecordingSessionRepository(em).add(live);
          return null;
        });

    inTransaction(
        em -> {
          JpaRecordingSessionRepository repository = new JpaRecordingSessionRepository(em);
          assertThat(repository.recordingOf(ORDER).map(RecordingSession::id)).contains("s-live");
          assertThat(repository.recording(10, 0)).containsExactly("s-live");
          return null;
        });
  }

  @Test
  void theDatabaseRefusesASecondRecordingSessionOfAnOrderButKeepsEndedAndNotStartedOnes() {
    StartRules.Outcome records = new StartRules.Outcome(Optional.empty(), CustomerConsent.LEDGER);
    inTransaction(
        em -> {
          new JpaRecordingSessionRepository(em).add(session("s-first", records, Optional.empty()));
          return null;
        });

    assertThatThrownBy(
            () ->
                inTransaction(
                    em -> {
                      new JpaRecordingSessionRepository(em)
                          .add(session("s-second", records, Optional.empty()));
                      return null;
                    }))
        .isInstanceOf(PersistenceException.class);

    inTransaction(
        em -> {
          JpaRecordingSessionRepository repository = new JpaRecordingSessionRepository(em);
          repository.add(
              session(
                  "s-refused",
                  new StartRules.Outcome(Optional.of(NotStartedReason.CUSTOMER_NO_CONSENT), null),
                  Optional.empty()));
          RecordingSession first = repository.lock("s-first").orElseThrow();
          first.closingSegmentStored();
          first.finish(NOW);
          return null;
        });
    inTransaction(
        em -> {
          new JpaRecordingSessionRepository(em).add(session("s-next", records, Optional.empty()));
          return null;
        });
    inTransaction(
        em -> {
          assertThat(
                  new JpaRecordingSessionRepository(em)
                      .recordingOf(ORDER)
                      .map(RecordingSession::id))
              .contains("s-next");
          return null;
        });
  }

  @Test
  void theDigestsOfStoredChunksAreKeptSoARetryIsToldApartFromOtherAudio() {
    inTransaction(
        em -> {
          new JpaRecordingSessionRepository(em)
              .add(
                  session(
                      "s-chunks",
                      new StartRules.Outcome(Optional.empty(), CustomerConsent.LEDGER),
                      Optional.empty()));
          return null;
        });
    inTransaction(
        em -> {
          RecordingSession session =
              new JpaRecordingSessionRepository(em).lock("s-chunks").orElseThrow();
          session.chunkStored(
              (RecordingSession.ChunkStep.Append) session.chunk(0, new byte[] {1, 2, 3, 4}, 4));
          session.chunkStored(
              (RecordingSession.ChunkStep.Append) session.chunk(1, new byte[] {5, 6}, 4));
          return null;
        });

    inTransaction(
        em -> {
          RecordingSession session =
              new JpaRecordingSessionRepository(em).lock("s-chunks").orElseThrow();
          assertThat(session.chunk(0, new byte[] {1, 2, 3, 4}, 4))
              .isInstanceOf(RecordingSession.ChunkStep.AlreadyStored.class);
          assertThatThrownBy(() -> session.chunk(1, new byte[] {5, 7}, 4))
              .hasMessageContaining("chunk 1 was already stored with different content");
          return null;
        });
  }

  @Test
  void arrivalsForOneOrderHoldItsLockOneAfterTheOther() {
    inTransaction(
        em -> {
          JpaRecordingSessionRepository repository = new JpaRecordingSessionRepository(em);
          assertThat(repository.lockOrder(ORDER)).as("no lock before the first arrival").isFalse();
          repository.addOrderLock(ORDER, NOW);
          return null;
        });
    assertThatThrownBy(
            () ->
                inTransaction(
                    em -> {
                      new JpaRecordingSessionRepository(em).addOrderLock(ORDER, NOW);
                      return null;
                    }))
        .as("a first arrival at the same moment finds the lock created")
        .isInstanceOf(PersistenceException.class);

    try (EntityManager first = emf.createEntityManager();
        EntityManager second = emf.createEntityManager()) {
      first.getTransaction().begin();
      assertThat(new JpaRecordingSessionRepository(first).lockOrder(ORDER)).isTrue();
      second.getTransaction().begin();
      assertThatThrownBy(() -> new JpaRecordingSessionRepository(second).lockOrder(ORDER))
          .as("the second arrival waits while the first holds the lock")
          .isInstanceOf(PersistenceException.class);
      second.getTransaction().rollback();
      first.getTransaction().commit();
    }
    assertThat(
            (boolean) inTransaction(em -> new JpaRecordingSessionRepository(em).lockOrder(ORDER)))
        .isTrue();
    assertThat(
            (boolean)
                inTransaction(
                    em -> new JpaRecordingSessionRepository(em).lockOrder("MK2026112900000999")))
        .isFalse();
  }

  private static RecordingSession session(
      String id, StartRules.Outcome outcome, Optional<RecordingSession.ImpliedConsent> implied) {
    return RecordingSession.arrive(
        id,
        ORDER,
        "b-1",
        "c-1",
        AppVersion.parse("6.0", "v"),
        Optional.of(AppVersion.parse("5.1", "v")),
        outcome,
        implied,
        NOW);
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }
}

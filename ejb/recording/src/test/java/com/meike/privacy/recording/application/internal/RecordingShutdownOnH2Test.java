package com.meike.privacy.recording.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.rights.DisposalDigest;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.kernel.rights.ServiceScope;
import com.meike.privacy.recording.application.internal.RetentionSweepOnH2Test.RecordedAudit;
import com.meike.privacy.recording.domain.audio.AudioVault;
import com.meike.privacy.recording.domain.audio.MasterKeyRing;
import com.meike.privacy.recording.domain.retention.LegalHold;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.domain.retention.RecordingStatus;
import com.meike.privacy.recording.domain.session.AppVersion;
import com.meike.privacy.recording.domain.session.CustomerConsent;
import com.meike.privacy.recording.domain.session.NotStartedReason;
import com.meike.privacy.recording.domain.session.RecordingSession;
import com.meike.privacy.recording.domain.session.StartRules;
import com.meike.privacy.recording.infrastructure.persistence.jpa.JpaLegalHoldRepository;
import com.meike.privacy.recording.infrastructure.persistence.jpa.JpaRecordingRepository;
import com.meike.privacy.recording.infrastructure.persistence.jpa.JpaRecordingSessionRepository;
import com.meike.privacy.recording.infrastructure.persistence.jpa.OrderArrivalLock;
import com.meike.privacy.recording.infrastructure.storage.FileSystemRecordingStore;
import com.meike.privacy.recording.infrastructure.storage.RecordingAudio;
import com.meike.privacy.testsupport.ContextDatabase;
import com.meike.privacy.testsupport.MovableClock;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SHUT-1 in the recording context, on the real schema (H2), the real JPA repositories and the real
 * sealed file store: visit recording in Hangzhou shuts down — whom it concerns, the destruction of
 * the city's recordings through the retention's own path before their period ends, the sessions
 * deleted, a legal hold kept, Shanghai untouched, and the count of what is left in every store.
 */
@Tag("SHUT-1")
class RecordingShutdownOnH2Test {

  static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
  static final ServiceScope HANGZHOU =
      new ServiceScope("recording.hangzhou", Set.of("service.recording"), "Hangzhou", Set.of());

  @TempDir Path dir;
  ContextDatabase db;
  final MovableClock clock = new MovableClock(START);
  final RecordedAudit audit = new RecordedAudit();
  AudioVault vault;

  @BeforeEach
  void migratedDatabase() {
    db =
        ContextDatabase.of(
            "recording",
            Recording.class,
            LegalHold.class,
            RecordingSession.class,
            OrderArrivalLock.class);
    vault =
        new AudioVault(
            MasterKeyRing.of("k1", Base64.getEncoder().encodeToString(new byte[32]), Map.of()),
            new FileSystemRecordingStore(dir),
            16);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName(
      "SHUT-1: a city's recording shutdown names the customers and beauticians of the city's sessions, a page at a time; never another city's")
  void subjectsOfTheCity() {
    recorded("s-h1", "MK2026120100000001", "Hangzhou", "c-1", "b-1", false);
    notStarted("s-h2", "MK2026120100000002", "Hangzhou", "c-2", "b-1");
    recorded("s-h3", "MK2026120100000003", "hangzhou ", "c-3", "b-2", false);
    recorded("s-s1", "MK2026120100000004", "Shanghai", "c-9", "b-9", false);

    assertThat(this.<List<String>>inTransaction(em -> holder(em).subjectsFor(HANGZHOU, null, 10)))
        .containsExactly("b-1", "b-2", "c-1", "c-2", "c-3");
    assertThat(this.<List<String>>inTransaction(em -> holder(em).subjectsFor(HANGZHOU, null, 2)))
        .containsExactly("b-1", "b-2");
    assertThat(this.<List<String>>inTransaction(em -> holder(em).subjectsFor(HANGZHOU, "c-1", 10)))
        .containsExactly("c-2", "c-3");
    assertThat(
            this.<List<String>>inTransaction(
                em ->
                    holder(em)
                        .subjectsFor(
                            ServiceScope.of("feature.face-login", Set.of("identity.biometric")),
                            null,
                            10)))
        .as("a service that does not record concerns nobody here")
        .isEmpty();
    ServiceScope homeVisit =
        new ServiceScope(
            "home-visit.hangzhou",
            Set.of("profile.basic", "payment.transactions"),
            "Hangzhou",
            Set.of());
    PersonalDataHolder.BatchErasure nothing =
        inTransaction(
            em -> holder(em).eraseForAll(List.of("b-1", "c-1"), homeVisit, "shutdown", "system"));
    assertThat(nothing.deleted())
        .as("a service that does not record disposes of nothing here, and returns")
        .isZero();
    assertThat(nothing.kept()).singleElement().asString().contains("nothing held only for");
    assertThat(sessionIds()).contains("s-h1", "s-h2", "s-h3");
  }

  @Test
  @DisplayName(
      "SHUT-1: on the shutdown date the city's recordings are destroyed by the retention's destruction path (key and audio gone, audited), the sessions deleted, a held recording kept, Shanghai untouched; verification counts zero; a second pass changes nothing")
  void cityDisposed() {
    seedTheCities();
    for (String subject : PEOPLE) {
      inTransaction(
          em ->
              holder(em)
                  .eraseFor(subject, HANGZHOU, "service shutdown recording.hangzhou", "system"));
    }

    assertTheCityDisposed();
    assertThat(audit.actions("recording.disposed-for-shutdown"))
        .as(
            "the beautician of both sessions disposed of them, the customer of the held one found"
                + " it kept; the other customers found nothing left")
        .containsExactly("recording.hangzhou", "recording.hangzhou", "recording.hangzhou");
  }

  @Test
  @DisplayName(
      "SHUT-1 at size: the whole page of people at once leaves exactly what one person at a time leaves, with one audit entry for the batch naming the people's range and the digest of the deleted sessions")
  void cityDisposedAsOneBatch() {
    seedTheCities();

    PersonalDataHolder.BatchErasure batch =
        inTransaction(
            em ->
                holder(em)
                    .eraseForAll(
                        PEOPLE, HANGZHOU, "service shutdown recording.hangzhou", "system"));

    assertThat(batch.deleted()).as("one recording destroyed, two sessions deleted").isEqualTo(3);
    assertTheCityDisposed();
    assertThat(audit.details("recording.disposed-for-shutdown"))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d)
                    .contains("1 recording(s) destroyed, 2 session(s) deleted ")
                    .contains(DisposalDigest.of(List.of("s-h1", "s-h2")).toString())
                    .contains("1 held")
                    .contains("5 people [b-1..c-3]"));
  }

  static final List<String> PEOPLE = List.of("b-1", "b-2", "c-1", "c-2", "c-3");

  /** Two cities' sessions; Hangzhou's checked before anything is disposed. */
  void seedTheCities() {
    recorded("s-h1", "MK2026120100000001", "Hangzhou", "c-1", "b-1", false);
    notStarted("s-h2", "MK2026120100000002", "Hangzhou", "c-2", "b-1");
    recorded("s-h3", "MK2026120100000003", "Hangzhou", "c-3", "b-2", true);
    recorded("s-s1", "MK2026120100000004", "Shanghai", "c-1", "b-1", false);
    clock.advance(Duration.ofHours(1)); // long before the 7-day retention ends

    PersonalDataHolder.Remaining before = inTransaction(em -> holder(em).remainingFor(HANGZHOU));
    assertThat(before.left()).containsValues(2L, 1L, 1L);
    assertThat(before.leftTotal()).isEqualTo(4);
  }

  void assertTheCityDisposed() {
    assertThat(vault.exists("s-h1")).as("the Hangzhou recording's key is gone").isFalse();
    assertThat(vault.holdsAnything("s-h1")).as("and its audio").isFalse();
    assertThat(status("s-h1")).isEqualTo(RecordingStatus.DESTROYED);
    assertThat(audit.details("recording.destroyed"))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d)
                    .contains("before its retention period ended")
                    .contains("recording.hangzhou"));
    assertThat(vault.exists("s-h3")).as("a held recording is kept (REC-6)").isTrue();
    assertThat(vault.exists("s-s1")).as("Shanghai's recording is not the service's").isTrue();
    assertThat(status("s-s1")).isEqualTo(RecordingStatus.ENDED);
    assertThat(sessionIds()).containsExactlyInAnyOrder("s-h3", "s-s1");

    PersonalDataHolder.Remaining after = inTransaction(em -> holder(em).remainingFor(HANGZHOU));
    assertThat(after.leftTotal()).isZero();
    assertThat(after.kept()).containsValues(1L, 1L);
    PersonalDataHolder.Erasure again =
        this.<PersonalDataHolder.Erasure>inTransaction(
            em -> holder(em).eraseFor("c-1", HANGZHOU, "again", "system"));
    assertThat(again.deleted()).isZero();
  }

  RecordingPersonalData holder(EntityManager em) {
    RecordingPersonalData holder = new RecordingPersonalData();
    holder.recordings = new JpaRecordingRepository(em);
    holder.sessions = new JpaRecordingSessionRepository(em);
    DefaultRecordingRetention retention = new DefaultRecordingRetention();
    retention.recordings = holder.recordings;
    retention.holds = new JpaLegalHoldRepository(em);
    retention.orders = FakeOrders.of("MK2026120100000001");
    retention.auditTrail = audit;
    retention.audio = new RecordingAudio(vault);
    retention.epochs =
        new com.meike.privacy.recording.infrastructure.persistence.jpa.JpaKeyEpochs(em);
    retention.clock = clock;
    retention.retention = Duration.ofDays(7);
    retention.claimTimeout = Duration.ofHours(1);
    holder.retention = retention;
    holder.audio = new RecordingAudio(vault);
    holder.auditTrail = audit;
    return holder;
  }

  void recorded(
      String id, String order, String city, String customer, String beautician, boolean held) {
    vault.begin(id);
    vault.appendSegment(id, 0, new byte[] {1, 2, 3}, true);
    inTransaction(
        em -> {
          RecordingSession session =
              RecordingSession.arrive(
                  id,
                  order,
                  beautician,
                  customer,
                  AppVersion.parse("6.0", "v"),
                  Optional.of(AppVersion.parse("5.1", "v")),
                  new StartRules.Outcome(Optional.empty(), CustomerConsent.LEDGER),
                  Optional.empty(),
                  clock.instant());
          session.locate(city);
          new JpaRecordingSessionRepository(em).add(session);
          Recording recording = Recording.start(id, order, clock.instant(), held);
          recording.end(clock.instant());
          new JpaRecordingRepository(em).add(recording);
          return null;
        });
  }

  void notStarted(String id, String order, String city, String customer, String beautician) {
    inTransaction(
        em -> {
          RecordingSession session =
              RecordingSession.arrive(
                  id,
                  order,
                  beautician,
                  customer,
                  AppVersion.parse("6.0", "v"),
                  Optional.empty(),
                  new StartRules.Outcome(Optional.of(NotStartedReason.RECORDING_OFF_IN_CITY), null),
                  Optional.empty(),
                  clock.instant());
          session.locate(city);
          new JpaRecordingSessionRepository(em).add(session);
          return null;
        });
  }

  RecordingStatus status(String id) {
    return inTransaction(em -> new JpaRecordingRepository(em).find(id).orElseThrow().status());
  }

  List<String> sessionIds() {
    return inTransaction(
        em -> em.createQuery("select s.id from RecordingSession s", String.class).getResultList());
  }

  <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }
}

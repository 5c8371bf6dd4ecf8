package com.meike.privacy.recording.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.recording.application.Arrival;
import com.meike.privacy.recording.application.ArrivalRequest;
import com.meike.privacy.recording.application.ChunkReceipt;
import com.meike.privacy.recording.application.RecordingSessions;
import com.meike.privacy.recording.application.SessionView;
import com.meike.privacy.recording.domain.audio.AudioVault;
import com.meike.privacy.recording.domain.audio.MasterKeyRing;
import com.meike.privacy.recording.domain.retention.RecordingStatus;
import com.meike.privacy.recording.domain.session.AppVersion;
import com.meike.privacy.recording.domain.session.AppVersionReport;
import com.meike.privacy.recording.domain.session.AppVersionReports;
import com.meike.privacy.recording.domain.session.RecordingSession;
import com.meike.privacy.recording.domain.session.RecordingSessionRepository;
import com.meike.privacy.recording.domain.session.SessionState;
import com.meike.privacy.recording.infrastructure.storage.FileSystemRecordingStore;
import com.meike.privacy.recording.infrastructure.storage.RecordingAudio;
import com.meike.privacy.testsupport.MovableClock;
import jakarta.ejb.SessionContext;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/**
 * REC-1..3, REC-10 through the service: arrival decides whether to record, chunks are sealed into
 * the audio store once each, the end is sealed on finish, failure or the stop after the service,
 * and the recording then follows retention.
 */
class DefaultRecordingSessionsTest {

  static final String ORDER = "MK2026112900000123";
  static final String CUSTOMER = "c-1";
  static final String BEAUTICIAN = "b-1";
  static final Instant START = Instant.parse("2026-11-29T08:00:00Z");
  static final int SEGMENT = 4;

  @TempDir Path dir;
  final MovableClock clock = new MovableClock(START);
  final InMemorySessions sessions = new InMemorySessions();
  final InMemoryVersions versions = new InMemoryVersions();
  final InMemoryRetention.Recordings recordings = new InMemoryRetention.Recordings();
  final InMemoryRetention.Holds holds = new InMemoryRetention.Holds();
  final FakeOrders orders = new FakeOrders().assigned(ORDER, "Shanghai", CUSTOMER, BEAUTICIAN);
  final ConsentCheck consent = mock(ConsentCheck.class);
  final AuditTrail auditTrail = mock(AuditTrail.class);
  final RefusalRecorder refusals = mock(RefusalRecorder.class);
  final DefaultRecordingSessions service = new DefaultRecordingSessions();
  AudioVault vault;

  @BeforeEach
  void wire() {
    vault =
        new AudioVault(
            MasterKeyRing.of("k1", Base64.getEncoder().encodeToString(new byte[32]), Map.of()),
            new FileSystemRecordingStore(dir),
            SEGMENT);
    service.sessions = sessions;
    service.versions = versions;
    service.recordings = recordings;
    service.holds = holds;
    service.orders = orders;
    service.consent = consent;
    service.audio = new RecordingAudio(vault);
    service.auditTrail = auditTrail;
    service.refusals = refusals;
    service.arrivalLocks = new OrderArrivalLocks();
    service.arrivalLocks.sessions = sessions;
    service.arrivalLocks.clock = clock;
    service.clock = clock;
    service.context = mock(SessionContext.class);
    when(service.context.getBusinessObject(RecordingSessions.class)).thenReturn(service);
    service.enabledCities = Set.of("Shanghai");
    service.minimumVersion = AppVersion.parse("5.0", "v");
    service.stopAfter = Duration.ofMinutes(10);
    service.maxChunkBytes = 64;
    consents(BEAUTICIAN, DecisionReason.CONSENT_GIVEN);
    consents(CUSTOMER, DecisionReason.CONSENT_GIVEN);
    service.reportAppVersion(CUSTOMER, "5.1");
  }

  void consents(String who, DecisionReason reason) {
    when(consent.may(SubjectId.of(who), PurposeCode.of(DefaultRecordingSessions.PURPOSE)))
        .thenReturn(Decision.of(reason, 1L));
  }

  SessionView arrive() {
    return service.arrive(new ArrivalRequest(ORDER, "6.0.1", null), BEAUTICIAN).session();
  }

  @Test
  void uploadedChunksPlayBackExactlyAfterFinishAndRetentionStartsAtTheEnd() throws Exception {
    SessionView session = arrive();
    assertThat(session.state()).isEqualTo("RECORDING");
    assertThat(session.customerConsent()).isEqualTo("LEDGER");
    assertThat(recordings.find(session.id()).orElseThrow().status())
        .isEqualTo(RecordingStatus.RECORDING);

    service.storeChunk(session.id(), 0, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, BEAUTICIAN);
    ChunkReceipt again =
        service.storeChunk(session.id(), 0, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, BEAUTICIAN);
    assertThat(again.stored()).isFalse();
    service.storeChunk(session.id(), 1, new byte[] {9, 10, 11, 12}, BEAUTICIAN);
    clock.advance(Duration.ofMinutes(30));
    SessionView finished = service.finish(session.id(), BEAUTICIAN);

    assertThat(finished.state()).isEqualTo("STOPPED");
    assertThat(finished.stopReason()).isEqualTo("FINISHED");
    assertThat(finished.storedBytes()).isEqualTo(12);
    assertThat(vault.length(session.id())).isEqualTo(12);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    vault.copyRange(session.id(), 0, 12, out);
    assertThat(out.toByteArray()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(recordings.find(session.id()).orElseThrow().status())
        .isEqualTo(RecordingStatus.ENDED);
    assertThat(recordings.find(session.id()).orElseThrow().endedAt()).contains(clock.instant());
    assertThat(service.finish(session.id(), BEAUTICIAN).state())
        .as("finishing again changes nothing")
        .isEqualTo("STOPPED");
    assertThat(actions())
        .contains(
            "recording.session.started", "recording.chunk.stored", "recording.session.stopped");
  }

  @Test
  void aGapIsRefusedAndTheSessionNamesTheChunkItExpects() {
    SessionView session = arrive();
    service.storeChunk(session.id(), 0, new byte[] {1, 2, 3, 4}, BEAUTICIAN);

    DomainException gap =
        catchThrowableOfType(
            DomainException.class,
            () -> service.storeChunk(session.id(), 2, new byte[] {1, 2, 3, 4}, BEAUTICIAN));
    assertThat(gap.kind()).isEqualTo(Kind.CONFLICT);
    assertThat(service.session(session.id(), BEAUTICIAN).expectedChunk()).isEqualTo(1);
  }

  @Test
  void aWriteThatWasNeverConfirmedIsReplacedByTheRetry() throws Exception {
    SessionView session = arrive();
    service.storeChunk(session.id(), 0, new byte[] {1, 2, 3, 4}, BEAUTICIAN);
    // a crash after the audio was written but before the chunk was recorded leaves a stray segment
    vault.appendSegment(session.id(), 1, new byte[] {66, 66, 66, 66}, false);

    service.storeChunk(session.id(), 1, new byte[] {5, 6}, BEAUTICIAN);
    service.finish(session.id(), BEAUTICIAN);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    vault.copyRange(session.id(), 0, vault.length(session.id()), out);
    assertThat(out.toByteArray()).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void theSessionStopsTheConfiguredTimeAfterTheServiceEndsAndRefusesLaterAudio() {
    SessionView session = arrive();
    service.storeChunk(session.id(), 0, new byte[] {1, 2, 3, 4}, BEAUTICIAN);
    Instant completed = clock.instant().plus(Duration.ofMinutes(50));
    clock.advance(Duration.ofMinutes(55));
    orders.completed(ORDER, completed);

    service.storeChunk(session.id(), 1, new byte[] {5, 6, 7, 8}, BEAUTICIAN);
    clock.advance(Duration.ofMinutes(5));
    DomainException late =
        catchThrowableOfType(
            DomainException.class,
            () -> service.storeChunk(session.id(), 2, new byte[] {9}, BEAUTICIAN));

    assertThat(late.kind()).isEqualTo(Kind.CONFLICT);
    SessionView stopped = service.session(session.id(), BEAUTICIAN);
    assertThat(stopped.state()).isEqualTo("STOPPED");
    assertThat(stopped.stopReason()).isEqualTo("SERVICE_ENDED");
    assertThat(stopped.stoppedAt()).isEqualTo(completed.plus(Duration.ofMinutes(10)));
    assertThat(vault.length(session.id())).isEqualTo(8);
    assertThat(recordings.find(session.id()).orElseThrow().endedAt())
        .contains(completed.plus(Duration.ofMinutes(10)));
  }

  @Test
  void theStopTimerStopsSessionsNobodyTouches() {
    SessionView session = arrive();
    orders.completed(ORDER, clock.instant());
    SessionStopTimer timer = new SessionStopTimer();
    timer.sessions = service;

    assertThat(timer.sweep()).isZero();
    clock.advance(Duration.ofMinutes(10));
    assertThat(timer.sweep()).isEqualTo(1);
    assertThat(sessions.find(session.id()).orElseThrow().state()).isEqualTo(SessionState.STOPPED);
    assertThat(vault.length(session.id())).as("an empty recording is sealed too").isZero();
  }

  @Test
  void aReportedFailureIsAStateWithItsCauseAndKeepsTheAudio() {
    SessionView session = arrive();
    service.storeChunk(session.id(), 0, new byte[] {1, 2, 3, 4}, BEAUTICIAN);

    SessionView failed = service.fail(session.id(), "NETWORK", BEAUTICIAN);

    assertThat(failed.state()).isEqualTo("FAILED");
    assertThat(failed.failureCause()).isEqualTo("NETWORK");
    assertThat(recordings.find(session.id()).orElseThrow().status())
        .isEqualTo(RecordingStatus.FAILED);
    assertThat(vault.length(session.id())).isEqualTo(4);
    assertThat(
            catchThrowableOfType(
                    DomainException.class, () -> service.fail(session.id(), "WEATHER", BEAUTICIAN))
                .field())
        .isEqualTo("cause");
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () -> service.storeChunk(session.id(), 1, new byte[] {1}, BEAUTICIAN))
                .kind())
        .isEqualTo(Kind.CONFLICT);
  }

  @Test
  void withoutTheCustomersConsentTheSessionIsKeptAsNotStartedWithTheReason() {
    consents(CUSTOMER, DecisionReason.NO_CONSENT);

    SessionView session = arrive();

    assertThat(session.state()).isEqualTo("NOT_STARTED");
    assertThat(session.notStartedReason()).isEqualTo("CUSTOMER_NO_CONSENT");
    assertThat(recordings.find(session.id())).isEmpty();
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () -> service.storeChunk(session.id(), 0, new byte[] {1}, BEAUTICIAN))
                .kind())
        .isEqualTo(Kind.CONFLICT);
    assertThat(actions()).contains("recording.session.not-started");
  }

  @Test
  void forAnOrderPlacedForSomebodyElseThePersonServedDecidesNotTheCustomer() {
    orders.assignedFor("MK2026112900000456", "Shanghai", CUSTOMER, "r-1", BEAUTICIAN);
    consents("r-1", DecisionReason.NO_CONSENT);

    SessionView refused =
        service.arrive(new ArrivalRequest("MK2026112900000456", "6.0", null), BEAUTICIAN).session();

    assertThat(refused.state()).isEqualTo("NOT_STARTED");
    assertThat(refused.notStartedReason()).isEqualTo("CUSTOMER_NO_CONSENT");

    consents("r-1", DecisionReason.CONSENT_GIVEN);
    SessionView recording =
        service.arrive(new ArrivalRequest("MK2026112900000456", "6.0", null), BEAUTICIAN).session();

    assertThat(recording.state()).isEqualTo("RECORDING");
  }

  @Test
  void impliedConsentRecordsWhoToldTheCustomerAndWhen() {
    consents(CUSTOMER, DecisionReason.NO_CONSENT);
    Instant told = START.minus(Duration.ofMinutes(3));

    SessionView session =
        service.arrive(new ArrivalRequest(ORDER, "6.0", told), BEAUTICIAN).session();

    assertThat(session.state()).isEqualTo("RECORDING");
    assertThat(session.customerConsent()).isEqualTo("IMPLIED");
    assertThat(session.impliedConsentToldBy()).isEqualTo(BEAUTICIAN);
    assertThat(session.impliedConsentToldAt()).isEqualTo(told);
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () ->
                        service.arrive(
                            new ArrivalRequest(ORDER, "6.0", START.plus(Duration.ofHours(1))),
                            BEAUTICIAN))
                .field())
        .isEqualTo("impliedConsentToldAt");
  }

  @Test
  void theCustomersAppVersionComesFromItsOwnLastReport() {
    versions.byAccount.clear();
    assertThat(arrive().notStartedReason()).isEqualTo("CUSTOMER_APP_UNKNOWN");
    service.reportAppVersion(CUSTOMER, "4.2");
    assertThat(arrive().notStartedReason()).isEqualTo("CUSTOMER_APP_TOO_OLD");
    service.reportAppVersion(CUSTOMER, "5.0");
    assertThat(arrive().state()).isEqualTo("RECORDING");
    Arrival again = service.arrive(new ArrivalRequest(ORDER, "6.0.1", null), BEAUTICIAN);
    assertThat(again.opened()).as("arriving again opens nothing").isFalse();
    assertThat(again.session().state())
        .as("arriving again returns the running session")
        .isEqualTo("RECORDING");
    assertThat(sessions.byId.values().stream().filter(s -> s.state() == SessionState.RECORDING))
        .hasSize(1);
    assertThat(sessions.orderLocks)
        .as("arrivals for the order lock one row")
        .containsExactly(ORDER);
  }

  @Test
  void aRetriedChunkWithDifferentContentIsRefusedAndTheStoredAudioStays() throws Exception {
    SessionView session = arrive();
    service.storeChunk(session.id(), 0, new byte[] {1, 2, 3, 4}, BEAUTICIAN);

    assertThat(service.storeChunk(session.id(), 0, new byte[] {1, 2, 3, 4}, BEAUTICIAN).stored())
        .isFalse();
    DomainException different =
        catchThrowableOfType(
            DomainException.class,
            () -> service.storeChunk(session.id(), 0, new byte[] {4, 3, 2, 1}, BEAUTICIAN));
    assertThat(different.kind()).isEqualTo(Kind.CONFLICT);
    assertThat(different.getMessage())
        .isEqualTo("chunk 0 was already stored with different content");

    service.finish(session.id(), BEAUTICIAN);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    vault.copyRange(session.id(), 0, 4, out);
    assertThat(out.toByteArray()).containsExactly(1, 2, 3, 4);
  }

  @Test
  void aFirstArrivalThatFindsTheOrdersLockCreatedAtTheSameMomentGoesOn() {
    service.arrivalLocks.create(ORDER);
    service.arrivalLocks.create(ORDER);
    Arrival first = service.arrive(new ArrivalRequest(ORDER, "6.0.1", null), BEAUTICIAN);
    assertThat(first.opened()).isTrue();
    assertThat(first.session().state()).isEqualTo("RECORDING");
  }

  @Test
  void onlyTheAssignedBeauticianArrivesAndOnlyThemTouchTheirSession() {
    DomainException stranger =
        catchThrowableOfType(
            DomainException.class,
            () -> service.arrive(new ArrivalRequest(ORDER, "6.0", null), "b-2"));
    assertThat(stranger.kind()).isEqualTo(Kind.FORBIDDEN);

    SessionView session = arrive();
    DomainException other =
        catchThrowableOfType(
            DomainException.class,
            () -> service.storeChunk(session.id(), 0, new byte[] {1}, "b-2"));
    assertThat(other.kind()).isEqualTo(Kind.NOT_FOUND);
    ArgumentCaptor<AuditEvent> refused = ArgumentCaptor.forClass(AuditEvent.class);
    verify(refusals, atLeastOnce()).record(refused.capture());
    assertThat(refused.getAllValues())
        .extracting(AuditEvent::action)
        .contains("recording.session.arrival-refused", "recording.session.refused");
    assertThat(
            catchThrowableOfType(
                    DomainException.class, () -> service.session("no-such", BEAUTICIAN))
                .kind())
        .isEqualTo(Kind.NOT_FOUND);
  }

  @Test
  void badArrivalsAreRefusedNamingTheField() {
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () -> service.arrive(new ArrivalRequest("12345", "6.0", null), BEAUTICIAN))
                .field())
        .isEqualTo("orderNumber");
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () ->
                        service.arrive(
                            new ArrivalRequest("MK2026112900000999", "6.0", null), BEAUTICIAN))
                .field())
        .isEqualTo("orderNumber");
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () -> service.arrive(new ArrivalRequest(ORDER, "latest", null), BEAUTICIAN))
                .field())
        .isEqualTo("appVersion");
    orders.completed(ORDER, START);
    assertThat(catchThrowableOfType(DomainException.class, this::arrive).kind())
        .isEqualTo(Kind.CONFLICT);
  }

  @Test
  void aLegalHoldOnTheOrderCoversTheNewRecording() {
    holds.add(
        com.meike.privacy.recording.domain.retention.LegalHold.place(
            "h-1", ORDER, "Customer complaint about the visit", "cs.head", START));
    SessionView session = arrive();
    assertThat(recordings.find(session.id()).orElseThrow().held()).isTrue();
  }

  List<String> actions() {
    ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
    verify(auditTrail, atLeastOnce()).record(events.capture());
    return events.getAllValues().stream().map(AuditEvent::action).toList();
  }

  static final class InMemorySessions implements RecordingSessionRepository {
    final Map<String, RecordingSession> byId = new LinkedHashMap<>();
    final Set<String> orderLocks = new java.util.HashSet<>();

    @Override
    public Optional<RecordingSession> find(String id) {
      return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    @Override
    public Optional<RecordingSession> lock(String id) {
      return find(id);
    }

    @Override
    public void add(RecordingSession session) {
      byId.put(session.id(), session);
    }

    @Override
    public boolean lockOrder(String orderNumber) {
      return orderLocks.contains(orderNumber);
    }

    @Override
    public void addOrderLock(String orderNumber, Instant now) {
      if (!orderLocks.add(orderNumber)) {
        throw new jakarta.persistence.EntityExistsException(
            "the arrival lock of " + orderNumber + " exists");
      }
    }

    @Override
    public Optional<RecordingSession> recordingOf(String orderNumber) {
      return byId.values().stream()
          .filter(s -> s.orderNumber().equals(orderNumber) && s.state() == SessionState.RECORDING)
          .max(Comparator.comparing(RecordingSession::arrivedAt));
    }

    @Override
    public List<String> recording(int limit, int offset) {
      return byId.values().stream()
          .filter(s -> s.state() == SessionState.RECORDING)
          .map(RecordingSession::id)
          .skip(offset)
          .limit(limit)
          .toList();
    }

    @Override
    public List<String> subjectsIn(String city, String after, int limit) {
      throw new UnsupportedOperationException("shutdowns are tested on H2");
    }

    @Override
    public List<String> idsOfSubjectsIn(Collection<String> subjects, String city) {
      throw new UnsupportedOperationException("shutdowns are tested on H2");
    }

    @Override
    public int delete(Collection<String> ids) {
      throw new UnsupportedOperationException("shutdowns are tested on H2");
    }

    @Override
    public long[] countIn(String city) {
      throw new UnsupportedOperationException("shutdowns are tested on H2");
    }

    @Override
    public List<String> unheldIn(String city, int limit) {
      throw new UnsupportedOperationException("shutdowns are tested on H2");
    }
  }

  static final class InMemoryVersions implements AppVersionReports {
    final Map<String, AppVersionReport> byAccount = new LinkedHashMap<>();

    @Override
    public Optional<AppVersionReport> find(String accountId) {
      return Optional.ofNullable(byAccount.get(accountId));
    }

    @Override
    public void add(AppVersionReport report) {
      byAccount.put(report.accountId(), report);
    }

    @Override
    public int deleteFor(String accountId) {
      return byAccount.remove(accountId) == null ? 0 : 1;
    }
  }
}

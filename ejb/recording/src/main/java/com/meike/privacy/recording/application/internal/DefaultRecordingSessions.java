package com.meike.privacy.recording.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.order.application.OrderDirectory;
import com.meike.privacy.order.application.OrderFacts;
import com.meike.privacy.recording.application.Arrival;
import com.meike.privacy.recording.application.ArrivalRequest;
import com.meike.privacy.recording.application.ChunkReceipt;
import com.meike.privacy.recording.application.RecordingSessions;
import com.meike.privacy.recording.application.SessionView;
import com.meike.privacy.recording.domain.access.OrderNumber;
import com.meike.privacy.recording.domain.audio.AudioVault;
import com.meike.privacy.recording.domain.retention.LegalHold;
import com.meike.privacy.recording.domain.retention.LegalHoldRepository;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.domain.retention.RecordingRepository;
import com.meike.privacy.recording.domain.session.AppVersion;
import com.meike.privacy.recording.domain.session.AppVersionReport;
import com.meike.privacy.recording.domain.session.AppVersionReports;
import com.meike.privacy.recording.domain.session.CustomerLedger;
import com.meike.privacy.recording.domain.session.FailureCause;
import com.meike.privacy.recording.domain.session.RecordingSession;
import com.meike.privacy.recording.domain.session.RecordingSession.ChunkStep;
import com.meike.privacy.recording.domain.session.RecordingSessionRepository;
import com.meike.privacy.recording.domain.session.SessionState;
import com.meike.privacy.recording.domain.session.StartRules;
import com.meike.privacy.recording.infrastructure.storage.RecordingAudio;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;

/**
 * {@link RecordingSessions} with container-managed transactions. Audio is sealed by the {@link
 * AudioVault} before it reaches the store; the store is written inside the transaction that records
 * the chunk, and a write whose transaction did not commit is cut off by the next attempt (the
 * session's segment count is the truth). Arrivals for one order lock the order's arrival lock
 * first, and the database refuses a second recording session of an order (V4). Each operation on a
 * session first stops it, in a transaction of its own, when its order's service ended at least
 * {@value #STOP_AFTER} ago — so a chunk after the stop is refused even before the stop timer comes
 * by.
 *
 * <p>Configuration: {@value #ENABLED_CITIES} (comma-separated city names, default none: recording
 * is switched on city by city), {@value #MIN_APP_VERSION} (default {@code 5.0.0}), {@value
 * #STOP_AFTER} (ISO-8601 duration, default {@code PT10M}), {@value #MAX_CHUNK_BYTES} (default
 * 1048576).
 */
@Stateless
public class DefaultRecordingSessions implements RecordingSessions {

  public static final String ENABLED_CITIES = "meike.recording.enabled-cities";
  public static final String MIN_APP_VERSION = "meike.recording.min-app-version";
  public static final String STOP_AFTER = "meike.recording.stop-after";
  public static final String MAX_CHUNK_BYTES = "meike.recording.max-chunk-bytes";

  static final String PURPOSE = "service.recording";
  static final String SESSION = "recording-session";
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

  @Inject RecordingSessionRepository sessions;
  @Inject AppVersionReports versions;
  @Inject RecordingRepository recordings;
  @Inject LegalHoldRepository holds;
  @Inject OrderDirectory orders;
  @Inject ConsentCheck consent;

  /**
   * Services shut down (SHUT-1): no new session where recording in the order's city has stopped.
   */
  @Inject jakarta.enterprise.inject.Instance<com.meike.privacy.kernel.rights.CollectionStops> stops;

  @Inject RecordingAudio audio;
  @Inject AuditTrail auditTrail;
  @Inject RefusalRecorder refusals;
  @Inject OrderArrivalLocks arrivalLocks;
  @Inject Clock clock;
  @Inject Config config;
  @Resource SessionContext context;

  Set<String> enabledCities;
  AppVersion minimumVersion;
  Duration stopAfter;
  int maxChunkBytes;

  @PostConstruct
  void configure() {
    enabledCities =
        StartRules.cities(config.getOptionalValue(ENABLED_CITIES, String.class).orElse(""));
    minimumVersion =
        AppVersion.parse(
            config.getOptionalValue(MIN_APP_VERSION, String.class).orElse("5.0.0"),
            MIN_APP_VERSION);
    stopAfter = config.getOptionalValue(STOP_AFTER, Duration.class).orElse(Duration.ofMinutes(10));
    maxChunkBytes = config.getOptionalValue(MAX_CHUNK_BYTES, Integer.class).orElse(1024 * 1024);
  }

  @Override
  public void reportAppVersion(String accountId, String appVersion) {
    AppVersion version = AppVersion.parse(appVersion, "appVersion");
    report(accountId, version);
  }

  @Override
  public Arrival arrive(ArrivalRequest request, String beauticianId) {
    if (request == null) {
      throw DomainException.invalid("orderNumber", "is required");
    }
    OrderNumber number = OrderNumber.of(request.orderNumber());
    AppVersion beauticianApp = AppVersion.parse(request.appVersion(), "appVersion");
    Instant now = clock.instant();
    Optional<Instant> toldAt = Optional.ofNullable(request.impliedConsentToldAt());
    if (toldAt.isPresent() && toldAt.get().isAfter(now.plus(CLOCK_SKEW))) {
      throw DomainException.invalid(
          "impliedConsentToldAt", "the customer cannot have been told in the future");
    }
    OrderFacts order =
        orders
            .facts(number.value())
            .orElseThrow(
                () ->
                    DomainException.invalid("orderNumber", "no order with this number was placed"));
    if (order.beauticianId() == null || !order.beauticianId().equals(beauticianId)) {
      refusals.record(
          new AuditEvent(
              actor(beauticianId),
              "recording.session.arrival-refused",
              SESSION,
              order.orderNumber(),
              "not the beautician assigned to the order"));
      throw DomainException.forbidden(
          "only the beautician assigned to the order starts its recording session");
    }
    if (!order.active()) {
      throw DomainException.conflict("the order has ended (" + order.status() + ")");
    }
    if (stops != null && stops.isResolvable()) {
      stops.get().refuseIfStopped(java.util.List.of(PURPOSE), order.city());
    }
    lockArrivals(order.orderNumber());
    report(beauticianId, beauticianApp);
    Optional<RecordingSession> running = sessions.recordingOf(order.orderNumber());
    if (running.isPresent()) {
      return new Arrival(view(running.get()), false);
    }
    Optional<AppVersion> customerApp =
        versions.find(order.customerId()).map(AppVersionReport::appVersion);
    StartRules.Outcome outcome =
        new StartRules(enabledCities, minimumVersion)
            .decide(
                new StartRules.Arrival(
                    order.city(),
                    beauticianApp,
                    customerApp,
                    consent.may(SubjectId.of(beauticianId), PurposeCode.of(PURPOSE)).allowed(),
                    // the person served decides (a recipient named on the order, or a child through
                    // the guardian)
                    ledger(
                        consent.may(SubjectId.of(order.servedPersonId()), PurposeCode.of(PURPOSE))),
                    toldAt.isPresent()));
    String id = UUID.randomUUID().toString();
    RecordingSession session =
        RecordingSession.arrive(
            id,
            order.orderNumber(),
            beauticianId,
            order.servedPersonId(),
            beauticianApp,
            customerApp,
            outcome,
            toldAt.map(at -> new RecordingSession.ImpliedConsent(beauticianId, at)),
            now);
    session.locate(order.city());
    sessions.add(session);
    if (outcome.starts()) {
      boolean held = holds.ofOrder(order.orderNumber()).stream().anyMatch(LegalHold::active);
      recordings.add(Recording.start(id, order.orderNumber(), now, held));
      audit(
          beauticianId,
          "recording.session.started",
          id,
          "order "
              + order.orderNumber()
              + ", customer consent "
              + outcome.customerConsent()
              + session
                  .impliedConsent()
                  .map(i -> " (told on site by " + i.toldBy() + " at " + i.toldAt() + ")")
                  .orElse(""));
    } else {
      audit(
          beauticianId,
          "recording.session.not-started",
          id,
          "order " + order.orderNumber() + ": " + outcome.notStarted().get());
    }
    return new Arrival(view(session), true);
  }

  /**
   * Holds the order's arrival lock for the rest of this transaction, creating it on the first
   * arrival.
   */
  private void lockArrivals(String orderNumber) {
    if (sessions.lockOrder(orderNumber)) {
      return;
    }
    arrivalLocks.create(orderNumber);
    if (!sessions.lockOrder(orderNumber)) {
      throw new IllegalStateException("the arrival lock of an order was not created");
    }
  }

  @Override
  public SessionView session(String sessionId, String beauticianId) {
    stopper().stopIfServiceEnded(sessionId);
    return view(owned(sessions.find(sessionId), sessionId, beauticianId, "viewed"));
  }

  @Override
  public ChunkReceipt storeChunk(String sessionId, int index, byte[] data, String beauticianId) {
    stopper().stopIfServiceEnded(sessionId);
    RecordingSession session = owned(sessions.lock(sessionId), sessionId, beauticianId, "chunk");
    if (data != null && data.length > maxChunkBytes) {
      throw DomainException.invalid("body", "a chunk holds at most " + maxChunkBytes + " bytes");
    }
    int segmentSize = segmentSize(session);
    ChunkStep step = session.chunk(index, data, segmentSize);
    if (step instanceof ChunkStep.AlreadyStored) {
      return new ChunkReceipt(index, false, view(session));
    }
    ChunkStep.Append append = (ChunkStep.Append) step;
    AudioVault vault = audio.vault();
    if (!vault.exists(session.id())) {
      vault.begin(session.id());
    }
    vault.keepSegments(session.id(), session.segmentCount());
    // sealed with the data key unwrapped once, on disk with one force before the chunk is
    // acknowledged
    vault.appendChunk(session.id(), append.firstSegment(), data, append.endsRecording());
    session.chunkStored(append);
    audit(
        beauticianId,
        "recording.chunk.stored",
        session.id(),
        "chunk "
            + index
            + ", "
            + append.segments()
            + " segment(s)"
            + (append.endsRecording() ? ", the recording's last" : ""));
    return new ChunkReceipt(index, true, view(session));
  }

  @Override
  public SessionView finish(String sessionId, String beauticianId) {
    stopper().stopIfServiceEnded(sessionId);
    RecordingSession session = owned(sessions.lock(sessionId), sessionId, beauticianId, "finish");
    if (session.state() == SessionState.STOPPED) {
      return view(session);
    }
    if (session.state() != SessionState.RECORDING) {
      throw DomainException.conflict(
          "the session is " + session.state() + "; there is nothing to finish");
    }
    seal(session);
    Instant now = clock.instant();
    session.finish(now);
    recordings.find(session.id()).ifPresent(r -> r.end(now));
    audit(
        beauticianId,
        "recording.session.stopped",
        session.id(),
        "finished by the beautician's app, "
            + session.expectedChunk()
            + " chunk(s); retention clock started");
    return view(session);
  }

  @Override
  public SessionView fail(String sessionId, String cause, String beauticianId) {
    FailureCause failure = FailureCause.parse(cause);
    stopper().stopIfServiceEnded(sessionId);
    RecordingSession session = owned(sessions.lock(sessionId), sessionId, beauticianId, "failure");
    if (session.state() != SessionState.RECORDING) {
      throw DomainException.conflict(
          "the session is " + session.state() + "; only a recording session can fail");
    }
    seal(session);
    Instant now = clock.instant();
    session.fail(failure, now);
    recordings.find(session.id()).ifPresent(r -> r.fail(failure.name(), now));
    audit(
        beauticianId,
        "recording.session.failed",
        session.id(),
        "cause " + failure + ", " + session.expectedChunk() + " chunk(s) kept");
    return view(session);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean stopIfServiceEnded(String sessionId) {
    Optional<RecordingSession> found =
        sessions.find(sessionId).filter(s -> s.state() == SessionState.RECORDING);
    if (found.isEmpty()) {
      return false;
    }
    Optional<Instant> stopAt = stopTime(found.get());
    if (stopAt.isEmpty() || stopAt.get().isAfter(clock.instant())) {
      return false;
    }
    RecordingSession session = sessions.lock(sessionId).orElseThrow();
    if (session.state() != SessionState.RECORDING) {
      return false;
    }
    seal(session);
    session.stopAfterService(stopAt.get());
    recordings.find(session.id()).ifPresent(r -> r.end(stopAt.get()));
    audit(
        "system",
        "recording.session.stopped",
        session.id(),
        "service of order "
            + session.orderNumber()
            + " ended "
            + stopAfter
            + " before; "
            + session.expectedChunk()
            + " chunk(s); retention clock started");
    return true;
  }

  @Override
  public List<String> recordingSessions(int limit, int offset) {
    return sessions.recording(limit, offset);
  }

  @Override
  public int maxChunkBytes() {
    return maxChunkBytes;
  }

  /**
   * When the session stops by rule: the configured time after its order ended; empty while active.
   */
  private Optional<Instant> stopTime(RecordingSession session) {
    return orders
        .facts(session.orderNumber())
        .filter(order -> !order.active() && order.endedAt() != null)
        .map(order -> order.endedAt().plus(stopAfter));
  }

  /** Stores the audio's closing segment unless the last chunk already ended it. */
  private void seal(RecordingSession session) {
    if (session.sealed()) {
      return;
    }
    AudioVault vault = audio.vault();
    if (!vault.exists(session.id())) {
      vault.begin(session.id());
    }
    vault.keepSegments(session.id(), session.segmentCount());
    vault.appendSegment(session.id(), session.segmentCount(), new byte[0], true);
    session.closingSegmentStored();
  }

  private RecordingSession owned(
      Optional<RecordingSession> found, String sessionId, String beauticianId, String what) {
    if (found.isPresent() && found.get().belongsTo(beauticianId)) {
      return found.get();
    }
    if (found.isPresent()) {
      refusals.record(
          new AuditEvent(
              actor(beauticianId),
              "recording.session.refused",
              SESSION,
              found.get().id(),
              what + ": the session of another beautician"));
    }
    throw DomainException.notFound("no such recording session");
  }

  private int segmentSize(RecordingSession session) {
    AudioVault vault = audio.vault();
    return vault.exists(session.id()) ? vault.segmentSize(session.id()) : vault.newSegmentSize();
  }

  private void report(String accountId, AppVersion version) {
    Instant now = clock.instant();
    Optional<AppVersionReport> known = versions.find(accountId);
    if (known.isPresent() && known.get().appVersion().text().equals(version.text())) {
      return;
    }
    known.ifPresentOrElse(
        r -> r.report(version, now),
        () -> versions.add(new AppVersionReport(accountId, version, now)));
    audit(accountId, "recording.app-version.reported", accountId, "app version " + version);
  }

  private static CustomerLedger ledger(Decision decision) {
    if (decision.allowed()) {
      return CustomerLedger.CONSENTED;
    }
    return switch (decision.reason()) {
      case WITHDRAWN -> CustomerLedger.WITHDRAWN;
      case GUARDIAN_CONSENT_MISSING -> CustomerLedger.GUARDIAN_CONSENT_MISSING;
      case NO_IMPACT_ASSESSMENT -> CustomerLedger.NO_IMPACT_ASSESSMENT;
      default -> CustomerLedger.NONE;
    };
  }

  private RecordingSessions stopper() {
    return context.getBusinessObject(RecordingSessions.class);
  }

  private void audit(String actor, String action, String target, String detail) {
    String type = action.startsWith("recording.app-version") ? "account" : SESSION;
    auditTrail.record(new AuditEvent(actor, action, type, target, detail));
  }

  private static String actor(String accountId) {
    return accountId == null || accountId.isBlank() ? "anonymous" : accountId;
  }

  private SessionView view(RecordingSession s) {
    return new SessionView(
        s.id(),
        s.orderNumber(),
        s.state().name(),
        s.notStartedReason().map(Enum::name).orElse(null),
        s.failureCause().map(Enum::name).orElse(null),
        s.stopReason().map(Enum::name).orElse(null),
        s.customerConsent().map(Enum::name).orElse(null),
        s.impliedConsent().map(RecordingSession.ImpliedConsent::toldBy).orElse(null),
        s.impliedConsent().map(RecordingSession.ImpliedConsent::toldAt).orElse(null),
        s.beauticianAppVersion(),
        s.customerAppVersion().orElse(null),
        s.arrivedAt(),
        s.stoppedAt().orElse(null),
        s.expectedChunk(),
        s.audioBytes(),
        s.state() == SessionState.RECORDING ? segmentSize(s) : 0,
        maxChunkBytes,
        s.sealed());
  }
}

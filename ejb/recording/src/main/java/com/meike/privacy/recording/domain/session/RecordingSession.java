package com.meike.privacy.recording.domain.session;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * One order's recording session (REC-1): opened when the assigned beautician's app reports arrival,
 * either RECORDING or NOT_STARTED with its reason. While recording it takes audio as numbered
 * chunks (REC-3), resumably: chunk {@code n} is accepted only when {@code n} is the expected next
 * one; an already stored chunk is acknowledged and not stored again (if its content is the same:
 * its SHA-256 is kept), a different one under its index refused; a chunk ahead of the expected one
 * is a gap and refused, naming the index expected. Every chunk but the last holds whole segments of
 * the audio store; a chunk that does not is the recording's last. The audio of a recording session
 * is stored under the session's id, which is also the id of its {@code Recording} (retention).
 */
@Entity
@Table(name = "recording_session")
public class RecordingSession {

  @Id private String id;

  @Column(name = "order_number")
  private String orderNumber;

  @Column(name = "beautician_id")
  private String beauticianId;

  @Column(name = "customer_id")
  private String customerId;

  /**
   * The order's city at arrival (SHUT-1: a city's service finds its sessions); null for older
   * sessions.
   */
  @Column(name = "city")
  private String city;

  @Enumerated(EnumType.STRING)
  private SessionState state;

  @Enumerated(EnumType.STRING)
  @Column(name = "not_started_reason")
  private NotStartedReason notStartedReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "failure_cause")
  private FailureCause failureCause;

  @Enumerated(EnumType.STRING)
  @Column(name = "customer_consent")
  private CustomerConsent customerConsent;

  @Column(name = "implied_told_by")
  private String impliedToldBy;

  @Column(name = "implied_told_at")
  private Instant impliedToldAt;

  @Column(name = "beautician_app_version")
  private String beauticianAppVersion;

  @Column(name = "customer_app_version")
  private String customerAppVersion;

  @Column(name = "arrived_at")
  private Instant arrivedAt;

  @Column(name = "stopped_at")
  private Instant stoppedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "stop_reason")
  private StopReason stopReason;

  @Column(name = "next_chunk")
  private int nextChunk;

  @Column(name = "segment_count")
  private long segmentCount;

  @Column(name = "audio_bytes")
  private long audioBytes;

  private boolean sealed;

  /**
   * The order number while the session records, null otherwise: unique in the table, so the
   * database itself refuses a second recording session of one order.
   */
  @Column(name = "recording_order")
  private String recordingOrder;

  /**
   * SHA-256 (hex) of every chunk stored, by index, so that a retry is told apart from different
   * audio sent under an index already taken. Chunks stored before digests were kept have none.
   */
  @ElementCollection
  @CollectionTable(name = "recording_chunk", joinColumns = @JoinColumn(name = "session_id"))
  @MapKeyColumn(name = "chunk_index")
  @Column(name = "sha256")
  private Map<Integer, String> chunkDigests = new HashMap<>();

  @Version private long version;

  /** For JPA. */
  protected RecordingSession() {}

  /** Who told the customer on site and when (implied consent, REC-2). */
  public record ImpliedConsent(String toldBy, Instant toldAt) {}

  /**
   * The beautician arrived: the session records if {@code outcome} allows it, otherwise it is kept
   * as NOT_STARTED with the reason.
   */
  public static RecordingSession arrive(
      String id,
      String orderNumber,
      String beauticianId,
      String customerId,
      AppVersion beauticianApp,
      Optional<AppVersion> customerApp,
      StartRules.Outcome outcome,
      Optional<ImpliedConsent> implied,
      Instant now) {
    RecordingSession session = new RecordingSession();
    session.id = id;
    session.orderNumber = orderNumber;
    session.beauticianId = beauticianId;
    session.customerId = customerId;
    session.beauticianAppVersion = beauticianApp.text();
    session.customerAppVersion = customerApp.map(AppVersion::text).orElse(null);
    session.arrivedAt = now;
    if (outcome.starts()) {
      session.state = SessionState.RECORDING;
      session.recordingOrder = orderNumber;
      session.customerConsent = outcome.customerConsent();
      if (outcome.customerConsent() == CustomerConsent.IMPLIED) {
        ImpliedConsent told =
            implied.orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "implied consent needs who told the customer and when"));
        session.impliedToldBy = told.toldBy();
        session.impliedToldAt = told.toldAt();
      }
    } else {
      session.state = SessionState.NOT_STARTED;
      session.notStartedReason = outcome.notStarted().get();
    }
    return session;
  }

  /** Records the order's city (at arrival). */
  public void locate(String orderCity) {
    this.city = orderCity == null || orderCity.isBlank() ? null : orderCity.strip();
  }

  /** The order's city at arrival, if recorded. */
  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  /** What to do with an incoming chunk. */
  public sealed interface ChunkStep {
    /** Already stored with the same content: acknowledge, store nothing. */
    record AlreadyStored() implements ChunkStep {}

    /**
     * Store the chunk's segments from {@code firstSegment} on; {@code endsRecording} when the chunk
     * is short, so that its final segment is the recording's last. {@code length} and {@code
     * sha256} are the chunk's.
     */
    record Append(long firstSegment, int segments, boolean endsRecording, int length, String sha256)
        implements ChunkStep {}
  }

  /**
   * Decides about chunk {@code index} holding {@code data}, for a store of {@code segmentSize}
   * bytes per segment.
   *
   * @throws DomainException INVALID_INPUT on {@code index} (negative) or on the body (empty);
   *     CONFLICT when the chunk was stored before with different content, when the session does not
   *     record, when the chunk is ahead of the expected one (the detail names it), or after the
   *     recording's last chunk
   */
  public ChunkStep chunk(int index, byte[] data, int segmentSize) {
    if (index < 0) {
      throw DomainException.invalid("index", "chunks are numbered from 0");
    }
    byte[] audio = data == null ? new byte[0] : data;
    if (index < nextChunk) {
      String stored = chunkDigests.get(index);
      if (stored != null && !stored.equals(sha256(audio))) {
        throw DomainException.conflict(
            "chunk " + index + " was already stored with different content");
      }
      return new ChunkStep.AlreadyStored();
    }
    requireRecording();
    if (audio.length == 0) {
      throw DomainException.invalid("body", "a chunk holds at least one byte of audio");
    }
    if (sealed) {
      throw DomainException.conflict(
          "the recording ended with chunk "
              + (nextChunk - 1)
              + ", which was shorter than a whole segment");
    }
    if (index > nextChunk) {
      throw DomainException.conflict(
          "chunk " + index + " leaves a gap: the next expected chunk is " + nextChunk);
    }
    int segments = (audio.length + segmentSize - 1) / segmentSize;
    return new ChunkStep.Append(
        segmentCount, segments, audio.length % segmentSize != 0, audio.length, sha256(audio));
  }

  /** The chunk decided by {@link #chunk} as {@link ChunkStep.Append} is stored. */
  public void chunkStored(ChunkStep.Append step) {
    chunkDigests.put(nextChunk, step.sha256());
    nextChunk++;
    segmentCount += step.segments();
    audioBytes += step.length();
    sealed = step.endsRecording();
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** An empty last segment was appended after all chunks, so the audio's end is authenticated. */
  public void closingSegmentStored() {
    if (sealed) {
      throw new IllegalStateException("the recording is already sealed");
    }
    segmentCount++;
    sealed = true;
  }

  /** The beautician's app finished the recording. */
  public void finish(Instant now) {
    requireRecording();
    requireSealed();
    state = SessionState.STOPPED;
    stopReason = StopReason.FINISHED;
    recordingOrder = null;
    stoppedAt = now;
  }

  /** The configured time after the service ended has passed: the session stops at {@code at}. */
  public void stopAfterService(Instant at) {
    requireRecording();
    requireSealed();
    state = SessionState.STOPPED;
    stopReason = StopReason.SERVICE_ENDED;
    recordingOrder = null;
    stoppedAt = at;
  }

  /** The app reports a failure; audio stored until now is kept (sealed) and follows retention. */
  public void fail(FailureCause cause, Instant now) {
    requireRecording();
    requireSealed();
    state = SessionState.FAILED;
    failureCause = cause;
    recordingOrder = null;
    stoppedAt = now;
  }

  /** Whether {@code accountId} is the beautician whose session this is. */
  public boolean belongsTo(String accountId) {
    return beauticianId.equals(accountId);
  }

  private void requireRecording() {
    if (state != SessionState.RECORDING) {
      throw DomainException.conflict("the session is " + state + "; it takes no more audio");
    }
  }

  private void requireSealed() {
    if (!sealed) {
      throw new IllegalStateException("seal the audio before the session ends");
    }
  }

  public String id() {
    return id;
  }

  public String orderNumber() {
    return orderNumber;
  }

  public String beauticianId() {
    return beauticianId;
  }

  public String customerId() {
    return customerId;
  }

  public SessionState state() {
    return state;
  }

  public Optional<NotStartedReason> notStartedReason() {
    return Optional.ofNullable(notStartedReason);
  }

  public Optional<FailureCause> failureCause() {
    return Optional.ofNullable(failureCause);
  }

  public Optional<CustomerConsent> customerConsent() {
    return Optional.ofNullable(customerConsent);
  }

  public Optional<ImpliedConsent> impliedConsent() {
    return impliedToldBy == null
        ? Optional.empty()
        : Optional.of(new ImpliedConsent(impliedToldBy, impliedToldAt));
  }

  public String beauticianAppVersion() {
    return beauticianAppVersion;
  }

  public Optional<String> customerAppVersion() {
    return Optional.ofNullable(customerAppVersion);
  }

  public Instant arrivedAt() {
    return arrivedAt;
  }

  public Optional<Instant> stoppedAt() {
    return Optional.ofNullable(stoppedAt);
  }

  public Optional<StopReason> stopReason() {
    return Optional.ofNullable(stopReason);
  }

  /** The index of the chunk expected next. */
  public int expectedChunk() {
    return nextChunk;
  }

  public long segmentCount() {
    return segmentCount;
  }

  public long audioBytes() {
    return audioBytes;
  }

  /** Whether the audio's last segment is stored (no more chunks). */
  public boolean sealed() {
    return sealed;
  }
}

package com.meike.privacy.recording.domain.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One stored recording of an order's service visit. Its audio lives sealed in the audio store under
 * the same id; this row says where it stands and outlives the audio. Claims for destruction are
 * conditional updates in the repository, so that several nodes never destroy the same recording
 * twice and never one under a legal hold.
 */
@Entity
@Table(name = "recording")
public class Recording {

  @Id private String id;

  @Column(name = "order_number")
  private String orderNumber;

  @Enumerated(EnumType.STRING)
  private RecordingStatus status;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "failure_cause")
  private String failureCause;

  private boolean held;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  /** The sweep batch that claimed the recording for destruction (DESTROYING only). */
  @Column(name = "claim_token")
  private String claimToken;

  @Column(name = "destroyed_at")
  private Instant destroyedAt;

  @Version private long version;

  /** For JPA. */
  protected Recording() {}

  /** A recording starts; {@code held} when a legal hold already covers its order. */
  public static Recording start(String id, String orderNumber, Instant now, boolean held) {
    Recording recording = new Recording();
    recording.id = id;
    recording.orderNumber = orderNumber;
    recording.status = RecordingStatus.RECORDING;
    recording.startedAt = stored(now);
    recording.held = held;
    return recording;
  }

  /** The session ended; the retention clock starts now. */
  public void end(Instant now) {
    if (status != RecordingStatus.RECORDING) {
      throw new IllegalStateException("the recording is " + status);
    }
    status = RecordingStatus.ENDED;
    endedAt = stored(now);
  }

  /** The recording failed (REC-10); whatever audio exists is kept and destroyed like any other. */
  public void fail(String cause, Instant now) {
    if (status != RecordingStatus.RECORDING) {
      throw new IllegalStateException("the recording is " + status);
    }
    status = RecordingStatus.FAILED;
    failureCause = cause;
    endedAt = stored(now);
  }

  /** An active legal hold covers the recording's order: it is not destroyed while that lasts. */
  public void hold() {
    if (status == RecordingStatus.DESTROYING || status == RecordingStatus.DESTROYED) {
      throw new IllegalStateException("the recording is " + status);
    }
    held = true;
  }

  /**
   * A hold came between this recording's claim for destruction and the destruction: the hold wins,
   * the claim is withdrawn and the recording waits, held, as it did before the claim.
   */
  public void keepForHold() {
    if (status != RecordingStatus.DESTROYING) {
      throw new IllegalStateException("the recording is " + status);
    }
    status = failureCause == null ? RecordingStatus.ENDED : RecordingStatus.FAILED;
    claimedAt = null;
    claimToken = null;
    held = true;
  }

  /**
   * An instant as the columns keep it (microseconds): the retention rule then compares what was
   * stored, not a clock reading the database rounded.
   */
  public static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  public String id() {
    return id;
  }

  public String orderNumber() {
    return orderNumber;
  }

  public RecordingStatus status() {
    return status;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  public Optional<String> failureCause() {
    return Optional.ofNullable(failureCause);
  }

  public boolean held() {
    return held;
  }

  public Optional<Instant> claimedAt() {
    return Optional.ofNullable(claimedAt);
  }

  public Optional<String> claimToken() {
    return Optional.ofNullable(claimToken);
  }

  public Optional<Instant> destroyedAt() {
    return Optional.ofNullable(destroyedAt);
  }
}

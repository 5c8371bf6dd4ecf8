package com.meike.privacy.recording.domain.access;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Permission, earned by an approved {@link RecordingAccessApplication}, for its applicant to open
 * the recording of that one order, for that one use, for a limited time (REC-8). Issued only by
 * {@link RecordingAccessApplication#issueGrant}; it can be revoked before it expires, and nothing
 * else about it ever changes.
 */
@Entity
@Table(name = "recording_access_grant")
public class RecordingAccessGrant {

  /** Longest revocation reason. */
  public static final int MAX_REVOCATION_REASON_LENGTH = 1000;

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "application_id", length = 36, nullable = false, updatable = false, unique = true)
  private String applicationId;

  @Column(name = "order_number", length = 18, nullable = false, updatable = false)
  private String orderNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "use", length = 32, nullable = false, updatable = false)
  private AllowedUse use;

  @Column(name = "holder", length = 100, nullable = false, updatable = false)
  private String holder;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 100)
  private String revokedBy;

  @Column(name = "revocation_reason", length = MAX_REVOCATION_REASON_LENGTH)
  private String revocationReason;

  /** Optimistic lock: a revocation racing another one cannot both commit. */
  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA only. */
  protected RecordingAccessGrant() {}

  private RecordingAccessGrant(
      String id,
      String applicationId,
      OrderNumber orderNumber,
      AllowedUse use,
      String holder,
      Instant issuedAt,
      Instant expiresAt) {
    this.id = id;
    this.applicationId = applicationId;
    this.orderNumber = orderNumber.value();
    this.use = use;
    this.holder = holder;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  static RecordingAccessGrant issue(
      String id,
      String applicationId,
      OrderNumber orderNumber,
      AllowedUse use,
      String holder,
      Instant now,
      Duration validity) {
    Objects.requireNonNull(validity, "validity");
    if (validity.isZero() || validity.isNegative()) {
      throw new IllegalArgumentException("a grant must be valid for a positive time: " + validity);
    }
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id is required");
    }
    Objects.requireNonNull(now, "now");
    return new RecordingAccessGrant(
        id,
        Objects.requireNonNull(applicationId, "applicationId"),
        Objects.requireNonNull(orderNumber, "orderNumber"),
        Objects.requireNonNull(use, "use"),
        Objects.requireNonNull(holder, "holder"),
        now,
        now.plus(validity));
  }

  /**
   * The state at {@code now}: revoked from the moment of revocation, expired from {@link
   * #expiresAt()} on (the end is exclusive), active before that.
   */
  public GrantState stateAt(Instant now) {
    Objects.requireNonNull(now, "now");
    if (revokedAt != null && !now.isBefore(revokedAt)) {
      return GrantState.REVOKED;
    }
    if (!now.isBefore(expiresAt)) {
      return GrantState.EXPIRED;
    }
    return GrantState.ACTIVE;
  }

  /**
   * Why this grant does not let {@code actor} open {@code orderNumber}'s recording at {@code now},
   * or empty when it does.
   */
  public Optional<GrantRefusal> refusalFor(OrderNumber orderNumber, String actor, Instant now) {
    if (actor == null || !holder.equals(actor)) {
      return Optional.of(GrantRefusal.OTHER_HOLDER);
    }
    if (orderNumber == null || !this.orderNumber.equals(orderNumber.value())) {
      return Optional.of(GrantRefusal.OTHER_ORDER);
    }
    return switch (stateAt(now)) {
      case REVOKED -> Optional.of(GrantRefusal.REVOKED);
      case EXPIRED -> Optional.of(GrantRefusal.EXPIRED);
      case ACTIVE -> Optional.empty();
    };
  }

  /** True only while active, for the same order and the holder. */
  public boolean opens(OrderNumber orderNumber, String actor, Instant now) {
    return refusalFor(orderNumber, actor, now).isEmpty();
  }

  /**
   * Withdraws the grant at once.
   *
   * @throws DomainException INVALID_INPUT on {@code reason} when missing or too long; CONFLICT when
   *     the grant is not active any more
   */
  public void revoke(String actor, String reason, Instant now) {
    Objects.requireNonNull(now, "now");
    if (actor == null || actor.isBlank()) {
      throw DomainException.forbidden("an identified actor is required to revoke a grant");
    }
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("reason", "is required when revoking a grant");
    }
    String trimmed = reason.strip();
    if (trimmed.length() > MAX_REVOCATION_REASON_LENGTH) {
      throw DomainException.invalid(
          "reason", "must be at most " + MAX_REVOCATION_REASON_LENGTH + " characters long");
    }
    GrantState state = stateAt(now);
    if (state != GrantState.ACTIVE) {
      throw DomainException.conflict("only an active grant can be revoked; it is " + state);
    }
    this.revokedAt = now;
    this.revokedBy = actor;
    this.revocationReason = trimmed;
  }

  public String id() {
    return id;
  }

  public String applicationId() {
    return applicationId;
  }

  public OrderNumber orderNumber() {
    return new OrderNumber(orderNumber);
  }

  public AllowedUse use() {
    return use;
  }

  public String holder() {
    return holder;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  /** The first moment the grant no longer opens anything. */
  public Instant expiresAt() {
    return expiresAt;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<String> revokedBy() {
    return Optional.ofNullable(revokedBy);
  }

  public Optional<String> revocationReason() {
    return Optional.ofNullable(revocationReason);
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof RecordingAccessGrant that && id != null && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }

  @Override
  public String toString() {
    return "RecordingAccessGrant[" + id + "]";
  }
}

package com.meike.privacy.recording.domain.retention;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A legal hold on an order's recordings (REC-6, ORD-4): a bad review, a complaint or an unresolved
 * dispute stops the retention clock until the hold is released.
 */
@Entity
@Table(name = "recording_legal_hold")
public class LegalHold {

  @Id private String id;

  @Column(name = "order_number")
  private String orderNumber;

  private String reason;

  @Column(name = "placed_by")
  private String placedBy;

  @Column(name = "placed_at")
  private Instant placedAt;

  @Column(name = "released_by")
  private String releasedBy;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Version private long version;

  /** For JPA. */
  protected LegalHold() {}

  /**
   * @throws DomainException INVALID_INPUT on {@code reason} when it is blank, too short or too long
   */
  public static LegalHold place(
      String id, String orderNumber, String reason, String placedBy, Instant now) {
    if (reason == null || reason.strip().length() < 10) {
      throw DomainException.invalid(
          "reason", "say why the recordings must be kept (at least 10 characters)");
    }
    if (reason.strip().length() > 1000) {
      throw DomainException.invalid("reason", "at most 1000 characters");
    }
    LegalHold hold = new LegalHold();
    hold.id = id;
    hold.orderNumber = orderNumber;
    hold.reason = reason.strip();
    hold.placedBy = placedBy;
    hold.placedAt = now;
    return hold;
  }

  /** Releases the hold; the normal retention rule applies again to the order's recordings. */
  public void release(String actor, Instant now) {
    if (releasedAt != null) {
      throw DomainException.conflict("the hold was already released");
    }
    releasedBy = actor;
    releasedAt = now;
  }

  public boolean active() {
    return releasedAt == null;
  }

  public String id() {
    return id;
  }

  public String orderNumber() {
    return orderNumber;
  }

  public String reason() {
    return reason;
  }

  public String placedBy() {
    return placedBy;
  }

  public Instant placedAt() {
    return placedAt;
  }

  public Optional<String> releasedBy() {
    return Optional.ofNullable(releasedBy);
  }

  public Optional<Instant> releasedAt() {
    return Optional.ofNullable(releasedAt);
  }
}

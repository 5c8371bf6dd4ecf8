package com.meike.privacy.consent.domain.ledger;

import com.meike.privacy.consent.domain.catalogue.PurposeCode;
import com.meike.privacy.consent.domain.subject.SubjectId;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One use of a named exception (CON-4): who processed which purpose of whose information without
 * consent, on which {@link LegalException}, and why. The register keeps the reason, which may name
 * facts about the person; the audit trail gets only the ids and the exception. Never changed.
 */
@Entity
@Table(name = "consent_exception_use")
public class ExceptionUse {

  public static final int MAX_REASON_LENGTH = 1000;

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "subject_id", length = SubjectId.MAX_LENGTH, nullable = false, updatable = false)
  private String subjectId;

  @Column(
      name = "purpose_code",
      length = PurposeCode.MAX_LENGTH,
      nullable = false,
      updatable = false)
  private String purposeCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_exception", length = 32, nullable = false, updatable = false)
  private LegalException legalException;

  @Column(name = "actor", length = 100, nullable = false, updatable = false)
  private String actor;

  @Column(name = "reason", length = MAX_REASON_LENGTH, nullable = false, updatable = false)
  private String reason;

  @Column(name = "used_at", nullable = false, updatable = false)
  private Instant usedAt;

  /** For JPA only. */
  protected ExceptionUse() {}

  private ExceptionUse(
      String id,
      String subjectId,
      String purposeCode,
      LegalException legalException,
      String actor,
      String reason,
      Instant usedAt) {
    this.id = id;
    this.subjectId = subjectId;
    this.purposeCode = purposeCode;
    this.legalException = legalException;
    this.actor = actor;
    this.reason = reason;
    this.usedAt = usedAt;
  }

  /**
   * Records a use of {@code exception}.
   *
   * @throws DomainException FORBIDDEN without an identified actor; INVALID_INPUT on {@code
   *     exception} when none is named, on {@code reason} when it is blank or longer than {@value
   *     #MAX_REASON_LENGTH} characters
   */
  public static ExceptionUse record(
      String id,
      SubjectId subject,
      PurposeCode purpose,
      LegalException exception,
      String actor,
      String reason,
      Instant now) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(now, "now");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id is required");
    }
    if (actor == null || actor.isBlank()) {
      throw DomainException.forbidden("only an identified actor may use an exception to consent");
    }
    if (exception == null) {
      throw DomainException.invalid("exception", "is required: name one of Part 2 §I 3 (1)–(11)");
    }
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("reason", "is required: say why the exception applies");
    }
    String trimmed = reason.strip();
    if (trimmed.length() > MAX_REASON_LENGTH) {
      throw DomainException.invalid(
          "reason", "must be at most " + MAX_REASON_LENGTH + " characters long");
    }
    return new ExceptionUse(
        id, subject.value(), purpose.value(), exception, actor.strip(), trimmed, now);
  }

  public String id() {
    return id;
  }

  public String subjectId() {
    return subjectId;
  }

  public String purposeCode() {
    return purposeCode;
  }

  public LegalException legalException() {
    return legalException;
  }

  public String actor() {
    return actor;
  }

  /** Why the exception applies. May hold personal data: never logged or audited. */
  public String reason() {
    return reason;
  }

  public Instant usedAt() {
    return usedAt;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof ExceptionUse that && id != null && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }

  @Override
  public String toString() {
    return "ExceptionUse[" + id + ", " + legalException + "]";
  }
}

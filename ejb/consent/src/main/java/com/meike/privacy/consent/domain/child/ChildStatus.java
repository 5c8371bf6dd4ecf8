package com.meike.privacy.consent.domain.child;

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
 * A person recorded as a child under 14 and their guardian (ID-6). Only the recorded guardian may
 * consent for the child to anything optional or sensitive; anyone else acting as a guardian for
 * this person is refused.
 */
@Entity
@Table(name = "consent_child_status")
public class ChildStatus {

  @Id
  @Column(name = "subject_id", length = SubjectId.MAX_LENGTH, nullable = false, updatable = false)
  private String subjectId;

  @Column(name = "guardian_id", length = SubjectId.MAX_LENGTH, nullable = false, updatable = false)
  private String guardianId;

  @Enumerated(EnumType.STRING)
  @Column(name = "basis", length = 16, nullable = false, updatable = false)
  private ChildBasis basis;

  @Column(name = "marked_at", nullable = false, updatable = false)
  private Instant markedAt;

  @Column(name = "marked_by", length = 100, nullable = false, updatable = false)
  private String markedBy;

  /** For JPA only. */
  protected ChildStatus() {}

  private ChildStatus(
      String subjectId, String guardianId, ChildBasis basis, Instant markedAt, String markedBy) {
    this.subjectId = subjectId;
    this.guardianId = guardianId;
    this.basis = basis;
    this.markedAt = markedAt;
    this.markedBy = markedBy;
  }

  /**
   * Records {@code child} as a child under 14 with {@code guardian}.
   *
   * @throws DomainException FORBIDDEN without an identified person marking; INVALID_INPUT on {@code
   *     guardian} when the child would be their own guardian
   */
  public static ChildStatus mark(
      SubjectId child, SubjectId guardian, ChildBasis basis, String markedBy, Instant now) {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(guardian, "guardian");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(now, "now");
    if (markedBy == null || markedBy.isBlank()) {
      throw DomainException.forbidden("only an identified person may mark a child");
    }
    if (child.equals(guardian)) {
      throw DomainException.invalid("guardian", "a child cannot be their own guardian");
    }
    return new ChildStatus(child.value(), guardian.value(), basis, now, markedBy.strip());
  }

  /** A status as stored, read back without JPA (the consent check's one read). */
  public static ChildStatus stored(
      String subjectId, String guardianId, ChildBasis basis, Instant markedAt, String markedBy) {
    return new ChildStatus(
        Objects.requireNonNull(subjectId, "subjectId"),
        Objects.requireNonNull(guardianId, "guardianId"),
        Objects.requireNonNull(basis, "basis"),
        Objects.requireNonNull(markedAt, "markedAt"),
        Objects.requireNonNull(markedBy, "markedBy"));
  }

  /** Whether {@code actor} is this child's recorded guardian. */
  public boolean hasGuardian(String actor) {
    return guardianId.equals(actor);
  }

  public String subjectId() {
    return subjectId;
  }

  public String guardianId() {
    return guardianId;
  }

  public ChildBasis basis() {
    return basis;
  }

  public Instant markedAt() {
    return markedAt;
  }

  public String markedBy() {
    return markedBy;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof ChildStatus that
            && subjectId != null
            && subjectId.equals(that.subjectId));
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(subjectId);
  }

  @Override
  public String toString() {
    return "ChildStatus[" + subjectId + ", " + basis + "]";
  }
}

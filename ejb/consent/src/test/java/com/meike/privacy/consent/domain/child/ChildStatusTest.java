package com.meike.privacy.consent.domain.child;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static com.meike.privacy.consent.DomainExceptionAssertions.assertKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.consent.domain.subject.SubjectId;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChildStatusTest {

  static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
  static final SubjectId KID = new SubjectId("u-kid");
  static final SubjectId MOTHER = new SubjectId("u-mother");

  @Test
  void a_child_is_recorded_with_their_guardian() {
    ChildStatus status = ChildStatus.mark(KID, MOTHER, ChildBasis.BIRTH_DATE, " cs.agent ", NOW);

    assertThat(status.subjectId()).isEqualTo("u-kid");
    assertThat(status.guardianId()).isEqualTo("u-mother");
    assertThat(status.basis()).isEqualTo(ChildBasis.BIRTH_DATE);
    assertThat(status.markedAt()).isEqualTo(NOW);
    assertThat(status.markedBy()).isEqualTo("cs.agent");
    assertThat(status.hasGuardian("u-mother")).isTrue();
    assertThat(status.hasGuardian("u-kid")).isFalse();
    assertThat(status.hasGuardian(null)).isFalse();
  }

  @Test
  void a_child_is_not_their_own_guardian() {
    assertInvalid(
        () -> ChildStatus.mark(KID, KID, ChildBasis.DECLARATION, "cs.agent", NOW), "guardian");
  }

  @Test
  void someone_identified_marks_the_child() {
    assertKind(
        () -> ChildStatus.mark(KID, MOTHER, ChildBasis.DECLARATION, "", NOW), Kind.FORBIDDEN);
  }

  @Test
  void the_basis_is_birth_date_or_declaration() {
    assertThat(ChildBasis.parse("DECLARATION")).isEqualTo(ChildBasis.DECLARATION);
    assertInvalid(() -> ChildBasis.parse("LOOKS_YOUNG"), "basis");
    assertInvalid(() -> ChildBasis.parse(null), "basis");
  }
}

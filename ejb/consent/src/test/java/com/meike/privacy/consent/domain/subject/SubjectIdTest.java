package com.meike.privacy.consent.domain.subject;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubjectIdTest {

  @Test
  void account_ids_are_accepted() {
    assertThat(SubjectId.of(" 3f2b8c1e-0d7a-4c55-9a39-2d1f0e6b7c10 ", "subject").value())
        .isEqualTo("3f2b8c1e-0d7a-4c55-9a39-2d1f0e6b7c10");
    assertThat(SubjectId.of("u-alice", "actor").value()).isEqualTo("u-alice");
    assertThat(SubjectId.of("12345", "subject").value()).isEqualTo("12345");
  }

  @Test
  void phone_numbers_are_never_subject_ids() {
    assertInvalid(() -> SubjectId.of("13812345678", "subject"), "subject");
    assertInvalid(() -> SubjectId.of("+8613812345678", "guardian"), "guardian");
    assertThatThrownBy(() -> new SubjectId("19912345678"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void malformed_ids_name_their_field() {
    assertInvalid(() -> SubjectId.of((String) null, "subject"), "subject");
    assertInvalid(() -> SubjectId.of("alice@example.com", "actor"), "actor");
    assertInvalid(() -> SubjectId.of("张三", "subject"), "subject");
    assertInvalid(() -> SubjectId.of("x".repeat(65), "subject"), "subject");
  }
}

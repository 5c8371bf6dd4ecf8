package com.meike.privacy.consent.domain.ledger;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static com.meike.privacy.consent.DomainExceptionAssertions.assertKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.consent.domain.catalogue.PurposeCode;
import com.meike.privacy.consent.domain.subject.SubjectId;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The closed lists of the ledger: exceptions, channels, roles, decisions, exception uses. */
class LedgerVocabularyTest {

  static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  @Test
  void the_exceptions_are_the_eleven_of_part_2_section_i_3_in_the_policys_words()
      throws IOException {
    String policy;
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("db/migration/consent/V2__purpose_catalogue.sql")) {
      policy = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(LegalException.values()).hasSize(11);
    for (LegalException exception : LegalException.values()) {
      assertThat(exception.item()).isEqualTo(exception.ordinal() + 1);
      assertThat(policy)
          .as(exception.name())
          .contains("(" + exception.item() + ")" + exception.chineseLabel());
      assertThat(exception.englishLabel()).isNotBlank();
    }
  }

  @Test
  void names_outside_the_lists_are_refused_with_their_field() {
    assertThat(LegalException.parse(" VITAL_INTERESTS ")).isEqualTo(LegalException.VITAL_INTERESTS);
    assertInvalid(() -> LegalException.parse("BUSINESS_INTEREST"), "exception");
    assertInvalid(() -> ConsentChannel.parse("EMAIL"), "channel");
    assertInvalid(() -> ConsentChannel.parse(null), "channel");
    assertInvalid(() -> ActedAs.parse("FRIEND"), "actedAs");
    assertThat(ConsentChannel.POPUP.selfService()).isTrue();
    assertThat(ConsentChannel.SETTINGS.selfService()).isTrue();
    assertThat(ConsentChannel.CUSTOMER_SERVICE.selfService()).isFalse();
    assertThat(ConsentChannel.ONSITE_NOTICE.selfService()).isFalse();
  }

  @Test
  void a_decision_is_allowed_exactly_when_its_reason_allows() {
    assertThat(Decision.of(DecisionReason.CONSENT_GIVEN, 4L).allowed()).isTrue();
    assertThat(Decision.of(DecisionReason.NECESSARY_PURPOSE, null).allowed()).isTrue();
    assertThat(Decision.of(DecisionReason.NO_CONSENT, null).allowed()).isFalse();
    assertThat(Decision.of(DecisionReason.WITHDRAWN, 5L).allowed()).isFalse();
    assertThat(Decision.of(DecisionReason.RECONSENT_REQUIRED, 5L).allowed()).isFalse();
    assertThat(Decision.of(DecisionReason.GUARDIAN_CONSENT_MISSING, 5L).allowed()).isFalse();
    assertThat(Decision.underException("use-1"))
        .isEqualTo(new Decision(true, DecisionReason.NAMED_EXCEPTION, null, "use-1"));
    assertThatThrownBy(() -> new Decision(true, DecisionReason.WITHDRAWN, 5L, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Decision(true, DecisionReason.NAMED_EXCEPTION, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Decision(true, DecisionReason.CONSENT_GIVEN, 1L, "use-1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_exception_use_names_the_exception_a_reason_and_an_actor() {
    ExceptionUse use =
        ExceptionUse.record(
            "use-1",
            new SubjectId("u-alice"),
            PurposeCode.of("location.precise"),
            LegalException.VITAL_INTERESTS,
            " sec.head ",
            "  顾客在服务中晕倒，需要定位送医  ",
            NOW);

    assertThat(use.legalException()).isEqualTo(LegalException.VITAL_INTERESTS);
    assertThat(use.actor()).isEqualTo("sec.head");
    assertThat(use.reason()).isEqualTo("顾客在服务中晕倒，需要定位送医");
    assertThat(use.subjectId()).isEqualTo("u-alice");
    assertThat(use.purposeCode()).isEqualTo("location.precise");
    assertThat(use.usedAt()).isEqualTo(NOW);
    assertThat(use.toString()).doesNotContain("晕倒");

    assertInvalid(() -> record(null, "sec.head", "a reason"), "exception");
    assertInvalid(() -> record(LegalException.VITAL_INTERESTS, "sec.head", " "), "reason");
    assertInvalid(
        () -> record(LegalException.VITAL_INTERESTS, "sec.head", "r".repeat(1001)), "reason");
    assertKind(() -> record(LegalException.VITAL_INTERESTS, null, "a reason"), Kind.FORBIDDEN);
  }

  static ExceptionUse record(LegalException exception, String actor, String reason) {
    return ExceptionUse.record(
        "use-2",
        new SubjectId("u-alice"),
        PurposeCode.of("location.precise"),
        exception,
        actor,
        reason,
        NOW);
  }
}

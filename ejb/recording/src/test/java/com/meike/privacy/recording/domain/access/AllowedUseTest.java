package com.meike.privacy.recording.domain.access;

import static com.meike.privacy.recording.domain.access.DomainExceptionAssertions.assertInvalid;
import static com.meike.privacy.recording.domain.access.DomainExceptionAssertions.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("REC-7")
class AllowedUseTest {

  @Test
  void the_list_is_closed_to_the_four_uses_of_REC_7() {
    assertThat(AllowedUse.values())
        .extracting(Enum::name)
        .containsExactly(
            "DISPUTE_EVIDENCE", "URGENT_PROTECTION", "RULE_SPOT_CHECK", "SAFETY_ANALYSIS");
  }

  @ParameterizedTest
  @EnumSource(AllowedUse.class)
  void every_use_parses_from_its_name_and_has_both_labels(AllowedUse use) {
    assertThat(AllowedUse.parse(use.name())).isSameAs(use);
    assertThat(AllowedUse.parse("  " + use.name() + " ")).isSameAs(use);
    assertThat(use.chineseLabel()).isNotBlank().matches(".*\\p{IsHan}.*");
    assertThat(use.englishLabel()).isNotBlank().matches("[ -~]+");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "dispute_evidence", "MARKETING", "DISPUTE EVIDENCE", "0"})
  void anything_else_is_invalid_on_field_use(String input) {
    assertInvalid(() -> AllowedUse.parse(input), "use");
  }

  @Test
  void the_refusal_lists_the_allowed_uses() {
    assertThat(refusal(() -> AllowedUse.parse("MARKETING")).getMessage())
        .contains("must be one of")
        .contains("DISPUTE_EVIDENCE, URGENT_PROTECTION, RULE_SPOT_CHECK, SAFETY_ANALYSIS");
  }
}

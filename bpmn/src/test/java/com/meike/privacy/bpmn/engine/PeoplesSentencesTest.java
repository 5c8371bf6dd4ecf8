package com.meike.privacy.bpmn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.problem.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a person reads when a start form's input is refused by the server (issue 17, item 3). */
class PeoplesSentencesTest {

  @Test
  @DisplayName(
      "a start form's refusal names the field as the form labels it, in Chinese and English, never by its key")
  void aStartFormsRefusalNamesTheFieldByItsLabel() {
    String sentence =
        PeoplesSentences.sentence(
            DomainException.invalid("categories", "not in the purpose catalogue: [foo.bar]"));

    assertThat(sentence)
        .isEqualTo("请检查「个人信息类别」的填写。 Check the categories: not in the purpose catalogue: [foo.bar].")
        .doesNotContain("「categories」", "Check categories");
  }

  @Test
  @DisplayName("a field no form labels is still named, and a known refusal keeps its own sentence")
  void unlabelledFieldsAndKnownRefusals() {
    assertThat(PeoplesSentences.sentence(DomainException.invalid("heldOn", "is required")))
        .isEqualTo("请检查「heldOn」的填写。 Check heldOn: is required.");
    assertThat(PeoplesSentences.sentence(DomainException.invalid("orderNumber", "is required")))
        .isEqualTo("请填写订单号。 Enter the order number.");
  }
}

package com.meike.privacy.consent.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.consent.application.internal.DefaultChildRegister;
import com.meike.privacy.consent.application.internal.DefaultConsentLedger;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.testsupport.MethodValidation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reading a person's consents (and a child's status, a guardian's children) takes the person as a
 * typed account id, validated on the interface as the server validates it before the ledger runs
 * (issue 13): a malformed or missing id is a 400 naming {@code subject}, with the kernel's
 * bilingual sentence.
 */
class TypedConsentLedgerTest {

  static List<String> refusals(String method, SubjectId subject) throws NoSuchMethodException {
    return MethodValidation.refusals(
        new DefaultConsentLedger(),
        ConsentLedger.class.getMethod(method, SubjectId.class, String.class, boolean.class),
        subject,
        "privacy.officer",
        true);
  }

  @Test
  @DisplayName(
      "CON-1: reading a person's consent ledger and state refuses a malformed or missing id")
  void historyAndStateRefuseAMalformedOrMissingSubject() throws Exception {
    for (String method : List.of("history", "state")) {
      assertThat(refusals(method, SubjectId.of("u-alice"))).isEmpty();
      assertThat(refusals(method, SubjectId.of("not an id")))
          .singleElement()
          .asString()
          .startsWith(method + ".subject.value must be an account id")
          .contains("账号");
      assertThat(refusals(method, null)).containsExactly(method + ".subject is required");
    }
  }

  @Test
  @DisplayName("ID-6: a child's status and a guardian's children refuse a malformed or missing id")
  void theChildRegisterRefusesAMalformedOrMissingId() throws Exception {
    java.lang.reflect.Method status = ChildRegister.class.getMethod("childStatus", SubjectId.class);
    java.lang.reflect.Method children =
        ChildRegister.class.getMethod("childrenOf", SubjectId.class);
    DefaultChildRegister register = new DefaultChildRegister();
    assertThat(MethodValidation.refusals(register, status, SubjectId.of("u-kid"))).isEmpty();
    assertThat(MethodValidation.refusals(register, status, SubjectId.of("not an id")))
        .singleElement()
        .asString()
        .startsWith("childStatus.subject.value must be an account id");
    assertThat(MethodValidation.refusals(register, children, (Object) null))
        .containsExactly("childrenOf.guardian is required");
  }
}

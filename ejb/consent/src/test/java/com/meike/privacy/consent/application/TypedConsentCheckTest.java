package com.meike.privacy.consent.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.consent.application.internal.DefaultChildRegister;
import com.meike.privacy.consent.application.internal.DefaultConsentCheck;
import com.meike.privacy.consent.application.internal.DefaultConsentLedger;
import com.meike.privacy.consent.application.internal.DefaultPurposeCatalogue;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.testsupport.MethodValidation;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The consent check, the catalogue and the ledger's changes take people and purposes as the
 * kernel's typed ids, validated on the interface as the server validates them before the service
 * runs (issue 13): a malformed or missing one is a 400 naming the same field as before ({@code
 * subject}, {@code purpose}, {@code guardian}), with the kernel's bilingual sentence.
 */
class TypedConsentCheckTest {

  static List<String> checked(SubjectId subject, PurposeCode purpose) throws NoSuchMethodException {
    return MethodValidation.refusals(
        new DefaultConsentCheck(),
        ConsentCheck.class.getMethod("may", SubjectId.class, PurposeCode.class),
        subject,
        purpose);
  }

  @Test
  @DisplayName("CON-3: the consent check refuses a malformed or missing person or purpose")
  void theCheckRefusesAMalformedOrMissingSubjectOrPurpose() throws Exception {
    assertThat(checked(SubjectId.of("u-alice"), PurposeCode.of("location.precise"))).isEmpty();
    assertThat(checked(SubjectId.of("not an id"), PurposeCode.of("location.precise")))
        .containsExactly("may.subject.value " + SubjectId.MESSAGE);
    assertThat(checked(SubjectId.of("u-alice"), PurposeCode.of("DROP TABLE")))
        .containsExactly("may.purpose.value " + PurposeCode.MESSAGE);
    assertThat(checked(null, null))
        .containsExactlyInAnyOrder("may.subject is required", "may.purpose is required");
    assertThat(
            MethodValidation.refusals(
                new DefaultConsentCheck(),
                ConsentCheck.class.getMethod("mayAll", Collection.class, PurposeCode.class),
                List.of(SubjectId.of("u-alice"), SubjectId.of("a b")),
                PurposeCode.of("location.precise")))
        .singleElement()
        .asString()
        .startsWith("mayAll.subjects[1].value must be an account id");
  }

  @Test
  @DisplayName("DATA-1: a purpose of the catalogue is asked for by a well-formed code")
  void theCatalogueRefusesAMalformedCode() throws Exception {
    assertThat(
            MethodValidation.refusals(
                new DefaultPurposeCatalogue(),
                PurposeCatalogue.class.getMethod("purpose", PurposeCode.class),
                PurposeCode.of("Location")))
        .containsExactly("purpose.purpose.value " + PurposeCode.MESSAGE);
  }

  @Test
  @DisplayName(
      "CON-1, ID-6: giving consent and marking a child name the person, purpose and guardian at fault")
  void theLedgerAndTheRegisterRefuseMalformedIdsInTheirRequests() throws Exception {
    assertThat(
            MethodValidation.refusals(
                new DefaultConsentLedger(),
                ConsentLedger.class.getMethod("give", ConsentRequest.class, String.class),
                ConsentRequest.of("a b", "x", "POPUP", null, null),
                "cs.agent"))
        .containsExactlyInAnyOrder(
            "give.request.purpose.value " + PurposeCode.MESSAGE,
            "give.request.subject.value " + SubjectId.MESSAGE);
    assertThat(
            MethodValidation.refusals(
                new DefaultChildRegister(),
                ChildRegister.class.getMethod("markChild", ChildMarking.class, String.class),
                new ChildMarking(SubjectId.of("u-kid"), null, "DECLARATION"),
                "cs.agent"))
        .containsExactly("markChild.marking.guardian is required");
  }
}

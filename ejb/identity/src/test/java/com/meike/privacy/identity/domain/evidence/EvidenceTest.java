package com.meike.privacy.identity.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.problem.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  static final String ID_CARD = "11010519491231002X";
  static final String CREDIT_CODE = "91110108551385082Q";

  @Test
  void anIdCardNumberIsNormalisedAndItsCheckDigitChecked() {
    Evidence evidence =
        Evidence.identityDocument(
            VerificationKind.IDENTITY, "ID_CARD", "110105 19491231 002x", "张 三", "face-7f3a:ok");
    assertThat(evidence.number()).isEqualTo(ID_CARD);
    assertThat(evidence.lookupKey()).isEqualTo("ID_CARD:" + ID_CARD);
    assertThat(evidence.toString()).doesNotContain(ID_CARD).doesNotContain("张");

    refused(
        () ->
            Evidence.identityDocument(
                VerificationKind.IDENTITY, "ID_CARD", "110105194912310021", "张三", null),
        "documentNumber");
    refused(
        () -> Evidence.identityDocument(VerificationKind.IDENTITY, "ID_CARD", "12345", "张三", null),
        "documentNumber");
  }

  @Test
  void otherDocumentsAreCheckedForTheirShapeAndEveryFieldIsNamed() {
    assertThat(
            Evidence.identityDocument(
                    VerificationKind.REAL_NAME, "PASSPORT", "e12345678", "Li Na", null)
                .number())
        .isEqualTo("E12345678");
    refused(
        () ->
            Evidence.identityDocument(
                VerificationKind.IDENTITY, "HOUSEHOLD", "E1234567", "Li", null),
        "documentType");
    refused(
        () -> Evidence.identityDocument(VerificationKind.IDENTITY, null, "E1234567", "Li", null),
        "documentType");
    refused(
        () ->
            Evidence.identityDocument(
                VerificationKind.IDENTITY, "PASSPORT", "E1234567", "Li<script>", null),
        "fullName");
    refused(
        () ->
            Evidence.identityDocument(VerificationKind.IDENTITY, "PASSPORT", "E1234567", " ", null),
        "fullName");
    refused(
        () ->
            Evidence.identityDocument(
                VerificationKind.IDENTITY, "PASSPORT", "E1234567", "Li", "a b"),
        "faceCheckReference");
    refused(
        () ->
            Evidence.identityDocument(
                VerificationKind.IDENTITY, "DRIVING_LICENCE", null, "Li", null),
        "documentNumber");
  }

  @Test
  void aCreditCodeMustPassItsCheckCharacter() {
    Evidence evidence = Evidence.enterprise(CREDIT_CODE.toLowerCase(), "北京小美科技有限公司", "王五");
    assertThat(evidence.number()).isEqualTo(CREDIT_CODE);
    assertThat(evidence.lookupKey()).isEqualTo("CREDIT_CODE:" + CREDIT_CODE);
    assertThat(UnifiedSocialCreditCode.normalise("91440300708461136T"))
        .isEqualTo("91440300708461136T");

    refused(() -> Evidence.enterprise("91110108551385082A", "Name", "王五"), "creditCode");
    refused(() -> Evidence.enterprise("9111010855138508", "Name", "王五"), "creditCode");
    refused(() -> Evidence.enterprise("91110108551385O82Q", "Name", "王五"), "creditCode");
    refused(() -> Evidence.enterprise(CREDIT_CODE, "", "王五"), "enterpriseName");
    refused(() -> Evidence.enterprise(CREDIT_CODE, "Name", null), "legalRepresentative");
  }

  private static void refused(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage()).doesNotContain("110105").doesNotContain("9111010855");
            });
  }
}

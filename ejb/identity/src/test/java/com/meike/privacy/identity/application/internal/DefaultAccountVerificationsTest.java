package com.meike.privacy.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.identity.application.AccountVerifications.EvidenceInput;
import com.meike.privacy.identity.application.AccountVerifications.VerificationView;
import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppRole;
import com.meike.privacy.identity.domain.account.ExtraVerification;
import com.meike.privacy.identity.domain.evidence.AccountVerification;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.crypto.SealBinding;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.testsupport.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultAccountVerificationsTest {

  private static final String ID_CARD = "11010519491231002X";
  private static final String CREDIT_CODE = "91110108551385082Q";

  private final RegistrationFakes.Accounts accounts = new RegistrationFakes.Accounts();
  private final VerificationFakes.Submissions submissions = new VerificationFakes.Submissions();
  private final RegistrationFakes.Trail audit = new RegistrationFakes.Trail();
  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-29T08:00:00Z"));
  private final KeyedHash evidenceHash = KeyedHash.fromSecret("e1de".repeat(16));
  private final FieldCipher evidenceCipher = new FieldCipher("e1", new byte[32]);
  private DefaultAccountVerifications service;

  @BeforeEach
  void service() {
    service =
        new DefaultAccountVerifications(
            submissions,
            accounts,
            evidenceHash,
            evidenceCipher,
            new VerificationRefusals(audit),
            audit,
            clock);
  }

  @Test
  void aBeauticiansDocumentIsStoredEncryptedAndTheReviewSetsTheStatus() {
    AppAccount beautician = account(AppRole.BEAUTICIAN);

    VerificationView submitted =
        service.submit(beautician.id(), document("ID_CARD", ID_CARD, "张三", "face-1"));

    assertThat(submitted.kind()).isEqualTo("IDENTITY");
    assertThat(submitted.state()).isEqualTo("PENDING");
    AccountVerification stored = submissions.all.get(0);
    assertThat(stored.evidenceHash()).isEqualTo(evidenceHash.hash("ID_CARD:" + ID_CARD));
    assertThat(stored.numberCiphertext()).startsWith("e1$").doesNotContain(ID_CARD);
    assertThat(
            evidenceCipher.open(
                stored.numberCiphertext(),
                SealBinding.of("account_verification", "number_ciphertext", beautician.id())))
        .isEqualTo(ID_CARD);
    assertThat(
            evidenceCipher.open(
                stored.nameCiphertext(),
                SealBinding.of("account_verification", "name_ciphertext", beautician.id())))
        .isEqualTo("张三");
    assertThat(
            evidenceCipher.open(
                stored.faceCheckCiphertext(),
                SealBinding.of("account_verification", "face_check_ciphertext", beautician.id())))
        .isEqualTo("face-1");
    assertThat(beautician.extraVerification()).isEqualTo(ExtraVerification.PENDING);

    clock.advance(Duration.ofHours(2));
    VerificationView decided = service.decide(submitted.id(), "PASSED", null, "ops.agent");

    assertThat(decided.state()).isEqualTo("PASSED");
    assertThat(decided.decidedAt()).isEqualTo(clock.instant());
    assertThat(beautician.extraVerification()).isEqualTo(ExtraVerification.PASSED);
    assertThat(audit.events)
        .extracting(AuditEvent::action)
        .containsExactly("identity.verification-submitted", "identity.verification-decided");
    assertThat(audit.events)
        .allSatisfy(
            e ->
                assertThat(e.detail() + e.subjectId())
                    .doesNotContain(ID_CARD)
                    .doesNotContain("张三")
                    .doesNotContain("face-1"));
    assertThat(audit.events.get(1).actor()).isEqualTo("ops.agent");
    // once passed, nothing more to submit; nor can the review be changed
    conflict(() -> service.submit(beautician.id(), document("PASSPORT", "E1234567", "张三", null)));
    conflict(() -> service.decide(submitted.id(), "FAILED", "late", "ops.head"));
  }

  @Test
  void aFailedVerificationMayBeResubmittedAndAPendingOneMayNot() {
    AppAccount merchant = account(AppRole.MERCHANT);
    VerificationView first = service.submit(merchant.id(), enterprise(CREDIT_CODE));
    assertThat(first.kind()).isEqualTo("ENTERPRISE");
    conflict(() -> service.submit(merchant.id(), enterprise(CREDIT_CODE)));

    refused(() -> service.decide(first.id(), "FAILED", " ", "ops.agent"), "reason");
    refused(() -> service.decide(first.id(), "MAYBE", null, "ops.agent"), "outcome");
    refused(() -> service.decide(first.id(), "FAILED", "x".repeat(501), "ops.agent"), "reason");
    service.decide(first.id(), "FAILED", "The licence photo is unreadable", "ops.agent");
    assertThat(merchant.extraVerification()).isEqualTo(ExtraVerification.FAILED);
    assertThat(submissions.all.get(0).claimedHash()).isNull();
    assertThat(
            evidenceCipher.open(
                submissions.all.get(0).reasonCiphertext(),
                SealBinding.of("account_verification", "reason_ciphertext", first.id())))
        .isEqualTo("The licence photo is unreadable");

    clock.advance(Duration.ofMinutes(5));
    VerificationView second = service.submit(merchant.id(), enterprise(CREDIT_CODE));
    assertThat(second.state()).isEqualTo("PENDING");
    assertThat(merchant.extraVerification()).isEqualTo(ExtraVerification.PENDING);
    assertThat(service.inState("PENDING", "ops.agent"))
        .extracting(VerificationView::id)
        .containsExactly(second.id());
    assertThat(service.inState("FAILED", "ops.agent"))
        .extracting(VerificationView::id)
        .containsExactly(first.id());
    refused(() -> service.inState("LOST", "ops.agent"), "state");
  }

  @Test
  void oneDocumentVerifiesOneAccountOnly() {
    AppAccount first = account(AppRole.BEAUTICIAN);
    AppAccount second = account(AppRole.CUSTOMER);
    service.submit(first.id(), document("ID_CARD", ID_CARD, "张三", null));

    conflict(
        () -> service.submit(second.id(), document("ID_CARD", ID_CARD.toLowerCase(), "张三", null)));
    assertThat(second.extraVerification()).isEqualTo(ExtraVerification.NOT_REQUIRED);
    assertThat(audit.events)
        .last()
        .satisfies(
            refused -> {
              assertThat(refused.action()).isEqualTo("identity.verification-refused");
              assertThat(refused.actor()).isEqualTo(second.id());
              assertThat(refused.detail() + refused.subjectId())
                  .doesNotContain(ID_CARD)
                  .doesNotContain(first.id());
            });

    // a customer's optional real-name verification with another document
    VerificationView realName =
        service.submit(second.id(), document("PASSPORT", "E1234567", "Zhang San", null));
    assertThat(realName.kind()).isEqualTo("REAL_NAME");
    assertThat(second.extraVerification()).isEqualTo(ExtraVerification.PENDING);
  }

  @Test
  void fieldsOfTheOtherKindAreRefusedByName() {
    AppAccount beautician = account(AppRole.BEAUTICIAN);
    AppAccount merchant = account(AppRole.MERCHANT);
    refused(
        () ->
            service.submit(
                beautician.id(),
                new EvidenceInput("ID_CARD", ID_CARD, "张三", null, CREDIT_CODE, null, null)),
        "creditCode");
    refused(
        () ->
            service.submit(
                merchant.id(),
                new EvidenceInput(null, null, "王五", null, CREDIT_CODE, "Shop", "王五")),
        "fullName");
    refused(() -> service.submit(merchant.id(), enterprise("91110108551385082A")), "creditCode");
    assertThat(submissions.all).isEmpty();
    assertThat(audit.events).isEmpty();
  }

  private AppAccount account(AppRole role) {
    AppAccount account =
        AppAccount.register("h" + accounts.byId.size(), "k1:x", role, clock.instant());
    accounts.add(account);
    return account;
  }

  private static EvidenceInput document(String type, String number, String name, String face) {
    return new EvidenceInput(type, number, name, face, null, null, null);
  }

  private static EvidenceInput enterprise(String code) {
    return new EvidenceInput(null, null, null, null, code, "北京小美科技有限公司", "王五");
  }

  private static void conflict(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
  }

  private static void refused(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
              assertThat(e.field()).isEqualTo(field);
            });
  }
}

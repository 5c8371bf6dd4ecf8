package com.meike.privacy.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.identity.application.AccountLookup;
import com.meike.privacy.identity.application.AccountLookup.SubjectView;
import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppRole;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.testsupport.MethodValidation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DefaultAccountLookupTest {

  private static final String PHONE = "+8613812345678";
  private static final Instant REGISTERED = Instant.parse("2026-11-01T08:00:00Z");

  private final RegistrationFakes.Accounts accounts = new RegistrationFakes.Accounts();
  private final RegistrationFakes.Trail audit = new RegistrationFakes.Trail();
  private final KeyedHash phoneHash = KeyedHash.fromSecret("f0e1".repeat(16));
  private final DefaultAccountLookup lookup = new DefaultAccountLookup(accounts, phoneHash, audit);

  @Test
  void aPersonIsFoundByTheKeyedHashOfTheirPhoneAndTheLookUpIsAuditedWithoutIt() {
    AppAccount account =
        AppAccount.register(phoneHash.hash(PHONE), "k1:sealed", AppRole.BEAUTICIAN, REGISTERED);
    accounts.add(account);

    assertThat(lookup.byPhone(PHONE, "cs.agent"))
        .contains(new SubjectView(account.id(), "BEAUTICIAN", "PENDING", REGISTERED));
    assertThat(lookup.byId(SubjectId.of(account.id()), "privacy.officer"))
        .get()
        .extracting(SubjectView::accountId)
        .isEqualTo(account.id());

    assertThat(audit.events)
        .extracting(AuditEvent::actor)
        .containsExactly("cs.agent", "privacy.officer");
    assertThat(audit.events)
        .allSatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("identity.account-looked-up");
              assertThat(e.subjectId()).isEqualTo(account.id());
              assertThat(e.detail() + e.subjectId()).doesNotContain("13812345678");
            });
  }

  @Test
  void noMatchIsAnEmptyAnswerAndStillAudited() {
    assertThat(lookup.byPhone(PHONE, "cs.agent")).isEmpty();
    assertThat(lookup.byId(SubjectId.of("u-nobody"), "cs.agent")).isEmpty();
    assertThat(audit.events).extracting(AuditEvent::subjectId).containsExactly("none", "u-nobody");
    assertThat(audit.events)
        .extracting(AuditEvent::detail)
        .containsExactly("by phone, no match", "by id, no match");
  }

  @Test
  void malformedPhonesAndIdsAreRefusedByName() {
    assertThatThrownBy(() -> lookup.byPhone("13812345678", "cs.agent"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("phone"));
    assertThatThrownBy(() -> lookup.byId(SubjectId.of("13812345678"), "cs.agent"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("subject"));
    assertThat(audit.events).isEmpty();
  }

  @Test
  void aMalformedIdIsRefusedOnTheInterfaceWithTheKernelsSentence() throws Exception {
    java.lang.reflect.Method byId =
        AccountLookup.class.getMethod("byId", SubjectId.class, String.class);
    assertThat(MethodValidation.refusals(lookup, byId, SubjectId.of("+8613812345678"), "cs.agent"))
        .containsExactly("byId.subject.value " + SubjectId.MESSAGE);
    assertThat(MethodValidation.refusals(lookup, byId, SubjectId.of("a/b"), "cs.agent"))
        .containsExactly("byId.subject.value " + SubjectId.MESSAGE);
    assertThat(MethodValidation.refusals(lookup, byId, null, "cs.agent"))
        .containsExactly("byId.subject is required");
    assertThat(MethodValidation.refusals(lookup, byId, SubjectId.of("u-1"), "cs.agent")).isEmpty();
  }
}

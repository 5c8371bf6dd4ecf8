package com.meike.privacy.consent.application.internal;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static com.meike.privacy.consent.DomainExceptionAssertions.assertKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.meike.privacy.consent.application.ChildMarked;
import com.meike.privacy.consent.application.ChildMarking;
import com.meike.privacy.consent.application.ChildStatusView;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import org.junit.jupiter.api.Test;

class DefaultChildRegisterTest {

  final ConsentServices services = new ConsentServices();

  @Test
  void marking_a_child_records_the_guardian_audits_and_announces() {
    ChildStatusView view =
        services.register.markChild(
            new ChildMarking(SubjectId.of("u-kid"), SubjectId.of("u-mother"), "BIRTH_DATE"),
            "cs.agent");

    assertThat(view)
        .isEqualTo(new ChildStatusView("u-kid", "u-mother", "BIRTH_DATE", ConsentServices.START));
    assertThat(services.register.childStatus(SubjectId.of("u-kid"))).contains(view);
    assertThat(services.register.childStatus(SubjectId.of("u-alice"))).isEmpty();
    AuditEvent audit = services.lastAudit();
    assertThat(audit.action()).isEqualTo("child.marked");
    assertThat(audit.actor()).isEqualTo("cs.agent");
    assertThat(audit.subjectId()).isEqualTo("u-kid");
    assertThat(audit.detail()).contains("BIRTH_DATE").contains("u-mother");
    verify(services.marked).fire(new ChildMarked("u-kid", "u-mother"));
  }

  @Test
  void from_then_on_the_childs_own_consents_no_longer_count() {
    services.accepts("u-kid");
    services.gives("u-kid", "device.camera");
    assertThat(services.check.may(SubjectId.of("u-kid"), PurposeCode.of("device.camera")).allowed())
        .isTrue();

    services.register.markChild(
        new ChildMarking(SubjectId.of("u-kid"), SubjectId.of("u-mother"), "DECLARATION"),
        "u-mother");

    assertThat(services.check.may(SubjectId.of("u-kid"), PurposeCode.of("device.camera")).reason())
        .isEqualTo(DecisionReason.GUARDIAN_CONSENT_MISSING);
    assertThat(services.check.may(SubjectId.of("u-kid"), PurposeCode.of("account.phone")).reason())
        .isEqualTo(DecisionReason.GUARDIAN_CONSENT_MISSING);
  }

  @Test
  void marking_again_with_the_same_guardian_changes_nothing_and_another_guardian_conflicts() {
    services.register.markChild(
        new ChildMarking(SubjectId.of("u-kid"), SubjectId.of("u-mother"), "DECLARATION"),
        "cs.agent");
    clearInvocations(services.auditTrail, services.marked);

    services.register.markChild(
        new ChildMarking(SubjectId.of("u-kid"), SubjectId.of("u-mother"), "BIRTH_DATE"),
        "cs.agent");
    assertKind(
        () ->
            services.register.markChild(
                new ChildMarking(SubjectId.of("u-kid"), SubjectId.of("u-stranger"), "DECLARATION"),
                "u-stranger"),
        Kind.CONFLICT);

    assertThat(services.children.stored.get("u-kid").guardianId()).isEqualTo("u-mother");
    assertThat(services.children.stored.get("u-kid").basis().name()).isEqualTo("DECLARATION");
    verifyNoInteractions(services.auditTrail, services.marked);
  }

  @Test
  void a_guardian_sees_their_children_and_nobody_elses() {
    services.register.markChild(
        new ChildMarking(SubjectId.of("u-kid"), SubjectId.of("u-mother"), "DECLARATION"),
        "cs.agent");
    services.register.markChild(
        new ChildMarking(SubjectId.of("u-baby"), SubjectId.of("u-mother"), "BIRTH_DATE"),
        "cs.agent");
    services.register.markChild(
        new ChildMarking(SubjectId.of("u-other"), SubjectId.of("u-father"), "BIRTH_DATE"),
        "cs.agent");

    assertThat(services.register.childrenOf(SubjectId.of("u-mother")))
        .extracting(ChildStatusView::subject)
        .containsExactly("u-kid", "u-baby");
    assertThat(services.register.childrenOf(SubjectId.of("u-stranger"))).isEmpty();
    assertInvalid(() -> services.register.childrenOf(SubjectId.of("not an id")), "guardian");
  }

  @Test
  void bad_markings_are_named_and_change_nothing() {
    services.register.markChild(
        new ChildMarking(SubjectId.of("u-kid"), SubjectId.of("u-mother"), "DECLARATION"),
        "cs.agent");
    clearInvocations(services.auditTrail, services.marked);

    assertInvalid(
        () ->
            services.register.markChild(
                new ChildMarking(SubjectId.of("u-baby"), SubjectId.of("u-kid"), "DECLARATION"),
                "cs.agent"),
        "guardian");
    assertInvalid(
        () ->
            services.register.markChild(
                new ChildMarking(SubjectId.of("u-baby"), SubjectId.of("u-baby"), "DECLARATION"),
                "cs.agent"),
        "guardian");
    assertInvalid(
        () ->
            services.register.markChild(
                new ChildMarking(SubjectId.of("u-baby"), SubjectId.of("u-mother"), "GUESS"),
                "cs.agent"),
        "basis");
    assertInvalid(
        () ->
            services.register.markChild(
                new ChildMarking(
                    SubjectId.of("u-baby"), SubjectId.of("13812345678"), "DECLARATION"),
                "cs.agent"),
        "guardian");
    assertInvalid(() -> services.register.markChild(null, "cs.agent"), "subject");
    assertKind(
        () ->
            services.register.markChild(
                new ChildMarking(SubjectId.of("u-baby"), SubjectId.of("u-mother"), "DECLARATION"),
                " "),
        Kind.FORBIDDEN);

    assertThat(services.children.stored).containsOnlyKeys("u-kid");
    verifyNoInteractions(services.auditTrail, services.marked);
  }
}

package com.meike.privacy.consent.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.consent.application.ChildMarking;
import com.meike.privacy.consent.application.PolicyPublication;
import com.meike.privacy.consent.domain.policy.ReconsentNotices;
import com.meike.privacy.consent.domain.policy.ReconsentRequirement;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.subject.SubjectId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

class ReconsentNoticeRelayTest {

  final ConsentServices services = new ConsentServices();
  final List<ReconsentNotices.Notice> sent = new ArrayList<>();
  final ReconsentNoticeRelay relay = new ReconsentNoticeRelay();

  @BeforeEach
  void wire() {
    relay.requirements = services.reconsent;
    relay.policies = services.policies;
    relay.children = services.children;
    relay.notices = sent::add;
    relay.auditTrail = services.auditTrail;
    relay.clock = services.clock;
  }

  @Test
  void everyone_a_major_change_marked_is_told_once_in_batches_and_each_batch_is_audited() {
    for (String subject : List.of("u-a", "u-b", "u-c")) {
      services.accepts(subject);
      services.gives(subject, "device.camera");
    }
    publishMajor("2026-02");
    Mockito.clearInvocations(services.auditTrail);

    assertThat(relay.notifyNextBatch(2)).isEqualTo(2);
    assertThat(relay.notifyNextBatch(2)).isEqualTo(1);
    assertThat(relay.notifyNextBatch(2)).isZero();

    assertThat(sent)
        .extracting(ReconsentNotices.Notice::recipient)
        .containsExactly("u-a", "u-b", "u-c");
    assertThat(sent)
        .extracting(ReconsentNotices.Notice::noticeId)
        .containsExactly(
            ReconsentNoticeRelay.noticeId("2026-02", "u-a"),
            ReconsentNoticeRelay.noticeId("2026-02", "u-b"),
            ReconsentNoticeRelay.noticeId("2026-02", "u-c"))
        .doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(java.util.UUID.fromString(id).version()).isEqualTo(3));
    assertThat(ReconsentNoticeRelay.noticeId("2026-02", "u-a"))
        .isEqualTo(ReconsentNoticeRelay.noticeId("2026-02", "u-a"));
    assertThat(sent).allSatisfy(n -> assertThat(n.summary()).isEqualTo("new push partner"));
    assertThat(services.reconsent.stored).allSatisfy(r -> assertThat(r.notifiedAt()).isPresent());
    ArgumentCaptor<AuditEvent> audits = ArgumentCaptor.forClass(AuditEvent.class);
    Mockito.verify(services.auditTrail, Mockito.times(2)).record(audits.capture());
    assertThat(audits.getAllValues())
        .extracting(AuditEvent::detail)
        .containsExactly("2 people told to consent again", "1 people told to consent again");
    assertThat(audits.getAllValues()).allSatisfy(a -> assertThat(a.detail()).doesNotContain("u-"));
  }

  @Test
  void a_childs_notice_goes_to_the_guardian_and_who_already_consented_again_is_not_told() {
    services.register.markChild(
        new ChildMarking(SubjectId.of("u-kid"), SubjectId.of("u-mother"), "DECLARATION"),
        "cs.agent");
    services.ledger.acceptPolicy(
        new com.meike.privacy.consent.application.PolicyAcceptance(
            SubjectId.of("u-kid"), "POPUP", "GUARDIAN", "u-mother"),
        "u-mother");
    services.accepts("u-quick");
    publishMajor("2026-02");
    services.clock.advance(java.time.Duration.ofMinutes(1));
    services.accepts("u-quick");

    relay.notifyNextBatch(10);

    assertThat(sent)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.recipient()).isEqualTo("u-mother");
              assertThat(n.subject()).isEqualTo("u-kid");
            });
    ReconsentRequirement kid =
        services.reconsent.stored.stream()
            .filter(r -> r.subjectId().equals("u-kid"))
            .findFirst()
            .orElseThrow();
    assertThat(kid.notifiedTo()).contains("u-mother");
  }

  @Test
  void a_notice_another_node_claimed_is_not_sent_again() {
    services.accepts("u-a");
    publishMajor("2026-02");
    services.reconsent.claimNotice("u-a", "2026-02", "u-a", services.clock.instant());

    assertThat(relay.notifyNextBatch(10)).isZero();
    assertThat(sent).isEmpty();
  }

  private void publishMajor(String version) {
    services.versions.publish(
        new PolicyPublication(version, "new push partner", "全文（修订）", true, List.of("RECIPIENTS")),
        "privacy.officer");
  }
}

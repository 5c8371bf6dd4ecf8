package com.meike.privacy.consent.application.internal;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static com.meike.privacy.consent.DomainExceptionAssertions.assertKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.consent.application.ThirdPartyAcquisitions.AcquisitionInput;
import com.meike.privacy.consent.application.ThirdPartyAcquisitions.AcquisitionView;
import com.meike.privacy.consent.domain.acquisition.ThirdPartyAcquisition;
import com.meike.privacy.consent.domain.acquisition.ThirdPartyAcquisitionRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.kernel.subject.SubjectId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultThirdPartyAcquisitionsTest {

  final ConsentServices services = new ConsentServices();
  final List<ThirdPartyAcquisition> stored = new ArrayList<>();
  final DefaultThirdPartyAcquisitions acquisitions = new DefaultThirdPartyAcquisitions();

  @BeforeEach
  void wire() {
    acquisitions.check = services.check;
    acquisitions.purposes = services.purposes;
    acquisitions.acquisitions =
        new ThirdPartyAcquisitionRepository() {
          @Override
          public void append(ThirdPartyAcquisition acquisition) {
            stored.add(acquisition);
          }

          @Override
          public List<ThirdPartyAcquisition> of(String subjectId) {
            return stored.stream().filter(a -> a.subjectId().equals(subjectId)).toList();
          }
        };
    acquisitions.auditTrail = services.auditTrail;
    acquisitions.clock = services.clock;
  }

  static AcquisitionInput input(String... categories) {
    return new AcquisitionInput("某合作商户", List.of(categories), "LC-2026-031", "2026-02-20", true);
  }

  @Test
  void a_receipt_is_recorded_only_with_prior_consent_to_every_category() {
    DomainException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            DomainException.class,
            () ->
                acquisitions.record(SubjectId.of("u-alice"), input("device.camera"), "ops.agent"));
    assertThat(refused.kind()).isEqualTo(Kind.CONFLICT);
    assertThat(refused.getMessage()).contains("device.camera").contains("NO_CONSENT");

    services.accepts("u-alice");
    services.gives("u-alice", "device.camera");
    AcquisitionView view =
        acquisitions.record(
            SubjectId.of("u-alice"), input("device.camera", "account.phone"), "ops.agent");

    assertThat(view.dataCategories()).containsExactly("account.phone", "device.camera");
    assertThat(view.commitmentReference()).isEqualTo("LC-2026-031");
    assertThat(acquisitions.of(SubjectId.of("u-alice"), "privacy.officer")).containsExactly(view);
    AuditEvent audit = services.lastAudit();
    assertThat(audit.action()).isEqualTo("consent.third-party-acquisitions-read");
  }

  @Test
  void a_necessary_purpose_needs_the_persons_acceptance_entry_not_just_its_necessity() {
    assertKind(
        () -> acquisitions.record(SubjectId.of("u-bob"), input("account.phone"), "ops.agent"),
        Kind.CONFLICT);
    services.accepts("u-bob");
    assertThat(
            acquisitions
                .record(SubjectId.of("u-bob"), input("account.phone"), "ops.agent")
                .subject())
        .isEqualTo("u-bob");
  }

  @Test
  void withdrawn_consent_refuses_and_bad_input_is_named() {
    services.accepts("u-alice");
    services.gives("u-alice", "device.camera");
    services.withdraws("u-alice", "device.camera");
    assertKind(
        () -> acquisitions.record(SubjectId.of("u-alice"), input("device.camera"), "ops.agent"),
        Kind.CONFLICT);

    assertInvalid(
        () -> acquisitions.record(SubjectId.of("u-alice"), input("no.such-purpose"), "ops.agent"),
        "dataCategories");
    assertInvalid(
        () -> acquisitions.record(SubjectId.of("u-alice"), input(), "ops.agent"), "dataCategories");
    assertInvalid(
        () ->
            acquisitions.record(
                SubjectId.of("u-alice"),
                new AcquisitionInput("src", List.of("account.phone"), " ", "2026-02-20", true),
                "ops.agent"),
        "commitmentReference");
    assertInvalid(
        () ->
            acquisitions.record(
                SubjectId.of("u-alice"),
                new AcquisitionInput("src", List.of("account.phone"), "LC-1", "2099-01-01", true),
                "ops.agent"),
        "commitmentDate");
    assertInvalid(
        () ->
            acquisitions.record(
                SubjectId.of("u-alice"),
                new AcquisitionInput("src", List.of("account.phone"), "LC-1", "yesterday", true),
                "ops.agent"),
        "commitmentDate");
    assertInvalid(
        () ->
            acquisitions.record(
                SubjectId.of("u-alice"),
                new AcquisitionInput("src", List.of("account.phone"), "LC-1", "2026-02-20", false),
                "ops.agent"),
        "personInformed");
    assertThat(stored).isEmpty();
  }
}

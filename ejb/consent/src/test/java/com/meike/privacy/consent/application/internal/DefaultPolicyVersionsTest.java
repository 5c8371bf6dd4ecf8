package com.meike.privacy.consent.application.internal;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static com.meike.privacy.consent.DomainExceptionAssertions.assertKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.meike.privacy.consent.application.ChildMarking;
import com.meike.privacy.consent.application.ConsentRequest;
import com.meike.privacy.consent.application.PolicyAcceptance;
import com.meike.privacy.consent.application.PolicyPublication;
import com.meike.privacy.consent.application.PolicyVersionPublished;
import com.meike.privacy.consent.application.PolicyVersionSummary;
import com.meike.privacy.consent.application.PolicyVersionView;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.consent.domain.policy.ReconsentRequirement;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DefaultPolicyVersionsTest {

  final ConsentServices services = new ConsentServices();

  static PolicyPublication major(String version, String... kinds) {
    return new PolicyPublication(
        version, "Partners changed", "新的政策全文 " + version, true, List.of(kinds));
  }

  static PolicyPublication minor(String version) {
    return new PolicyPublication(version, "Typos fixed", "新的政策全文 " + version, false, null);
  }

  @Nested
  class Publishing {

    @Test
    void a_minor_version_is_in_force_and_marks_nobody() {
      services.accepts("u-alice");

      PolicyVersionView view = services.versions.publish(minor("2026-02"), "privacy.officer");

      assertThat(view.version()).isEqualTo("2026-02");
      assertThat(view.ordinal()).isEqualTo(2);
      assertThat(view.major()).isFalse();
      assertThat(view.majorChangeKinds()).isEmpty();
      assertThat(services.versions.current().version()).isEqualTo("2026-02");
      assertThat(services.reconsent.stored).isEmpty();
      verify(services.published).fire(new PolicyVersionPublished("2026-02", false, 0));
      AuditEvent audit = services.lastAudit();
      assertThat(audit.action()).isEqualTo("policy.published");
      assertThat(audit.subjectType()).isEqualTo("policy-version");
      assertThat(audit.subjectId()).isEqualTo("2026-02");
      assertThat(audit.actor()).isEqualTo("privacy.officer");
    }

    @Test
    void a_major_version_marks_everyone_who_ever_consented_and_announces_how_many() {
      services.accepts("u-alice");
      services.gives("u-bob", "device.camera");
      services.withdraws("u-bob", "device.camera");
      services.clock.advance(Duration.ofDays(1));

      PolicyVersionView view =
          services.versions.publish(
              major("2026-02", "RECIPIENTS", "SERVICE_MODEL"), "privacy.officer");

      assertThat(view.majorChangeKinds()).containsExactly("SERVICE_MODEL", "RECIPIENTS");
      assertThat(services.reconsent.stored)
          .extracting(ReconsentRequirement::subjectId, ReconsentRequirement::policyVersion)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("u-alice", "2026-02"),
              org.assertj.core.groups.Tuple.tuple("u-bob", "2026-02"));
      verify(services.published).fire(new PolicyVersionPublished("2026-02", true, 2));
      assertThat(services.lastAudit().detail()).contains("2 people marked");
      assertThat(services.versions.subjectsAwaitingReconsent("2026-02", null, 1))
          .containsExactly("u-alice");
      assertThat(services.versions.subjectsAwaitingReconsent("2026-02", "u-alice", 10))
          .containsExactly("u-bob");
    }

    @Test
    void a_version_is_published_once() {
      services.versions.publish(minor("2026-02"), "privacy.officer");

      assertKind(
          () -> services.versions.publish(major("2026-02", "RIGHTS"), "privacy.officer"),
          Kind.CONFLICT);
      assertKind(
          () -> services.versions.publish(minor("2026-01"), "privacy.officer"), Kind.CONFLICT);
      assertThat(services.versions.versions()).hasSize(2);
    }

    @Test
    void bad_publications_are_named_and_change_nothing() {
      assertInvalid(
          () -> services.versions.publish(major("2026-02"), "privacy.officer"), "majorChangeKinds");
      assertInvalid(
          () -> services.versions.publish(major("2026-02", "COSMETIC"), "privacy.officer"),
          "majorChangeKinds");
      assertInvalid(
          () -> services.versions.publish(minor("2026 02"), "privacy.officer"), "version");
      assertInvalid(
          () ->
              services.versions.publish(
                  new PolicyPublication("2026-02", "summary", " ", false, List.of()),
                  "privacy.officer"),
          "text");
      assertInvalid(() -> services.versions.publish(null, "privacy.officer"), "version");
      assertKind(() -> services.versions.publish(minor("2026-02"), null), Kind.FORBIDDEN);

      assertThat(services.versions.versions()).hasSize(1);
      verifyNoInteractions(services.auditTrail, services.published);
    }
  }

  @Nested
  class Reading {

    @Test
    void old_versions_stay_readable_newest_first() {
      services.versions.publish(major("2026-02", "CONTROL"), "privacy.officer");

      List<PolicyVersionSummary> all = services.versions.versions();

      assertThat(all)
          .extracting(PolicyVersionSummary::version)
          .containsExactly("2026-02", "2026-01");
      assertThat(all).extracting(PolicyVersionSummary::current).containsExactly(true, false);
      assertThat(services.versions.version("2026-01").text()).isEqualTo("全文");
      assertThat(services.versions.version("2026-02").majorChangeKinds())
          .containsExactly("CONTROL");
      assertKind(() -> services.versions.version("2030-01"), Kind.NOT_FOUND);
      assertInvalid(() -> services.versions.version("../etc"), "version");
    }

    @Test
    void there_is_no_current_version_before_the_first_publication() {
      ConsentServices empty =
          new ConsentServices(
              com.meike.privacy.consent.domain.catalogue.CatalogueFixtures.catalogue(), false);

      assertKind(empty.versions::current, Kind.NOT_FOUND);
      assertThat(empty.versions.versions()).isEmpty();
    }

    @Test
    void awaiting_pages_are_bounded_and_name_a_published_version() {
      assertInvalid(() -> services.versions.subjectsAwaitingReconsent("2026-01", null, 0), "limit");
      assertInvalid(
          () -> services.versions.subjectsAwaitingReconsent("2026-01", null, 1001), "limit");
      assertKind(
          () -> services.versions.subjectsAwaitingReconsent("2030-01", null, 10), Kind.NOT_FOUND);
    }
  }

  /** CON-5 end to end: a major change stops optional processing until the person consents again. */
  @Test
  void after_a_major_change_an_optional_purpose_waits_for_consent_under_the_new_version() {
    services.accepts("u-alice");
    services.gives("u-alice", "location.precise");
    assertThat(
            services
                .check
                .may(SubjectId.of("u-alice"), PurposeCode.of("location.precise"))
                .reason())
        .isEqualTo(DecisionReason.CONSENT_GIVEN);
    services.clock.advance(Duration.ofDays(30));

    services.versions.publish(major("2026-02", "SERVICE_MODEL"), "privacy.officer");

    assertThat(
            services
                .check
                .may(SubjectId.of("u-alice"), PurposeCode.of("location.precise"))
                .reason())
        .isEqualTo(DecisionReason.RECONSENT_REQUIRED);
    assertThat(
            services.check.may(SubjectId.of("u-alice"), PurposeCode.of("account.phone")).reason())
        .isEqualTo(DecisionReason.NECESSARY_PURPOSE);

    services.clock.advance(Duration.ofMinutes(1));
    services.accepts("u-alice");
    assertThat(services.reconsent.latestFor("u-alice").orElseThrow().satisfiedAt())
        .contains(services.clock.instant());
    assertThat(services.versions.subjectsAwaitingReconsent("2026-02", null, 10)).isEmpty();
    assertThat(
            services
                .check
                .may(SubjectId.of("u-alice"), PurposeCode.of("location.precise"))
                .reason())
        .as("accepting the policy is no consent to an optional purpose")
        .isEqualTo(DecisionReason.RECONSENT_REQUIRED);

    services.gives("u-alice", "location.precise");
    assertThat(
            services
                .check
                .may(SubjectId.of("u-alice"), PurposeCode.of("location.precise"))
                .reason())
        .isEqualTo(DecisionReason.CONSENT_GIVEN);
    assertThat(services.entries.latest("u-alice", "location.precise").orElseThrow().policyVersion())
        .isEqualTo("2026-02");
  }

  @Test
  void a_guardian_accepting_the_new_version_satisfies_the_childs_requirement() {
    services.register.markChild(
        new ChildMarking(SubjectId.of("u-kid"), SubjectId.of("u-mother"), "DECLARATION"),
        "cs.agent");
    services.ledger.acceptPolicy(
        new PolicyAcceptance(SubjectId.of("u-kid"), "POPUP", "GUARDIAN", "u-mother"), "u-mother");
    services.ledger.give(
        ConsentRequest.of("u-kid", "device.camera", "POPUP", "GUARDIAN", "u-mother"), "u-mother");
    services.clock.advance(Duration.ofDays(1));
    services.versions.publish(major("2026-02", "RIGHTS"), "privacy.officer");
    assertThat(services.check.may(SubjectId.of("u-kid"), PurposeCode.of("device.camera")).reason())
        .isEqualTo(DecisionReason.RECONSENT_REQUIRED);

    services.ledger.acceptPolicy(
        new PolicyAcceptance(SubjectId.of("u-kid"), "POPUP", "GUARDIAN", "u-mother"), "u-mother");

    assertThat(services.versions.subjectsAwaitingReconsent("2026-02", null, 10)).isEmpty();
  }
}

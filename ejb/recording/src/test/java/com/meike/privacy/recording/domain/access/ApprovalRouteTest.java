package com.meike.privacy.recording.domain.access;

import static com.meike.privacy.recording.domain.access.DomainExceptionAssertions.assertKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.problem.DomainException.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApprovalRouteTest {

  private static final Optional<String> PRIVACY = Optional.of("privacy.officer");
  private static final Optional<String> LEGAL = Optional.of("legal.counsel");
  private static final Optional<String> SECURITY = Optional.of("sec.head");

  @Test
  void an_employee_goes_to_their_department_head_then_the_security_head() {
    ApprovalRoute route =
        ApprovalRoute.plan("ops.agent", Optional.of("ops.head"), PRIVACY, LEGAL, SECURITY);

    assertThat(route).isEqualTo(new ApprovalRoute("ops.head", "sec.head"));
    assertThat(route.approverFor(ApprovalStep.DEPARTMENT_HEAD)).isEqualTo("ops.head");
    assertThat(route.approverFor(ApprovalStep.SECURITY_HEAD)).isEqualTo("sec.head");
  }

  @Test
  void a_department_head_applying_goes_to_the_privacy_officer_first() {
    ApprovalRoute route =
        ApprovalRoute.plan("ops.head", Optional.of("ops.head"), PRIVACY, LEGAL, SECURITY);

    assertThat(route).isEqualTo(new ApprovalRoute("privacy.officer", "sec.head"));
  }

  @Test
  void an_applicant_without_a_department_head_goes_to_the_privacy_officer_first() {
    ApprovalRoute route = ApprovalRoute.plan("admin", Optional.empty(), PRIVACY, LEGAL, SECURITY);

    assertThat(route).isEqualTo(new ApprovalRoute("privacy.officer", "sec.head"));
  }

  @Test
  void the_security_head_applying_is_approved_by_the_privacy_officer_in_the_second_step() {
    ApprovalRoute route =
        ApprovalRoute.plan("sec.head", Optional.of("ops.head"), PRIVACY, LEGAL, SECURITY);

    assertThat(route).isEqualTo(new ApprovalRoute("ops.head", "privacy.officer"));
  }

  @Test
  void the_security_head_heading_their_own_department_is_approved_by_privacy_then_legal() {
    ApprovalRoute route =
        ApprovalRoute.plan("sec.head", Optional.of("sec.head"), PRIVACY, LEGAL, SECURITY);

    assertThat(route).isEqualTo(new ApprovalRoute("privacy.officer", "legal.counsel"));
  }

  @Test
  void the_privacy_officer_applying_goes_to_legal_then_the_security_head() {
    ApprovalRoute route =
        ApprovalRoute.plan(
            "privacy.officer", Optional.of("privacy.officer"), PRIVACY, LEGAL, SECURITY);

    assertThat(route).isEqualTo(new ApprovalRoute("legal.counsel", "sec.head"));
  }

  @Test
  void without_a_security_head_the_privacy_officer_approves_the_second_step() {
    ApprovalRoute route =
        ApprovalRoute.plan("ops.agent", Optional.of("ops.head"), PRIVACY, LEGAL, Optional.empty());

    assertThat(route).isEqualTo(new ApprovalRoute("ops.head", "privacy.officer"));
  }

  @Test
  void the_second_approver_is_never_the_first_one() {
    // The privacy officer also heads the applicant's department and there is no security head.
    ApprovalRoute route =
        ApprovalRoute.plan("po.assistant", PRIVACY, PRIVACY, LEGAL, Optional.empty());

    assertThat(route).isEqualTo(new ApprovalRoute("privacy.officer", "legal.counsel"));
  }

  @Test
  void blank_names_from_the_directory_count_as_absent() {
    ApprovalRoute route =
        ApprovalRoute.plan("ops.agent", Optional.of("  "), PRIVACY, LEGAL, SECURITY);

    assertThat(route.firstApprover()).isEqualTo("privacy.officer");
  }

  @Test
  void nobody_available_for_the_first_step_is_a_conflict() {
    assertKind(
        () ->
            ApprovalRoute.plan(
                "ops.agent", Optional.empty(), Optional.empty(), Optional.empty(), SECURITY),
        Kind.CONFLICT);
  }

  @Test
  void nobody_available_at_all_is_a_conflict() {
    assertKind(
        () ->
            ApprovalRoute.plan(
                "ops.agent",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
        Kind.CONFLICT);
  }

  @Test
  void one_person_alone_cannot_approve_both_steps() {
    assertKind(
        () ->
            ApprovalRoute.plan(
                "ops.agent",
                Optional.of("ops.head"),
                Optional.empty(),
                Optional.empty(),
                Optional.of("ops.head")),
        Kind.CONFLICT);
  }

  @Test
  void only_the_applicant_available_is_a_conflict() {
    Optional<String> self = Optional.of("legal.counsel");
    assertKind(
        () -> ApprovalRoute.plan("legal.counsel", self, Optional.empty(), self, self),
        Kind.CONFLICT);
  }

  @Test
  void a_stored_route_needs_two_different_people() {
    assertThatThrownBy(() -> new ApprovalRoute("ops.head", "ops.head"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ApprovalRoute("ops.head", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void involves_only_the_two_approvers() {
    ApprovalRoute route = new ApprovalRoute("ops.head", "sec.head");

    assertThat(route.involves("ops.head")).isTrue();
    assertThat(route.involves("sec.head")).isTrue();
    assertThat(route.involves("ops.agent")).isFalse();
    assertThat(route.involves(null)).isFalse();
  }
}

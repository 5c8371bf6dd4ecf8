package com.meike.privacy.recording.domain.access;

import static com.meike.privacy.recording.domain.access.ApprovalStep.DEPARTMENT_HEAD;
import static com.meike.privacy.recording.domain.access.ApprovalStep.SECURITY_HEAD;
import static com.meike.privacy.recording.domain.access.DomainExceptionAssertions.assertInvalid;
import static com.meike.privacy.recording.domain.access.DomainExceptionAssertions.assertKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.meike.privacy.kernel.problem.DomainException.Kind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("REC-7")
class RecordingAccessApplicationTest {

  static final Instant APPLIED = Instant.parse("2026-11-29T08:00:00Z");
  static final Instant LATER = APPLIED.plus(Duration.ofHours(1));
  static final Instant EVEN_LATER = APPLIED.plus(Duration.ofHours(2));
  static final String APPLICANT = "ops.agent";
  static final String DEPARTMENT_HEAD_USER = "ops.head";
  static final String SECURITY_HEAD_USER = "sec.head";

  static RecordingAccessApplication application() {
    return RecordingAccessApplication.submit(
        "app-1",
        OrderNumber.of("MK2026112900000123"),
        AllowedUse.DISPUTE_EVIDENCE,
        new AccessReason("customer disputes what the beautician said"),
        APPLICANT,
        new ApprovalRoute(DEPARTMENT_HEAD_USER, SECURITY_HEAD_USER),
        APPLIED,
        new ConditionEvidence(UseCondition.CUSTOMER_CONSENT, 7L, null, null));
  }

  static RecordingAccessApplication approved() {
    RecordingAccessApplication application = application();
    application.decide(DEPARTMENT_HEAD, DEPARTMENT_HEAD_USER, true, null, LATER);
    application.decide(SECURITY_HEAD, SECURITY_HEAD_USER, true, "ok", EVEN_LATER);
    return application;
  }

  @Test
  void a_new_application_awaits_the_department_head() {
    RecordingAccessApplication application = application();

    assertThat(application.status()).isEqualTo(ApplicationStatus.AWAITING_DEPARTMENT_HEAD);
    assertThat(application.decisions()).isEmpty();
    assertThat(application.grantId()).isEmpty();
    assertThat(application.route().approverFor(DEPARTMENT_HEAD)).isEqualTo(DEPARTMENT_HEAD_USER);
  }

  @Test
  void an_application_routed_to_its_own_applicant_cannot_exist() {
    assertThatThrownBy(
            () ->
                RecordingAccessApplication.submit(
                    "app-2",
                    OrderNumber.of("MK2026112900000123"),
                    AllowedUse.RULE_SPOT_CHECK,
                    new AccessReason("spot check of rule violations"),
                    DEPARTMENT_HEAD_USER,
                    new ApprovalRoute(DEPARTMENT_HEAD_USER, SECURITY_HEAD_USER),
                    APPLIED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Nested
  class Approving {

    @Test
    void approving_both_steps_approves_the_application() {
      RecordingAccessApplication application = application();

      application.decide(DEPARTMENT_HEAD, DEPARTMENT_HEAD_USER, true, null, LATER);
      assertThat(application.status()).isEqualTo(ApplicationStatus.AWAITING_SECURITY_HEAD);

      application.decide(SECURITY_HEAD, SECURITY_HEAD_USER, true, "  fine  ", EVEN_LATER);
      assertThat(application.status()).isEqualTo(ApplicationStatus.APPROVED);

      assertThat(application.decisions())
          .extracting(
              ApprovalDecision::step,
              ApprovalDecision::approver,
              ApprovalDecision::approved,
              ApprovalDecision::decidedAt)
          .containsExactly(
              tuple(DEPARTMENT_HEAD, DEPARTMENT_HEAD_USER, true, LATER),
              tuple(SECURITY_HEAD, SECURITY_HEAD_USER, true, EVEN_LATER));
      assertThat(application.decisions().get(0).comment()).isEmpty();
      assertThat(application.decisions().get(1).comment()).contains("fine");
    }

    @Test
    void rejecting_the_first_step_rejects_the_application_and_ends_it() {
      RecordingAccessApplication application = application();

      application.decide(
          DEPARTMENT_HEAD, DEPARTMENT_HEAD_USER, false, "no dispute on record", LATER);

      assertThat(application.status()).isEqualTo(ApplicationStatus.REJECTED);
      assertThat(application.decisions().get(0).comment()).contains("no dispute on record");
      assertKind(
          () -> application.decide(SECURITY_HEAD, SECURITY_HEAD_USER, true, null, EVEN_LATER),
          Kind.CONFLICT);
    }

    @Test
    void rejecting_the_second_step_rejects_the_application() {
      RecordingAccessApplication application = application();
      application.decide(DEPARTMENT_HEAD, DEPARTMENT_HEAD_USER, true, null, LATER);

      application.decide(SECURITY_HEAD, SECURITY_HEAD_USER, false, "use not justified", EVEN_LATER);

      assertThat(application.status()).isEqualTo(ApplicationStatus.REJECTED);
      assertThat(application.decisions()).hasSize(2);
    }
  }

  @Nested
  class Refusing {

    @Test
    void the_security_head_cannot_decide_the_department_step() {
      RecordingAccessApplication application = application();

      assertKind(
          () -> application.decide(DEPARTMENT_HEAD, SECURITY_HEAD_USER, true, null, LATER),
          Kind.FORBIDDEN);
      assertThat(application.status()).isEqualTo(ApplicationStatus.AWAITING_DEPARTMENT_HEAD);
      assertThat(application.decisions()).isEmpty();
    }

    @Test
    void the_department_head_cannot_decide_the_security_step() {
      RecordingAccessApplication application = application();
      application.decide(DEPARTMENT_HEAD, DEPARTMENT_HEAD_USER, true, null, LATER);

      assertKind(
          () -> application.decide(SECURITY_HEAD, DEPARTMENT_HEAD_USER, true, null, EVEN_LATER),
          Kind.FORBIDDEN);
      assertThat(application.status()).isEqualTo(ApplicationStatus.AWAITING_SECURITY_HEAD);
    }

    @Test
    void a_stranger_cannot_decide() {
      RecordingAccessApplication application = application();

      assertKind(
          () -> application.decide(DEPARTMENT_HEAD, "cs.head", true, null, LATER), Kind.FORBIDDEN);
      assertKind(
          () -> application.decide(DEPARTMENT_HEAD, null, true, null, LATER), Kind.FORBIDDEN);
    }

    @Test
    void nobody_approves_their_own_application() {
      RecordingAccessApplication application = application();

      assertThat(
              assertKind(
                      () -> application.decide(DEPARTMENT_HEAD, APPLICANT, true, null, LATER),
                      Kind.FORBIDDEN)
                  .getMessage())
          .contains("own application");
      assertKind(
          () -> application.decide(SECURITY_HEAD, APPLICANT, true, null, LATER), Kind.FORBIDDEN);
      assertThat(application.decisions()).isEmpty();
    }

    @Test
    void the_security_step_cannot_be_decided_before_the_department_step() {
      RecordingAccessApplication application = application();

      assertThat(
              assertKind(
                      () ->
                          application.decide(SECURITY_HEAD, SECURITY_HEAD_USER, true, null, LATER),
                      Kind.CONFLICT)
                  .getMessage())
          .contains("not awaiting");
      assertThat(application.status()).isEqualTo(ApplicationStatus.AWAITING_DEPARTMENT_HEAD);
      assertThat(application.decisions()).isEmpty();
    }

    @Test
    void a_step_is_decided_only_once() {
      RecordingAccessApplication application = application();
      application.decide(DEPARTMENT_HEAD, DEPARTMENT_HEAD_USER, true, null, LATER);

      assertThat(
              assertKind(
                      () ->
                          application.decide(
                              DEPARTMENT_HEAD,
                              DEPARTMENT_HEAD_USER,
                              false,
                              "changed my mind",
                              EVEN_LATER),
                      Kind.CONFLICT)
                  .getMessage())
          .contains("already decided");
      assertThat(application.status()).isEqualTo(ApplicationStatus.AWAITING_SECURITY_HEAD);
      assertThat(application.decisions()).hasSize(1);
    }

    @Test
    void an_approved_application_takes_no_more_decisions() {
      RecordingAccessApplication application = approved();

      assertKind(
          () -> application.decide(SECURITY_HEAD, SECURITY_HEAD_USER, false, "oops", EVEN_LATER),
          Kind.CONFLICT);
      assertThat(application.status()).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void rejecting_needs_a_comment() {
      RecordingAccessApplication application = application();

      assertInvalid(
          () -> application.decide(DEPARTMENT_HEAD, DEPARTMENT_HEAD_USER, false, null, LATER),
          "comment");
      assertInvalid(
          () -> application.decide(DEPARTMENT_HEAD, DEPARTMENT_HEAD_USER, false, "   ", LATER),
          "comment");
      assertThat(application.status()).isEqualTo(ApplicationStatus.AWAITING_DEPARTMENT_HEAD);
      assertThat(application.decisions()).isEmpty();
    }

    @Test
    void rejecting_at_the_second_step_needs_a_comment_too() {
      RecordingAccessApplication application = application();
      application.decide(DEPARTMENT_HEAD, DEPARTMENT_HEAD_USER, true, null, LATER);

      assertInvalid(
          () -> application.decide(SECURITY_HEAD, SECURITY_HEAD_USER, false, "", EVEN_LATER),
          "comment");
      assertThat(application.status()).isEqualTo(ApplicationStatus.AWAITING_SECURITY_HEAD);
    }

    @Test
    void a_comment_longer_than_the_column_is_invalid() {
      RecordingAccessApplication application = application();

      assertInvalid(
          () ->
              application.decide(
                  DEPARTMENT_HEAD, DEPARTMENT_HEAD_USER, true, "x".repeat(1001), LATER),
          "comment");
    }
  }

  @Nested
  class Lapsing {

    @Test
    void an_application_awaiting_the_first_step_lapses() {
      RecordingAccessApplication application = application();

      application.lapse(LATER);

      assertThat(application.status()).isEqualTo(ApplicationStatus.LAPSED);
      assertKind(
          () -> application.decide(DEPARTMENT_HEAD, DEPARTMENT_HEAD_USER, true, null, EVEN_LATER),
          Kind.CONFLICT);
    }

    @Test
    void an_application_awaiting_the_second_step_lapses() {
      RecordingAccessApplication application = application();
      application.decide(DEPARTMENT_HEAD, DEPARTMENT_HEAD_USER, true, null, LATER);

      application.lapse(EVEN_LATER);

      assertThat(application.status()).isEqualTo(ApplicationStatus.LAPSED);
    }

    @Test
    void a_decided_application_does_not_lapse() {
      RecordingAccessApplication approved = approved();
      assertKind(() -> approved.lapse(EVEN_LATER), Kind.CONFLICT);
      assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);

      RecordingAccessApplication rejected = application();
      rejected.decide(DEPARTMENT_HEAD, DEPARTMENT_HEAD_USER, false, "not needed", LATER);
      assertKind(() -> rejected.lapse(EVEN_LATER), Kind.CONFLICT);

      RecordingAccessApplication lapsed = application();
      lapsed.lapse(LATER);
      assertKind(() -> lapsed.lapse(EVEN_LATER), Kind.CONFLICT);
    }
  }

  @Nested
  class Granting {

    @Test
    void an_approved_application_earns_one_grant_for_its_order_and_applicant() {
      RecordingAccessApplication application = approved();
      Instant now = EVEN_LATER.plusSeconds(5);

      RecordingAccessGrant grant = application.issueGrant("grant-1", now, Duration.ofHours(24));

      assertThat(grant.id()).isEqualTo("grant-1");
      assertThat(grant.applicationId()).isEqualTo("app-1");
      assertThat(grant.orderNumber()).isEqualTo(OrderNumber.of("MK2026112900000123"));
      assertThat(grant.use()).isEqualTo(AllowedUse.DISPUTE_EVIDENCE);
      assertThat(grant.holder()).isEqualTo(APPLICANT);
      assertThat(grant.issuedAt()).isEqualTo(now);
      assertThat(grant.expiresAt()).isEqualTo(now.plus(Duration.ofHours(24)));
      assertThat(application.grantId()).contains("grant-1");
    }

    @Test
    void a_second_grant_is_refused() {
      RecordingAccessApplication application = approved();
      application.issueGrant("grant-1", EVEN_LATER, Duration.ofHours(24));

      assertKind(
          () -> application.issueGrant("grant-2", EVEN_LATER, Duration.ofHours(24)), Kind.CONFLICT);
      assertThat(application.grantId()).contains("grant-1");
    }

    @Test
    void only_an_approved_application_earns_a_grant() {
      RecordingAccessApplication waiting = application();
      assertKind(() -> waiting.issueGrant("g", LATER, Duration.ofHours(1)), Kind.CONFLICT);

      RecordingAccessApplication halfway = application();
      halfway.decide(DEPARTMENT_HEAD, DEPARTMENT_HEAD_USER, true, null, LATER);
      assertKind(() -> halfway.issueGrant("g", LATER, Duration.ofHours(1)), Kind.CONFLICT);

      RecordingAccessApplication rejected = application();
      rejected.decide(DEPARTMENT_HEAD, DEPARTMENT_HEAD_USER, false, "no", LATER);
      assertKind(() -> rejected.issueGrant("g", LATER, Duration.ofHours(1)), Kind.CONFLICT);
      assertThat(rejected.grantId()).isEmpty();
    }

    @Test
    void a_grant_must_last_a_positive_time() {
      RecordingAccessApplication application = approved();

      assertThatThrownBy(() -> application.issueGrant("g", EVEN_LATER, Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(application.grantId()).isEmpty();
    }
  }

  @Test
  void involves_the_applicant_and_both_approvers_only() {
    RecordingAccessApplication application = application();

    assertThat(application.involves(APPLICANT)).isTrue();
    assertThat(application.involves(DEPARTMENT_HEAD_USER)).isTrue();
    assertThat(application.involves(SECURITY_HEAD_USER)).isTrue();
    assertThat(application.involves("cs.agent")).isFalse();
    assertThat(application.involves(null)).isFalse();
  }
}

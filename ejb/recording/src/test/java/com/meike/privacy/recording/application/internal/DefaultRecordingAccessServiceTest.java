package com.meike.privacy.recording.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.identity.application.StaffDirectory;
import com.meike.privacy.identity.application.StaffDirectory.StaffMemberView;
import com.meike.privacy.identity.domain.staff.DepartmentFunction;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.recording.application.ApplicationRequest;
import com.meike.privacy.recording.application.ApplicationView;
import com.meike.privacy.recording.application.GrantView;
import com.meike.privacy.recording.application.RecordingAccessRequested;
import com.meike.privacy.recording.domain.access.ApprovalStep;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.domain.retention.RecordingRepository;
import com.meike.privacy.recording.domain.retention.RecordingStatus;
import com.meike.privacy.testsupport.MovableClock;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DefaultRecordingAccessServiceTest {

  static final String ORDER = "MK2026112900000123";
  static final String REASON = "customer says the beautician was rude; Room 5, 12 Xinhua Rd";
  static final Instant START = Instant.parse("2026-11-29T08:00:00Z");

  final MovableClock clock = new MovableClock(START);
  final InMemoryRepositories.Applications applications = new InMemoryRepositories.Applications();
  final InMemoryRepositories.Grants grants = new InMemoryRepositories.Grants();
  final StaffDirectory staff = mock(StaffDirectory.class);
  final AuditTrail auditTrail = mock(AuditTrail.class);
  final RefusalRecorder refusals = mock(RefusalRecorder.class);
  final FakeOrders orders = FakeOrders.of(ORDER).assigned(ORDER, "Shanghai", "cust-1", "beau-1");
  final com.meike.privacy.consent.application.ConsentCheck consent =
      mock(com.meike.privacy.consent.application.ConsentCheck.class);

  @SuppressWarnings("unchecked")
  final Event<RecordingAccessRequested> requested = mock(Event.class);

  final DefaultRecordingAccessService service = new DefaultRecordingAccessService();

  @BeforeEach
  void wire() {
    service.applications = applications;
    service.grants = grants;
    service.staff = staff;
    service.orders = orders;
    service.consent = consent;
    // the customer consented to the recording's use as dispute evidence (REC-7), entry 41
    when(consent.may(any(), any()))
        .thenReturn(
            com.meike.privacy.consent.domain.ledger.Decision.of(
                com.meike.privacy.consent.domain.ledger.DecisionReason.NO_CONSENT, null));
    when(consent.may(SubjectId.of("cust-1"), PurposeCode.of("service.recording.dispute-evidence")))
        .thenReturn(
            com.meike.privacy.consent.domain.ledger.Decision.of(
                com.meike.privacy.consent.domain.ledger.DecisionReason.CONSENT_GIVEN, 41L));
    service.auditTrail = auditTrail;
    service.refusals = refusals;
    service.requested = requested;
    service.clock = clock;
    service.grantValidity = Duration.ofHours(24);
    when(staff.member(any()))
        .thenAnswer(
            call ->
                Optional.of(
                    new StaffMemberView(call.getArgument(0), "Demo", "operations", "Operations")));
    when(staff.headOfDepartmentOf("ops.agent")).thenReturn(Optional.of("ops.head"));
    when(staff.headOf(DepartmentFunction.PRIVACY_OFFICE))
        .thenReturn(Optional.of("privacy.officer"));
    when(staff.headOf(DepartmentFunction.LEGAL)).thenReturn(Optional.of("legal.counsel"));
    when(staff.headOf(DepartmentFunction.SECURITY)).thenReturn(Optional.of("sec.head"));
  }

  ApplicationView applied() {
    return service.apply(new ApplicationRequest(ORDER, "DISPUTE_EVIDENCE", REASON), "ops.agent");
  }

  GrantView granted() {
    ApplicationView application = applied();
    service.decide(application.id(), ApprovalStep.DEPARTMENT_HEAD, "ops.head", true, null);
    service.decide(application.id(), ApprovalStep.SECURITY_HEAD, "sec.head", true, null);
    return service.issueGrant(application.id());
  }

  AuditEvent lastAudit() {
    ArgumentCaptor<AuditEvent> captor = ArgumentCaptor.forClass(AuditEvent.class);
    verify(auditTrail, org.mockito.Mockito.atLeastOnce()).record(captor.capture());
    return captor.getValue();
  }

  static DomainException refusal(ThrowingCallable call) {
    DomainException thrown = catchThrowableOfType(DomainException.class, call);
    assertThat(thrown).as("expected a DomainException").isNotNull();
    return thrown;
  }

  @Test
  @DisplayName(
      "issue 17, item 4: the approvers read how many of the order's recordings can be heard (ended or cut off, not destroyed)")
  void approvers_read_how_many_recordings_can_be_heard() {
    ApplicationView application = applied();
    RecordingRepository recordings = mock(RecordingRepository.class);
    service.recordings = recordings;
    List<Recording> stored =
        List.of(
            recording(RecordingStatus.ENDED),
            recording(RecordingStatus.FAILED),
            recording(RecordingStatus.DESTROYED),
            recording(RecordingStatus.RECORDING));
    when(recordings.ofOrder(ORDER)).thenReturn(stored);

    assertThat(service.recordingsToHear(application.id(), "ops.head", false)).isEqualTo(2);
    when(recordings.ofOrder(ORDER)).thenReturn(List.of());
    assertThat(service.recordingsToHear(application.id(), "ops.head", false)).isZero();
    // not the approvers' own application: no answer, as for the application itself
    refusal(() -> service.recordingsToHear(application.id(), "cs.agent", false));
  }

  static Recording recording(RecordingStatus status) {
    Recording recording = mock(Recording.class);
    when(recording.status()).thenReturn(status);
    return recording;
  }

  @Nested
  class Applying {

    @Test
    void an_application_is_routed_stored_audited_and_announced() {
      ApplicationView view = applied();

      assertThat(view.status()).isEqualTo("AWAITING_DEPARTMENT_HEAD");
      assertThat(view.firstApprover()).isEqualTo("ops.head");
      assertThat(view.secondApprover()).isEqualTo("sec.head");
      assertThat(view.orderNumber()).isEqualTo(ORDER);
      assertThat(view.use()).isEqualTo("DISPUTE_EVIDENCE");
      assertThat(view.applicant()).isEqualTo("ops.agent");
      assertThat(view.appliedAt()).isEqualTo(START);
      assertThat(applications.stored).containsKey(view.id());

      AuditEvent audit = lastAudit();
      assertThat(audit.actor()).isEqualTo("ops.agent");
      assertThat(audit.action()).isEqualTo("recording-access.applied");
      assertThat(audit.subjectType()).isEqualTo("recording-access-application");
      assertThat(audit.subjectId()).isEqualTo(view.id());
      assertThat(audit.detail()).contains(ORDER).doesNotContain("Room 5").doesNotContain("rude");

      verify(requested).fire(new RecordingAccessRequested(view.id()));
    }

    @Test
    void applying_from_the_process_raises_no_event() {
      ApplicationView view =
          service.applyFromProcess(
              new ApplicationRequest(ORDER, "RULE_SPOT_CHECK", REASON), "ops.agent");

      assertThat(applications.stored).containsKey(view.id());
      assertThat(lastAudit().action()).isEqualTo("recording-access.applied");
      verifyNoInteractions(requested);
    }

    @Test
    void each_invalid_field_is_named_and_nothing_is_stored() {
      assertThat(
              refusal(
                      () ->
                          service.apply(
                              new ApplicationRequest("MK123", "DISPUTE_EVIDENCE", REASON),
                              "ops.agent"))
                  .field())
          .isEqualTo("orderNumber");
      assertThat(
              refusal(
                  () ->
                      service.apply(
                          new ApplicationRequest("MK2026112900000999", "DISPUTE_EVIDENCE", REASON),
                          "ops.agent")))
          .satisfies(e -> assertThat(e.field()).isEqualTo("orderNumber"))
          .hasMessageContaining("no order");
      assertThat(
              refusal(
                      () ->
                          service.apply(
                              new ApplicationRequest(ORDER, "CURIOSITY", REASON), "ops.agent"))
                  .field())
          .isEqualTo("use");
      assertThat(
              refusal(
                      () ->
                          service.apply(
                              new ApplicationRequest(ORDER, "DISPUTE_EVIDENCE", "short"),
                              "ops.agent"))
                  .field())
          .isEqualTo("reason");

      assertThat(applications.stored).isEmpty();
      verifyNoInteractions(auditTrail, requested);
    }

    @Test
    void someone_outside_the_staff_directory_may_not_apply() {
      when(staff.member("admin")).thenReturn(Optional.empty());

      assertThat(
              refusal(
                      () ->
                          service.apply(
                              new ApplicationRequest(ORDER, "DISPUTE_EVIDENCE", REASON), "admin"))
                  .kind())
          .isEqualTo(Kind.FORBIDDEN);
      assertThat(applications.stored).isEmpty();
      verifyNoInteractions(auditTrail, requested);
    }

    @Test
    void without_anyone_to_approve_the_application_is_refused() {
      when(staff.headOfDepartmentOf("loner")).thenReturn(Optional.empty());
      when(staff.headOf(any())).thenReturn(Optional.empty());

      assertThat(
              refusal(
                      () ->
                          service.apply(
                              new ApplicationRequest(ORDER, "SAFETY_ANALYSIS", REASON), "loner"))
                  .kind())
          .isEqualTo(Kind.CONFLICT);
      assertThat(applications.stored).isEmpty();
      verifyNoInteractions(requested);
    }
  }

  @Nested
  class Deciding {

    @Test
    void decisions_are_audited_without_the_comment() {
      ApplicationView application = applied();
      clock.advance(Duration.ofMinutes(30));

      ApplicationView view =
          service.decide(
              application.id(),
              ApprovalStep.DEPARTMENT_HEAD,
              "ops.head",
              false,
              "Room 5 is private");

      assertThat(view.status()).isEqualTo("REJECTED");
      assertThat(view.decisions()).hasSize(1);
      assertThat(view.decisions().get(0).decidedAt()).isEqualTo(START.plus(Duration.ofMinutes(30)));
      AuditEvent audit = lastAudit();
      assertThat(audit.action()).isEqualTo("recording-access.decided");
      assertThat(audit.actor()).isEqualTo("ops.head");
      assertThat(audit.subjectId()).isEqualTo(application.id());
      assertThat(audit.detail()).contains("DEPARTMENT_HEAD").doesNotContain("Room 5");
    }

    @Test
    void a_refused_decision_writes_no_audit_entry() {
      ApplicationView application = applied();

      assertThat(
              refusal(
                      () ->
                          service.decide(
                              application.id(),
                              ApprovalStep.DEPARTMENT_HEAD,
                              "sec.head",
                              true,
                              null))
                  .kind())
          .isEqualTo(Kind.FORBIDDEN);
      verify(auditTrail, times(1)).record(any()); // only the application
    }

    @Test
    void an_unknown_application_is_not_found() {
      assertThat(
              refusal(
                      () ->
                          service.decide(
                              "nope", ApprovalStep.DEPARTMENT_HEAD, "ops.head", true, null))
                  .kind())
          .isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void a_lapse_is_audited() {
      ApplicationView application = applied();

      assertThat(service.lapse(application.id()).status()).isEqualTo("LAPSED");
      assertThat(lastAudit().action()).isEqualTo("recording-access.lapsed");
    }

    @Test
    void a_reminder_is_audited_only_while_its_step_is_awaited() {
      ApplicationView application = applied();

      service.remind(application.id(), ApprovalStep.DEPARTMENT_HEAD);
      assertThat(lastAudit().action()).isEqualTo("recording-access.reminded");

      service.remind(application.id(), ApprovalStep.SECURITY_HEAD);
      verify(auditTrail, times(2)).record(any()); // applied + one reminder
    }
  }

  @Nested
  class Granting {

    @Test
    void the_grant_lasts_the_configured_time() {
      service.grantValidity = Duration.ofHours(2);
      GrantView grant = granted();

      assertThat(grant.expiresAt()).isEqualTo(START.plus(Duration.ofHours(2)));
      assertThat(grant.holder()).isEqualTo("ops.agent");
      assertThat(grant.orderNumber()).isEqualTo(ORDER);
      assertThat(grant.state()).isEqualTo("ACTIVE");
      AuditEvent audit = lastAudit();
      assertThat(audit.action()).isEqualTo("recording-access.granted");
      assertThat(audit.subjectType()).isEqualTo("recording-access-grant");
      assertThat(audit.subjectId()).isEqualTo(grant.id());
    }

    @Test
    void issuing_twice_returns_the_same_grant_and_audits_once() {
      GrantView first = granted();

      GrantView second = service.issueGrant(first.applicationId());

      assertThat(second.id()).isEqualTo(first.id());
      assertThat(grants.stored).hasSize(1);
      assertThat(service.application(first.applicationId(), "ops.agent", false).grantId())
          .isEqualTo(first.id());
      ArgumentCaptor<AuditEvent> captor = ArgumentCaptor.forClass(AuditEvent.class);
      verify(auditTrail, org.mockito.Mockito.atLeastOnce()).record(captor.capture());
      assertThat(captor.getAllValues())
          .filteredOn(event -> event.action().equals("recording-access.granted"))
          .hasSize(1);
    }

    @Test
    void an_application_still_waiting_earns_no_grant() {
      ApplicationView application = applied();

      assertThat(refusal(() -> service.issueGrant(application.id())).kind())
          .isEqualTo(Kind.CONFLICT);
      assertThat(grants.stored).isEmpty();
    }
  }

  @Nested
  class CheckingGrants {

    @Test
    void the_holder_opens_the_granted_order_and_the_check_is_audited() {
      GrantView grant = granted();

      GrantView checked = service.checkGrant(grant.id(), ORDER, "ops.agent");

      assertThat(checked.state()).isEqualTo("ACTIVE");
      AuditEvent audit = lastAudit();
      assertThat(audit.action()).isEqualTo("recording-access.grant.checked");
      assertThat(audit.actor()).isEqualTo("ops.agent");
      assertThat(audit.subjectId()).isEqualTo(grant.id());
      verifyNoInteractions(refusals);
    }

    @Test
    void another_order_is_forbidden_and_the_refusal_is_recorded_apart() {
      GrantView grant = granted();

      assertRefused(
          () -> service.checkGrant(grant.id(), "MK2026112900000999", "ops.agent"),
          Kind.FORBIDDEN,
          grant.id(),
          "ops.agent");
    }

    @Test
    void another_holder_is_forbidden_and_recorded() {
      GrantView grant = granted();

      assertRefused(
          () -> service.checkGrant(grant.id(), ORDER, "ops.head"),
          Kind.FORBIDDEN,
          grant.id(),
          "ops.head");
    }

    @Test
    void an_expired_grant_is_forbidden_and_recorded() {
      GrantView grant = granted();
      clock.advance(Duration.ofHours(24));

      DomainException refused =
          assertRefused(
              () -> service.checkGrant(grant.id(), ORDER, "ops.agent"),
              Kind.FORBIDDEN,
              grant.id(),
              "ops.agent");
      assertThat(refused.getMessage()).contains("expired");
    }

    @Test
    void a_revoked_grant_is_forbidden_and_recorded() {
      GrantView grant = granted();
      GrantView revoked =
          service.revoke(grant.id(), "privacy.officer", "applied for the wrong order");
      assertThat(revoked.state()).isEqualTo("REVOKED");
      AuditEvent revocation = lastAudit();
      assertThat(revocation.action()).isEqualTo("recording-access.grant.revoked");
      assertThat(revocation.detail()).doesNotContain("wrong order");

      DomainException refused =
          assertRefused(
              () -> service.checkGrant(grant.id(), ORDER, "ops.agent"),
              Kind.FORBIDDEN,
              grant.id(),
              "ops.agent");
      assertThat(refused.getMessage()).contains("revoked");
    }

    @Test
    void an_unknown_grant_is_not_found_and_recorded() {
      assertRefused(
          () -> service.checkGrant("no-such-grant", ORDER, "ops.agent"),
          Kind.NOT_FOUND,
          "no-such-grant",
          "ops.agent");
    }

    private DomainException assertRefused(
        ThrowingCallable call, Kind kind, String subjectId, String actor) {
      int auditsBefore = org.mockito.Mockito.mockingDetails(auditTrail).getInvocations().size();

      DomainException refused = refusal(call);

      assertThat(refused.kind()).isEqualTo(kind);
      ArgumentCaptor<AuditEvent> captor = ArgumentCaptor.forClass(AuditEvent.class);
      verify(refusals).record(captor.capture());
      AuditEvent event = captor.getValue();
      assertThat(event.action()).isEqualTo("recording-access.grant.refused");
      assertThat(event.subjectType()).isEqualTo("recording-access-grant");
      assertThat(event.subjectId()).isEqualTo(subjectId);
      assertThat(event.actor()).isEqualTo(actor);
      // Nothing was written in the transaction the refusal rolls back.
      assertThat(org.mockito.Mockito.mockingDetails(auditTrail).getInvocations())
          .hasSize(auditsBefore);
      return refused;
    }
  }

  @Nested
  class Viewing {

    @Test
    void the_applicant_and_both_approvers_see_an_application() {
      ApplicationView application = applied();

      for (String viewer : new String[] {"ops.agent", "ops.head", "sec.head"}) {
        assertThat(service.application(application.id(), viewer, false).reason()).isEqualTo(REASON);
      }
      assertThat(service.application(application.id(), "privacy.officer", true).id())
          .isEqualTo(application.id());
    }

    @Test
    void anyone_else_is_told_it_does_not_exist() {
      ApplicationView application = applied();

      DomainException hidden =
          refusal(() -> service.application(application.id(), "cs.agent", false));
      DomainException missing = refusal(() -> service.application("no-such-id", "cs.agent", false));

      assertThat(hidden.kind()).isEqualTo(Kind.NOT_FOUND);
      assertThat(hidden.getMessage()).isEqualTo(missing.getMessage());
    }

    @Test
    void only_the_holder_or_oversight_sees_a_grant() {
      GrantView grant = granted();

      assertThat(service.grant(grant.id(), "ops.agent", false).id()).isEqualTo(grant.id());
      assertThat(service.grant(grant.id(), "legal.counsel", true).id()).isEqualTo(grant.id());
      assertThat(refusal(() -> service.grant(grant.id(), "ops.head", false)).kind())
          .isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void an_applicant_sees_their_own_applications_newest_first() {
      ApplicationView older = applied();
      clock.advance(Duration.ofMinutes(1));
      ApplicationView newer = applied();

      assertThat(service.applicationsOf("ops.agent"))
          .extracting(ApplicationView::id)
          .containsExactly(newer.id(), older.id());
      assertThat(service.applicationsOf("ops.head")).isEmpty();
    }
  }

  @Test
  void revoking_an_unknown_grant_is_not_found() {
    assertThat(refusal(() -> service.revoke("nope", "privacy.officer", "reason")).kind())
        .isEqualTo(Kind.NOT_FOUND);
    verify(auditTrail, never()).record(any());
  }

  /** REC-7: the conditions of the allowed uses are checked when applying and before the grant. */
  @Nested
  @org.junit.jupiter.api.Tag("REC-7")
  class Conditions {

    final com.meike.privacy.consent.domain.ledger.Decision none =
        com.meike.privacy.consent.domain.ledger.Decision.of(
            com.meike.privacy.consent.domain.ledger.DecisionReason.WITHDRAWN, 50L);

    @Test
    @DisplayName("REC-7: dispute evidence rests on the customer's consent, named in the view")
    void dispute_evidence_with_the_customers_consent() {
      ApplicationView view = applied();
      assertThat(view.condition().condition()).isEqualTo("CUSTOMER_CONSENT");
      assertThat(view.condition().consentEntry()).isEqualTo(41L);
      assertThat(view.condition().label()).contains("客户").contains("customer");
      assertThat(lastAudit().detail()).contains("CUSTOMER_CONSENT").contains("41");
    }

    @Test
    @DisplayName(
        "REC-7: dispute evidence without any party's consent is refused and nothing stored")
    void dispute_evidence_without_consent_is_refused() {
      when(consent.may(
              SubjectId.of("cust-1"), PurposeCode.of("service.recording.dispute-evidence")))
          .thenReturn(none);
      DomainException refused = refusal(() -> applied());
      assertThat(refused.kind()).isEqualTo(Kind.FORBIDDEN);
      assertThat(applications.stored).isEmpty();
      verifyNoInteractions(requested);
    }

    @Test
    @DisplayName("REC-7: the beautician's consent is enough")
    void dispute_evidence_with_the_beauticians_consent() {
      when(consent.may(
              SubjectId.of("cust-1"), PurposeCode.of("service.recording.dispute-evidence")))
          .thenReturn(none);
      when(consent.may(
              SubjectId.of("beau-1"), PurposeCode.of("service.recording.dispute-evidence")))
          .thenReturn(
              com.meike.privacy.consent.domain.ledger.Decision.of(
                  com.meike.privacy.consent.domain.ledger.DecisionReason.CONSENT_GIVEN, 42L));
      assertThat(applied().condition().condition()).isEqualTo("BEAUTICIAN_CONSENT");
    }

    @Test
    @DisplayName("REC-7: a consent withdrawn before the security head decides refuses the approval")
    void a_withdrawn_consent_refuses_the_approval() {
      ApplicationView application = applied();
      service.decide(application.id(), ApprovalStep.DEPARTMENT_HEAD, "ops.head", true, null);
      when(consent.may(
              SubjectId.of("cust-1"), PurposeCode.of("service.recording.dispute-evidence")))
          .thenReturn(none);
      DomainException refused =
          refusal(
              () ->
                  service.decide(
                      application.id(), ApprovalStep.SECURITY_HEAD, "sec.head", true, null));
      assertThat(refused.kind()).isEqualTo(Kind.CONFLICT);
      // a rejection is still possible
      assertThat(
              service
                  .decide(
                      application.id(),
                      ApprovalStep.SECURITY_HEAD,
                      "sec.head",
                      false,
                      "consent withdrawn")
                  .status())
          .isEqualTo("REJECTED");
    }

    @Test
    @DisplayName("REC-7: the complaint that asks for it is the condition, without anyone's consent")
    void the_complaint_asks_for_it() {
      when(consent.may(any(), any())).thenReturn(none);
      ApplicationView view =
          service.applyForComplaint(
              new ApplicationRequest(ORDER, "DISPUTE_EVIDENCE", REASON),
              "C20261129000001",
              "cs.agent");
      assertThat(view.condition().condition()).isEqualTo("COMPLAINT");
      assertThat(view.condition().complaintNumber()).isEqualTo("C20261129000001");
      verify(requested).fire(new RecordingAccessRequested(view.id()));
    }

    @Test
    @DisplayName(
        "REC-7: urgent protection without its urgency is refused; with it, reviewed afterwards")
    void urgent_protection_is_recorded_and_reviewed() {
      DomainException missing =
          refusal(
              () ->
                  service.apply(
                      new ApplicationRequest(ORDER, "URGENT_PROTECTION", REASON), "ops.agent"));
      assertThat(missing.field()).isEqualTo("urgency");

      ApplicationView application =
          service.apply(
              new ApplicationRequest(
                  ORDER,
                  "URGENT_PROTECTION",
                  REASON,
                  "The customer reported a threat right after the visit."),
              "ops.agent");
      assertThat(application.condition().reviewState()).isEqualTo("PENDING");
      assertThat(lastAudit().detail()).doesNotContain("threat");
      service.decide(application.id(), ApprovalStep.DEPARTMENT_HEAD, "ops.head", true, null);
      service.decide(application.id(), ApprovalStep.SECURITY_HEAD, "sec.head", true, null);
      GrantView grant = service.issueGrant(application.id());

      ApplicationView reviewed =
          service.reviewUrgentAccess(
              application.id(), "privacy.officer", false, "No threat on the call-back.");
      assertThat(reviewed.condition().reviewState()).isEqualTo("NOT_JUSTIFIED");
      assertThat(service.grant(grant.id(), "privacy.officer", true).state()).isEqualTo("REVOKED");
    }
  }
}

package com.meike.privacy.incidents.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ChildRegister;
import com.meike.privacy.consent.application.ChildStatusView;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.consent.domain.ledger.LegalException;
import com.meike.privacy.incidents.application.AttachmentDownload;
import com.meike.privacy.incidents.application.ComplaintEvidenceChanged;
import com.meike.privacy.incidents.application.ComplaintFiled;
import com.meike.privacy.incidents.application.ComplaintFiling;
import com.meike.privacy.incidents.application.ComplaintInformationProvided;
import com.meike.privacy.incidents.application.ComplaintStatistics;
import com.meike.privacy.incidents.application.ComplaintView;
import com.meike.privacy.incidents.domain.complaint.AttachmentContent;
import com.meike.privacy.incidents.domain.complaint.Complaint;
import com.meike.privacy.incidents.domain.complaint.ComplaintRepository;
import com.meike.privacy.incidents.domain.complaint.ComplaintTier;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.order.OrderNumber;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import com.meike.privacy.order.application.OrderParticipants;
import com.meike.privacy.order.application.OrderParties;
import com.meike.privacy.recording.application.ApplicationRequest;
import com.meike.privacy.recording.application.ApplicationView;
import com.meike.privacy.recording.application.LegalHoldView;
import com.meike.privacy.recording.application.RecordingAccessService;
import com.meike.privacy.recording.application.RecordingRetention;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mockito.ArgumentCaptor;

/**
 * {@link DefaultComplaintService} with an in-memory repository, a fixed clock and mocked audit
 * trail and events.
 */
class DefaultComplaintServiceTest {

  static final String COMPLAINANT = "acc-4711";
  final ConsentCheck consent = mock(ConsentCheck.class);
  static final Instant FILED = Instant.parse("2026-09-18T02:00:00Z");

  DefaultComplaintService service;
  InMemoryComplaints repository;
  AuditTrail audit;
  Event<ComplaintFiled> filed;
  Event<ComplaintInformationProvided> provided;
  Event<ComplaintEvidenceChanged> evidenceChanged;
  OrderParticipants orders;
  ChildRegister children;
  RecordingRetention retention;
  RecordingAccessService recordingAccess;

  static final String ORDER = "MK2026091800000123";
  static final String BEAUTICIAN = "acc-beautician";
  static final String GUARDIAN = "acc-guardian";
  static final String CHILD = "acc-child";
  static final String CHILDS_ORDER = "MK2026091800000456";
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 1};

  @BeforeEach
  @SuppressWarnings("unchecked")
  void setUp() {
    repository = new InMemoryComplaints();
    audit = mock(AuditTrail.class);
    filed = mock(Event.class);
    provided = mock(Event.class);
    evidenceChanged = mock(Event.class);
    orders = mock(OrderParticipants.class);
    children = mock(ChildRegister.class);
    retention = mock(RecordingRetention.class);
    recordingAccess = mock(RecordingAccessService.class);
    when(orders.parties(any())).thenReturn(Optional.empty());
    when(orders.parties(ORDER))
        .thenReturn(Optional.of(new OrderParties(ORDER, COMPLAINANT, BEAUTICIAN)));
    when(orders.parties(CHILDS_ORDER))
        .thenReturn(Optional.of(new OrderParties(CHILDS_ORDER, CHILD, null)));
    when(children.childStatus(any())).thenReturn(Optional.empty());
    when(children.childStatus(SubjectId.of(CHILD)))
        .thenReturn(Optional.of(new ChildStatusView(CHILD, GUARDIAN, "birth date", FILED)));
    when(retention.placeHold(any(), any(), any()))
        .thenAnswer(
            call ->
                hold(
                    "hold-1", call.<OrderNumber>getArgument(0).value(), call.getArgument(1), true));
    service = new DefaultComplaintService();
    service.evidenceChanged = evidenceChanged;
    service.fields = new FieldCipher("k1", new byte[32]);
    service.orders = orders;
    service.consent = consent;
    when(consent.may(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
        .thenReturn(Decision.of(DecisionReason.NECESSARY_PURPOSE, null));
    service.children = children;
    service.retention = retention;
    service.recordingAccess = recordingAccess;
    service.attachmentTypes = List.of("image/png", "application/pdf");
    service.attachmentMaxBytes = 100;
    service.attachmentsPerComplaint = 3;
    service.complaints = repository;
    service.auditTrail = audit;
    service.filed = filed;
    service.informationProvided = provided;
    service.answered = mock(Event.class);
    service.calendar = WorkingDayCalendar.weekdaysOnly();
    service.customerServiceDays = 5;
    service.supervisorDays = 10;
    service.answerDays = 15;
    service.informationWaitDays = 5;
    service.checkPolicy();
    at(FILED);
  }

  @Test
  void filing_stores_audits_and_raises_the_event_with_end_of_day_deadlines_in_china() {
    ComplaintView view =
        service.file(
            ComplaintFiling.of("ORDER", "MK2026091800000123", " Late and rude. "), COMPLAINANT);

    assertThat(view.number()).matches("CP20260918[0-9A-F]{8}");
    assertThat(view.text()).isEqualTo("Late and rude.");
    assertThat(view.legalHoldId()).isEqualTo("hold-1");
    assertThat(view.state()).isEqualTo("OPEN");
    assertThat(view.tier()).isEqualTo("CUSTOMER_SERVICE");
    // Fri 09-18 + 5 weekdays = Fri 09-25; its end in Shanghai is 09-26 00:00 +08:00
    assertThat(view.deadlines().customerServiceDue())
        .isEqualTo(Instant.parse("2026-09-25T16:00:00Z"));
    assertThat(view.deadlines().customerServiceReminder())
        .isEqualTo(Instant.parse("2026-09-24T16:00:00Z"));
    assertThat(view.deadlines().finalLastDay()).isEqualTo(LocalDate.of(2026, 10, 9));
    verify(filed).fire(new ComplaintFiled(view.number()));
    ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
    verify(audit, org.mockito.Mockito.times(2)).record(event.capture());
    assertThat(event.getAllValues())
        .extracting(AuditEvent::action)
        .containsExactly("complaint.filed", "complaint.evidence-held");
    assertThat(event.getAllValues())
        .extracting(AuditEvent::detail)
        .noneMatch(d -> d.contains("Late and rude"));
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "CON-3: every use of a complaint asks the consent check; where consent does not cover it, the named exception is recorded")
  void every_use_asks_the_consent_check_or_records_the_named_exception() {
    String number =
        service.file(ComplaintFiling.of("SERVICE", null, "Late."), COMPLAINANT).number();
    verify(consent).may(SubjectId.of(COMPLAINANT), PurposeCode.of(DefaultComplaintService.PURPOSE));
    verify(consent, never()).mayUnderException(any(), any(), any(), any(), any());

    when(consent.may(SubjectId.of(COMPLAINANT), PurposeCode.of(DefaultComplaintService.PURPOSE)))
        .thenReturn(Decision.of(DecisionReason.RECONSENT_REQUIRED, null));
    assertThat(service.complaintOf(number, COMPLAINANT).text()).isEqualTo("Late.");
    verify(consent)
        .mayUnderException(
            org.mockito.ArgumentMatchers.eq(SubjectId.of(COMPLAINANT)),
            org.mockito.ArgumentMatchers.eq(PurposeCode.of(DefaultComplaintService.PURPOSE)),
            org.mockito.ArgumentMatchers.eq(LegalException.CONTRACT_NECESSITY),
            org.mockito.ArgumentMatchers.eq(DefaultComplaintService.COMPLAINT_HANDLING),
            org.mockito.ArgumentMatchers.contains(number));
  }

  @Test
  void bad_input_changes_nothing() {
    assertThatThrownBy(() -> service.file(ComplaintFiling.of("ORDER", null, "text"), COMPLAINANT))
        .isInstanceOf(DomainException.class);
    assertThat(repository.complaints).isEmpty();
    verify(filed, never()).fire(any());
    verify(audit, never()).record(any());
  }

  @Test
  void a_complaint_about_an_order_puts_a_hold_on_its_recordings_and_the_close_releases_it() {
    ComplaintView filedView =
        service.file(ComplaintFiling.of("ORDER", ORDER, "Rude."), COMPLAINANT);
    ArgumentCaptor<String> reason = ArgumentCaptor.forClass(String.class);
    verify(retention)
        .placeHold(
            org.mockito.ArgumentMatchers.eq(OrderNumber.of(ORDER)),
            reason.capture(),
            org.mockito.ArgumentMatchers.eq(COMPLAINANT));
    assertThat(reason.getValue()).contains(filedView.number());
    assertThat(filedView.history())
        .extracting(ComplaintView.HistoryEntry::kind)
        .containsExactly("FILED", "EVIDENCE_HELD");

    when(retention.holdsOf(OrderNumber.of(ORDER)))
        .thenReturn(
            List.of(
                hold("hold-1", ORDER, reason.getValue(), true),
                hold("hold-other", ORDER, "a bad review of the visit", true)));
    service.answer(filedView.number(), "cs.agent", "We refund the visit.", "UPHELD");
    ComplaintView closed = service.close(filedView.number());

    verify(retention).releaseHold("hold-1", "system");
    verify(retention, never()).releaseHold(org.mockito.ArgumentMatchers.eq("hold-other"), any());
    assertThat(closed.history())
        .extracting(ComplaintView.HistoryEntry::kind)
        .endsWith("CLOSED", "EVIDENCE_RELEASED");
  }

  @Test
  void a_hold_legal_already_released_is_left_alone_at_the_close() {
    String number = service.file(ComplaintFiling.of("ORDER", ORDER, "Rude."), COMPLAINANT).number();
    when(retention.holdsOf(OrderNumber.of(ORDER)))
        .thenReturn(List.of(hold("hold-1", ORDER, "complaint", false)));
    service.answer(number, "cs.agent", "Sorry.", "UPHELD");

    assertThat(service.close(number).state()).isEqualTo("CLOSED");
    verify(retention, never()).releaseHold(any(), any());
  }

  @Test
  void the_beautician_of_the_order_and_the_guardian_of_the_child_customer_may_complain_about_it() {
    assertThat(
            service
                .file(ComplaintFiling.of("ORDER", ORDER, "Rude customer."), BEAUTICIAN)
                .orderNumber())
        .isEqualTo(ORDER);
    assertThat(
            service
                .file(
                    ComplaintFiling.of("RECORDING", CHILDS_ORDER, "Why was my child recorded?"),
                    GUARDIAN)
                .orderNumber())
        .isEqualTo(CHILDS_ORDER);
  }

  @Test
  void
      an_unknown_order_or_somebody_elses_order_is_refused_naming_the_order_number_and_nothing_changes() {
    assertRefused(
        Kind.INVALID_INPUT,
        "orderNumber",
        () ->
            service.file(ComplaintFiling.of("ORDER", "MK2026091899999999", "Rude."), COMPLAINANT));
    assertRefused(
        Kind.FORBIDDEN,
        "orderNumber",
        () -> service.file(ComplaintFiling.of("ORDER", ORDER, "Rude."), "acc-stranger"));
    assertRefused(
        Kind.FORBIDDEN,
        "orderNumber",
        () -> service.file(ComplaintFiling.of("SERVICE", CHILDS_ORDER, "Rude."), COMPLAINANT));
    assertRefused(
        Kind.INVALID_INPUT,
        "text",
        () -> service.file(ComplaintFiling.of("ORDER", ORDER, " "), COMPLAINANT));

    assertThat(repository.complaints).isEmpty();
    verify(retention, never()).placeHold(any(), any(), any());
    verify(audit, never()).record(any());
    verify(filed, never()).fire(any());
  }

  @Test
  void a_handler_applies_for_the_recording_from_the_complaint_and_sees_the_application_state() {
    String number = service.file(ComplaintFiling.of("ORDER", ORDER, "Rude."), COMPLAINANT).number();
    when(recordingAccess.applyForComplaint(any(), any(), any()))
        .thenReturn(application("app-1", "AWAITING_DEPARTMENT_HEAD"));

    ComplaintView.RecordingAccessView link =
        service.applyForRecordingAccess(
            number,
            "cs.agent",
            Set.of("customer-service"),
            "The customer says the beautician insulted her.");

    ArgumentCaptor<ApplicationRequest> request = ArgumentCaptor.forClass(ApplicationRequest.class);
    // REC-7: the complaint that asks for the recording is the condition of dispute evidence
    verify(recordingAccess)
        .applyForComplaint(
            request.capture(),
            org.mockito.ArgumentMatchers.eq(number),
            org.mockito.ArgumentMatchers.eq("cs.agent"));
    assertThat(request.getValue().orderNumber()).isEqualTo(ORDER);
    assertThat(request.getValue().use()).isEqualTo("DISPUTE_EVIDENCE");
    assertThat(request.getValue().reason()).startsWith("Complaint " + number + ": ");
    assertThat(link.applicationId()).isEqualTo("app-1");
    verify(evidenceChanged).fire(new ComplaintEvidenceChanged(number));
    assertThat(service.complaintOfRecordingAccess("app-1")).contains(number);

    when(recordingAccess.application("app-1", "system", true))
        .thenReturn(application("app-1", "APPROVED"));
    ComplaintView view =
        service.complaintForHandler(number, "cs.agent", Set.of("customer-service"));
    assertThat(view.recordingAccess())
        .extracting(ComplaintView.RecordingAccessView::status)
        .containsExactly("APPROVED");
    assertThat(service.complaintOf(number, COMPLAINANT).recordingAccess()).isEmpty();
  }

  @Test
  void the_supervisor_and_legal_apply_for_the_recording_at_their_tier_audited_and_no_one_else() {
    when(recordingAccess.applyForComplaint(any(), any(), any()))
        .thenReturn(application("app-2", "AWAITING_DEPARTMENT_HEAD"));
    String escalated =
        service.file(ComplaintFiling.of("ORDER", ORDER, "Rude."), COMPLAINANT).number();
    service.escalate(escalated, ComplaintTier.SUPERVISOR, "cs.agent", "Beyond my limit.");
    String recording =
        service.file(ComplaintFiling.of("RECORDING", ORDER, "Recorded me."), COMPLAINANT).number();
    String reason = "The customer disputes what was said at the door.";

    // customer service no longer handles the escalated complaint: refused, nothing applied
    assertRefused(
        Kind.NOT_FOUND,
        null,
        () ->
            service.applyForRecordingAccess(
                escalated, "cs.agent", Set.of("customer-service"), reason));
    // the supervisor and legal apply at their tiers, each audited as the applicant
    service.applyForRecordingAccess(escalated, "cs.head", Set.of("cs-supervisor"), reason);
    service.applyForRecordingAccess(recording, "legal.counsel", Set.of("legal"), reason);

    verify(recordingAccess)
        .applyForComplaint(
            any(),
            org.mockito.ArgumentMatchers.eq(escalated),
            org.mockito.ArgumentMatchers.eq("cs.head"));
    verify(recordingAccess)
        .applyForComplaint(
            any(),
            org.mockito.ArgumentMatchers.eq(recording),
            org.mockito.ArgumentMatchers.eq("legal.counsel"));
    ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
    verify(audit, org.mockito.Mockito.atLeastOnce()).record(events.capture());
    assertThat(events.getAllValues())
        .filteredOn(event -> event.action().equals("complaint.recording-access-requested"))
        .extracting(AuditEvent::actor)
        .containsExactly("cs.head", "legal.counsel");
  }

  @Test
  void recording_access_is_refused_without_an_order_or_for_another_tiers_group() {
    String service1 =
        service.file(ComplaintFiling.of("SERVICE", null, "Rude."), COMPLAINANT).number();
    assertRefused(
        Kind.CONFLICT,
        null,
        () ->
            service.applyForRecordingAccess(
                service1,
                "cs.agent",
                Set.of("customer-service"),
                "The customer says she was insulted."));
    String order = service.file(ComplaintFiling.of("ORDER", ORDER, "Rude."), COMPLAINANT).number();
    assertRefused(
        Kind.NOT_FOUND,
        null,
        () ->
            service.applyForRecordingAccess(
                order, "ops.agent", Set.of("operations"), "The customer says she was insulted."));
    assertRefused(
        Kind.INVALID_INPUT,
        "reason",
        () ->
            service.applyForRecordingAccess(
                order, "cs.agent", Set.of("customer-service"), "short"));
    verify(recordingAccess, never()).applyForComplaint(any(), any(), any());
  }

  @Test
  void attachments_are_stored_sealed_listed_for_the_complainant_and_opened_for_a_handler_only() {
    String number =
        service.file(ComplaintFiling.of("SERVICE", null, "Rude."), COMPLAINANT).number();

    ComplaintView.AttachmentView added =
        service.attach(number, COMPLAINANT, "photo.png", "image/png", PNG);

    assertThat(repository.contents.get(added.id()).sealedContent()).isNotEqualTo(PNG);
    assertThat(service.attachmentsOf(number, COMPLAINANT))
        .extracting(ComplaintView.AttachmentView::name)
        .containsExactly("photo.png");
    AttachmentDownload download =
        service.download(number, added.id(), "cs.agent", Set.of("customer-service"));
    assertThat(download.content()).isEqualTo(PNG);
    assertThat(download.contentType()).isEqualTo("image/png");
    assertRefused(
        Kind.NOT_FOUND,
        null,
        () -> service.download(number, added.id(), "legal.counsel", Set.of("legal")));
    assertRefused(Kind.NOT_FOUND, null, () -> service.attachmentsOf(number, "acc-other"));
    assertRefused(
        Kind.TOO_LARGE,
        "content",
        () -> service.attach(number, COMPLAINANT, "big.png", "image/png", new byte[101]));
    assertRefused(
        Kind.UNSUPPORTED_MEDIA_TYPE,
        "contentType",
        () -> service.attach(number, COMPLAINANT, "a.mp3", "audio/mpeg", new byte[] {1}));
    assertThat(repository.contents).hasSize(1);
  }

  private static LegalHoldView hold(String id, String order, String reason, boolean active) {
    return new LegalHoldView(
        id,
        order,
        reason,
        "x",
        FILED,
        active ? null : "legal.counsel",
        active ? null : FILED,
        active);
  }

  private static ApplicationView application(String id, String status) {
    return new ApplicationView(
        id,
        ORDER,
        "DISPUTE_EVIDENCE",
        "reason",
        "cs.agent",
        FILED,
        status,
        "cs.head",
        "sec.head",
        List.of(),
        null);
  }

  private static void assertRefused(Kind kind, String field, Executable call) {
    assertThatThrownBy(call::execute)
        .isInstanceOf(DomainException.class)
        .satisfies(
            e -> {
              assertThat(((DomainException) e).kind()).isEqualTo(kind);
              assertThat(((DomainException) e).field()).isEqualTo(field);
            });
  }

  @Test
  void a_complainant_sees_only_their_own_complaints() {
    String number =
        service.file(ComplaintFiling.of("SERVICE", null, "Rude."), COMPLAINANT).number();

    assertThat(service.complaintOf(number, COMPLAINANT).number()).isEqualTo(number);
    assertThatThrownBy(() -> service.complaintOf(number, "acc-other"))
        .isInstanceOf(DomainException.class)
        .hasMessage("no such complaint");
    assertThat(service.complaintsOf(COMPLAINANT)).hasSize(1);
    assertThat(service.complaintsOf("acc-other")).isEmpty();
  }

  @Test
  void the_reply_to_an_information_request_resumes_the_clock_and_raises_the_event() {
    String number =
        service.file(ComplaintFiling.of("SERVICE", null, "Rude."), COMPLAINANT).number();
    at(Instant.parse("2026-09-21T02:00:00Z")); // Monday
    ComplaintView asked = service.requestInformation(number, "cs.agent", "Which beautician?");
    assertThat(asked.deadlines().informationDue()).isEqualTo(Instant.parse("2026-09-28T16:00:00Z"));
    at(Instant.parse("2026-09-23T02:00:00Z")); // Wednesday: 2 working days waited

    ComplaintView resumed = service.informationReceived(number, COMPLAINANT, "Ms Li.");

    assertThat(resumed.pausedWorkingDays()).isEqualTo(2);
    assertThat(resumed.deadlines().finalLastDay()).isEqualTo(LocalDate.of(2026, 10, 13));
    assertThat(resumed.history())
        .extracting(ComplaintView.HistoryEntry::kind)
        .containsExactly("FILED", "INFORMATION_REQUESTED", "INFORMATION_RECEIVED");
    verify(provided).fire(new ComplaintInformationProvided(number));
  }

  @Test
  void escalation_answer_and_close_each_leave_an_audit_entry() {
    String number =
        service.file(ComplaintFiling.of("SERVICE", null, "Rude."), COMPLAINANT).number();
    service.escalate(number, ComplaintTier.SUPERVISOR, null, "customer-service deadline passed");
    service.remind(number, ComplaintTier.CUSTOMER_SERVICE); // no longer its tier: nothing
    service.remind(number, ComplaintTier.SUPERVISOR);
    service.answer(number, "cs.head", "We apologise and refund the visit.", "UPHELD");
    ComplaintView closed = service.close(number);

    assertThat(closed.state()).isEqualTo("CLOSED");
    assertThat(closed.answer().handler()).isEqualTo("cs.head");
    ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
    verify(audit, org.mockito.Mockito.times(5)).record(events.capture());
    assertThat(events.getAllValues())
        .extracting(AuditEvent::action)
        .containsExactly(
            "complaint.filed",
            "complaint.escalated",
            "complaint.reminded",
            "complaint.answered",
            "complaint.closed");
    assertThat(events.getAllValues().get(1).actor()).isEqualTo("system");
    verify(service.answered)
        .fire(
            new com.meike.privacy.incidents.application.ComplaintAnswered(
                number, COMPLAINANT, "UPHELD"));
  }

  @Test
  void a_tier_is_reminded_once_of_its_last_day_even_when_its_task_starts_again() {
    String number = service.file(ComplaintFiling.of("ORDER", ORDER, "Rude."), COMPLAINANT).number();
    ComplaintView escalated =
        service.escalate(number, ComplaintTier.SUPERVISOR, "cs.agent", "Beyond my limit.");
    // the supervisor's last day has begun; the supervisor requests the recording, their task
    // starts again and its reminder timer fires a second time
    at(escalated.deadlines().supervisorReminder().plusSeconds(1));
    service.remind(number, ComplaintTier.SUPERVISOR);
    at(escalated.deadlines().supervisorReminder().plusSeconds(600));
    service.remind(number, ComplaintTier.SUPERVISOR);

    assertThat(service.complaint(number, "system").history())
        .extracting(ComplaintView.HistoryEntry::kind)
        .containsOnlyOnce("REMINDED");
    ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
    verify(audit, org.mockito.Mockito.atLeastOnce()).record(events.capture());
    assertThat(events.getAllValues())
        .extracting(AuditEvent::action)
        .containsOnlyOnce("complaint.reminded");
  }

  @Test
  void statistics_count_open_by_tier_overdue_and_the_average_time_to_answer() {
    String first = service.file(ComplaintFiling.of("SERVICE", null, "Rude."), COMPLAINANT).number();
    service.file(
        ComplaintFiling.of("PRIVACY_REQUEST", null, "No answer to my export."), COMPLAINANT);
    at(FILED.plus(Duration.ofHours(30)));
    service.answer(first, "cs.agent", "Sorry.", "PARTIALLY_UPHELD");

    ComplaintStatistics statistics = service.statistics();

    assertThat(statistics.openByTier())
        .containsExactly(
            Map.entry("CUSTOMER_SERVICE", 0L),
            Map.entry("SUPERVISOR", 0L),
            Map.entry("PRIVACY_OFFICE_LEGAL", 1L));
    assertThat(statistics.open()).isEqualTo(1);
    assertThat(statistics.answered()).isEqualTo(1);
    assertThat(statistics.averageTimeToAnswer()).isEqualTo(Duration.ofHours(30));
  }

  private void at(Instant now) {
    service.clock = Clock.fixed(now, ZoneOffset.UTC);
  }

  /** Just enough of a repository for the service's rules. */
  static class InMemoryComplaints implements ComplaintRepository {
    final Map<String, Complaint> complaints = new LinkedHashMap<>();
    final Map<String, AttachmentContent> contents = new LinkedHashMap<>();
    int sequence;

    @Override
    public List<Complaint> anonymisableBefore(java.time.Instant cutoff, int limit) {
      throw new UnsupportedOperationException("retention is tested on H2");
    }

    @Override
    public void storeContent(AttachmentContent content) {
      contents.put(content.attachmentId(), content);
    }

    @Override
    public void forget(
        String number, List<String> attachmentIds, String actor, String replacement) {
      attachmentIds.forEach(contents::remove);
    }

    @Override
    public Optional<AttachmentContent> content(String attachmentId) {
      return Optional.ofNullable(contents.get(attachmentId));
    }

    @Override
    public Optional<Complaint> findByRecordingAccess(String applicationId) {
      return complaints.values().stream()
          .filter(
              c ->
                  c.recordingAccess().stream()
                      .anyMatch(l -> l.applicationId().equals(applicationId)))
          .findFirst();
    }

    @Override
    public List<Complaint> unsealed(int limit) {
      return List.of();
    }

    @Override
    public String nextNumber(LocalDate filedOn) {
      return "CP" + filedOn.toString().replace("-", "") + String.format("%08X", ++sequence);
    }

    @Override
    public Optional<Complaint> find(String number) {
      return Optional.ofNullable(complaints.get(number));
    }

    @Override
    public List<Complaint> findByComplainant(String complainant) {
      return complaints.values().stream().filter(c -> c.isFiledBy(complainant)).toList();
    }

    @Override
    public void store(Complaint complaint) {
      complaints.put(complaint.number(), complaint);
    }

    @Override
    public Map<ComplaintTier, Long> openByTier() {
      Map<ComplaintTier, Long> counts = new EnumMap<>(ComplaintTier.class);
      complaints.values().stream()
          .filter(c -> c.state().isOpen())
          .forEach(c -> counts.merge(c.tier(), 1L, Long::sum));
      return counts;
    }

    @Override
    public long overdue(LocalDate today) {
      return complaints.values().stream()
          .filter(c -> c.state().isOpen() && (c.overdue() || c.finalDueOn().isBefore(today)))
          .count();
    }

    @Override
    public List<AnswerTime> answerTimes() {
      List<AnswerTime> times = new ArrayList<>();
      complaints
          .values()
          .forEach(c -> c.answeredAt().ifPresent(at -> times.add(new AnswerTime(c.filedAt(), at))));
      return times;
    }
  }
}

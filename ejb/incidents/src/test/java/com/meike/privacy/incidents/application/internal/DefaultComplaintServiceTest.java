package com.meike.privacy.incidents.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.incidents.application.ComplaintFiled;
import com.meike.privacy.incidents.application.ComplaintFiling;
import com.meike.privacy.incidents.application.ComplaintInformationProvided;
import com.meike.privacy.incidents.application.ComplaintStatistics;
import com.meike.privacy.incidents.application.ComplaintView;
import com.meike.privacy.incidents.domain.complaint.Complaint;
import com.meike.privacy.incidents.domain.complaint.ComplaintRepository;
import com.meike.privacy.incidents.domain.complaint.ComplaintTier;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** {@link DefaultComplaintService} with an in-memory repository, a fixed clock and mocked audit trail and events. */
class DefaultComplaintServiceTest {

  static final String COMPLAINANT = "acc-4711";
  static final Instant FILED = Instant.parse("2026-09-18T02:00:00Z");

  DefaultComplaintService service;
  InMemoryComplaints repository;
  AuditTrail audit;
  Event<ComplaintFiled> filed;
  Event<ComplaintInformationProvided> provided;

  @BeforeEach
  @SuppressWarnings("unchecked")
  void setUp() {
    repository = new InMemoryComplaints();
    audit = mock(AuditTrail.class);
    filed = mock(Event.class);
    provided = mock(Event.class);
    service = new DefaultComplaintService();
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
    ComplaintView view = service.file(new ComplaintFiling("ORDER", "MK2026091800000123", " Late and rude. "), COMPLAINANT);

    assertThat(view.number()).matches("CP20260918[0-9A-F]{8}");
    assertThat(view.text()).isEqualTo("Late and rude.");
    assertThat(view.state()).isEqualTo("OPEN");
    assertThat(view.tier()).isEqualTo("CUSTOMER_SERVICE");
    // Fri 09-18 + 5 weekdays = Fri 09-25; its end in Shanghai is 09-26 00:00 +08:00
    assertThat(view.deadlines().customerServiceDue()).isEqualTo(Instant.parse("2026-09-25T16:00:00Z"));
    assertThat(view.deadlines().customerServiceReminder()).isEqualTo(Instant.parse("2026-09-24T16:00:00Z"));
    assertThat(view.deadlines().finalLastDay()).isEqualTo(LocalDate.of(2026, 10, 9));
    verify(filed).fire(new ComplaintFiled(view.number()));
    ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
    verify(audit).record(event.capture());
    assertThat(event.getValue().action()).isEqualTo("complaint.filed");
    assertThat(event.getValue().detail()).doesNotContain("Late and rude");
  }

  @Test
  void bad_input_changes_nothing() {
    assertThatThrownBy(() -> service.file(new ComplaintFiling("ORDER", null, "text"), COMPLAINANT))
        .isInstanceOf(DomainException.class);
    assertThat(repository.complaints).isEmpty();
    verify(filed, never()).fire(any());
    verify(audit, never()).record(any());
  }

  @Test
  void a_complainant_sees_only_their_own_complaints() {
    String number = service.file(new ComplaintFiling("SERVICE", null, "Rude."), COMPLAINANT).number();

    assertThat(service.complaintOf(number, COMPLAINANT).number()).isEqualTo(number);
    assertThatThrownBy(() -> service.complaintOf(number, "acc-other"))
        .isInstanceOf(DomainException.class)
        .hasMessage("no such complaint");
    assertThat(service.complaintsOf(COMPLAINANT)).hasSize(1);
    assertThat(service.complaintsOf("acc-other")).isEmpty();
  }

  @Test
  void the_reply_to_an_information_request_resumes_the_clock_and_raises_the_event() {
    String number = service.file(new ComplaintFiling("SERVICE", null, "Rude."), COMPLAINANT).number();
    at(Instant.parse("2026-09-21T02:00:00Z")); // Monday
    ComplaintView asked = service.requestInformation(number, "cs.agent", "Which beautician?");
    assertThat(asked.deadlines().informationDue()).isEqualTo(Instant.parse("2026-09-28T16:00:00Z"));
    at(Instant.parse("2026-09-23T02:00:00Z")); // Wednesday: 2 working days waited

    ComplaintView resumed = service.informationReceived(number, COMPLAINANT, "Ms Li.");

    assertThat(resumed.pausedWorkingDays()).isEqualTo(2);
    assertThat(resumed.deadlines().finalLastDay()).isEqualTo(LocalDate.of(2026, 10, 13));
    assertThat(resumed.history()).extracting(ComplaintView.HistoryEntry::kind)
        .containsExactly("FILED", "INFORMATION_REQUESTED", "INFORMATION_RECEIVED");
    verify(provided).fire(new ComplaintInformationProvided(number));
  }

  @Test
  void escalation_answer_and_close_each_leave_an_audit_entry() {
    String number = service.file(new ComplaintFiling("SERVICE", null, "Rude."), COMPLAINANT).number();
    service.escalate(number, ComplaintTier.SUPERVISOR, null, "customer-service deadline passed");
    service.remind(number, ComplaintTier.CUSTOMER_SERVICE); // no longer its tier: nothing
    service.remind(number, ComplaintTier.SUPERVISOR);
    service.answer(number, "cs.head", "We apologise and refund the visit.", "UPHELD");
    ComplaintView closed = service.close(number);

    assertThat(closed.state()).isEqualTo("CLOSED");
    assertThat(closed.answer().handler()).isEqualTo("cs.head");
    ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
    verify(audit, org.mockito.Mockito.times(5)).record(events.capture());
    assertThat(events.getAllValues()).extracting(AuditEvent::action).containsExactly(
        "complaint.filed", "complaint.escalated", "complaint.reminded", "complaint.answered", "complaint.closed");
    assertThat(events.getAllValues().get(1).actor()).isEqualTo("system");
    verify(service.answered).fire(new com.meike.privacy.incidents.application.ComplaintAnswered(number, COMPLAINANT, "UPHELD"));
  }

  @Test
  void statistics_count_open_by_tier_overdue_and_the_average_time_to_answer() {
    String first = service.file(new ComplaintFiling("SERVICE", null, "Rude."), COMPLAINANT).number();
    service.file(new ComplaintFiling("PRIVACY_REQUEST", null, "No answer to my export."), COMPLAINANT);
    at(FILED.plus(Duration.ofHours(30)));
    service.answer(first, "cs.agent", "Sorry.", "PARTIALLY_UPHELD");

    ComplaintStatistics statistics = service.statistics();

    assertThat(statistics.openByTier())
        .containsExactly(Map.entry("CUSTOMER_SERVICE", 0L), Map.entry("SUPERVISOR", 0L), Map.entry("PRIVACY_OFFICE_LEGAL", 1L));
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
    int sequence;

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
      complaints.values().stream().filter(c -> c.state().isOpen()).forEach(c -> counts.merge(c.tier(), 1L, Long::sum));
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
      complaints.values().forEach(c -> c.answeredAt().ifPresent(at -> times.add(new AnswerTime(c.filedAt(), at))));
      return times;
    }
  }
}

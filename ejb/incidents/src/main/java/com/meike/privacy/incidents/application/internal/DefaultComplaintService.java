package com.meike.privacy.incidents.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.incidents.application.ComplaintAnswered;
import com.meike.privacy.incidents.application.ComplaintFiled;
import com.meike.privacy.incidents.application.ComplaintFiling;
import com.meike.privacy.incidents.application.ComplaintInformationProvided;
import com.meike.privacy.incidents.application.ComplaintService;
import com.meike.privacy.incidents.application.ComplaintStatistics;
import com.meike.privacy.incidents.application.ComplaintView;
import com.meike.privacy.incidents.domain.complaint.Complaint;
import com.meike.privacy.incidents.domain.complaint.ComplaintEntry;
import com.meike.privacy.incidents.domain.complaint.ComplaintPolicy;
import com.meike.privacy.incidents.domain.complaint.ComplaintRepository;
import com.meike.privacy.incidents.domain.complaint.ComplaintRepository.AnswerTime;
import com.meike.privacy.incidents.domain.complaint.ComplaintTier;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link ComplaintService} as one container-managed transaction per call: the change, its audit
 * entry (AUD-1) and the events commit together or not at all.
 *
 * <p>Audit details name complaint numbers, tiers, states and dates only — never the complaint's
 * text, a question, a reply or an answer, which hold personal data (they stay in the complaint's
 * own history).
 *
 * <p>Configuration (working days, counted from the filing day): {@value #CUSTOMER_SERVICE_DAYS}
 * (default 5), {@value #SUPERVISOR_DAYS} (10), {@value #ANSWER_DAYS} (15, the policy's promise),
 * {@value #INFORMATION_WAIT_DAYS} (5: the longest the clock stops while the complainant is asked
 * for information). The calendar is the kernel's {@link WorkingDayCalendar}.
 */
@Stateless
public class DefaultComplaintService implements ComplaintService {

  public static final String CUSTOMER_SERVICE_DAYS = "meike.complaints.customer-service-working-days";
  public static final String SUPERVISOR_DAYS = "meike.complaints.supervisor-working-days";
  public static final String ANSWER_DAYS = "meike.complaints.answer-working-days";
  public static final String INFORMATION_WAIT_DAYS = "meike.complaints.information-wait-working-days";

  static final String COMPLAINT = "complaint";

  /** Actor of the steps the escalation process performs on its own (timers, reminders, close). */
  static final String SYSTEM = "system";

  @Inject ComplaintRepository complaints;
  @Inject AuditTrail auditTrail;
  @Inject WorkingDayCalendar calendar;
  @Inject Event<ComplaintFiled> filed;
  @Inject Event<ComplaintInformationProvided> informationProvided;
  @Inject Event<ComplaintAnswered> answered;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = CUSTOMER_SERVICE_DAYS, defaultValue = "5")
  int customerServiceDays;

  @Inject
  @ConfigProperty(name = SUPERVISOR_DAYS, defaultValue = "10")
  int supervisorDays;

  @Inject
  @ConfigProperty(name = ANSWER_DAYS, defaultValue = "15")
  int answerDays;

  @Inject
  @ConfigProperty(name = INFORMATION_WAIT_DAYS, defaultValue = "5")
  int informationWaitDays;

  ComplaintPolicy policy;

  @PostConstruct
  void checkPolicy() {
    policy = new ComplaintPolicy(customerServiceDays, supervisorDays, answerDays, informationWaitDays);
  }

  @Override
  public ComplaintView file(ComplaintFiling filing, String complainant) {
    if (filing == null) {
      throw DomainException.invalid("about", "is required");
    }
    Instant now = clock.instant();
    Complaint complaint =
        Complaint.file(
            complaints.nextNumber(now.atZone(Complaint.CHINA).toLocalDate()),
            complainant,
            filing.about(),
            filing.orderNumber(),
            filing.text(),
            now,
            calendar,
            policy);
    complaints.store(complaint);
    audit(complainant, "complaint.filed", complaint,
        "about " + complaint.about() + complaint.orderNumber().map(o -> ", order " + o).orElse("")
            + ", tier " + complaint.tier() + ", final day " + complaint.finalDueOn());
    filed.fire(new ComplaintFiled(complaint.number()));
    return view(complaint);
  }

  @Override
  public ComplaintView complaint(String number, String viewer) {
    Complaint complaint = load(number);
    if (viewer != null && !SYSTEM.equals(viewer)) {
      audit(viewer, "complaint.viewed", complaint, "state " + complaint.state());
    }
    return view(complaint);
  }

  @Override
  public ComplaintView complaintOf(String number, String complainant) {
    return complaints
        .find(number)
        .filter(complaint -> complaint.isFiledBy(complainant))
        .map(this::view)
        .orElseThrow(DefaultComplaintService::noSuchComplaint);
  }

  @Override
  public List<ComplaintView> complaintsOf(String complainant) {
    if (complainant == null || complainant.isBlank()) {
      return List.of();
    }
    return complaints.findByComplainant(complainant).stream().map(this::view).toList();
  }

  @Override
  public ComplaintView escalate(String number, ComplaintTier to, String actor, String reason) {
    if (to == null) {
      throw DomainException.invalid("tier", "is required");
    }
    Complaint complaint = load(number);
    ComplaintTier from = complaint.tier();
    complaint.escalate(to, actor(actor), reason, clock.instant());
    audit(actor(actor), "complaint.escalated", complaint, from + " to " + to);
    return view(complaint);
  }

  @Override
  public ComplaintView requestInformation(String number, String handler, String question) {
    Complaint complaint = load(number);
    complaint.requestInformation(actor(handler), question, clock.instant(), calendar, policy);
    audit(actor(handler), "complaint.information-requested", complaint,
        "clock stopped, reply by " + complaint.informationDueOn().orElse(null));
    return view(complaint);
  }

  @Override
  public ComplaintView informationReceived(String number, String complainant, String reply) {
    Complaint complaint = complaints.find(number).orElseThrow(DefaultComplaintService::noSuchComplaint);
    int waited = complaint.informationReceived(complainant, reply, clock.instant(), calendar, policy);
    audit(complainant, "complaint.information-received", complaint,
        "clock resumed after " + waited + " working days, final day " + complaint.finalDueOn());
    informationProvided.fire(new ComplaintInformationProvided(complaint.number()));
    return view(complaint);
  }

  @Override
  public ComplaintView informationNotReceived(String number) {
    Complaint complaint = load(number);
    if (complaint.informationNotReceived(SYSTEM, clock.instant(), calendar, policy)) {
      audit(SYSTEM, "complaint.information-not-received", complaint,
          "clock resumed without a reply, final day " + complaint.finalDueOn());
    }
    return view(complaint);
  }

  @Override
  public ComplaintView answer(String number, String handler, String text, String resolution) {
    Complaint complaint = load(number);
    complaint.answer(handler, text, resolution, clock.instant());
    audit(handler, "complaint.answered", complaint,
        "tier " + complaint.tier() + ", " + complaint.resolution().orElseThrow());
    answered.fire(new ComplaintAnswered(complaint.number(), complaint.complainant(),
        String.valueOf(complaint.resolution().orElseThrow())));
    return view(complaint);
  }

  @Override
  public void remind(String number, ComplaintTier tier) {
    Complaint complaint = load(number);
    if (tier == null || !complaint.state().isOpen() || complaint.tier() != tier) {
      return;
    }
    complaint.remind(tier, SYSTEM, clock.instant());
    audit(SYSTEM, "complaint.reminded", complaint, tier + " reminded");
  }

  @Override
  public ComplaintView markDeadlineMissed(String number) {
    Complaint complaint = load(number);
    if (complaint.markDeadlineMissed(SYSTEM, clock.instant())) {
      audit(SYSTEM, "complaint.deadline-missed", complaint,
          "final day " + complaint.finalDueOn() + " passed at tier " + complaint.tier());
    }
    return view(complaint);
  }

  @Override
  public ComplaintView close(String number) {
    Complaint complaint = load(number);
    if (complaint.close(SYSTEM, clock.instant())) {
      audit(SYSTEM, "complaint.closed", complaint, "resolution " + complaint.resolution().orElseThrow());
    }
    return view(complaint);
  }

  @Override
  public ComplaintStatistics statistics() {
    Map<String, Long> byTier = new LinkedHashMap<>();
    Map<ComplaintTier, Long> counted = complaints.openByTier();
    long open = 0;
    for (ComplaintTier tier : ComplaintTier.values()) {
      long count = counted.getOrDefault(tier, 0L);
      byTier.put(tier.name(), count);
      open += count;
    }
    LocalDate today = clock.instant().atZone(Complaint.CHINA).toLocalDate();
    List<AnswerTime> answered = complaints.answerTimes();
    Duration average =
        answered.isEmpty()
            ? null
            : answered.stream()
                .map(time -> Duration.between(time.filedAt(), time.answeredAt()))
                .reduce(Duration.ZERO, Duration::plus)
                .dividedBy(answered.size())
                .withNanos(0);
    return new ComplaintStatistics(byTier, open, complaints.overdue(today), answered.size(), average);
  }

  private Complaint load(String number) {
    return complaints.find(number).orElseThrow(DefaultComplaintService::noSuchComplaint);
  }

  private static DomainException noSuchComplaint() {
    return DomainException.notFound("no such complaint");
  }

  private static String actor(String actor) {
    return actor == null || actor.isBlank() ? SYSTEM : actor;
  }

  private void audit(String actor, String action, Complaint complaint, String detail) {
    auditTrail.record(new AuditEvent(actor(actor), action, COMPLAINT, complaint.number(), detail));
  }

  ComplaintView view(Complaint complaint) {
    return new ComplaintView(
        complaint.number(),
        complaint.complainant(),
        complaint.about().name(),
        complaint.orderNumber().orElse(null),
        complaint.text(),
        complaint.state().name(),
        complaint.tier().name(),
        complaint.filedAt(),
        new ComplaintView.Deadlines(
            complaint.customerServiceDueOn(),
            end(complaint.customerServiceDueOn()),
            start(complaint.customerServiceDueOn()),
            complaint.supervisorDueOn(),
            end(complaint.supervisorDueOn()),
            start(complaint.supervisorDueOn()),
            complaint.finalDueOn(),
            end(complaint.finalDueOn()),
            start(complaint.finalDueOn()),
            complaint.informationDueOn().map(DefaultComplaintService::end).orElse(null)),
        complaint.pausedWorkingDays(),
        complaint.overdue(),
        complaint.answeredAt().isEmpty()
            ? null
            : new ComplaintView.Answer(
                complaint.answeredBy().orElse(null),
                complaint.answeredAt().get(),
                complaint.answer().orElse(null),
                complaint.resolution().map(Enum::name).orElse(null)),
        complaint.closedAt().orElse(null),
        complaint.history().stream().map(DefaultComplaintService::entry).toList());
  }

  private static ComplaintView.HistoryEntry entry(ComplaintEntry entry) {
    return new ComplaintView.HistoryEntry(
        entry.occurredAt(), entry.actor(), entry.kind().name(), entry.tier().name(), entry.note().orElse(null));
  }

  private static Instant end(LocalDate lastDay) {
    return WorkingDayCalendar.endOf(lastDay, Complaint.CHINA);
  }

  private static Instant start(LocalDate lastDay) {
    return WorkingDayCalendar.startOf(lastDay, Complaint.CHINA);
  }
}

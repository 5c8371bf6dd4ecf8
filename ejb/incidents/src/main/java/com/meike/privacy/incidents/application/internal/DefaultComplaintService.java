package com.meike.privacy.incidents.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ChildRegister;
import com.meike.privacy.consent.application.ChildStatusView;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.LegalException;
import com.meike.privacy.incidents.application.AttachmentDownload;
import com.meike.privacy.incidents.application.ComplaintAnswered;
import com.meike.privacy.incidents.application.ComplaintEvidenceChanged;
import com.meike.privacy.incidents.application.ComplaintFiled;
import com.meike.privacy.incidents.application.ComplaintFiling;
import com.meike.privacy.incidents.application.ComplaintInformationProvided;
import com.meike.privacy.incidents.application.ComplaintService;
import com.meike.privacy.incidents.application.ComplaintStatistics;
import com.meike.privacy.incidents.application.ComplaintView;
import com.meike.privacy.incidents.domain.complaint.AttachmentContent;
import com.meike.privacy.incidents.domain.complaint.AttachmentPolicy;
import com.meike.privacy.incidents.domain.complaint.Complaint;
import com.meike.privacy.incidents.domain.complaint.ComplaintAttachment;
import com.meike.privacy.incidents.domain.complaint.ComplaintEntry;
import com.meike.privacy.incidents.domain.complaint.ComplaintPolicy;
import com.meike.privacy.incidents.domain.complaint.ComplaintRepository;
import com.meike.privacy.incidents.domain.complaint.ComplaintRepository.AnswerTime;
import com.meike.privacy.incidents.domain.complaint.ComplaintText;
import com.meike.privacy.incidents.domain.complaint.ComplaintTier;
import com.meike.privacy.incidents.domain.complaint.RecordingAccessLink;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.ColumnSeal;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.SealBinding;
import com.meike.privacy.kernel.order.OrderNumber;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import com.meike.privacy.order.application.OrderParticipants;
import com.meike.privacy.order.application.OrderParties;
import com.meike.privacy.recording.application.ApplicationRequest;
import com.meike.privacy.recording.application.ApplicationView;
import com.meike.privacy.recording.application.LegalHoldView;
import com.meike.privacy.recording.application.RecordingAccessService;
import com.meike.privacy.recording.application.RecordingRetention;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
 * for information). The calendar is the kernel's {@link WorkingDayCalendar}. Attachments: {@value
 * #ATTACHMENT_TYPES} (comma-separated content types, {@code audio/*} for a family), {@value
 * #ATTACHMENT_MAX_BYTES} (default 5 MiB), {@value #ATTACHMENTS_PER_COMPLAINT} (default 10).
 *
 * <p>Evidence (REC-6): a complaint that names an order must name one the complainant placed,
 * serves, or that a child in their care placed (ID-6 register); filing it puts a legal hold on the
 * order's recordings in the same transaction, and closing it releases that hold (other holds stay).
 * Somebody else's order is FORBIDDEN rather than NOT_FOUND: the number is in the request body, not
 * the path, and an unknown number is already an INVALID_INPUT naming {@code orderNumber}.
 *
 * <p>Handlers (attachments, the handler's view, recording access) are the groups of the complaint's
 * current tier — the candidate groups of its open task — and the privacy officer; anybody else is
 * answered NOT_FOUND.
 */
@Stateless
@ValidateOnExecution // or the server skips the interface's constraints (README, "Typed ids")
public class DefaultComplaintService implements ComplaintService {

  public static final String FIELD_KEY = "meike.incidents.field-key";
  public static final String CUSTOMER_SERVICE_DAYS =
      "meike.complaints.customer-service-working-days";
  public static final String SUPERVISOR_DAYS = "meike.complaints.supervisor-working-days";
  public static final String ANSWER_DAYS = "meike.complaints.answer-working-days";
  public static final String INFORMATION_WAIT_DAYS =
      "meike.complaints.information-wait-working-days";

  public static final String ATTACHMENT_TYPES = "meike.complaints.attachment-types";
  public static final String ATTACHMENT_MAX_BYTES = "meike.complaints.attachment-max-bytes";
  public static final String ATTACHMENTS_PER_COMPLAINT =
      "meike.complaints.attachments-per-complaint";

  static final String COMPLAINT = "complaint";

  /** The purpose a complaint's personal information is used for (CON-3). */
  static final String PURPOSE = "communication.customer-service";

  /** The table every sealed value of a complaint is bound to, with its column and the number. */
  static final String TABLE = "complaint";

  /** Who records a named exception when the complaint service uses it (CON-4). */
  static final String COMPLAINT_HANDLING = "complaint-handling";

  /** The staff groups that handle each tier (the candidate groups of its task), and oversight. */
  static final Map<ComplaintTier, Set<String>> HANDLERS =
      Map.of(
          ComplaintTier.CUSTOMER_SERVICE, Set.of(StaffGroups.CUSTOMER_SERVICE),
          ComplaintTier.SUPERVISOR, Set.of(StaffGroups.CS_SUPERVISOR),
          ComplaintTier.PRIVACY_OFFICE_LEGAL,
              Set.of(StaffGroups.PRIVACY_OFFICER, StaffGroups.LEGAL));

  static final String OVERSIGHT = StaffGroups.PRIVACY_OFFICER;

  /** The recording use a complaint applies for (REC-7 3 a). */
  static final String DISPUTE_EVIDENCE = "DISPUTE_EVIDENCE";

  /** Actor of the steps the escalation process performs on its own (timers, reminders, close). */
  static final String SYSTEM = "system";

  @Inject ComplaintRepository complaints;
  @Inject AuditTrail auditTrail;
  @Inject WorkingDayCalendar calendar;
  @Inject Event<ComplaintFiled> filed;
  @Inject Event<ComplaintInformationProvided> informationProvided;
  @Inject Event<ComplaintAnswered> answered;
  @Inject Event<ComplaintEvidenceChanged> evidenceChanged;
  @Inject Clock clock;

  /** Seals complaints' text, answers, notes, attachment names and content (DATA-3). */
  @Inject
  @Key(FIELD_KEY)
  FieldCipher fields;

  @Inject OrderParticipants orders;
  @Inject ConsentCheck consent;
  @Inject ChildRegister children;
  @Inject RecordingRetention retention;
  @Inject RecordingAccessService recordingAccess;

  @Inject
  @ConfigProperty(
      name = ATTACHMENT_TYPES,
      defaultValue = "image/jpeg,image/png,application/pdf,audio/mpeg,audio/mp4,audio/aac")
  List<String> attachmentTypes;

  @Inject
  @ConfigProperty(name = ATTACHMENT_MAX_BYTES, defaultValue = "5242880")
  long attachmentMaxBytes;

  @Inject
  @ConfigProperty(name = ATTACHMENTS_PER_COMPLAINT, defaultValue = "10")
  int attachmentsPerComplaint;

  AttachmentPolicy attachmentPolicy;

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
    policy =
        new ComplaintPolicy(customerServiceDays, supervisorDays, answerDays, informationWaitDays);
    attachmentPolicy =
        new AttachmentPolicy(attachmentTypes, attachmentMaxBytes, attachmentsPerComplaint);
  }

  @Override
  public ComplaintView file(ComplaintFiling filing, String complainant) {
    if (filing == null) {
      throw DomainException.invalid("about", "is required");
    }
    if (complainant == null || complainant.isBlank()) {
      throw DomainException.forbidden("only an identified account may file a complaint");
    }
    String order =
        Complaint.orderNumberOf(
            filing.about(), filing.orderNumber() == null ? null : filing.orderNumber().value());
    ComplaintText.of("text", filing.text());
    if (order != null) {
      requireOwnOrder(order, complainant);
    }
    Instant now = clock.instant();
    String number = complaints.nextNumber(now.atZone(WorkingDayCalendar.CHINA).toLocalDate());
    Complaint complaint =
        Complaint.file(
            number,
            complainant,
            filing.about(),
            order,
            filing.text(),
            now,
            calendar,
            policy,
            sealingAfterConsentCheck(number, complainant));
    complaints.store(complaint);
    audit(
        complainant,
        "complaint.filed",
        complaint,
        "about "
            + complaint.about()
            + complaint.orderNumber().map(o -> ", order " + o).orElse("")
            + ", tier "
            + complaint.tier()
            + ", final day "
            + complaint.finalDueOn());
    if (order != null) {
      LegalHoldView hold =
          retention.placeHold(
              OrderNumber.of(order),
              "Complaint " + complaint.number() + " about this order (CMP-1, REC-6)",
              complainant);
      complaint.evidenceHeld(hold.id(), SYSTEM, now, sealing(complaint));
      audit(
          SYSTEM,
          "complaint.evidence-held",
          complaint,
          "legal hold " + hold.id() + " on order " + order);
    }
    filed.fire(new ComplaintFiled(complaint.number()));
    return view(complaint);
  }

  /**
   * @throws DomainException INVALID_INPUT naming {@code orderNumber} for an unknown order;
   *     FORBIDDEN naming it for an order that is not the complainant's
   */
  private void requireOwnOrder(String order, String complainant) {
    OrderParties parties =
        orders
            .parties(order)
            .orElseThrow(
                () ->
                    DomainException.invalid("orderNumber", "no order with this number was placed"));
    boolean guardian =
        !parties.involves(complainant)
            && parties.customerId() != null
            && children
                .childStatus(SubjectId.of(parties.customerId()))
                .map(ChildStatusView::guardian)
                .filter(complainant::equals)
                .isPresent();
    if (!parties.involves(complainant) && !guardian) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "orderNumber",
          "you may complain only about an order you placed or serve, or that a child in your care placed");
    }
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
        .map(complaint -> view(consentChecked(complaint), false))
        .orElseThrow(DefaultComplaintService::noSuchComplaint);
  }

  @Override
  public List<ComplaintView> complaintsOf(String complainant) {
    if (complainant == null || complainant.isBlank()) {
      return List.of();
    }
    return complaints.findByComplainant(complainant).stream()
        .map(complaint -> view(consentChecked(complaint), false))
        .toList();
  }

  @Override
  public ComplaintView escalate(String number, ComplaintTier to, String actor, String reason) {
    if (to == null) {
      throw DomainException.invalid("tier", "is required");
    }
    Complaint complaint = load(number);
    ComplaintTier from = complaint.tier();
    complaint.escalate(to, actor(actor), reason, clock.instant(), sealing(complaint));
    audit(actor(actor), "complaint.escalated", complaint, from + " to " + to);
    return view(complaint);
  }

  @Override
  public ComplaintView requestInformation(String number, String handler, String question) {
    Complaint complaint = load(number);
    complaint.requestInformation(
        actor(handler), question, clock.instant(), calendar, policy, sealing(complaint));
    audit(
        actor(handler),
        "complaint.information-requested",
        complaint,
        "clock stopped, reply by " + complaint.informationDueOn().orElse(null));
    return view(complaint);
  }

  @Override
  public ComplaintView informationReceived(String number, String complainant, String reply) {
    Complaint complaint = load(number);
    int waited =
        complaint.informationReceived(
            complainant, reply, clock.instant(), calendar, policy, sealing(complaint));
    audit(
        complainant,
        "complaint.information-received",
        complaint,
        "clock resumed after " + waited + " working days, final day " + complaint.finalDueOn());
    informationProvided.fire(new ComplaintInformationProvided(complaint.number()));
    return view(complaint);
  }

  @Override
  public ComplaintView informationNotReceived(String number) {
    Complaint complaint = load(number);
    if (complaint.informationNotReceived(
        SYSTEM, clock.instant(), calendar, policy, sealing(complaint))) {
      audit(
          SYSTEM,
          "complaint.information-not-received",
          complaint,
          "clock resumed without a reply, final day " + complaint.finalDueOn());
    }
    return view(complaint);
  }

  @Override
  public ComplaintView answer(String number, String handler, String text, String resolution) {
    Complaint complaint = load(number);
    complaint.answer(handler, text, resolution, clock.instant(), sealing(complaint));
    audit(
        handler,
        "complaint.answered",
        complaint,
        "tier " + complaint.tier() + ", " + complaint.resolution().orElseThrow());
    answered.fire(
        new ComplaintAnswered(
            complaint.number(),
            complaint.complainant(),
            String.valueOf(complaint.resolution().orElseThrow())));
    return view(complaint);
  }

  @Override
  public void remind(String number, ComplaintTier tier) {
    Complaint complaint = load(number);
    if (tier == null || !complaint.state().isOpen() || complaint.tier() != tier) {
      return;
    }
    if (complaint.remind(tier, SYSTEM, clock.instant(), sealing(complaint))) {
      audit(SYSTEM, "complaint.reminded", complaint, tier + " reminded");
    }
  }

  @Override
  public ComplaintView markDeadlineMissed(String number) {
    Complaint complaint = load(number);
    if (complaint.markDeadlineMissed(SYSTEM, clock.instant(), sealing(complaint))) {
      audit(
          SYSTEM,
          "complaint.deadline-missed",
          complaint,
          "final day " + complaint.finalDueOn() + " passed at tier " + complaint.tier());
    }
    return view(complaint);
  }

  @Override
  public ComplaintView close(String number) {
    Complaint complaint = load(number);
    Instant now = clock.instant();
    if (complaint.close(SYSTEM, now, sealing(complaint))) {
      audit(
          SYSTEM,
          "complaint.closed",
          complaint,
          "resolution " + complaint.resolution().orElseThrow());
      releaseHold(complaint, now);
    }
    return view(complaint);
  }

  /**
   * Releases the complaint's own hold if it is still active (legal may have released it already).
   */
  private void releaseHold(Complaint complaint, Instant now) {
    Optional<String> holdId = complaint.legalHoldId();
    String order = complaint.orderNumber().orElse(null);
    if (holdId.isEmpty() || order == null) {
      return;
    }
    boolean active =
        retention.holdsOf(OrderNumber.of(order)).stream()
            .anyMatch(hold -> hold.id().equals(holdId.get()) && hold.active());
    if (active) {
      retention.releaseHold(holdId.get(), SYSTEM);
      complaint.evidenceReleased(SYSTEM, now, sealing(complaint));
      audit(
          SYSTEM,
          "complaint.evidence-released",
          complaint,
          "legal hold " + holdId.get() + " on order " + order);
    }
  }

  @Override
  public ComplaintView complaintForHandler(String number, String handler, Set<String> groups) {
    Complaint complaint = loadForHandler(number, groups);
    audit(handler, "complaint.viewed", complaint, "state " + complaint.state() + ", with evidence");
    return view(complaint);
  }

  @Override
  public ComplaintView.AttachmentView attach(
      String number, String complainant, String name, String contentType, byte[] content) {
    Complaint complaint = loadForComplainant(number, complainant);
    ComplaintAttachment attachment =
        complaint.attach(
            UUID.randomUUID().toString(),
            complainant,
            name,
            contentType,
            content,
            clock.instant(),
            attachmentPolicy,
            sealing(complaint));
    complaints.storeContent(
        new AttachmentContent(
            attachment.id(), fields.sealBytes(content, contentBinding(attachment.id()))));
    audit(
        complainant,
        "complaint.attachment-added",
        complaint,
        "attachment "
            + attachment.id()
            + ", "
            + attachment.contentType()
            + ", "
            + attachment.size()
            + " bytes");
    evidenceChanged.fire(new ComplaintEvidenceChanged(complaint.number()));
    return attachmentView(attachment, opening(fields, complaint.number()));
  }

  @Override
  public List<ComplaintView.AttachmentView> attachmentsOf(String number, String complainant) {
    Complaint complaint = loadForComplainant(number, complainant);
    ColumnSeal open = opening(fields, complaint.number());
    return complaint.attachments().stream()
        .map(attachment -> attachmentView(attachment, open))
        .toList();
  }

  @Override
  public AttachmentDownload download(
      String number, String attachmentId, String handler, Set<String> groups) {
    Complaint complaint = loadForHandler(number, groups);
    ComplaintAttachment attachment =
        complaint
            .attachment(attachmentId)
            .orElseThrow(() -> DomainException.notFound("no such attachment"));
    AttachmentContent content =
        complaints
            .content(attachment.id())
            .orElseThrow(
                () -> new IllegalStateException("the content of an attachment is missing"));
    byte[] opened = fields.openBytes(content.sealedContent(), contentBinding(attachment.id()));
    audit(handler, "complaint.attachment-downloaded", complaint, "attachment " + attachment.id());
    return new AttachmentDownload(
        attachment.id(),
        attachment.name(opening(fields, complaint.number())),
        attachment.contentType(),
        opened);
  }

  @Override
  public long attachmentMaxBytes() {
    return attachmentPolicy.maxBytes();
  }

  @Override
  public ComplaintView.RecordingAccessView applyForRecordingAccess(
      String number, String handler, Set<String> groups, String reason) {
    Complaint complaint = loadForHandler(number, groups);
    String order = complaint.requireRecordingAccessPossible();
    String prefix = "Complaint " + complaint.number() + ": ";
    String why = reason == null ? "" : reason.strip();
    int max = 1000 - prefix.length();
    if (why.length() < 10 || why.length() > max) {
      throw DomainException.invalid(
          "reason", "say why you need the recording, 10 to " + max + " characters");
    }
    Instant now = clock.instant();
    ApplicationView application =
        recordingAccess.applyForComplaint(
            new ApplicationRequest(order, DISPUTE_EVIDENCE, prefix + why),
            complaint.number(),
            handler);
    complaint.recordingAccessRequested(application.id(), handler, now, sealing(complaint));
    audit(
        handler,
        "complaint.recording-access-requested",
        complaint,
        "application " + application.id() + ", order " + order + ", use " + DISPUTE_EVIDENCE);
    evidenceChanged.fire(new ComplaintEvidenceChanged(complaint.number()));
    return new ComplaintView.RecordingAccessView(
        application.id(), handler, now, application.status(), application.grantId());
  }

  @Override
  public Optional<String> complaintOfRecordingAccess(String applicationId) {
    if (applicationId == null || applicationId.isBlank()) {
      return Optional.empty();
    }
    return complaints.findByRecordingAccess(applicationId).map(Complaint::number);
  }

  private Complaint loadForHandler(String number, Set<String> groups) {
    Complaint complaint = load(number);
    Set<String> callerGroups = groups == null ? Set.of() : groups;
    boolean handles =
        callerGroups.contains(OVERSIGHT)
            || HANDLERS.get(complaint.tier()).stream().anyMatch(callerGroups::contains);
    if (!handles) {
      throw noSuchComplaint();
    }
    return complaint;
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
    LocalDate today = clock.instant().atZone(WorkingDayCalendar.CHINA).toLocalDate();
    List<AnswerTime> answered = complaints.answerTimes();
    Duration average =
        answered.isEmpty()
            ? null
            : answered.stream()
                .map(time -> Duration.between(time.filedAt(), time.answeredAt()))
                .reduce(Duration.ZERO, Duration::plus)
                .dividedBy(answered.size())
                .withNanos(0);
    return new ComplaintStatistics(
        byTier, open, complaints.overdue(today), answered.size(), average);
  }

  private Complaint load(String number) {
    return consentChecked(
        complaints.find(number).orElseThrow(DefaultComplaintService::noSuchComplaint));
  }

  /** The complaint {@code complainant} filed (NOT_FOUND for anyone else), consent checked. */
  private Complaint loadForComplainant(String number, String complainant) {
    return consentChecked(
        complaints
            .find(number)
            .filter(found -> found.isFiledBy(complainant))
            .orElseThrow(DefaultComplaintService::noSuchComplaint));
  }

  /** {@code complaint}, once its complainant's information may be used ({@link #checkConsent}). */
  private Complaint consentChecked(Complaint complaint) {
    checkConsent(complaint.number(), complaint.complainant());
    return complaint;
  }

  /** Seals the columns of {@code complaint} (its consent checked when it was loaded). */
  private ColumnSeal sealing(Complaint complaint) {
    return sealing(fields, complaint.number());
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
    return view(complaint, true);
  }

  /**
   * {@code withRecordingAccess}: handlers see the linked applications' state, the complainant does
   * not.
   */
  ComplaintView view(Complaint complaint, boolean withRecordingAccess) {
    ColumnSeal open = opening(fields, complaint.number());
    return new ComplaintView(
        complaint.number(),
        complaint.complainant(),
        complaint.about().name(),
        complaint.orderNumber().orElse(null),
        complaint.text(open),
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
                complaint.answer(open).orElse(null),
                complaint.resolution().map(Enum::name).orElse(null)),
        complaint.closedAt().orElse(null),
        complaint.history().stream().map(entry -> entry(entry, open)).toList(),
        complaint.legalHoldId().orElse(null),
        complaint.attachments().stream()
            .map(attachment -> attachmentView(attachment, open))
            .toList(),
        withRecordingAccess
            ? complaint.recordingAccess().stream().map(this::recordingAccessView).toList()
            : List.of());
  }

  private static ComplaintView.AttachmentView attachmentView(
      ComplaintAttachment attachment, ColumnSeal open) {
    return new ComplaintView.AttachmentView(
        attachment.id(),
        attachment.name(open),
        attachment.contentType(),
        attachment.size(),
        attachment.addedAt());
  }

  /**
   * The application's state as the recording context reports it now (read without an audit entry).
   */
  private ComplaintView.RecordingAccessView recordingAccessView(RecordingAccessLink link) {
    ApplicationView application = recordingAccess.application(link.applicationId(), SYSTEM, true);
    return new ComplaintView.RecordingAccessView(
        link.applicationId(),
        link.appliedBy(),
        link.appliedAt(),
        application.status(),
        application.grantId());
  }

  private static ComplaintView.HistoryEntry entry(ComplaintEntry entry, ColumnSeal open) {
    return new ComplaintView.HistoryEntry(
        entry.occurredAt(),
        entry.actor(),
        entry.kind().name(),
        entry.tier().name(),
        entry.note(open).orElse(null));
  }

  private static Instant end(LocalDate lastDay) {
    return WorkingDayCalendar.endOf(lastDay, WorkingDayCalendar.CHINA);
  }

  private static Instant start(LocalDate lastDay) {
    return WorkingDayCalendar.startOf(lastDay, WorkingDayCalendar.CHINA);
  }

  /**
   * Checks that the complainant's information may be used for the complaint (CON-3), before any of
   * its sealed columns is written or opened: the complainant's information is used for purpose
   * {@value #PURPOSE}; when their consent does not cover it (a child without the guardian's
   * consent, a re-consent pending), handling the complaint goes on — a complaint is a right (Part 2
   * §IX) and is never refused for want of consent — under the named exception {@link
   * LegalException#CONTRACT_NECESSITY}, recorded in the exception register and audited (CON-4).
   */
  void checkConsent(String number, String complainant) {
    Decision decision = consent.may(SubjectId.of(complainant), PurposeCode.of(PURPOSE));
    if (!decision.allowed()) {
      consent.mayUnderException(
          SubjectId.of(complainant),
          PurposeCode.of(PURPOSE),
          LegalException.CONTRACT_NECESSITY,
          COMPLAINT_HANDLING,
          "complaint "
              + number
              + ": receiving and answering the complaint the person filed (Part 2 §I (七), §IX); "
              + "consent check answered "
              + decision.reason());
    }
  }

  /** The seal of a new complaint {@code number}, after {@link #checkConsent}. */
  private ColumnSeal sealingAfterConsentCheck(String number, String complainant) {
    checkConsent(number, complainant);
    return sealing(fields, number);
  }

  /**
   * Seals the columns of complaint {@code number} ({@link Complaint#TEXT} and the others): each
   * value bound to table {@value #TABLE}, its column and the complaint's number.
   */
  static ColumnSeal sealing(FieldCipher fields, String number) {
    return fields.sealing(TABLE, number);
  }

  /** Opens what {@link #sealing} sealed. */
  static ColumnSeal opening(FieldCipher fields, String number) {
    return fields.opening(TABLE, number);
  }

  private static SealBinding contentBinding(String attachmentId) {
    return SealBinding.of("complaint_attachment_content", "sealed_content", attachmentId);
  }
}

package com.meike.privacy.incidents.domain.complaint;

import static com.meike.privacy.kernel.time.WorkingDayCalendar.CHINA;

import com.meike.privacy.kernel.crypto.ColumnSeal;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint (CMP-1) and its rules: who handles it (the tier), its three deadlines on the PRC
 * working-day calendar, the clock pause while the complainant is asked for information, the answer
 * and the close. Every change adds an entry to its history.
 *
 * <p>Deadlines are kept as the <em>last working day</em> of each period (counted as {@link
 * WorkingDayCalendar} defines: the filing day is day 0); the deadline instant is the end of that
 * day in China ({@link WorkingDayCalendar#CHINA}). Asking for information stops the clock: when the
 * reply arrives (or the wait limit passes) every deadline moves by the working days waited, at most
 * the policy's information wait.
 *
 * <p>The complaint's text, the answer, the notes of its history and attachment names hold personal
 * data and are sealed at rest (DATA-3) with the kernel's {@link ColumnSeal} the application hands
 * to each call that writes (or reads) them: the key stays outside the domain, and the application
 * binds each value to the column it was sealed for ({@link #TEXT}, {@link #ANSWER}, {@link #NOTE},
 * {@link #ATTACHMENT_NAME}) of this complaint. The complaint keeps no seal of its own. Rows written
 * before sealing was introduced carry {@code text_sealed = false} until {@link #sealLegacyText}
 * seals them.
 *
 * <p>Evidence: a complaint about an order keeps the id of the legal hold placed on that order's
 * recordings (REC-6), the attachments the complainant added and the recording-access applications
 * handlers made from it.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

  /**
   * The sealed columns, as each value is bound to them (table "complaint", the complaint's number).
   */
  public static final String TEXT = "complaint.text";

  public static final String ANSWER = "complaint.answer";
  public static final String NOTE = "complaint_entry.note";
  public static final String ATTACHMENT_NAME = "complaint_attachment.sealed_name";

  /** Deadlines are counted on the PRC calendar in China's time zone. */
  @Id
  @Column(name = "complaint_number", length = 18, nullable = false, updatable = false)
  private String number;

  @Column(name = "complainant", length = 100, nullable = false)
  private String complainant;

  @Enumerated(EnumType.STRING)
  @Column(name = "about", length = 32, nullable = false, updatable = false)
  private ComplaintSubject about;

  @Column(name = "order_number", length = 18, updatable = false)
  private String orderNumber;

  /** Sealed text: key id, Base64 of IV, up to 4 bytes per character and tag. */
  static final int SEALED_TEXT_LENGTH = 12000;

  @Column(name = "complaint_text", length = SEALED_TEXT_LENGTH, nullable = false)
  private String text;

  /**
   * Whether {@link #text} and {@link #answer} are sealed (false only for rows from before sealing).
   */
  @Column(name = "text_sealed", nullable = false)
  private boolean sealed;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 32, nullable = false)
  private ComplaintState state;

  @Enumerated(EnumType.STRING)
  @Column(name = "tier", length = 32, nullable = false)
  private ComplaintTier tier;

  @Column(name = "filed_at", nullable = false, updatable = false)
  private Instant filedAt;

  @Column(name = "customer_service_due_on", nullable = false)
  private LocalDate customerServiceDueOn;

  @Column(name = "supervisor_due_on", nullable = false)
  private LocalDate supervisorDueOn;

  @Column(name = "final_due_on", nullable = false)
  private LocalDate finalDueOn;

  @Column(name = "information_requested_at")
  private Instant informationRequestedAt;

  @Column(name = "information_due_on")
  private LocalDate informationDueOn;

  @Column(name = "paused_working_days", nullable = false)
  private int pausedWorkingDays;

  @Column(name = "overdue", nullable = false)
  private boolean overdue;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answered_by", length = 100)
  private String answeredBy;

  @Column(name = "answer", length = SEALED_TEXT_LENGTH)
  private String answer;

  @Enumerated(EnumType.STRING)
  @Column(name = "resolution", length = 32)
  private Resolution resolution;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** The legal hold on the order's recordings placed when the complaint was filed (REC-6). */
  @Column(name = "legal_hold_id", length = 36)
  private String legalHoldId;

  /** Optimistic lock: a handler and a timer racing on one complaint cannot both commit. */
  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sequence ASC")
  private List<ComplaintEntry> history = new ArrayList<>();

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("addedAt ASC")
  private List<ComplaintAttachment> attachments = new ArrayList<>();

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("appliedAt ASC")
  private List<RecordingAccessLink> recordingAccess = new ArrayList<>();

  /** For JPA only. */
  protected Complaint() {}

  /**
   * A complainant files a complaint. The order number is required for complaints about an order or
   * its recording and optional otherwise; whether the order exists and is the complainant's is
   * checked by the application against the orders context before filing.
   *
   * @throws DomainException INVALID_INPUT naming {@code about}, {@code orderNumber} or {@code text}
   */
  public static Complaint file(
      String number,
      String complainant,
      String about,
      String orderNumber,
      String text,
      Instant now,
      WorkingDayCalendar calendar,
      ComplaintPolicy policy,
      ColumnSeal seal) {
    if (complainant == null || complainant.isBlank()) {
      throw DomainException.forbidden("only an identified account may file a complaint");
    }
    ComplaintSubject subject = ComplaintSubject.parse(about);
    String order = orderNumberOf(about, orderNumber);
    Complaint complaint = new Complaint();
    complaint.number = Objects.requireNonNull(number, "number");
    complaint.complainant = complainant;
    complaint.about = subject;
    complaint.orderNumber = order;
    complaint.text = seal.apply(TEXT, ComplaintText.of("text", text));
    complaint.sealed = true;
    complaint.state = ComplaintState.OPEN;
    complaint.tier = subject.firstTier();
    complaint.filedAt = Objects.requireNonNull(now, "now");
    LocalDate filedOn = now.atZone(CHINA).toLocalDate();
    complaint.customerServiceDueOn =
        calendar.plusWorkingDays(filedOn, policy.customerServiceDays());
    complaint.supervisorDueOn = calendar.plusWorkingDays(filedOn, policy.supervisorDays());
    complaint.finalDueOn = calendar.plusWorkingDays(filedOn, policy.answerDays());
    complaint.record(now, complainant, EntryKind.FILED, null, seal);
    return complaint;
  }

  /**
   * The order the complaint names, if any; required for a complaint about an order or a recording.
   * Its form is checked on the service interface (the kernel's {@code OrderNumber}); whether it
   * exists is asked of the orders context before filing.
   *
   * @throws DomainException INVALID_INPUT naming {@code orderNumber}
   */
  public static String orderNumberOf(String about, String orderNumber) {
    ComplaintSubject subject = ComplaintSubject.parse(about);
    String order = orderNumber == null || orderNumber.isBlank() ? null : orderNumber.strip();
    if (order == null && subject.needsOrderNumber()) {
      throw DomainException.invalid("orderNumber", "is required for a complaint about " + subject);
    }
    return order;
  }

  /**
   * Seals text, answer and notes written in clear before sealing was introduced. Returns false when
   * everything was sealed already.
   */
  public boolean sealLegacyText(ColumnSeal seal) {
    boolean changed = false;
    if (!sealed) {
      text = seal.apply(TEXT, text);
      answer = answer == null ? null : seal.apply(ANSWER, answer);
      sealed = true;
      changed = true;
    }
    for (ComplaintEntry entry : history) {
      changed |= entry.sealLegacyNote(seal);
    }
    return changed;
  }

  /** The legal hold on the order's recordings is in place (REC-6). */
  public void evidenceHeld(String holdId, String actor, Instant now, ColumnSeal seal) {
    if (orderNumber == null) {
      throw new IllegalStateException("only a complaint about an order holds its recordings");
    }
    legalHoldId = Objects.requireNonNull(holdId, "holdId");
    record(
        now,
        actor,
        EntryKind.EVIDENCE_HELD,
        "the recordings of order " + orderNumber + " are kept until the complaint is closed",
        seal);
  }

  /** The legal hold was released after the close. */
  public void evidenceReleased(String actor, Instant now, ColumnSeal seal) {
    record(
        now,
        actor,
        EntryKind.EVIDENCE_RELEASED,
        "the legal hold on the recordings of order " + orderNumber + " was released",
        seal);
  }

  /**
   * May a handler apply for the order's recording from this complaint?
   *
   * @throws DomainException CONFLICT when the complaint names no order or is no longer open
   */
  public String requireRecordingAccessPossible() {
    if (orderNumber == null) {
      throw DomainException.conflict(
          "the complaint is not about an order, so there is no recording to apply for");
    }
    if (!state.isOpen()) {
      throw DomainException.conflict("a complaint that is " + state + " needs no more evidence");
    }
    return orderNumber;
  }

  /** Links the recording-access application a handler made from the complaint. */
  public void recordingAccessRequested(
      String applicationId, String handler, Instant now, ColumnSeal seal) {
    requireRecordingAccessPossible();
    recordingAccess.add(new RecordingAccessLink(applicationId, this, handler, now));
    record(
        now,
        handler,
        EntryKind.RECORDING_ACCESS_REQUESTED,
        "applied to listen to the recording of order "
            + orderNumber
            + " as dispute evidence (application "
            + applicationId
            + ")",
        seal);
  }

  /**
   * The complainant adds an attachment while the complaint is open; the caller seals and stores the
   * content under the returned attachment's id.
   *
   * @throws DomainException NOT_FOUND for anyone but the complainant; CONFLICT when the complaint
   *     is no longer open or holds the most attachments allowed; UNSUPPORTED_MEDIA_TYPE, TOO_LARGE
   *     or INVALID_INPUT for the content (see {@link AttachmentPolicy})
   */
  public ComplaintAttachment attach(
      String id,
      String complainant,
      String name,
      String contentType,
      byte[] content,
      Instant now,
      AttachmentPolicy policy,
      ColumnSeal seal) {
    if (!isFiledBy(complainant)) {
      throw DomainException.notFound("no such complaint");
    }
    if (!state.isOpen()) {
      throw DomainException.conflict("a complaint that is " + state + " takes no more attachments");
    }
    String type = policy.accept(contentType);
    policy.checkSize(content == null ? 0 : content.length);
    AttachmentPolicy.checkSignature(type, content);
    if (attachments.size() >= policy.maxPerComplaint()) {
      throw DomainException.conflict(
          "a complaint holds at most " + policy.maxPerComplaint() + " attachments");
    }
    String fileName = name == null || name.isBlank() ? "attachment" : name.strip();
    if (fileName.length() > ComplaintAttachment.NAME_LENGTH
        || fileName.chars().anyMatch(Character::isISOControl)) {
      throw DomainException.invalid(
          "name",
          "a file name has at most "
              + ComplaintAttachment.NAME_LENGTH
              + " characters and no control characters");
    }
    ComplaintAttachment attachment =
        new ComplaintAttachment(
            id,
            this,
            seal.apply(ATTACHMENT_NAME, fileName),
            type,
            content.length,
            complainant,
            now);
    attachments.add(attachment);
    record(
        now,
        complainant,
        EntryKind.ATTACHMENT_ADDED,
        "attachment " + id + " (" + type + ", " + content.length + " bytes)",
        seal);
    return attachment;
  }

  /** One attachment of this complaint. */
  public Optional<ComplaintAttachment> attachment(String id) {
    return attachments.stream().filter(attachment -> attachment.id().equals(id)).findFirst();
  }

  /**
   * Moves the complaint up to {@code to}, by a handler (with a reason) or because a tier's deadline
   * passed.
   *
   * @throws DomainException CONFLICT when the complaint is no longer open or already at or above
   *     {@code to}; INVALID_INPUT {@code reason} when empty
   */
  public void escalate(
      ComplaintTier to, String actor, String reason, Instant now, ColumnSeal seal) {
    Objects.requireNonNull(to, "to");
    requireState(ComplaintState.OPEN, "escalated");
    if (!to.isAbove(tier)) {
      throw DomainException.conflict("the complaint is already handled by " + tier);
    }
    String why = ComplaintText.of("reason", reason);
    tier = to;
    record(now, actor, EntryKind.ESCALATED, why, seal);
  }

  /**
   * A handler asks the complainant for more information: the clock stops until the reply, for at
   * most the policy's information wait.
   */
  public void requestInformation(
      String handler,
      String question,
      Instant now,
      WorkingDayCalendar calendar,
      ComplaintPolicy policy,
      ColumnSeal seal) {
    requireState(ComplaintState.OPEN, "asked for information");
    String asked = ComplaintText.of("question", question);
    state = ComplaintState.AWAITING_INFORMATION;
    informationRequestedAt = now;
    informationDueOn =
        calendar.plusWorkingDays(now.atZone(CHINA).toLocalDate(), policy.informationWaitDays());
    record(now, handler, EntryKind.INFORMATION_REQUESTED, asked, seal);
  }

  /**
   * The complainant replies: the clock runs again, every deadline moved by the working days waited
   * (at most the information wait).
   *
   * @throws DomainException NOT_FOUND when {@code complainant} is not the one who filed it;
   *     CONFLICT when nobody asked
   */
  public int informationReceived(
      String complainant,
      String reply,
      Instant now,
      WorkingDayCalendar calendar,
      ComplaintPolicy policy,
      ColumnSeal seal) {
    if (!isFiledBy(complainant)) {
      throw DomainException.notFound("no such complaint");
    }
    if (state != ComplaintState.AWAITING_INFORMATION) {
      throw DomainException.conflict("no information has been asked for on this complaint");
    }
    String answered = ComplaintText.of("text", reply);
    int waited = resumeClock(now, calendar, policy);
    record(now, complainant, EntryKind.INFORMATION_RECEIVED, answered + pausedNote(waited), seal);
    return waited;
  }

  /**
   * The wait for information ended without a reply: the clock runs again, deadlines moved by the
   * full wait. Does nothing when the reply came first (a harmless race with the timer).
   */
  public boolean informationNotReceived(
      String actor,
      Instant now,
      WorkingDayCalendar calendar,
      ComplaintPolicy policy,
      ColumnSeal seal) {
    if (state != ComplaintState.AWAITING_INFORMATION) {
      return false;
    }
    int waited = resumeClock(now, calendar, policy);
    record(
        now,
        actor,
        EntryKind.INFORMATION_NOT_RECEIVED,
        "no reply in time" + pausedNote(waited),
        seal);
    return true;
  }

  private int resumeClock(Instant now, WorkingDayCalendar calendar, ComplaintPolicy policy) {
    int waited =
        Math.min(
            calendar.workingDaysBetween(informationRequestedAt, now, CHINA),
            policy.informationWaitDays());
    customerServiceDueOn = calendar.plusWorkingDays(customerServiceDueOn, waited);
    supervisorDueOn = calendar.plusWorkingDays(supervisorDueOn, waited);
    finalDueOn = calendar.plusWorkingDays(finalDueOn, waited);
    pausedWorkingDays += waited;
    informationRequestedAt = null;
    informationDueOn = null;
    state = ComplaintState.OPEN;
    return waited;
  }

  private static String pausedNote(int waited) {
    return " (deadlines moved by " + waited + " working day" + (waited == 1 ? "" : "s") + ")";
  }

  /** A handler answers the complaint. */
  public void answer(
      String handler, String answerText, String resolutionCode, Instant now, ColumnSeal seal) {
    requireState(ComplaintState.OPEN, "answered");
    if (handler == null || handler.isBlank()) {
      throw DomainException.forbidden("only an identified handler may answer a complaint");
    }
    String text = ComplaintText.of("answer", answerText);
    Resolution resolved = Resolution.parse(resolutionCode);
    sealLegacyText(seal);
    state = ComplaintState.ANSWERED;
    answeredAt = now;
    answeredBy = handler;
    answer = seal.apply(ANSWER, text);
    resolution = resolved;
    record(now, handler, EntryKind.ANSWERED, resolved + ": " + text, seal);
  }

  /**
   * A reminder goes out for the tier's deadline. Returns false (and records nothing) when the tier
   * was already reminded since its last working day began: a tier's task starts again after a
   * request for the recording, and its reminder timer with it. A last day moved by a wait for the
   * complainant is reminded again.
   */
  public boolean remind(ComplaintTier remindedTier, String actor, Instant now, ColumnSeal seal) {
    Instant lastDayBegins = WorkingDayCalendar.startOf(dueOn(remindedTier), CHINA);
    boolean reminded =
        history.stream()
            .anyMatch(
                entry ->
                    entry.kind() == EntryKind.REMINDED
                        && entry.tier() == remindedTier
                        && !entry.occurredAt().isBefore(lastDayBegins));
    if (reminded) {
      return false;
    }
    record(now, actor, EntryKind.REMINDED, remindedTier + " reminded of its deadline", seal);
    return true;
  }

  private LocalDate dueOn(ComplaintTier of) {
    return switch (of) {
      case CUSTOMER_SERVICE -> customerServiceDueOn;
      case SUPERVISOR -> supervisorDueOn;
      case PRIVACY_OFFICE_LEGAL -> finalDueOn;
    };
  }

  /**
   * The final deadline passed before an answer. Returns false (and changes nothing) when the
   * complaint was answered meanwhile or is already marked.
   */
  public boolean markDeadlineMissed(String actor, Instant now, ColumnSeal seal) {
    if (!state.isOpen() || overdue) {
      return false;
    }
    overdue = true;
    record(
        now,
        actor,
        EntryKind.DEADLINE_MISSED,
        "the final deadline " + finalDueOn + " passed without an answer",
        seal);
    return true;
  }

  /** Closes an answered complaint; closing again changes nothing. */
  public boolean close(String actor, Instant now, ColumnSeal seal) {
    if (state == ComplaintState.CLOSED) {
      return false;
    }
    requireState(ComplaintState.ANSWERED, "closed");
    state = ComplaintState.CLOSED;
    closedAt = now;
    record(now, actor, EntryKind.CLOSED, "closed after the answer (" + resolution + ")", seal);
    return true;
  }

  /** The complainant an anonymised complaint carries: no key, pseudonym or link back (RET-4). */
  public static final String ANONYMISED = "anonymised";

  /**
   * Anonymises an answered or closed complaint (DSR-2, ID-7, RET-4): the complainant becomes
   * {@value #ANONYMISED}, the text and the answer are replaced by that constant (sealed, the
   * columns keep their shape), every history note is deleted and the attachments go (their contents
   * are the repository's to delete first; their ids are returned). Subject, order number, tiers,
   * dates, resolution and whether it was overdue stay: the complaint statistics and the handling
   * record. An open complaint is answered first (CONFLICT).
   */
  public List<String> anonymise(ColumnSeal seal) {
    if (state.isOpen()) {
      throw DomainException.conflict("an open complaint is answered before it is anonymised");
    }
    complainant = ANONYMISED;
    text = seal.apply(TEXT, ANONYMISED);
    answer = answer == null ? null : seal.apply(ANSWER, ANONYMISED);
    sealed = true;
    history.forEach(ComplaintEntry::forget);
    List<String> removed = attachments.stream().map(ComplaintAttachment::id).toList();
    attachments.clear();
    return removed;
  }

  public boolean isFiledBy(String account) {
    return account != null && account.equals(complainant);
  }

  private void requireState(ComplaintState required, String what) {
    if (state != required) {
      throw DomainException.conflict("a complaint that is " + state + " cannot be " + what);
    }
  }

  private void record(Instant now, String actor, EntryKind kind, String note, ColumnSeal seal) {
    history.add(
        new ComplaintEntry(
            this,
            history.size() + 1,
            now,
            actor,
            kind,
            tier,
            note == null ? null : seal.apply(NOTE, note)));
  }

  public String number() {
    return number;
  }

  public String complainant() {
    return complainant;
  }

  public ComplaintSubject about() {
    return about;
  }

  public Optional<String> orderNumber() {
    return Optional.ofNullable(orderNumber);
  }

  /**
   * The complaint's text, opened with {@code open} (the application's, bound to this complaint).
   */
  public String text(ColumnSeal open) {
    return sealed ? open.apply(TEXT, text) : text;
  }

  public ComplaintState state() {
    return state;
  }

  public ComplaintTier tier() {
    return tier;
  }

  public Instant filedAt() {
    return filedAt;
  }

  /** Last working day customer service has. */
  public LocalDate customerServiceDueOn() {
    return customerServiceDueOn;
  }

  /** Last working day the supervisor has. */
  public LocalDate supervisorDueOn() {
    return supervisorDueOn;
  }

  /** Last working day of the answer period. */
  public LocalDate finalDueOn() {
    return finalDueOn;
  }

  /** Last working day the complainant has to reply, while information is awaited. */
  public Optional<LocalDate> informationDueOn() {
    return Optional.ofNullable(informationDueOn);
  }

  public int pausedWorkingDays() {
    return pausedWorkingDays;
  }

  /** Marked when the final deadline passed without an answer. */
  public boolean overdue() {
    return overdue;
  }

  public Optional<Instant> answeredAt() {
    return Optional.ofNullable(answeredAt);
  }

  public Optional<String> answeredBy() {
    return Optional.ofNullable(answeredBy);
  }

  /** The answer, opened with {@code open}. */
  public Optional<String> answer(ColumnSeal open) {
    return Optional.ofNullable(answer).map(value -> sealed ? open.apply(ANSWER, value) : value);
  }

  /** The legal hold placed on the order's recordings when the complaint was filed. */
  public Optional<String> legalHoldId() {
    return Optional.ofNullable(legalHoldId);
  }

  public List<ComplaintAttachment> attachments() {
    return Collections.unmodifiableList(attachments);
  }

  public List<RecordingAccessLink> recordingAccess() {
    return Collections.unmodifiableList(recordingAccess);
  }

  public Optional<Resolution> resolution() {
    return Optional.ofNullable(resolution);
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  public List<ComplaintEntry> history() {
    return Collections.unmodifiableList(history);
  }
}

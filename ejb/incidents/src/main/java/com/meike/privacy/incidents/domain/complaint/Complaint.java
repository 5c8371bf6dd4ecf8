package com.meike.privacy.incidents.domain.complaint;

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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A complaint (CMP-1) and its rules: who handles it (the tier), its three deadlines on the PRC
 * working-day calendar, the clock pause while the complainant is asked for information, the answer
 * and the close. Every change adds an entry to its history.
 *
 * <p>Deadlines are kept as the <em>last working day</em> of each period (counted as {@link
 * WorkingDayCalendar} defines: the filing day is day 0); the deadline instant is the end of that
 * day in China ({@link #CHINA}). Asking for information stops the clock: when the reply arrives
 * (or the wait limit passes) every deadline moves by the working days waited, at most the
 * policy's information wait.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

  /** Deadlines are counted on the PRC calendar in China's time zone. */
  public static final ZoneId CHINA = WorkingDayCalendar.CHINA;

  private static final Pattern ORDER_NUMBER = Pattern.compile("MK[0-9]{16}");

  @Id
  @Column(name = "complaint_number", length = 18, nullable = false, updatable = false)
  private String number;

  @Column(name = "complainant", length = 100, nullable = false, updatable = false)
  private String complainant;

  @Enumerated(EnumType.STRING)
  @Column(name = "about", length = 32, nullable = false, updatable = false)
  private ComplaintSubject about;

  @Column(name = "order_number", length = 18, updatable = false)
  private String orderNumber;

  @Column(name = "complaint_text", length = ComplaintText.MAX_LENGTH, nullable = false, updatable = false)
  private String text;

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

  @Column(name = "answer", length = ComplaintText.MAX_LENGTH)
  private String answer;

  @Enumerated(EnumType.STRING)
  @Column(name = "resolution", length = 32)
  private Resolution resolution;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** Optimistic lock: a handler and a timer racing on one complaint cannot both commit. */
  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sequence ASC")
  private List<ComplaintEntry> history = new ArrayList<>();

  /** For JPA only. */
  protected Complaint() {}

  /**
   * A complainant files a complaint. The order number is required for complaints about an order or
   * its recording and optional otherwise; whether the order is the complainant's is for the orders
   * context to say (not yet built).
   *
   * @throws DomainException INVALID_INPUT naming {@code about}, {@code orderNumber} or {@code text}
   */
  public static Complaint file(
      String number, String complainant, String about, String orderNumber, String text,
      Instant now, WorkingDayCalendar calendar, ComplaintPolicy policy) {
    if (complainant == null || complainant.isBlank()) {
      throw DomainException.forbidden("only an identified account may file a complaint");
    }
    ComplaintSubject subject = ComplaintSubject.parse(about);
    String order = orderNumber == null || orderNumber.isBlank() ? null : orderNumber.strip();
    if (order == null && subject.needsOrderNumber()) {
      throw DomainException.invalid("orderNumber", "is required for a complaint about " + subject);
    }
    if (order != null && !ORDER_NUMBER.matcher(order).matches()) {
      throw DomainException.invalid(
          "orderNumber", "must be MK followed by exactly 16 digits, e.g. MK2026112900000123");
    }
    Complaint complaint = new Complaint();
    complaint.number = Objects.requireNonNull(number, "number");
    complaint.complainant = complainant;
    complaint.about = subject;
    complaint.orderNumber = order;
    complaint.text = ComplaintText.of("text", text);
    complaint.state = ComplaintState.OPEN;
    complaint.tier = subject.firstTier();
    complaint.filedAt = Objects.requireNonNull(now, "now");
    LocalDate filedOn = now.atZone(CHINA).toLocalDate();
    complaint.customerServiceDueOn = calendar.plusWorkingDays(filedOn, policy.customerServiceDays());
    complaint.supervisorDueOn = calendar.plusWorkingDays(filedOn, policy.supervisorDays());
    complaint.finalDueOn = calendar.plusWorkingDays(filedOn, policy.answerDays());
    complaint.record(now, complainant, EntryKind.FILED, null);
    return complaint;
  }

  /**
   * Moves the complaint up to {@code to}, by a handler (with a reason) or because a tier's deadline
   * passed.
   *
   * @throws DomainException CONFLICT when the complaint is no longer open or already at or above
   *     {@code to}; INVALID_INPUT {@code reason} when empty
   */
  public void escalate(ComplaintTier to, String actor, String reason, Instant now) {
    Objects.requireNonNull(to, "to");
    requireState(ComplaintState.OPEN, "escalated");
    if (!to.isAbove(tier)) {
      throw DomainException.conflict("the complaint is already handled by " + tier);
    }
    String why = ComplaintText.of("reason", reason);
    tier = to;
    record(now, actor, EntryKind.ESCALATED, why);
  }

  /**
   * A handler asks the complainant for more information: the clock stops until the reply, for at
   * most the policy's information wait.
   */
  public void requestInformation(
      String handler, String question, Instant now, WorkingDayCalendar calendar, ComplaintPolicy policy) {
    requireState(ComplaintState.OPEN, "asked for information");
    String asked = ComplaintText.of("question", question);
    state = ComplaintState.AWAITING_INFORMATION;
    informationRequestedAt = now;
    informationDueOn = calendar.plusWorkingDays(now.atZone(CHINA).toLocalDate(), policy.informationWaitDays());
    record(now, handler, EntryKind.INFORMATION_REQUESTED, asked);
  }

  /**
   * The complainant replies: the clock runs again, every deadline moved by the working days waited
   * (at most the information wait).
   *
   * @throws DomainException NOT_FOUND when {@code complainant} is not the one who filed it;
   *     CONFLICT when nobody asked
   */
  public int informationReceived(
      String complainant, String reply, Instant now, WorkingDayCalendar calendar, ComplaintPolicy policy) {
    if (!isFiledBy(complainant)) {
      throw DomainException.notFound("no such complaint");
    }
    if (state != ComplaintState.AWAITING_INFORMATION) {
      throw DomainException.conflict("no information has been asked for on this complaint");
    }
    String answered = ComplaintText.of("text", reply);
    int waited = resumeClock(now, calendar, policy);
    record(now, complainant, EntryKind.INFORMATION_RECEIVED, answered + pausedNote(waited));
    return waited;
  }

  /**
   * The wait for information ended without a reply: the clock runs again, deadlines moved by the
   * full wait. Does nothing when the reply came first (a harmless race with the timer).
   */
  public boolean informationNotReceived(
      String actor, Instant now, WorkingDayCalendar calendar, ComplaintPolicy policy) {
    if (state != ComplaintState.AWAITING_INFORMATION) {
      return false;
    }
    int waited = resumeClock(now, calendar, policy);
    record(now, actor, EntryKind.INFORMATION_NOT_RECEIVED, "no reply in time" + pausedNote(waited));
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
  public void answer(String handler, String answerText, String resolutionCode, Instant now) {
    requireState(ComplaintState.OPEN, "answered");
    if (handler == null || handler.isBlank()) {
      throw DomainException.forbidden("only an identified handler may answer a complaint");
    }
    String text = ComplaintText.of("answer", answerText);
    Resolution resolved = Resolution.parse(resolutionCode);
    state = ComplaintState.ANSWERED;
    answeredAt = now;
    answeredBy = handler;
    answer = text;
    resolution = resolved;
    record(now, handler, EntryKind.ANSWERED, resolved + ": " + text);
  }

  /** A reminder went out for the tier's deadline. */
  public void remind(ComplaintTier remindedTier, String actor, Instant now) {
    record(now, actor, EntryKind.REMINDED, remindedTier + " reminded of its deadline");
  }

  /**
   * The final deadline passed before an answer. Returns false (and changes nothing) when the
   * complaint was answered meanwhile or is already marked.
   */
  public boolean markDeadlineMissed(String actor, Instant now) {
    if (!state.isOpen() || overdue) {
      return false;
    }
    overdue = true;
    record(now, actor, EntryKind.DEADLINE_MISSED, "the final deadline " + finalDueOn + " passed without an answer");
    return true;
  }

  /** Closes an answered complaint; closing again changes nothing. */
  public boolean close(String actor, Instant now) {
    if (state == ComplaintState.CLOSED) {
      return false;
    }
    requireState(ComplaintState.ANSWERED, "closed");
    state = ComplaintState.CLOSED;
    closedAt = now;
    record(now, actor, EntryKind.CLOSED, "closed after the answer (" + resolution + ")");
    return true;
  }

  public boolean isFiledBy(String account) {
    return account != null && account.equals(complainant);
  }

  private void requireState(ComplaintState required, String what) {
    if (state != required) {
      throw DomainException.conflict("a complaint that is " + state + " cannot be " + what);
    }
  }

  private void record(Instant now, String actor, EntryKind kind, String note) {
    history.add(new ComplaintEntry(this, history.size() + 1, now, actor, kind, tier, note));
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

  public String text() {
    return text;
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

  public Optional<String> answer() {
    return Optional.ofNullable(answer);
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

package com.meike.privacy.rights.domain.request;

import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's request about their own information (Part 2 §V, DSR-1..6, ID-7). It is made by the
 * person (app), by a guardian for their child (ID-6) or registered by customer service from a call;
 * identity is verified before anything is acted on (DSR-5), and verification starts the answer
 * clock (DSR-6). It ends FULFILLED with an answer, REFUSED on a named ground with a reason, or
 * NOT_VERIFIED. A repeated or excessive request may be charged a fee once (DSR-6, policy Part 2
 * §V): the clock pauses (AWAITING_FEE) until the person accepts it, and the request closes as
 * FEE_LAPSED when the fee's deadline passes without an acceptance.
 *
 * <p>The free texts (the person's details, the answer, the refusal's reason) hold personal data:
 * they are stored sealed by the application layer (the {@code *_sealed} columns) and never read
 * here.
 */
@Entity
@Table(name = "rights_request")
public class DataSubjectRequest {

  /** Longest free text the person or a handler writes. */
  public static final int MAX_TEXT = 2000;

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "subject_id", length = 64, nullable = false, updatable = false)
  private String subjectId;

  @Column(name = "requested_by", length = 100, nullable = false, updatable = false)
  private String requestedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 16, nullable = false, updatable = false)
  private RequestChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16, nullable = false, updatable = false)
  private RequestKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "deletion_ground", length = 32, updatable = false)
  private DeletionGround deletionGround;

  @Column(name = "details_sealed", length = 6000)
  private String detailsSealed;

  @Enumerated(EnumType.STRING)
  @Column(name = "verification", length = 16, nullable = false, updatable = false)
  private Verification verification;

  @Column(name = "repeated", nullable = false, updatable = false)
  private boolean repeated;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 24, nullable = false)
  private RequestState state;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "verified_by", length = 100)
  private String verifiedBy;

  @Column(name = "last_day")
  private LocalDate lastDay;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "remind_at")
  private Instant remindAt;

  @Column(name = "escalate_at")
  private Instant escalateAt;

  @Column(name = "escalated", nullable = false)
  private boolean escalated;

  @Column(name = "overdue", nullable = false)
  private boolean overdue;

  @Enumerated(EnumType.STRING)
  @Column(name = "refusal_ground", length = 32)
  private RefusalGround refusalGround;

  @Column(name = "answer_sealed", length = 6000)
  private String answerSealed;

  @Column(name = "answered_by", length = 100)
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "deletion_order_id", length = 36)
  private String deletionOrderId;

  @Column(name = "complaint_number", length = 32)
  private String complaintNumber;

  /** The fee in CNY (yuan, two decimals) for a repeated or excessive request (DSR-6). */
  @Column(name = "fee_amount", precision = 10, scale = 2)
  private BigDecimal feeAmount;

  /** Why the fee is charged, sealed like the answer. */
  @Column(name = "fee_reason_sealed", length = 3000)
  private String feeReasonSealed;

  @Column(name = "fee_charged_by", length = 100)
  private String feeChargedBy;

  @Column(name = "fee_charged_at")
  private Instant feeChargedAt;

  /** The end of the last day to accept the fee. */
  @Column(name = "fee_due_at")
  private Instant feeDueAt;

  @Column(name = "fee_accepted_at")
  private Instant feeAcceptedAt;

  /** Working days of the answer clock left when it paused for the fee. */
  @Column(name = "paused_working_days_left")
  private Integer pausedWorkingDaysLeft;

  @Version
  @Column(name = "row_version", nullable = false)
  private int rowVersion;

  protected DataSubjectRequest() {}

  /**
   * A new request, awaiting verification. A deletion names one of the five grounds; no other kind
   * takes one.
   *
   * @throws DomainException INVALID_INPUT naming {@code kind}, {@code deletionGround} or {@code
   *     subject}
   */
  public static DataSubjectRequest receive(
      String id,
      String subjectId,
      String requestedBy,
      RequestChannel channel,
      RequestKind kind,
      DeletionGround deletionGround,
      boolean repeated,
      Instant now) {
    if (kind == null) {
      throw DomainException.invalid(
          "kind", "choose one of ACCESS, CORRECTION, DELETION, CANCELLATION, EXPLANATION");
    }
    if (kind == RequestKind.DELETION && deletionGround == null) {
      throw DomainException.invalid(
          "deletionGround",
          "a deletion names one of the five grounds: UNLAWFUL_PROCESSING, NO_CONSENT, BREACH_OF_AGREEMENT, NO_LONGER_USING, SERVICE_ENDED");
    }
    if (kind != RequestKind.DELETION && deletionGround != null) {
      throw DomainException.invalid("deletionGround", "only a DELETION names a ground");
    }
    if (subjectId == null || subjectId.isBlank()) {
      throw DomainException.invalid("subject", "is required");
    }
    DataSubjectRequest request = new DataSubjectRequest();
    request.id = Objects.requireNonNull(id, "id");
    request.subjectId = subjectId;
    request.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    request.channel = Objects.requireNonNull(channel, "channel");
    request.kind = kind;
    request.deletionGround = deletionGround;
    request.verification = Verification.of(channel, kind);
    request.repeated = repeated;
    request.state = RequestState.AWAITING_VERIFICATION;
    request.receivedAt = Objects.requireNonNull(now, "now");
    return request;
  }

  /**
   * Identity verified: the clock starts now (DSR-6).
   *
   * @throws DomainException CONFLICT unless awaiting verification
   */
  public void verified(String by, Instant now, DeadlinePolicy policy, WorkingDayCalendar calendar) {
    if (state != RequestState.AWAITING_VERIFICATION) {
      throw DomainException.conflict("the request is " + state + ", not awaiting verification");
    }
    verifiedAt = now;
    verifiedBy = by;
    run(policy.from(now, calendar));
  }

  /** The answer clock runs to these deadlines. */
  private void run(DeadlinePolicy.Deadlines deadlines) {
    state = RequestState.IN_PROGRESS;
    lastDay = deadlines.lastDay();
    dueAt = deadlines.dueAt();
    remindAt = deadlines.remindAt();
    escalateAt = deadlines.escalateAt();
  }

  /** Verification failed or never came: nothing is acted on. */
  public void notVerified(String by, Instant now) {
    if (state != RequestState.AWAITING_VERIFICATION) {
      throw DomainException.conflict("the request is " + state + ", not awaiting verification");
    }
    state = RequestState.NOT_VERIFIED;
    answeredBy = by;
    answeredAt = now;
  }

  /** Fulfilled, with the (sealed) answer. */
  public void fulfilled(String by, String sealedAnswer, Instant now) {
    requireInProgress();
    state = RequestState.FULFILLED;
    answerSealed = sealedAnswer;
    answeredBy = by;
    answeredAt = now;
  }

  /**
   * Refused on a named ground (DSR-2), with the (sealed) reason.
   *
   * @throws DomainException INVALID_INPUT naming {@code refusalGround} when none is given
   */
  public void refused(String by, RefusalGround ground, String sealedReason, Instant now) {
    if (ground == null) {
      throw DomainException.invalid("refusalGround", "a refusal names its ground (§I 3, §V(6))");
    }
    requireInProgress();
    state = RequestState.REFUSED;
    refusalGround = ground;
    answerSealed = sealedReason;
    answeredBy = by;
    answeredAt = now;
  }

  /**
   * A fee is charged for a repeated or excessive request (DSR-6): the answer clock pauses with the
   * working days it had left (at least one), until the person accepts or {@code acceptBy} passes. A
   * request is charged once.
   *
   * @throws DomainException INVALID_INPUT naming {@code feeAmount} unless positive; CONFLICT unless
   *     in progress or when a fee was charged already
   */
  public void feeCharged(
      String by,
      BigDecimal amount,
      String sealedReason,
      Instant now,
      Instant acceptBy,
      WorkingDayCalendar calendar) {
    if (amount == null || amount.signum() <= 0) {
      throw DomainException.invalid("feeAmount", "a fee is a positive amount in CNY");
    }
    requireInProgress();
    if (feeAmount != null) {
      throw DomainException.conflict("a fee was already charged for this request");
    }
    LocalDate today = now.atZone(WorkingDayCalendar.CHINA).toLocalDate();
    pausedWorkingDaysLeft = Math.max(1, calendar.workingDaysBetween(today, lastDay));
    state = RequestState.AWAITING_FEE;
    feeAmount = amount;
    feeReasonSealed = Objects.requireNonNull(sealedReason, "sealedReason");
    feeChargedBy = by;
    feeChargedAt = now;
    feeDueAt = Objects.requireNonNull(acceptBy, "acceptBy");
    // The clock is paused: no reminder, escalation or deadline runs while the person decides.
    lastDay = null;
    dueAt = null;
    remindAt = null;
    escalateAt = null;
  }

  /**
   * The person accepts the fee: the clock resumes with the working days it had left.
   *
   * @throws DomainException CONFLICT unless a fee awaits acceptance and its deadline has not passed
   */
  public void feeAccepted(Instant now, DeadlinePolicy policy, WorkingDayCalendar calendar) {
    if (state != RequestState.AWAITING_FEE) {
      throw DomainException.conflict("the request is " + state + "; no fee awaits acceptance");
    }
    if (!now.isBefore(feeDueAt)) {
      throw DomainException.conflict("the deadline to accept the fee has passed");
    }
    feeAcceptedAt = now;
    run(policy.resumed(now, pausedWorkingDaysLeft, calendar));
  }

  /**
   * The fee was not accepted in time: the request closes with the (sealed) answer saying why.
   *
   * @throws DomainException CONFLICT unless a fee awaits acceptance
   */
  public void feeLapsed(String sealedAnswer, Instant now) {
    if (state != RequestState.AWAITING_FEE) {
      throw DomainException.conflict("the request is " + state + "; no fee awaits acceptance");
    }
    state = RequestState.FEE_LAPSED;
    answerSealed = sealedAnswer;
    answeredBy = "system";
    answeredAt = now;
  }

  public void escalated() {
    if (state == RequestState.IN_PROGRESS) {
      escalated = true;
    }
  }

  public void deadlineMissed() {
    if (state == RequestState.IN_PROGRESS) {
      overdue = true;
    }
  }

  public void sealDetails(String sealed) {
    detailsSealed = sealed;
  }

  public void deletionOrdered(String orderId) {
    deletionOrderId = orderId;
  }

  /**
   * The person turned the answer into a complaint (CMP-1).
   *
   * @throws DomainException CONFLICT before an answer, or when a complaint was already made
   */
  public void complained(String number) {
    requireComplaintPossible();
    complaintNumber = number;
  }

  /**
   * Whether a complaint about the answer can be made now: checked before the complaint is filed.
   *
   * @throws DomainException CONFLICT before an answer, or when a complaint was already made
   */
  public void requireComplaintPossible() {
    if (state.isOpen()) {
      throw DomainException.conflict(
          "the request has no answer yet; a complaint can follow the answer");
    }
    if (complaintNumber != null) {
      throw DomainException.conflict(
          "a complaint about this answer was already made: " + complaintNumber);
    }
  }

  /** Whether {@code account} made the request or is its subject. */
  public boolean concerns(String account) {
    return account != null && (account.equals(requestedBy) || account.equals(subjectId));
  }

  private void requireInProgress() {
    if (state != RequestState.IN_PROGRESS) {
      throw DomainException.conflict(
          "the request is " + state + "; only a verified, open request is answered");
    }
  }

  public String id() {
    return id;
  }

  public String subjectId() {
    return subjectId;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public RequestChannel channel() {
    return channel;
  }

  public RequestKind kind() {
    return kind;
  }

  public Optional<DeletionGround> deletionGround() {
    return Optional.ofNullable(deletionGround);
  }

  public Optional<String> detailsSealed() {
    return Optional.ofNullable(detailsSealed);
  }

  public Verification verification() {
    return verification;
  }

  public boolean repeated() {
    return repeated;
  }

  public RequestState state() {
    return state;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Instant verifiedAt() {
    return verifiedAt;
  }

  public String verifiedBy() {
    return verifiedBy;
  }

  public LocalDate lastDay() {
    return lastDay;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Instant remindAt() {
    return remindAt;
  }

  public Instant escalateAt() {
    return escalateAt;
  }

  public boolean isEscalated() {
    return escalated;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public Optional<RefusalGround> refusalGround() {
    return Optional.ofNullable(refusalGround);
  }

  public Optional<String> answerSealed() {
    return Optional.ofNullable(answerSealed);
  }

  public String answeredBy() {
    return answeredBy;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public Optional<String> deletionOrderId() {
    return Optional.ofNullable(deletionOrderId);
  }

  public Optional<BigDecimal> feeAmount() {
    return Optional.ofNullable(feeAmount);
  }

  public Optional<String> feeReasonSealed() {
    return Optional.ofNullable(feeReasonSealed);
  }

  public String feeChargedBy() {
    return feeChargedBy;
  }

  public Instant feeChargedAt() {
    return feeChargedAt;
  }

  public Instant feeDueAt() {
    return feeDueAt;
  }

  public Instant feeAcceptedAt() {
    return feeAcceptedAt;
  }

  public Integer pausedWorkingDaysLeft() {
    return pausedWorkingDaysLeft;
  }

  public Optional<String> complaintNumber() {
    return Optional.ofNullable(complaintNumber);
  }
}

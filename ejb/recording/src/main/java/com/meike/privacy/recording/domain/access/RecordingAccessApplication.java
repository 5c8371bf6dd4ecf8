package com.meike.privacy.recording.domain.access;

import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.staff.StaffGroups;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An employee's application to listen to one order's recording for one allowed use (REC-7, REC-8),
 * and the aggregate root of its two approval decisions.
 *
 * <p>Rules kept here:
 *
 * <ul>
 *   <li>It is routed at submission ({@link ApprovalRoute}): each step has exactly one approver.
 *   <li>A step is decided only by its approver, only while the application waits for that step,
 *       step 1 before step 2; nobody decides their own application; a rejection needs a comment.
 *   <li>Approving step 1 moves to step 2, approving step 2 approves, any rejection is final.
 *   <li>While waiting it may lapse; nothing changes a final state.
 *   <li>Only an approved application yields a grant, and only one.
 * </ul>
 */
@Entity
@Table(name = "recording_access_application")
public class RecordingAccessApplication {

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "order_number", length = 18, nullable = false, updatable = false)
  private String orderNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "use", length = 32, nullable = false, updatable = false)
  private AllowedUse use;

  @Column(name = "reason", length = AccessReason.MAX_LENGTH, nullable = false, updatable = false)
  private String reason;

  @Column(name = "applicant", length = 100, nullable = false, updatable = false)
  private String applicant;

  @Column(name = "applied_at", nullable = false, updatable = false)
  private Instant appliedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 32, nullable = false)
  private ApplicationStatus status;

  @Column(name = "first_approver", length = 100, nullable = false, updatable = false)
  private String firstApprover;

  @Column(name = "second_approver", length = 100, nullable = false, updatable = false)
  private String secondApprover;

  @Column(name = "grant_id", length = 36)
  private String grantId;

  /** Which condition of the use was met when applying (REC-7); null for uses without one. */
  @Enumerated(EnumType.STRING)
  @Column(name = "use_condition", length = 32, updatable = false)
  private UseCondition condition;

  @Column(name = "complaint_number", length = 32, updatable = false)
  private String complaintNumber;

  /** The consent-ledger entry the condition rests on (an id, not the consent's content). */
  @Column(name = "consent_entry", updatable = false)
  private Long consentEntry;

  @Column(name = "urgency", length = ConditionEvidence.MAX_URGENCY, updatable = false)
  private String urgency;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_state", length = 16)
  private ReviewState reviewState;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "review_comment", length = ApprovalDecision.MAX_COMMENT_LENGTH)
  private String reviewComment;

  /** Where the after-the-fact review of an urgent access stands (REC-7). */
  public enum ReviewState {
    PENDING,
    JUSTIFIED,
    NOT_JUSTIFIED
  }

  /** Optimistic lock: two decisions racing on one application cannot both commit. */
  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("decidedAt ASC, step ASC")
  private List<ApprovalDecision> decisions = new ArrayList<>();

  /** For JPA only. */
  protected RecordingAccessApplication() {}

  private RecordingAccessApplication(
      String id,
      OrderNumber orderNumber,
      AllowedUse use,
      AccessReason reason,
      String applicant,
      ApprovalRoute route,
      Instant appliedAt,
      ConditionEvidence evidence) {
    this.id = requireText(id, "id");
    this.orderNumber = Objects.requireNonNull(orderNumber, "orderNumber").value();
    this.use = Objects.requireNonNull(use, "use");
    this.reason = Objects.requireNonNull(reason, "reason").text();
    this.applicant = requireText(applicant, "applicant");
    Objects.requireNonNull(route, "route");
    if (route.involves(applicant)) {
      throw new IllegalArgumentException("the applicant cannot approve their own application");
    }
    this.firstApprover = route.firstApprover();
    this.secondApprover = route.secondApprover();
    this.appliedAt = Objects.requireNonNull(appliedAt, "appliedAt");
    this.status = ApplicationStatus.AWAITING_DEPARTMENT_HEAD;
    Objects.requireNonNull(evidence, "evidence");
    if (!sameCondition(use, evidence)) {
      throw new IllegalArgumentException("the evidence does not meet the condition of " + use);
    }
    this.condition = evidence.condition();
    this.consentEntry = evidence.consentEntry();
    this.complaintNumber = evidence.complaintNumber();
    this.urgency = evidence.urgency();
    this.reviewState =
        evidence.condition() == UseCondition.URGENCY_RECORDED ? ReviewState.PENDING : null;
  }

  private static boolean sameCondition(AllowedUse use, ConditionEvidence evidence) {
    ConditionEvidence again =
        ConditionEvidence.establish(
            use,
            Optional.ofNullable(evidence.consentEntry())
                .filter(e -> evidence.condition() == UseCondition.CUSTOMER_CONSENT),
            Optional.ofNullable(evidence.consentEntry())
                .filter(e -> evidence.condition() == UseCondition.BEAUTICIAN_CONSENT),
            evidence.complaintNumber(),
            evidence.urgency());
    return again.equals(evidence);
  }

  /** A new application for a use without a condition (spot check, safety analysis). */
  public static RecordingAccessApplication submit(
      String id,
      OrderNumber orderNumber,
      AllowedUse use,
      AccessReason reason,
      String applicant,
      ApprovalRoute route,
      Instant appliedAt) {
    return submit(
        id, orderNumber, use, reason, applicant, route, appliedAt, ConditionEvidence.NONE);
  }

  /**
   * A new application, waiting for its first approval, with the evidence that its use's condition
   * is met (REC-7; see {@link ConditionEvidence#establish}).
   *
   * @throws DomainException when the evidence does not meet the use's condition
   */
  public static RecordingAccessApplication submit(
      String id,
      OrderNumber orderNumber,
      AllowedUse use,
      AccessReason reason,
      String applicant,
      ApprovalRoute route,
      Instant appliedAt,
      ConditionEvidence evidence) {
    return new RecordingAccessApplication(
        id, orderNumber, use, reason, applicant, route, appliedAt, evidence);
  }

  /**
   * The privacy office's review after an urgent access (REC-7): once, after the grant, by someone
   * who neither applied nor approved; a finding that it was not justified needs a comment.
   *
   * @throws DomainException CONFLICT when there is no pending review (another use, not yet granted,
   *     or reviewed already); FORBIDDEN for the applicant or an approver; INVALID_INPUT on {@code
   *     comment}
   */
  public void reviewAfterwards(String reviewer, boolean justified, String comment, Instant now) {
    if (reviewer == null || reviewer.isBlank()) {
      throw DomainException.forbidden("an identified reviewer is required");
    }
    if (involves(reviewer)) {
      throw DomainException.forbidden(
          "紧急调取须由未参与申请和审批的人复核 — an urgent access is reviewed by someone who neither applied nor approved (REC-7)");
    }
    if (reviewState != ReviewState.PENDING) {
      throw DomainException.conflict(
          reviewState == null
              ? "only an urgent access is reviewed afterwards"
              : "the urgent access was already reviewed: " + reviewState);
    }
    if (grantId == null) {
      throw DomainException.conflict(
          "the urgent access is reviewed after its grant; none was issued");
    }
    String trimmed = comment == null || comment.isBlank() ? null : comment.strip();
    if (!justified && trimmed == null) {
      throw DomainException.invalid("comment", "is required when the access was not justified");
    }
    if (trimmed != null && trimmed.length() > ApprovalDecision.MAX_COMMENT_LENGTH) {
      throw DomainException.invalid(
          "comment", "must be at most " + ApprovalDecision.MAX_COMMENT_LENGTH + " characters long");
    }
    reviewState = justified ? ReviewState.JUSTIFIED : ReviewState.NOT_JUSTIFIED;
    reviewedBy = reviewer.strip();
    reviewedAt = Objects.requireNonNull(now, "now");
    reviewComment = trimmed;
  }

  /** The condition met when applying; empty for uses without one (and older applications). */
  public Optional<UseCondition> condition() {
    return Optional.ofNullable(condition);
  }

  public Optional<Long> consentEntry() {
    return Optional.ofNullable(consentEntry);
  }

  public Optional<String> complaintNumber() {
    return Optional.ofNullable(complaintNumber);
  }

  public Optional<String> urgency() {
    return Optional.ofNullable(urgency);
  }

  public Optional<ReviewState> reviewState() {
    return Optional.ofNullable(reviewState);
  }

  public Optional<String> reviewedBy() {
    return Optional.ofNullable(reviewedBy);
  }

  public Optional<Instant> reviewedAt() {
    return Optional.ofNullable(reviewedAt);
  }

  public Optional<String> reviewComment() {
    return Optional.ofNullable(reviewComment);
  }

  /**
   * Records {@code approver}'s decision on {@code step}.
   *
   * @throws DomainException FORBIDDEN when {@code approver} is the applicant or not the person
   *     {@code step} is routed to; CONFLICT when the application is not waiting for {@code step}
   *     (decided already, lapsed, or step 2 before step 1); INVALID_INPUT on {@code comment} when a
   *     rejection has none or the comment is too long
   */
  public ApprovalDecision decide(
      ApprovalStep step, String approver, boolean approved, String comment, Instant now) {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(now, "now");
    if (approver == null || approver.isBlank()) {
      throw DomainException.forbidden("an identified approver is required");
    }
    if (approver.equals(applicant)) {
      throw DomainException.forbidden("nobody may approve their own application");
    }
    if (!approver.equals(route().approverFor(step))) {
      throw DomainException.forbidden(
          "this application's " + stepName(step) + " step is routed to someone else");
    }
    if (decisions.stream().anyMatch(decision -> decision.step() == step)) {
      throw DomainException.conflict("the " + stepName(step) + " step was already decided");
    }
    if (!status.isAwaiting()) {
      throw DomainException.conflict(
          "the application is no longer awaiting decisions; it is " + status);
    }
    if (status.awaitedStep().orElseThrow() != step) {
      throw DomainException.conflict(
          "the application is not awaiting the " + stepName(step) + " step; it is " + status);
    }
    String trimmedComment = comment == null || comment.isBlank() ? null : comment.strip();
    if (!approved && trimmedComment == null) {
      throw DomainException.invalid("comment", "is required when rejecting");
    }
    if (trimmedComment != null && trimmedComment.length() > ApprovalDecision.MAX_COMMENT_LENGTH) {
      throw DomainException.invalid(
          "comment", "must be at most " + ApprovalDecision.MAX_COMMENT_LENGTH + " characters long");
    }
    ApprovalDecision decision =
        new ApprovalDecision(this, step, approver, approved, trimmedComment, now);
    decisions.add(decision);
    if (!approved) {
      status = ApplicationStatus.REJECTED;
    } else if (step == ApprovalStep.DEPARTMENT_HEAD) {
      status = ApplicationStatus.AWAITING_SECURITY_HEAD;
    } else {
      status = ApplicationStatus.APPROVED;
    }
    return decision;
  }

  /**
   * The deadline passed before both decisions were made.
   *
   * @throws DomainException CONFLICT when the application is no longer waiting
   */
  public void lapse(Instant now) {
    Objects.requireNonNull(now, "now");
    if (!status.isAwaiting()) {
      throw DomainException.conflict("only a waiting application can lapse; it is " + status);
    }
    status = ApplicationStatus.LAPSED;
  }

  /**
   * Issues the grant this approved application earns: {@link #orderNumber()} only, to the
   * applicant, from {@code now} for {@code validity}. The application remembers the grant's id.
   *
   * @throws DomainException CONFLICT when the application is not approved or already has a grant
   *     (callers that want an idempotent issue look at {@link #grantId()} first)
   */
  public RecordingAccessGrant issueGrant(String grantId, Instant now, Duration validity) {
    if (status != ApplicationStatus.APPROVED) {
      throw DomainException.conflict("only an approved application earns a grant; it is " + status);
    }
    if (this.grantId != null) {
      throw DomainException.conflict("the grant for this application was already issued");
    }
    RecordingAccessGrant grant =
        RecordingAccessGrant.issue(grantId, id, orderNumber(), use, applicant, now, validity);
    this.grantId = grant.id();
    return grant;
  }

  /** Whether {@code user} is the applicant or one of the two routed approvers. */
  public boolean involves(String user) {
    return user != null && (user.equals(applicant) || route().involves(user));
  }

  public String id() {
    return id;
  }

  public OrderNumber orderNumber() {
    return new OrderNumber(orderNumber);
  }

  public AllowedUse use() {
    return use;
  }

  public AccessReason reason() {
    return new AccessReason(reason);
  }

  public String applicant() {
    return applicant;
  }

  public Instant appliedAt() {
    return appliedAt;
  }

  public ApplicationStatus status() {
    return status;
  }

  public ApprovalRoute route() {
    return new ApprovalRoute(firstApprover, secondApprover);
  }

  /** The decisions made so far, oldest first. */
  public List<ApprovalDecision> decisions() {
    return Collections.unmodifiableList(decisions);
  }

  /** The id of the grant issued for this application, once issued. */
  public Optional<String> grantId() {
    return Optional.ofNullable(grantId);
  }

  private static String stepName(ApprovalStep step) {
    return step == ApprovalStep.DEPARTMENT_HEAD
        ? StaffGroups.DEPARTMENT_HEAD
        : StaffGroups.SECURITY_HEAD;
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof RecordingAccessApplication that && id != null && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }

  @Override
  public String toString() {
    return "RecordingAccessApplication[" + id + ", " + status + "]";
  }
}

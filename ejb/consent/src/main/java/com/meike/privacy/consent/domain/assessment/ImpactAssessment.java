package com.meike.privacy.consent.domain.assessment;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One personal-information impact assessment (AUD-3, PIPL arts. 55–56): which processing it allows
 * ({@link AssessedProcessing} and its purpose, partner or transfer), when it was done, what it
 * concluded, who approved it, the reference of its report — kept until {@link #keepUntil()}, at
 * least three years after it was done. The facts never change; an assessment stops allowing when it
 * is withdrawn (recorded with who, when and why) or a later one for the same processing is
 * registered. Withdrawn, it stays on record until its keeping period has passed.
 */
@Entity
@Table(name = "consent_impact_assessment")
public class ImpactAssessment {

  /** PIPL art. 56: reports and records of handling are kept at least three years. */
  public static final int MIN_KEEP_YEARS = 3;

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

  @Id
  @Column(name = "id", length = 64, nullable = false, updatable = false)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "processing", length = 32, nullable = false, updatable = false)
  private AssessedProcessing processing;

  @Column(name = "purpose_code", length = 64, updatable = false)
  private String purpose;

  @Column(name = "partner_id", length = 32, updatable = false)
  private String partner;

  @Column(name = "transfer_id", length = 64, updatable = false)
  private String transfer;

  @Column(name = "processing_key", length = 200, nullable = false, updatable = false)
  private String processingKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "conclusion", length = 16, nullable = false, updatable = false)
  private AssessmentConclusion conclusion;

  @Column(name = "reference", length = 200, nullable = false, updatable = false)
  private String reference;

  @Column(name = "summary", length = 2000, nullable = false, updatable = false)
  private String summary;

  @Column(name = "assessed_on", nullable = false, updatable = false)
  private LocalDate assessedOn;

  @Column(name = "approved_by", length = 100, nullable = false, updatable = false)
  private String approvedBy;

  @Column(name = "registered_by", length = 100, nullable = false, updatable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "keep_until", nullable = false, updatable = false)
  private LocalDate keepUntil;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by", length = 100)
  private String withdrawnBy;

  @Column(name = "withdrawal_reason", length = 1000)
  private String withdrawalReason;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  /** For JPA only. */
  protected ImpactAssessment() {}

  /**
   * Records a completed assessment.
   *
   * @param purpose a purpose code, for every kind but {@link
   *     AssessedProcessing#CROSS_BORDER_TRANSFER}
   * @param partner a partner id, for {@link AssessedProcessing#PARTNER_SHARING} only
   * @param transfer a registered transfer's id, for {@link
   *     AssessedProcessing#CROSS_BORDER_TRANSFER} only
   * @param keepYears how long it is kept after {@code assessedOn}; at least {@value
   *     #MIN_KEEP_YEARS}
   * @throws DomainException INVALID_INPUT naming the field that is missing, superfluous or
   *     malformed; FORBIDDEN without an identified actor
   */
  public static ImpactAssessment record(
      AssessedProcessing processing,
      String purpose,
      String partner,
      String transfer,
      AssessmentConclusion conclusion,
      String reference,
      String summary,
      LocalDate assessedOn,
      String approvedBy,
      String actor,
      Instant now,
      LocalDate today,
      int keepYears) {
    if (actor == null || actor.isBlank()) {
      throw DomainException.forbidden(
          "only an identified staff member may register an impact assessment");
    }
    if (processing == null) {
      throw DomainException.invalid(
          "processing",
          "is required: SENSITIVE_PROCESSING, AUTOMATED_DECISION, PARTNER_SHARING or CROSS_BORDER_TRANSFER");
    }
    if (conclusion == null) {
      throw DomainException.invalid("conclusion", "is required: ACCEPTABLE or NOT_ACCEPTABLE");
    }
    ImpactAssessment a = new ImpactAssessment();
    a.id = "pia-" + UUID.randomUUID();
    a.processing = processing;
    boolean transferAbroad = processing == AssessedProcessing.CROSS_BORDER_TRANSFER;
    a.purpose =
        transferAbroad ? absent(purpose, "purpose", processing) : code(purpose, "purpose", 64);
    a.partner =
        processing == AssessedProcessing.PARTNER_SHARING
            ? code(partner, "partner", 32)
            : absent(partner, "partner", processing);
    a.transfer =
        transferAbroad ? text(transfer, "transfer", 64) : absent(transfer, "transfer", processing);
    a.processingKey = processing.key(a.purpose, a.partner, a.transfer);
    a.conclusion = conclusion;
    a.reference = text(reference, "reference", 200);
    a.summary = text(summary, "summary", 2000);
    if (assessedOn == null) {
      throw DomainException.invalid(
          "assessedOn", "is required (the date the assessment was completed)");
    }
    if (assessedOn.isAfter(today)) {
      throw DomainException.invalid("assessedOn", "must not be in the future");
    }
    a.assessedOn = assessedOn;
    a.approvedBy = text(approvedBy, "approvedBy", 100);
    a.registeredBy = actor.strip();
    a.registeredAt = Objects.requireNonNull(now, "now");
    a.keepUntil = assessedOn.plusYears(Math.max(MIN_KEEP_YEARS, keepYears));
    return a;
  }

  /**
   * Withdraws it: the processing it allowed needs another assessment from now on. The record stays.
   *
   * @throws DomainException CONFLICT when already withdrawn; INVALID_INPUT on {@code reason}
   */
  public void withdraw(String reason, String actor, Instant now) {
    if (actor == null || actor.isBlank()) {
      throw DomainException.forbidden(
          "only an identified staff member may withdraw an impact assessment");
    }
    if (withdrawnAt != null) {
      throw DomainException.conflict("this impact assessment was already withdrawn");
    }
    withdrawalReason = text(reason, "reason", 1000);
    withdrawnBy = actor.strip();
    withdrawnAt = Objects.requireNonNull(now, "now");
  }

  /** Whether it allows its processing: concluded acceptable and not withdrawn. */
  public boolean allows() {
    return withdrawnAt == null && conclusion == AssessmentConclusion.ACCEPTABLE;
  }

  private static String absent(String value, String field, AssessedProcessing processing) {
    if (value != null && !value.isBlank()) {
      throw DomainException.invalid(field, "does not belong to an assessment of " + processing);
    }
    return null;
  }

  private static String code(String value, String field, int max) {
    String text = text(value, field, max);
    if (!CODE.matcher(text).matches()) {
      throw DomainException.invalid(
          field, "'" + text + "' is not a code such as location.precise or wechat-pay");
    }
    return text;
  }

  private static String text(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(field, "is required");
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw DomainException.invalid(field, "must be at most " + max + " characters");
    }
    return stripped;
  }

  public String id() {
    return id;
  }

  public AssessedProcessing processing() {
    return processing;
  }

  public String purpose() {
    return purpose;
  }

  public String partner() {
    return partner;
  }

  public String transfer() {
    return transfer;
  }

  public String processingKey() {
    return processingKey;
  }

  public AssessmentConclusion conclusion() {
    return conclusion;
  }

  public String reference() {
    return reference;
  }

  public String summary() {
    return summary;
  }

  public LocalDate assessedOn() {
    return assessedOn;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public String registeredBy() {
    return registeredBy;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public LocalDate keepUntil() {
    return keepUntil;
  }

  public Instant withdrawnAt() {
    return withdrawnAt;
  }

  public String withdrawnBy() {
    return withdrawnBy;
  }

  public String withdrawalReason() {
    return withdrawalReason;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImpactAssessment a && Objects.equals(id, a.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}

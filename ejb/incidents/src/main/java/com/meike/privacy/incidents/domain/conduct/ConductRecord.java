package com.meike.privacy.incidents.domain.conduct;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A conduct record (RET-3): that the holder of an account seriously violated laws or the platform
 * agreement, or the platform credit record that follows. Marked {@link #PERMANENT} with the stated
 * reason of the privacy policy (Part 2 §IV(二)3) and never changed once written: no retention rule
 * and no erasure deletes or anonymises it.
 */
@Entity
@Table(name = "incidents_conduct_record")
public class ConductRecord {

  public static final String TABLE = "incidents_conduct_record";
  public static final String PERMANENT = "PERMANENT";

  /** Why a conduct record is never deleted, as every erasure and answer states it. */
  public static final String PERMANENCE_REASON =
      "永久保存：严重违法违约记录及相应的平台信用记录（隐私政策第二部分 四(二)3）— kept permanently: records of serious"
          + " violations of laws or the platform agreement and the corresponding platform credit records (privacy policy"
          + " Part 2 §IV(二)3, RET-3)";

  public static final int MAX_RULE = 500;
  public static final int MAX_FINDING = 2000;
  private static final Pattern COMPLAINT_NUMBER = Pattern.compile("CP\\d{8}[0-9A-F]{8}");

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "account_id", length = 64, nullable = false, updatable = false)
  private String accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 24, nullable = false, updatable = false)
  private ConductKind kind;

  @Column(name = "complaint_number", length = 32, updatable = false)
  private String complaintNumber;

  @Column(name = "rule_violated", length = MAX_RULE, nullable = false, updatable = false)
  private String ruleViolated;

  @Column(name = "finding_sealed", length = 6000, nullable = false, updatable = false)
  private String findingSealed;

  @Column(name = "recorded_by", length = 100, nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "retention", length = 16, nullable = false, updatable = false)
  private String retention;

  @Column(name = "retention_reason", length = 500, nullable = false, updatable = false)
  private String retentionReason;

  protected ConductRecord() {}

  /**
   * A new record, checked: account, rule (≤ {@value #MAX_RULE}) and finding (≤ {@value
   * #MAX_FINDING}) required; a complaint number, when given, in its format. {@code seal} seals the
   * finding for this record's id.
   *
   * @throws DomainException INVALID_INPUT naming the field
   */
  public static ConductRecord record(
      String id,
      String accountId,
      ConductKind kind,
      String complaintNumber,
      String rule,
      String finding,
      String recordedBy,
      Instant now,
      UnaryOperator<String> seal) {
    String account = required("account", accountId, 64);
    String ruleText = required("rule", rule, MAX_RULE);
    String findingText = required("finding", finding, MAX_FINDING);
    String complaint =
        complaintNumber == null || complaintNumber.isBlank() ? null : complaintNumber.strip();
    if (complaint != null && !COMPLAINT_NUMBER.matcher(complaint).matches()) {
      throw DomainException.invalid(
          "complaintNumber", "must be a complaint number like CP20261206A1B2C3D4");
    }
    ConductRecord r = new ConductRecord();
    r.id = Objects.requireNonNull(id, "id");
    r.accountId = account;
    r.kind = Objects.requireNonNull(kind, "kind");
    r.complaintNumber = complaint;
    r.ruleViolated = ruleText;
    r.findingSealed = seal.apply(findingText);
    r.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    r.recordedAt = Objects.requireNonNull(now, "now");
    r.retention = PERMANENT;
    r.retentionReason =
        PERMANENCE_REASON.length() <= 500 ? PERMANENCE_REASON : PERMANENCE_REASON.substring(0, 500);
    return r;
  }

  private static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(field, "is required");
    }
    String v = value.strip();
    if (v.length() > max) {
      throw DomainException.invalid(field, "must have at most " + max + " characters");
    }
    return v;
  }

  public String id() {
    return id;
  }

  public String accountId() {
    return accountId;
  }

  public ConductKind kind() {
    return kind;
  }

  public Optional<String> complaintNumber() {
    return Optional.ofNullable(complaintNumber);
  }

  public String ruleViolated() {
    return ruleViolated;
  }

  public String findingSealed() {
    return findingSealed;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String retention() {
    return retention;
  }

  public String retentionReason() {
    return retentionReason;
  }
}

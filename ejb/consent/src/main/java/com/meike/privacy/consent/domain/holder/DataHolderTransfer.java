package com.meike.privacy.consent.domain.holder;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A transfer of the data to a new holder (PTN-6): the kind of event, the new holder, the date, the
 * affected scope (purpose codes), and the outcome — bound to the policy in force (with the new
 * holder's commitment reference) or re-consent of every affected person. Recorded once, never
 * changed; {@code peopleMarked} says how many people a re-consent outcome marked.
 */
@Entity
@Table(name = "consent_data_holder_transfer")
public class DataHolderTransfer {

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 32, nullable = false, updatable = false)
  private TransferKind kind;

  @Column(name = "new_holder", length = 200, nullable = false, updatable = false)
  private String newHolder;

  @Column(name = "transfer_date", nullable = false, updatable = false)
  private LocalDate transferDate;

  /** Purpose codes, sorted, comma-separated. */
  @Column(name = "scope", length = 2000, nullable = false, updatable = false)
  private String scope;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 32, nullable = false, updatable = false)
  private TransferOutcome outcome;

  @Column(name = "commitment_reference", length = 200, updatable = false)
  private String commitmentReference;

  @Column(name = "policy_version", length = 32, nullable = false, updatable = false)
  private String policyVersion;

  @Column(name = "people_marked", nullable = false)
  private int peopleMarked;

  @Column(name = "recorded_by", length = 100, nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  /** For JPA only. */
  protected DataHolderTransfer() {}

  /**
   * Records a transfer under the policy version in force; the scope's codes are checked against the
   * catalogue by the caller.
   *
   * @throws DomainException INVALID_INPUT naming {@code kind}, {@code newHolder}, {@code
   *     transferDate}, {@code scope}, {@code outcome} or {@code commitmentReference} (required when
   *     the new holder is bound to the policy); FORBIDDEN without an actor
   */
  public static DataHolderTransfer record(
      String kind,
      String newHolder,
      String transferDate,
      List<String> scope,
      String outcome,
      String commitmentReference,
      String policyVersion,
      String actor,
      Instant now) {
    if (actor == null || actor.isBlank()) {
      throw DomainException.forbidden("only an identified privacy officer may record a transfer");
    }
    DataHolderTransfer t = new DataHolderTransfer();
    t.id = UUID.randomUUID().toString();
    t.kind = parse(TransferKind.class, kind, "kind");
    t.newHolder = text(newHolder, "newHolder", 200);
    t.transferDate = date(transferDate);
    if (scope == null
        || scope.isEmpty()
        || scope.stream().anyMatch(c -> c == null || c.isBlank())) {
      throw DomainException.invalid("scope", "name the purpose codes of the data that moves");
    }
    t.scope =
        scope.stream().map(String::strip).distinct().sorted().collect(Collectors.joining(","));
    if (t.scope.length() > 2000) {
      throw DomainException.invalid("scope", "is too long");
    }
    t.outcome = parse(TransferOutcome.class, outcome, "outcome");
    if (t.outcome == TransferOutcome.BOUND_TO_CURRENT_POLICY) {
      t.commitmentReference = text(commitmentReference, "commitmentReference", 200);
    } else if (commitmentReference != null && !commitmentReference.isBlank()) {
      t.commitmentReference = text(commitmentReference, "commitmentReference", 200);
    }
    t.policyVersion = Objects.requireNonNull(policyVersion, "policyVersion");
    t.recordedBy = actor.strip();
    t.recordedAt = Objects.requireNonNull(now, "now");
    return t;
  }

  /** Whether the affected people must consent again. */
  public boolean requiresReconsent() {
    return outcome == TransferOutcome.REQUIRES_RECONSENT;
  }

  /** How many people the re-consent marked; set once, right after recording. */
  public void marked(int people) {
    this.peopleMarked = people;
  }

  /** What the people told to consent again read (in Chinese, as the policy). */
  public String noticeSummary() {
    return "美十每客APP平台服务提供者发生"
        + switch (kind) {
          case MERGER -> "合并";
          case ACQUISITION -> "收购";
          case BANKRUPTCY_LIQUIDATION -> "破产清算";
        }
        + "，您的个人信息将转由"
        + newHolder
        + "持有。新的持有者未承诺继续受本政策约束，请您重新授权同意。";
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name, String field) {
    if (name != null) {
      for (E value : type.getEnumConstants()) {
        if (value.name().equals(name.strip())) {
          return value;
        }
      }
    }
    throw DomainException.invalid(
        field,
        "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
  }

  private static String text(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(field, "is required");
    }
    if (value.strip().length() > max) {
      throw DomainException.invalid(field, "must be at most " + max + " characters");
    }
    return value.strip();
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid("transferDate", "is required (ISO date, e.g. 2026-12-31)");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalid("transferDate", "must be an ISO date such as 2026-12-31");
    }
  }

  public String id() {
    return id;
  }

  public TransferKind kind() {
    return kind;
  }

  public String newHolder() {
    return newHolder;
  }

  public LocalDate transferDate() {
    return transferDate;
  }

  public List<String> scope() {
    return Arrays.asList(scope.split(","));
  }

  public TransferOutcome outcome() {
    return outcome;
  }

  public Optional<String> commitmentReference() {
    return Optional.ofNullable(commitmentReference);
  }

  public String policyVersion() {
    return policyVersion;
  }

  public int peopleMarked() {
    return peopleMarked;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}

package com.meike.privacy.consent.domain.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One purpose of the catalogue (DATA-1): a category of personal information or a device feature,
 * what it is used for, whether it is necessary or optional, whether it is sensitive, on which legal
 * basis it is processed, how long it is kept and which partners may receive it.
 *
 * <p>Rules kept here:
 *
 * <ul>
 *   <li>A purpose that is optional <em>or</em> sensitive needs its own, separate consent ({@link
 *       #needsOwnConsent()}); accepting the policy covers only the necessary, non-sensitive ones
 *       ({@link #coveredByPolicyAcceptance()}) (CON-2, PIPL arts. 14, 16, 29).
 *   <li>A purpose is part of the current policy when the version that introduced it is published
 *       and the version that retires it, if any, is not ({@link #inForce}).
 *   <li>Device and log data that identify nobody on their own are personal information only while
 *       joined with a person ({@link #personalOnlyWhenLinked()}, DATA-2).
 *   <li>Implied consent from an on-site notice counts only where the policy allows it ({@link
 *       #impliedConsentAllowed()}: service recordings, Part 1 录音 1.2).
 * </ul>
 *
 * <p>Purposes are defined by the Flyway migrations; nothing in the application changes one.
 */
@Entity
@Table(name = "consent_purpose")
public class Purpose {

  @Id
  @Column(name = "code", length = PurposeCode.MAX_LENGTH, nullable = false, updatable = false)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 32, nullable = false, updatable = false)
  private PurposeKind kind;

  @Column(name = "name_zh", length = 100, nullable = false, updatable = false)
  private String nameZh;

  @Column(name = "name_en", length = 200, nullable = false, updatable = false)
  private String nameEn;

  @Column(name = "data_items", length = 1000, nullable = false, updatable = false)
  private String dataItems;

  @Column(name = "description", length = 1000, nullable = false, updatable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "necessity", length = 16, nullable = false, updatable = false)
  private Necessity necessity;

  @Column(name = "sensitive", nullable = false, updatable = false)
  private boolean sensitive;

  @Column(name = "personal_only_when_linked", nullable = false, updatable = false)
  private boolean personalOnlyWhenLinked;

  @Column(name = "implied_consent_allowed", nullable = false, updatable = false)
  private boolean impliedConsentAllowed;

  /**
   * Processing for this purpose makes automated decisions about the person (PIPL art. 24, 55(2)).
   */
  @Column(name = "automated_decision", nullable = false, updatable = false)
  private boolean automatedDecision;

  @Column(name = "legal_basis", length = 500, nullable = false, updatable = false)
  private String legalBasis;

  @Column(name = "retention_rule", length = 500, nullable = false, updatable = false)
  private String retentionRule;

  @Column(name = "policy_reference", length = 200, nullable = false, updatable = false)
  private String policyReference;

  @Column(name = "policy_version", length = 32, nullable = false, updatable = false)
  private String policyVersion;

  @Column(name = "retired_in", length = 32, updatable = false)
  private String retiredIn;

  @ElementCollection
  @CollectionTable(
      name = "consent_purpose_partner",
      joinColumns = @JoinColumn(name = "purpose_code", nullable = false))
  @Column(name = "partner_id", length = 32, nullable = false)
  private Set<String> partnerIds = new HashSet<>();

  /** For JPA only. */
  protected Purpose() {}

  /**
   * A purpose as a catalogue migration defines it; for tests and tools (the application itself only
   * reads purposes).
   */
  public Purpose(
      PurposeCode code,
      PurposeKind kind,
      String nameZh,
      String nameEn,
      String dataItems,
      String description,
      Necessity necessity,
      boolean sensitive,
      boolean personalOnlyWhenLinked,
      boolean impliedConsentAllowed,
      String legalBasis,
      String retentionRule,
      String policyReference,
      String policyVersion,
      String retiredIn,
      Collection<Partner> partners) {
    this.code = Objects.requireNonNull(code, "code").value();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.nameZh = requireText(nameZh, "nameZh");
    this.nameEn = requireText(nameEn, "nameEn");
    this.dataItems = requireText(dataItems, "dataItems");
    this.description = requireText(description, "description");
    this.necessity = Objects.requireNonNull(necessity, "necessity");
    this.sensitive = sensitive;
    this.personalOnlyWhenLinked = personalOnlyWhenLinked;
    this.impliedConsentAllowed = impliedConsentAllowed;
    this.legalBasis = requireText(legalBasis, "legalBasis");
    this.retentionRule = requireText(retentionRule, "retentionRule");
    this.policyReference = requireText(policyReference, "policyReference");
    this.policyVersion = requireText(policyVersion, "policyVersion");
    if (retiredIn != null && retiredIn.equals(policyVersion)) {
      throw new IllegalArgumentException(
          "a purpose cannot be retired by the version introducing it");
    }
    this.retiredIn = retiredIn;
    Objects.requireNonNull(partners, "partners").forEach(p -> partnerIds.add(p.id()));
  }

  /** Whether the person must consent to this purpose on its own (it is optional or sensitive). */
  public boolean needsOwnConsent() {
    return necessity == Necessity.OPTIONAL || sensitive;
  }

  /** Whether accepting the policy covers this purpose: necessary and not sensitive. */
  public boolean coveredByPolicyAcceptance() {
    return !needsOwnConsent();
  }

  /**
   * Whether this purpose belongs to the policy in force: the version that introduced it is
   * published, and the version that retires it (if any) is not.
   *
   * @param published tells whether a policy version has been published
   */
  public boolean inForce(Predicate<String> published) {
    return published.test(policyVersion) && (retiredIn == null || !published.test(retiredIn));
  }

  public PurposeCode code() {
    return new PurposeCode(code);
  }

  public PurposeKind kind() {
    return kind;
  }

  /** The name as the policy words it. */
  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** The items of information the purpose covers, as the policy lists them. */
  public String dataItems() {
    return dataItems;
  }

  /** What the information is used for, in the policy's words. */
  public String description() {
    return description;
  }

  public Necessity necessity() {
    return necessity;
  }

  /** Sensitive personal information (PIPL art. 28): separate consent, encrypted at rest. */
  public boolean sensitive() {
    return sensitive;
  }

  /** Device or log data that is personal information only while joined with a person (DATA-2). */
  public boolean personalOnlyWhenLinked() {
    return personalOnlyWhenLinked;
  }

  /** Whether an on-site notice the person did not object to counts as consent (recordings only). */
  public boolean automatedDecision() {
    return automatedDecision;
  }

  public boolean impliedConsentAllowed() {
    return impliedConsentAllowed;
  }

  public String legalBasis() {
    return legalBasis;
  }

  public String retentionRule() {
    return retentionRule;
  }

  /** Where the policy says so, such as {@code 第一部分 f；第二部分 一} (Part 1 f; Part 2 §I). */
  public String policyReference() {
    return policyReference;
  }

  /** The policy version that introduced this purpose. */
  public String policyVersion() {
    return policyVersion;
  }

  /** The policy version that dropped this purpose, if any. */
  public Optional<String> retiredIn() {
    return Optional.ofNullable(retiredIn);
  }

  /** The partners that may receive this purpose's information, in the contract's order. */
  public List<Partner> partners() {
    return partnerIds.stream()
        .map(Partner::byId)
        .sorted(Comparator.comparingInt(Partner::ordinal))
        .toList();
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
        || (other instanceof Purpose that && code != null && code.equals(that.code));
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }

  @Override
  public String toString() {
    return "Purpose[" + code + ", " + necessity + (sensitive ? ", sensitive" : "") + "]";
  }
}

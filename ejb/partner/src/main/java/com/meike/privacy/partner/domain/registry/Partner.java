package com.meike.privacy.partner.domain.registry;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A partner or SDK of the registry (PTN-1): who it is, what it does, whether it may receive
 * anything now, and per purpose of the consent catalogue the exact fields it may receive. The
 * partners themselves are seeded by migration (the external contract fixes their ids); staff change
 * only the status and the scopes.
 */
@Entity
@Table(name = "partner_partner")
public class Partner {

  @Id
  @Column(name = "id", length = 32, nullable = false, updatable = false)
  private String id;

  @Column(name = "name_zh", length = 100, nullable = false)
  private String nameZh;

  @Column(name = "name_en", length = 200, nullable = false)
  private String nameEn;

  @Column(name = "sdk_package", length = 100)
  private String sdkPackage;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16, nullable = false)
  private PartnerKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private PartnerStatus status;

  @Column(name = "de_identified", nullable = false)
  private boolean deIdentified;

  @Column(name = "description", length = 1000, nullable = false)
  private String description;

  /**
   * ISO 3166-1 alpha-2 country where the partner receives and processes what it is sent (DATA-4).
   */
  @Column(name = "country", length = 2, nullable = false)
  private String country = HOME;

  /**
   * For a partner abroad: the consent context's registered transfer abroad that covers it, or null.
   */
  @Column(name = "crossborder_transfer", length = 64)
  private String crossborderTransfer;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", length = 100, nullable = false)
  private String changedBy;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  /** Purpose code → allowed fields, in their stored form. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "partner_scope", joinColumns = @JoinColumn(name = "partner_id"))
  @MapKeyColumn(name = "purpose_code", length = 64)
  @Column(name = "fields", length = DataScope.MAX_STORED_LENGTH, nullable = false)
  private Map<String, String> scopes = new TreeMap<>();

  /** For JPA only. */
  protected Partner() {}

  /** A partner as the seed or a test defines it. */
  public Partner(
      String id,
      String nameZh,
      String nameEn,
      String sdkPackage,
      PartnerKind kind,
      boolean deIdentified,
      String description,
      Instant at) {
    this.id = Objects.requireNonNull(id, "id");
    this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
    this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
    this.sdkPackage = sdkPackage;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.status = PartnerStatus.ACTIVE;
    this.deIdentified = deIdentified;
    this.description = Objects.requireNonNull(description, "description");
    this.changedAt = Objects.requireNonNull(at, "at");
    this.changedBy = "system";
  }

  /** The country all personal information is stored in (DATA-4). */
  public static final String HOME = "CN";

  /**
   * Records where the partner receives what it is sent and, abroad, the registered transfer that
   * covers sending to it (DATA-4). A partner in the PRC has no transfer.
   *
   * @return whether anything changed
   * @throws DomainException INVALID_INPUT on {@code country} (not an ISO 3166-1 alpha-2 code) or
   *     {@code crossBorderTransfer} (named for a partner in the PRC)
   */
  public boolean changeDestination(String newCountry, String transferId, String actor, Instant at) {
    if (newCountry == null
        || !java.util.Set.of(java.util.Locale.getISOCountries()).contains(newCountry)) {
      throw DomainException.invalid(
          "country", "must be an ISO 3166-1 alpha-2 country code such as CN or SG");
    }
    if (HOME.equals(newCountry) && transferId != null) {
      throw DomainException.invalid(
          "crossBorderTransfer", "a partner in the PRC receives nothing abroad; name no transfer");
    }
    if (newCountry.equals(country) && Objects.equals(transferId, crossborderTransfer)) {
      return false;
    }
    country = newCountry;
    crossborderTransfer = transferId;
    touched(actor, at);
    return true;
  }

  /** Where the partner receives what it is sent. */
  public String country() {
    return country;
  }

  /** Whether sending to the partner is a transfer abroad (DATA-4). */
  public boolean abroad() {
    return !HOME.equals(country);
  }

  /** The registered transfer abroad covering the partner, if any. */
  public Optional<String> crossborderTransfer() {
    return Optional.ofNullable(crossborderTransfer);
  }

  /** Whether anything may be sent to the partner now. */
  public boolean active() {
    return status == PartnerStatus.ACTIVE;
  }

  /** The fields the partner may receive for {@code purpose}; empty when that purpose is not its. */
  public Optional<DataScope> scopeFor(String purpose) {
    return Optional.ofNullable(scopes.get(purpose)).map(DataScope::parse);
  }

  /** Every purpose of the partner with its fields, by purpose code. */
  public SortedMap<String, DataScope> scopes() {
    SortedMap<String, DataScope> all = new TreeMap<>();
    scopes.forEach((purpose, fields) -> all.put(purpose, DataScope.parse(fields)));
    return Collections.unmodifiableSortedMap(all);
  }

  /**
   * Suspends or reactivates the partner.
   *
   * @return whether anything changed
   */
  public boolean changeStatus(PartnerStatus newStatus, String actor, Instant at) {
    Objects.requireNonNull(newStatus, "status");
    if (newStatus == status) {
      return false;
    }
    status = newStatus;
    touched(actor, at);
    return true;
  }

  /**
   * Sets the fields the partner may receive for {@code purpose}; an empty scope removes the purpose
   * from the partner.
   *
   * @return whether anything changed
   * @throws DomainException CONFLICT when removing a purpose the partner does not have
   */
  public boolean changeScope(String purpose, DataScope scope, String actor, Instant at) {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(scope, "scope");
    if (scope.isEmpty()) {
      if (scopes.remove(purpose) == null) {
        throw DomainException.conflict(id + " has no scope for " + purpose + " to remove");
      }
      touched(actor, at);
      return true;
    }
    String stored = scope.stored();
    if (stored.equals(scopes.get(purpose))) {
      return false;
    }
    scopes.put(purpose, stored);
    touched(actor, at);
    return true;
  }

  private void touched(String actor, Instant at) {
    this.changedBy = Objects.requireNonNull(actor, "actor");
    this.changedAt = Objects.requireNonNull(at, "at");
  }

  public String id() {
    return id;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** The SDK package embedded in the app, or null for a server-to-server integration. */
  public String sdkPackage() {
    return sdkPackage;
  }

  public PartnerKind kind() {
    return kind;
  }

  public PartnerStatus status() {
    return status;
  }

  /** Whether the partner may receive de-identified data only (advertising, analytics). */
  public boolean deIdentified() {
    return deIdentified;
  }

  public String description() {
    return description;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }
}

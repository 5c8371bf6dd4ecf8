package com.meike.privacy.consent.domain.crossborder;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A planned transfer of personal information abroad (DATA-4): to whom, in which country, for what,
 * which categories, under which safeguards — what the person must be told before consenting (Part 2
 * §IV(3)) — and its impact assessment is in the register ({@link
 * com.meike.privacy.consent.domain.assessment.ImpactAssessment}, AUD-3). The facts are fixed once
 * registered; a different transfer is a new registration.
 */
@Entity
@Table(name = "consent_crossborder_transfer")
public class CrossBorderTransfer {

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  @Id
  @Column(name = "id", length = 64, nullable = false, updatable = false)
  private String id;

  @Column(name = "recipient", length = 200, nullable = false, updatable = false)
  private String recipient;

  @Column(name = "country", length = 2, nullable = false, updatable = false)
  private String country;

  @Column(name = "purpose", length = 1000, nullable = false, updatable = false)
  private String purpose;

  /** Purpose codes of the catalogue, comma-separated. */
  @Column(name = "data_categories", length = 1000, nullable = false, updatable = false)
  private String dataCategories;

  @Column(name = "safeguards", length = 2000, nullable = false, updatable = false)
  private String safeguards;

  @Column(name = "registered_by", length = 100, nullable = false, updatable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  /** For JPA only. */
  protected CrossBorderTransfer() {}

  /**
   * Registers a planned transfer; {@code dataCategories} must already be known purpose codes.
   *
   * @throws DomainException INVALID_INPUT naming {@code recipient}, {@code country} (ISO 3166
   *     alpha-2; {@code CN} is not abroad), {@code purpose}, {@code dataCategories} or {@code
   *     safeguards}; FORBIDDEN without an identified actor
   */
  public static CrossBorderTransfer plan(
      String recipient,
      String country,
      String purpose,
      List<String> dataCategories,
      String safeguards,
      String actor,
      Instant now) {
    if (actor == null || actor.isBlank()) {
      throw DomainException.forbidden("only an identified staff member may register a transfer");
    }
    CrossBorderTransfer transfer = new CrossBorderTransfer();
    transfer.id = "cbt-" + UUID.randomUUID();
    transfer.recipient = text(recipient, "recipient", 200);
    transfer.country = country(country);
    transfer.purpose = text(purpose, "purpose", 1000);
    if (dataCategories == null || dataCategories.isEmpty()) {
      throw DomainException.invalid(
          "dataCategories", "name at least one purpose code of the catalogue");
    }
    transfer.dataCategories =
        String.join(",", dataCategories.stream().distinct().sorted().toList());
    transfer.safeguards = text(safeguards, "safeguards", 2000);
    transfer.registeredBy = actor.strip();
    transfer.registeredAt = Objects.requireNonNull(now, "now");
    return transfer;
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

  private static String country(String value) {
    if (value == null
        || !COUNTRY.matcher(value.strip()).matches()
        || !ISO_COUNTRIES.contains(value.strip())) {
      throw DomainException.invalid(
          "country", "must be an ISO 3166 alpha-2 country code such as SG");
    }
    if (value.strip().equals("CN")) {
      throw DomainException.invalid(
          "country", "CN is not abroad: information stays in the PRC without a transfer");
    }
    return value.strip();
  }

  public String id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String country() {
    return country;
  }

  public String purpose() {
    return purpose;
  }

  public List<String> dataCategories() {
    return Arrays.asList(dataCategories.split(","));
  }

  public String safeguards() {
    return safeguards;
  }

  public String registeredBy() {
    return registeredBy;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CrossBorderTransfer t && Objects.equals(id, t.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}

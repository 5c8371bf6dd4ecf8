package com.meike.privacy.consent.domain.acquisition;

import static com.meike.privacy.kernel.time.WorkingDayCalendar.CHINA;

import com.meike.privacy.consent.domain.subject.SubjectId;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One receipt of a person's information from a third party (CON-6): from whom, which categories,
 * the reference and date of the source's written commitment that it collected the information
 * lawfully and with the person's consent, and that the person was told what we received. Append
 * only: a record is never changed.
 */
@Entity
@Table(name = "consent_third_party_acquisition")
public class ThirdPartyAcquisition {

  @Id
  @Column(name = "id", length = 64, nullable = false, updatable = false)
  private String id;

  @Column(name = "subject_id", length = SubjectId.MAX_LENGTH, nullable = false, updatable = false)
  private String subjectId;

  @Column(name = "source", length = 200, nullable = false, updatable = false)
  private String source;

  /** Purpose codes of the catalogue, comma-separated. */
  @Column(name = "data_categories", length = 1000, nullable = false, updatable = false)
  private String dataCategories;

  @Column(name = "commitment_reference", length = 200, nullable = false, updatable = false)
  private String commitmentReference;

  @Column(name = "commitment_date", nullable = false, updatable = false)
  private LocalDate commitmentDate;

  @Column(name = "recorded_by", length = 100, nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  /** For JPA only. */
  protected ThirdPartyAcquisition() {}

  /**
   * Records a receipt whose categories the caller has already checked against the person's consent.
   *
   * @throws DomainException INVALID_INPUT naming {@code source}, {@code dataCategories}, {@code
   *     commitmentReference}, {@code commitmentDate} (ISO date, not in the future) or {@code
   *     personInformed} (must be true); FORBIDDEN without an actor
   */
  public static ThirdPartyAcquisition record(
      SubjectId subject,
      String source,
      List<String> dataCategories,
      String commitmentReference,
      String commitmentDate,
      boolean personInformed,
      String actor,
      Instant now) {
    if (actor == null || actor.isBlank()) {
      throw DomainException.forbidden("only an identified staff member may record a receipt");
    }
    ThirdPartyAcquisition acquisition = new ThirdPartyAcquisition();
    acquisition.id = "tpa-" + UUID.randomUUID();
    acquisition.subjectId = subject.value();
    acquisition.source = text(source, "source", 200);
    if (dataCategories == null || dataCategories.isEmpty()) {
      throw DomainException.invalid(
          "dataCategories", "name at least one purpose code of the catalogue");
    }
    acquisition.dataCategories =
        String.join(",", dataCategories.stream().distinct().sorted().toList());
    acquisition.commitmentReference = text(commitmentReference, "commitmentReference", 200);
    acquisition.commitmentDate = date(commitmentDate, now);
    if (!personInformed) {
      throw DomainException.invalid(
          "personInformed", "the person must be told what we received and from whom (§I (十一) 2)");
    }
    acquisition.recordedBy = actor.strip();
    acquisition.recordedAt = Objects.requireNonNull(now, "now");
    return acquisition;
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

  private static LocalDate date(String value, Instant now) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid("commitmentDate", "is required (ISO date, e.g. 2026-11-01)");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalid("commitmentDate", "must be an ISO date such as 2026-11-01");
    }
    if (date.isAfter(LocalDate.ofInstant(now, CHINA))) {
      throw DomainException.invalid("commitmentDate", "cannot be in the future");
    }
    return date;
  }

  public String id() {
    return id;
  }

  public String subjectId() {
    return subjectId;
  }

  public String source() {
    return source;
  }

  public List<String> dataCategories() {
    return Arrays.asList(dataCategories.split(","));
  }

  public String commitmentReference() {
    return commitmentReference;
  }

  public LocalDate commitmentDate() {
    return commitmentDate;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}

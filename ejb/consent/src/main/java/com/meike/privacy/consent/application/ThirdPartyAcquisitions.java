package com.meike.privacy.consent.application;

import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Information about a person obtained from a third party (CON-6, Part 2 §I (十一) 2). Recorded only
 * when the person's prior consent covers every category received (an entry of the ledger, not just
 * the absence of a refusal; for sensitive categories their separate consent), with the source's
 * written commitment that it collected lawfully, and after the person was told. Audited.
 */
@Local
public interface ThirdPartyAcquisitions {

  /**
   * Records a receipt.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException CONFLICT naming the categories the
   *     person has not consented to; INVALID_INPUT naming the field at fault
   */
  AcquisitionView record(
      @NotNull(message = "is required") @Valid SubjectId subject,
      AcquisitionInput input,
      String actor);

  /** The person's receipts, oldest first; audited as a read by {@code viewer}. */
  List<AcquisitionView> of(
      @NotNull(message = "is required") @Valid SubjectId subject, String viewer);

  record AcquisitionInput(
      String source,
      List<String> dataCategories,
      String commitmentReference,
      String commitmentDate,
      boolean personInformed) {}

  record AcquisitionView(
      String id,
      String subject,
      String source,
      List<String> dataCategories,
      String commitmentReference,
      LocalDate commitmentDate,
      String recordedBy,
      Instant recordedAt) {}
}

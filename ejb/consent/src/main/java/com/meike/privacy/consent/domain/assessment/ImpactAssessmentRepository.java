package com.meike.privacy.consent.domain.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where impact assessments are kept. Nothing removes one but {@link
 * #deleteWithdrawnKeptUntilBefore}.
 */
public interface ImpactAssessmentRepository {

  Optional<ImpactAssessment> find(String id);

  /** Every assessment, newest first. */
  List<ImpactAssessment> all();

  void store(ImpactAssessment assessment);

  /**
   * The latest assessment not withdrawn for the processing {@code key} (see {@link
   * AssessedProcessing#key}).
   */
  Optional<ImpactAssessment> inForce(String key);

  /**
   * Whether the latest assessment not withdrawn for {@code key} allows the processing ({@link
   * ImpactAssessment#allows}): what the consent check asks for sensitive and automated purposes.
   */
  default boolean allows(String key) {
    return inForce(key).filter(ImpactAssessment::allows).isPresent();
  }

  /**
   * The retention rule (AUD-3): deletes at most {@code limit} withdrawn assessments whose keeping
   * period ended before {@code today}; one in force, or still within its period, is never deleted.
   */
  int deleteWithdrawnKeptUntilBefore(LocalDate today, int limit);
}

package com.meike.privacy.consent.application;

import com.meike.privacy.kernel.purpose.PurposeCode;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The purpose catalogue (DATA-1, DATA-2, CON-2): every category of personal information and every
 * optional device feature the policy names, as data seeded from the policy. Read-only.
 */
@Local
public interface PurposeCatalogue {

  /** The purposes of the policy in force, by code. */
  List<PurposeView> purposes();

  /** Every purpose ever catalogued, including those of versions not (or no longer) in force. */
  List<PurposeView> allPurposes();

  /**
   * One catalogued purpose, in force or not.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND when no purpose has the code
   *     (a malformed code is refused on this interface)
   */
  PurposeView purpose(@NotNull(message = "is required") @Valid PurposeCode purpose);
}

package com.meike.privacy.consent.domain.acquisition;

import java.util.List;

/** Where receipts from third parties are kept; records are added, never changed or removed. */
public interface ThirdPartyAcquisitionRepository {

  void append(ThirdPartyAcquisition acquisition);

  /** The person's receipts, oldest first. */
  List<ThirdPartyAcquisition> of(String subjectId);
}

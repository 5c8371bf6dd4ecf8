package com.meike.privacy.consent.domain.catalogue;

import java.util.List;
import java.util.Optional;

/** Where the {@link Purpose}s are kept. Read-only: the migrations define the catalogue. */
public interface PurposeRepository {

  Optional<Purpose> find(PurposeCode code);

  /** Every purpose ever catalogued, in force or not, ordered by code. */
  List<Purpose> all();
}

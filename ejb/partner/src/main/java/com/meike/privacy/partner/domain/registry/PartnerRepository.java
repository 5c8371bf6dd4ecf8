package com.meike.privacy.partner.domain.registry;

import java.util.List;
import java.util.Optional;

/** The registry's storage. */
public interface PartnerRepository {

  /** Every partner, by id. */
  List<Partner> all();

  Optional<Partner> find(String id);
}

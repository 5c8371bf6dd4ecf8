package com.meike.privacy.recording.domain.retention;

import java.util.List;
import java.util.Optional;

/** Legal holds; joins the caller's transaction. */
public interface LegalHoldRepository {

  Optional<LegalHold> find(String id);

  void add(LegalHold hold);

  /** Every hold not yet released, oldest first (AUD-3's security-risk report). */
  List<LegalHold> open();

  /** The order's holds, newest first. */
  List<LegalHold> ofOrder(String orderNumber);
}

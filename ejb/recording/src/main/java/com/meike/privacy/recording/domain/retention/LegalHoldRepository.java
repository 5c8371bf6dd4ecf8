package com.meike.privacy.recording.domain.retention;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Legal holds; joins the caller's transaction. */
public interface LegalHoldRepository {

  Optional<LegalHold> find(String id);

  void add(LegalHold hold);

  /** The order's holds, newest first. */
  List<LegalHold> ofOrder(String orderNumber);

  /** Which of these orders an active hold covers (one query where the store allows it). */
  default Set<String> withActiveHold(Collection<String> orderNumbers) {
    Set<String> held = new HashSet<>();
    for (String order : orderNumbers) {
      if (ofOrder(order).stream().anyMatch(LegalHold::active)) {
        held.add(order);
      }
    }
    return held;
  }
}

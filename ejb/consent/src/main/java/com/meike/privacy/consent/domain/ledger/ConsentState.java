package com.meike.privacy.consent.domain.ledger;

import com.meike.privacy.consent.domain.child.ChildStatus;
import com.meike.privacy.consent.domain.policy.ReconsentRequirement;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the consent check needs to know about one person and one purpose, read at once
 * (CON-3): the entry in force (the ledger's latest for the pair), the person's child status, and
 * their latest re-consent requirement (which only counts against an entry, so it may be left out
 * when there is none).
 */
public record ConsentState(
    Optional<ConsentEntry> latest,
    Optional<ChildStatus> child,
    Optional<ReconsentRequirement> reconsent) {

  public ConsentState {
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(reconsent, "reconsent");
  }
}

package com.meike.privacy.consent.domain.ledger;

import com.meike.privacy.consent.domain.child.ChildStatus;
import com.meike.privacy.consent.domain.policy.ReconsentRequirement;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the consent check needs to know about one person and one purpose, read at once (CON-3):
 * the entry in force (the ledger's latest for the pair), the person's child status, their latest
 * re-consent requirement, and how many policy versions had been published when it was read — the
 * counter by which a node knows whether its cached catalogue and policy versions are still the
 * latest.
 *
 * @param publications the highest published policy version ordinal, 0 when none is published
 */
public record ConsentState(
    long publications,
    Optional<ConsentEntry> latest,
    Optional<ChildStatus> child,
    Optional<ReconsentRequirement> reconsent) {

  public ConsentState {
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(reconsent, "reconsent");
  }
}

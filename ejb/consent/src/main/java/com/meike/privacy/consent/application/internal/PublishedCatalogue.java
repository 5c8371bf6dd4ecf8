package com.meike.privacy.consent.application.internal;

import com.meike.privacy.consent.domain.catalogue.Purpose;
import com.meike.privacy.consent.domain.catalogue.PurposeCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The purpose catalogue and the published policy versions as the consent check uses them, cached
 * on this node (CON-3). Both only grow: purposes come from migrations, versions are published and
 * never withdrawn, and a purpose leaves the policy only when a version retiring it is published.
 *
 * <p>Why no invalidation message: every check reads the highest published ordinal in the same
 * statement as the person's state ({@link com.meike.privacy.consent.domain.ledger.ConsentState
 * #publications()}), and this cache is used only when it was loaded at that same ordinal; otherwise
 * it is loaded again first. So a publication on any node of a cluster counts from the next check
 * on every node, with no topic, cache cluster or second query — the counter rides along with the
 * read the check makes anyway. A code the cache does not know is looked up once more (a migration
 * on another node may have catalogued it).
 */
@ApplicationScoped
public class PublishedCatalogue {

  /** What one load found: the publication counter it was loaded at, the purposes, the versions. */
  public record Snapshot(long publications, Map<String, Purpose> purposes, Set<String> published) {

    Optional<Purpose> purpose(PurposeCode code) {
      return Optional.ofNullable(purposes.get(code.value()));
    }

    boolean inForce(Purpose purpose) {
      return purpose.inForce(published::contains);
    }
  }

  @Inject PublishedCatalogueLoader loader;

  private volatile Snapshot snapshot;

  /** The cached snapshot if it was loaded at {@code publications}, else a fresh one. */
  Snapshot at(long publications) {
    Snapshot current = snapshot;
    if (current != null && current.publications() == publications) {
      return current;
    }
    return reload();
  }

  /** Loads the catalogue and the published versions again (committed state only). */
  Snapshot reload() {
    Snapshot fresh = loader.load();
    snapshot = fresh;
    return fresh;
  }
}

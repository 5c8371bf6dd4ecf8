package com.meike.privacy.consent.application.internal;

import com.meike.privacy.consent.application.PolicyVersionPublished;
import com.meike.privacy.consent.domain.catalogue.Purpose;
import com.meike.privacy.consent.domain.catalogue.PurposeCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The purpose catalogue and the published policy versions as the consent check uses them, cached on
 * this node (CON-3). Both only grow: purposes come from migrations, versions are published and
 * never withdrawn, and a purpose leaves the policy only when a version retiring it is published.
 *
 * <p>How a publication reaches every node (issue 11): a publication on this node drops the cache
 * when its transaction has committed, so the next check here loads it again; every node also reads
 * the publication counter (the highest published ordinal) at most once per {@link #RECHECK_NANOS}
 * and loads again when it moved — so a version published on another node counts here within a
 * second, with no topic or cache cluster and without a second read on every check. What a major
 * version asks of people (their re-consent requirements) is not in this cache: it is in each
 * person's read-model row, written in the publishing transaction, and so counts at the very next
 * check on every node. A code the cache does not know is looked up once more (a migration on
 * another node may have catalogued it).
 */
@ApplicationScoped
public class PublishedCatalogue {

  /** How long a node answers from its cache before it reads the publication counter again. */
  public static final long RECHECK_NANOS = 1_000_000_000L;

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

  /** The time source of the recheck; tests move it. */
  LongSupplier ticker = System::nanoTime;

  /** The recheck interval; tests set 0 to read the counter at every check. */
  long recheckNanos = RECHECK_NANOS;

  private volatile Cached cached;

  private record Cached(Snapshot snapshot, long checkedAt) {}

  /**
   * The cached snapshot, after reading the publication counter if the last read is older than the
   * recheck interval (and loading again if it moved).
   */
  Snapshot current() {
    Cached current = cached;
    long now = ticker.getAsLong();
    if (current != null && now - current.checkedAt() < recheckNanos) {
      return current.snapshot();
    }
    if (current != null && loader.publications() == current.snapshot().publications()) {
      cached = new Cached(current.snapshot(), now);
      return current.snapshot();
    }
    return reload();
  }

  /** Loads the catalogue and the published versions again (committed state only). */
  Snapshot reload() {
    long now = ticker.getAsLong();
    Snapshot fresh = loader.load();
    cached = new Cached(fresh, now);
    return fresh;
  }

  /** A version published on this node counts here from the next check after its commit. */
  void publishedHere(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) PolicyVersionPublished event) {
    cached = null;
  }
}

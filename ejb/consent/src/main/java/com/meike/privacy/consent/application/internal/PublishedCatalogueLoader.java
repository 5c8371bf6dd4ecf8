package com.meike.privacy.consent.application.internal;

import com.meike.privacy.consent.domain.catalogue.Purpose;
import com.meike.privacy.consent.domain.catalogue.PurposeRepository;
import com.meike.privacy.consent.domain.policy.PolicyVersionRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Loads {@link PublishedCatalogue}'s snapshot in a transaction of its own, so that what a node
 * caches is committed: a publication still in flight (or rolled back) in a caller's transaction
 * never reaches the cache.
 */
@Stateless
public class PublishedCatalogueLoader {

  @Inject PurposeRepository purposes;
  @Inject PolicyVersionRepository policies;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public PublishedCatalogue.Snapshot load() {
    // The counter first: a version published meanwhile only makes the snapshot newer than its
    // counter says, and the next check then loads once more.
    long publications = policies.nextOrdinal() - 1L;
    Set<String> published = Set.copyOf(policies.publishedVersions());
    Map<String, Purpose> catalogue = new LinkedHashMap<>();
    for (Purpose purpose : purposes.all()) {
      catalogue.put(purpose.code().value(), purpose);
    }
    return new PublishedCatalogue.Snapshot(publications, Map.copyOf(catalogue), published);
  }

  /** The publication counter as committed: the highest published ordinal, 0 before the first. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long publications() {
    return policies.nextOrdinal() - 1L;
  }
}

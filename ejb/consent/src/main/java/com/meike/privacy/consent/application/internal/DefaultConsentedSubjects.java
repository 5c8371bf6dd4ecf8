package com.meike.privacy.consent.application.internal;

import com.meike.privacy.consent.application.ConsentedSubjects;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/**
 * {@link ConsentedSubjects} on {@code consent_current} (primary key subject, purpose: a range scan
 * per page).
 */
@Stateless
public class DefaultConsentedSubjects implements ConsentedSubjects {

  @PersistenceContext(unitName = "consent")
  EntityManager entityManager;

  @Override
  @SuppressWarnings("unchecked")
  public List<String> page(Collection<String> purposes, String after, int limit) {
    if (purposes.isEmpty()) {
      return List.of();
    }
    return entityManager
        .createNativeQuery(
            "select distinct subject_id from consent_current where action = 'GIVEN' and purpose_code in (:purposes)"
                + " and subject_id > :after order by subject_id")
        .setParameter("purposes", List.copyOf(purposes))
        .setParameter("after", after == null ? "" : after)
        .setMaxResults(Math.max(1, limit))
        .getResultList();
  }

  @Override
  public long count(Collection<String> purposes) {
    if (purposes.isEmpty()) {
      return 0;
    }
    return ((Number)
            entityManager
                .createNativeQuery(
                    "select count(distinct subject_id) from consent_current where action = 'GIVEN' and purpose_code in (:purposes)")
                .setParameter("purposes", List.copyOf(purposes))
                .getSingleResult())
        .longValue();
  }
}

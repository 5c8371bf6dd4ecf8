package com.meike.privacy.consent.infrastructure.persistence.jpa;

import com.meike.privacy.consent.domain.catalogue.Purpose;
import com.meike.privacy.consent.domain.catalogue.PurposeCode;
import com.meike.privacy.consent.domain.catalogue.PurposeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link PurposeRepository} on JPA (unit {@code consent}); joins the caller's transaction. */
@ApplicationScoped
public class JpaPurposeRepository implements PurposeRepository {

  @PersistenceContext(unitName = "consent")
  private EntityManager entityManager;

  /** For the container. */
  public JpaPurposeRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaPurposeRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<Purpose> find(PurposeCode code) {
    return Optional.ofNullable(entityManager.find(Purpose.class, code.value()));
  }

  @Override
  public List<Purpose> all() {
    return entityManager
        .createQuery(
            "select distinct p from Purpose p left join fetch p.partnerIds order by p.code",
            Purpose.class)
        .getResultList();
  }
}

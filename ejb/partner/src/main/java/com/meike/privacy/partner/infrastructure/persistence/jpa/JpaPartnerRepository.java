package com.meike.privacy.partner.infrastructure.persistence.jpa;

import com.meike.privacy.partner.domain.registry.Partner;
import com.meike.privacy.partner.domain.registry.PartnerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link PartnerRepository} on JPA (unit {@code partner}); joins the caller's transaction. */
@ApplicationScoped
public class JpaPartnerRepository implements PartnerRepository {

  @PersistenceContext(unitName = "partner")
  private EntityManager entityManager;

  /** For the container. */
  public JpaPartnerRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaPartnerRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<Partner> all() {
    return entityManager
        .createQuery("select p from Partner p order by p.id", Partner.class)
        .getResultList();
  }

  @Override
  public Optional<Partner> find(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(entityManager.find(Partner.class, id));
  }
}

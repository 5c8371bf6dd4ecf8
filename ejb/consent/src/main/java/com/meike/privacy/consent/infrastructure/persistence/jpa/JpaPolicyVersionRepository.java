package com.meike.privacy.consent.infrastructure.persistence.jpa;

import com.meike.privacy.consent.domain.policy.PolicyVersion;
import com.meike.privacy.consent.domain.policy.PolicyVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link PolicyVersionRepository} on JPA (unit {@code consent}); joins the caller's transaction.
 */
@ApplicationScoped
public class JpaPolicyVersionRepository implements PolicyVersionRepository {

  @PersistenceContext(unitName = "consent")
  private EntityManager entityManager;

  /** For the container. */
  public JpaPolicyVersionRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaPolicyVersionRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<PolicyVersion> find(String version) {
    if (version == null || version.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(entityManager.find(PolicyVersion.class, version));
  }

  @Override
  public List<PolicyVersion> all() {
    return entityManager
        .createQuery("select v from PolicyVersion v order by v.ordinal desc", PolicyVersion.class)
        .getResultList();
  }

  @Override
  public Optional<String> currentVersion() {
    return entityManager
        .createQuery("select v.version from PolicyVersion v order by v.ordinal desc", String.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean isPublished(String version) {
    return entityManager
            .createQuery(
                "select count(v) from PolicyVersion v where v.version = :version", Long.class)
            .setParameter("version", version)
            .getSingleResult()
        > 0;
  }

  @Override
  public Set<String> publishedVersions() {
    return new HashSet<>(
        entityManager
            .createQuery("select v.version from PolicyVersion v", String.class)
            .getResultList());
  }

  @Override
  public int nextOrdinal() {
    Integer highest =
        entityManager
            .createQuery("select max(v.ordinal) from PolicyVersion v", Integer.class)
            .getSingleResult();
    return highest == null ? 1 : highest + 1;
  }

  @Override
  public void store(PolicyVersion version) {
    entityManager.persist(version);
  }
}

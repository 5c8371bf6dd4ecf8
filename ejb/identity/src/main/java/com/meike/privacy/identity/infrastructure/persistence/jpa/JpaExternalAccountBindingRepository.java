package com.meike.privacy.identity.infrastructure.persistence.jpa;

import com.meike.privacy.identity.domain.external.ExternalAccountBinding;
import com.meike.privacy.identity.domain.external.ExternalAccountBindingRepository;
import com.meike.privacy.identity.domain.external.ExternalProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * {@link ExternalAccountBindingRepository} on JPA (unit {@code identity}); joins the caller's
 * transaction.
 */
@ApplicationScoped
public class JpaExternalAccountBindingRepository implements ExternalAccountBindingRepository {

  @PersistenceContext(unitName = "identity")
  private EntityManager entityManager;

  /** For the container. */
  public JpaExternalAccountBindingRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaExternalAccountBindingRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<ExternalAccountBinding> ofAccount(String accountId) {
    return entityManager
        .createQuery(
            "select b from ExternalAccountBinding b where b.accountId = :account order by b.boundAt, b.id",
            ExternalAccountBinding.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  @Override
  public Optional<ExternalAccountBinding> ofAccount(String accountId, ExternalProvider provider) {
    return entityManager
        .createQuery(
            "select b from ExternalAccountBinding b where b.accountId = :account and b.provider = :provider",
            ExternalAccountBinding.class)
        .setParameter("account", accountId)
        .setParameter("provider", provider)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ExternalAccountBinding> withExternalIdHash(String externalIdHash) {
    return entityManager
        .createQuery(
            "select b from ExternalAccountBinding b where b.externalIdHash = :hash",
            ExternalAccountBinding.class)
        .setParameter("hash", externalIdHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ExternalAccountBinding binding) {
    entityManager.persist(binding);
  }

  @Override
  public void remove(ExternalAccountBinding binding) {
    entityManager.remove(entityManager.contains(binding) ? binding : entityManager.merge(binding));
  }
}

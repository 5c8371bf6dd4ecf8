package com.meike.privacy.identity.infrastructure.persistence.jpa;

import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** {@link AppAccountRepository} on JPA (unit {@code identity}); joins the caller's transaction. */
@ApplicationScoped
public class JpaAppAccountRepository implements AppAccountRepository {

  @PersistenceContext(unitName = "identity")
  private EntityManager entityManager;

  /** For the container. */
  public JpaAppAccountRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaAppAccountRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<AppAccount> account(String id) {
    return Optional.ofNullable(entityManager.find(AppAccount.class, id));
  }

  @Override
  public Optional<AppAccount> withPhoneHash(String phoneHash) {
    return entityManager
        .createQuery("select a from AppAccount a where a.phoneHash = :hash", AppAccount.class)
        .setParameter("hash", phoneHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(AppAccount account) {
    entityManager.persist(account);
  }

  @Override
  public void remove(AppAccount account) {
    entityManager.remove(entityManager.contains(account) ? account : entityManager.merge(account));
  }
}

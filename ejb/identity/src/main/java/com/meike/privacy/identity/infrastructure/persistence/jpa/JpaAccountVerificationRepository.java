package com.meike.privacy.identity.infrastructure.persistence.jpa;

import com.meike.privacy.identity.domain.evidence.AccountVerification;
import com.meike.privacy.identity.domain.evidence.AccountVerificationRepository;
import com.meike.privacy.identity.domain.evidence.VerificationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * {@link AccountVerificationRepository} on JPA (unit {@code identity}); joins the caller's
 * transaction.
 */
@ApplicationScoped
public class JpaAccountVerificationRepository implements AccountVerificationRepository {

  @PersistenceContext(unitName = "identity")
  private EntityManager entityManager;

  /** For the container. */
  public JpaAccountVerificationRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaAccountVerificationRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<AccountVerification> verification(String id) {
    return Optional.ofNullable(entityManager.find(AccountVerification.class, id));
  }

  @Override
  public Optional<AccountVerification> latestOf(String accountId) {
    return entityManager
        .createQuery(
            "select v from AccountVerification v where v.accountId = :account"
                + " order by v.submittedAt desc, v.id desc",
            AccountVerification.class)
        .setParameter("account", accountId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<AccountVerification> claiming(String evidenceHash) {
    return entityManager
        .createQuery(
            "select v from AccountVerification v where v.claimedHash = :hash",
            AccountVerification.class)
        .setParameter("hash", evidenceHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<AccountVerification> inState(VerificationState state, int limit) {
    return entityManager
        .createQuery(
            "select v from AccountVerification v where v.state = :state"
                + " order by v.submittedAt, v.id",
            AccountVerification.class)
        .setParameter("state", state)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void add(AccountVerification verification) {
    entityManager.persist(verification);
  }

  @Override
  public int removeAllOf(String accountId) {
    return entityManager
        .createQuery("delete from AccountVerification v where v.accountId = :account")
        .setParameter("account", accountId)
        .executeUpdate();
  }
}

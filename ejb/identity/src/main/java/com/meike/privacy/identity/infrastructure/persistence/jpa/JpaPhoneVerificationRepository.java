package com.meike.privacy.identity.infrastructure.persistence.jpa;

import com.meike.privacy.identity.domain.verification.PhoneVerification;
import com.meike.privacy.identity.domain.verification.PhoneVerificationRepository;
import com.meike.privacy.kernel.rights.DueRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link PhoneVerificationRepository} on JPA (unit {@code identity}); joins the caller's
 * transaction.
 */
@ApplicationScoped
public class JpaPhoneVerificationRepository implements PhoneVerificationRepository {

  @PersistenceContext(unitName = "identity")
  private EntityManager entityManager;

  /** For the container. */
  public JpaPhoneVerificationRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaPhoneVerificationRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public int deleteIssuedBefore(java.time.Instant cutoff, int limit) {
    return DueRows.delete(
        entityManager,
        "select v.id from PhoneVerification v where v.issuedAt < :cutoff order by v.issuedAt, v.id",
        cutoff,
        limit,
        "delete from PhoneVerification v where v.id in :ids");
  }

  @Override
  public Optional<PhoneVerification> verification(String id) {
    return Optional.ofNullable(entityManager.find(PhoneVerification.class, id));
  }

  @Override
  public Optional<PhoneVerification> latestFor(String phoneHash) {
    return entityManager
        .createQuery(
            "select v from PhoneVerification v where v.phoneHash = :hash order by v.issuedAt desc",
            PhoneVerification.class)
        .setParameter("hash", phoneHash)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long issuedForPhoneSince(String phoneHash, Instant since) {
    return entityManager
        .createQuery(
            "select count(v) from PhoneVerification v where v.phoneHash = :hash and v.issuedAt > :since",
            Long.class)
        .setParameter("hash", phoneHash)
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public long issuedForClientSince(String clientHash, Instant since) {
    return entityManager
        .createQuery(
            "select count(v) from PhoneVerification v where v.clientHash = :hash and v.issuedAt > :since",
            Long.class)
        .setParameter("hash", clientHash)
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public void add(PhoneVerification verification) {
    entityManager.persist(verification);
  }
}

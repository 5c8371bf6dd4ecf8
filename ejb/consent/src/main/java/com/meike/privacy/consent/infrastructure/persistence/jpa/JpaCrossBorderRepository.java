package com.meike.privacy.consent.infrastructure.persistence.jpa;

import com.meike.privacy.consent.domain.crossborder.CrossBorderRepository;
import com.meike.privacy.consent.domain.crossborder.CrossBorderTransfer;
import com.meike.privacy.consent.domain.crossborder.TransferConsent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link CrossBorderRepository} on JPA (unit {@code consent}); joins the caller's transaction. */
@ApplicationScoped
public class JpaCrossBorderRepository implements CrossBorderRepository {

  @PersistenceContext(unitName = "consent")
  private EntityManager entityManager;

  /** For the container. */
  public JpaCrossBorderRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaCrossBorderRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<CrossBorderTransfer> find(String transferId) {
    return Optional.ofNullable(entityManager.find(CrossBorderTransfer.class, transferId));
  }

  @Override
  public List<CrossBorderTransfer> all() {
    return entityManager
        .createQuery(
            "select t from CrossBorderTransfer t order by t.registeredAt desc, t.id",
            CrossBorderTransfer.class)
        .getResultList();
  }

  @Override
  public void store(CrossBorderTransfer transfer) {
    entityManager.persist(transfer);
  }

  @Override
  public void append(TransferConsent consent) {
    entityManager.persist(consent);
  }

  @Override
  public Optional<TransferConsent> latest(String subjectId, String transferId) {
    return entityManager
        .createQuery(
            "select c from TransferConsent c where c.subjectId = :subject and c.transferId = :transfer"
                + " order by c.sequence desc",
            TransferConsent.class)
        .setParameter("subject", subjectId)
        .setParameter("transfer", transferId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}

package com.meike.privacy.consent.infrastructure.persistence.jpa;

import com.meike.privacy.consent.domain.policy.ReconsentRequirement;
import com.meike.privacy.consent.domain.policy.ReconsentRequirementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link ReconsentRequirementRepository} on JPA (unit {@code consent}); joins the caller's
 * transaction. Marking is one native {@code INSERT … SELECT} over the ledger (the same SQL on H2
 * and PostgreSQL), so publishing a major change costs one statement however many people consented,
 * and one {@code UPDATE} that copies each marked person's latest requirement into the consent
 * check's read model ({@link ConsentCurrentRows}) in the same transaction.
 */
@ApplicationScoped
public class JpaReconsentRequirementRepository implements ReconsentRequirementRepository {

  @PersistenceContext(unitName = "consent")
  private EntityManager entityManager;

  /** For the container. */
  public JpaReconsentRequirementRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaReconsentRequirementRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public int markEveryoneWhoConsented(String policyVersion, Instant markedAt) {
    // The version row must be in the database before rows referring to it.
    entityManager.flush();
    int marked =
        entityManager
            .createNativeQuery(
                "insert into consent_reconsent_requirement (subject_id, policy_version, marked_at)"
                    + " select s.subject_id, ?1, ?2 from"
                    + " (select distinct e.subject_id from consent_entry e where e.action = 'GIVEN') s")
            .setParameter(1, policyVersion)
            .setParameter(2, markedAt)
            .executeUpdate();
    // The version is new: everyone with a requirement under it was marked just now.
    refreshMarked("m.policy_version = ?1", policyVersion);
    return marked;
  }

  /**
   * The consent check's rows of everyone just marked (the requirements {@code m} that {@code
   * condition} selects) get their latest requirement, in this transaction (all their rows: an entry
   * appended meanwhile to a row without one is then ordered behind this update by its row lock).
   */
  private void refreshMarked(String condition, Object... parameters) {
    ConsentCurrentRows.refreshRequirement(
        entityManager,
        "c.subject_id in (select m.subject_id from consent_reconsent_requirement m where "
            + condition
            + ")",
        parameters);
  }

  @Override
  public int markForTransfer(
      String policyVersion, String transferId, List<String> purposeCodes, Instant markedAt) {
    entityManager.flush();
    String consented =
        "select distinct e.subject_id from consent_entry e"
            + " where e.action = 'GIVEN' and e.purpose_code in (?4)";
    int reopened =
        entityManager
            .createNativeQuery(
                "update consent_reconsent_requirement set marked_at = ?2, satisfied_at = null,"
                    + " notified_at = null, notified_to = null, data_holder_transfer_id = ?3"
                    + " where policy_version = ?1 and subject_id in ("
                    + consented
                    + ")")
            .setParameter(1, policyVersion)
            .setParameter(2, markedAt)
            .setParameter(3, transferId)
            .setParameter(4, purposeCodes)
            .executeUpdate();
    int added =
        entityManager
            .createNativeQuery(
                "insert into consent_reconsent_requirement"
                    + " (subject_id, policy_version, marked_at, data_holder_transfer_id)"
                    + " select s.subject_id, ?1, ?2, ?3 from ("
                    + consented
                    + ") s"
                    + " where not exists (select 1 from consent_reconsent_requirement r"
                    + " where r.subject_id = s.subject_id and r.policy_version = ?1)")
            .setParameter(1, policyVersion)
            .setParameter(2, markedAt)
            .setParameter(3, transferId)
            .setParameter(4, purposeCodes)
            .executeUpdate();
    refreshMarked(
        "m.policy_version = ?1 and m.data_holder_transfer_id = ?2", policyVersion, transferId);
    return reopened + added;
  }

  @Override
  public Optional<ReconsentRequirement> latestFor(String subjectId) {
    return entityManager
        .createQuery(
            "select r from ReconsentRequirement r where r.subjectId = :subjectId"
                + " order by r.markedAt desc, r.policyVersion desc",
            ReconsentRequirement.class)
        .setParameter("subjectId", subjectId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public int satisfyOpen(String subjectId, Instant now) {
    int satisfied =
        entityManager
            .createQuery(
                "update ReconsentRequirement r set r.satisfiedAt = :now"
                    + " where r.subjectId = :subjectId and r.satisfiedAt is null")
            .setParameter("now", now)
            .setParameter("subjectId", subjectId)
            .executeUpdate();
    if (satisfied > 0) {
      ConsentCurrentRows.refreshRequirement(entityManager, "c.subject_id = ?1", subjectId);
    }
    return satisfied;
  }

  @Override
  public List<String> awaiting(String policyVersion, String afterSubjectId, int limit) {
    return entityManager
        .createQuery(
            "select r.subjectId from ReconsentRequirement r"
                + " where r.policyVersion = :policyVersion and r.satisfiedAt is null"
                + " and r.subjectId > :after order by r.subjectId",
            String.class)
        .setParameter("policyVersion", policyVersion)
        .setParameter("after", afterSubjectId == null ? "" : afterSubjectId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<ReconsentRequirement> awaitingNotice(int limit) {
    return entityManager
        .createQuery(
            "select r from ReconsentRequirement r"
                + " where r.notifiedAt is null and r.satisfiedAt is null"
                + " order by r.markedAt, r.subjectId",
            ReconsentRequirement.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public boolean claimNotice(
      String subjectId, String policyVersion, String recipient, Instant now) {
    // A conditional update: of two nodes claiming the same row, the second finds it claimed.
    return entityManager
            .createQuery(
                "update ReconsentRequirement r set r.notifiedAt = :now, r.notifiedTo = :recipient"
                    + " where r.subjectId = :subjectId and r.policyVersion = :policyVersion"
                    + " and r.notifiedAt is null")
            .setParameter("now", now)
            .setParameter("recipient", recipient)
            .setParameter("subjectId", subjectId)
            .setParameter("policyVersion", policyVersion)
            .executeUpdate()
        == 1;
  }
}

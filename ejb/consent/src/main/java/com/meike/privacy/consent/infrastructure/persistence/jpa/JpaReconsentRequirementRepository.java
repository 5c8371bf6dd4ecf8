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
 * and PostgreSQL), so publishing a major change costs one statement however many people consented.
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
    return entityManager
        .createNativeQuery(
            "insert into consent_reconsent_requirement (subject_id, policy_version, marked_at)"
                + " select s.subject_id, ?1, ?2 from"
                + " (select distinct e.subject_id from consent_entry e where e.action = 'GIVEN') s")
        .setParameter(1, policyVersion)
        .setParameter(2, markedAt)
        .executeUpdate();
  }

  @Override
  public int markForTransfer(
      String policyVersion, String transferId, List<String> purposeCodes, Instant markedAt) {
    entityManager.flush();
    String consented =
        "select distinct e.subject_id from consent_entry e"
            + " where e.action = 'GIVEN' and e.purpose_code in (?4)";
    int reopened = entityManager
        .createNativeQuery(
            "update consent_reconsent_requirement set marked_at = ?2, satisfied_at = null,"
                + " notified_at = null, notified_to = null, data_holder_transfer_id = ?3"
                + " where policy_version = ?1 and subject_id in (" + consented + ")")
        .setParameter(1, policyVersion)
        .setParameter(2, markedAt)
        .setParameter(3, transferId)
        .setParameter(4, purposeCodes)
        .executeUpdate();
    int added = entityManager
        .createNativeQuery(
            "insert into consent_reconsent_requirement"
                + " (subject_id, policy_version, marked_at, data_holder_transfer_id)"
                + " select s.subject_id, ?1, ?2, ?3 from (" + consented + ") s"
                + " where not exists (select 1 from consent_reconsent_requirement r"
                + " where r.subject_id = s.subject_id and r.policy_version = ?1)")
        .setParameter(1, policyVersion)
        .setParameter(2, markedAt)
        .setParameter(3, transferId)
        .setParameter(4, purposeCodes)
        .executeUpdate();
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
    return entityManager
        .createQuery(
            "update ReconsentRequirement r set r.satisfiedAt = :now"
                + " where r.subjectId = :subjectId and r.satisfiedAt is null")
        .setParameter("now", now)
        .setParameter("subjectId", subjectId)
        .executeUpdate();
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
  public boolean claimNotice(String subjectId, String policyVersion, String recipient, Instant now) {
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

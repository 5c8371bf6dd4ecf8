package com.meike.privacy.consent.infrastructure.persistence.jpa;

import com.meike.privacy.consent.domain.ledger.ConsentHistoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** {@link ConsentHistoryRepository} in SQL on the consent unit; joins the caller's transaction. */
@ApplicationScoped
public class JpaConsentHistoryRepository implements ConsentHistoryRepository {

  @PersistenceContext(unitName = "consent")
  private EntityManager em;

  /** For the container. */
  public JpaConsentHistoryRepository() {}

  /** Outside a container (tests): on the given entity manager. */
  public JpaConsentHistoryRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public int deleteSupersededBefore(Instant cutoff, int limit) {
    List<?> due =
        em.createNativeQuery(
                "select e.sequence from consent_entry e where exists (select 1 from consent_entry n"
                    + " where n.subject_id = e.subject_id and n.purpose_code = e.purpose_code and n.sequence > e.sequence"
                    + " and n.occurred_at < ?1) order by e.sequence")
            .setParameter(1, cutoff)
            .setMaxResults(limit)
            .getResultList();
    return delete(due);
  }

  @Override
  public int deleteClosedBefore(Instant cutoff, int limit) {
    List<?> due =
        em.createNativeQuery(
                "select e.sequence from consent_entry e join consent_closed_subject c"
                    + " on c.subject_id = e.subject_id where c.closed_at < ?1 order by e.sequence")
            .setParameter(1, cutoff)
            .setMaxResults(limit)
            .getResultList();
    int deleted = delete(due);
    if (deleted < limit) {
      em.createNativeQuery(
              "delete from consent_closed_subject where closed_at < ?1 and not exists"
                  + " (select 1 from consent_entry e where e.subject_id = consent_closed_subject.subject_id)"
                  + " and not exists (select 1 from consent_child_status s"
                  + " where s.subject_id = consent_closed_subject.subject_id)"
                  + " and not exists (select 1 from consent_reconsent_requirement r"
                  + " where r.subject_id = consent_closed_subject.subject_id)")
          .setParameter(1, cutoff)
          .executeUpdate();
    }
    return deleted;
  }

  @Override
  public int deleteClosedAccountRecordsBefore(Instant cutoff, int limit) {
    List<?> due =
        em.createNativeQuery(
                "select c.subject_id from consent_closed_subject c where c.closed_at < ?1 and"
                    + " (exists (select 1 from consent_child_status s where s.subject_id = c.subject_id)"
                    + " or exists (select 1 from consent_reconsent_requirement r where r.subject_id = c.subject_id))"
                    + " order by c.closed_at")
            .setParameter(1, cutoff)
            .setMaxResults(limit)
            .getResultList();
    if (due.isEmpty()) {
      return 0;
    }
    em.flush();
    List<String> subjects = due.stream().map(Object::toString).toList();
    int deleted =
        em.createNativeQuery("delete from consent_child_status where subject_id in (?1)")
                .setParameter(1, subjects)
                .executeUpdate()
            + em.createNativeQuery(
                    "delete from consent_reconsent_requirement where subject_id in (?1)")
                .setParameter(1, subjects)
                .executeUpdate();
    em.clear();
    return deleted;
  }

  @Override
  public int closed(String subject, Instant at) {
    em.flush();
    int rows =
        em.createNativeQuery("delete from consent_current where subject_id = ?1")
            .setParameter(1, subject)
            .executeUpdate();
    Number noted =
        (Number)
            em.createNativeQuery(
                    "select count(*) from consent_closed_subject where subject_id = ?1")
                .setParameter(1, subject)
                .getSingleResult();
    if (noted.longValue() == 0) {
      em.createNativeQuery(
              "insert into consent_closed_subject (subject_id, closed_at) values (?1, ?2)")
          .setParameter(1, subject)
          .setParameter(2, at)
          .executeUpdate();
    }
    em.clear();
    return rows;
  }

  /** Deletes these entries, never the entry in force of a person who still has check rows. */
  private int delete(List<?> sequences) {
    if (sequences.isEmpty()) {
      return 0;
    }
    em.flush();
    List<Long> ids = sequences.stream().map(s -> ((Number) s).longValue()).toList();
    int deleted =
        em.createNativeQuery(
                "delete from consent_entry where sequence in (?1)"
                    + " and not exists (select 1 from consent_current c where c.sequence = consent_entry.sequence)")
            .setParameter(1, ids)
            .executeUpdate();
    em.clear();
    return deleted;
  }
}

package com.meike.privacy.partner.infrastructure.persistence.jpa;

import com.meike.privacy.kernel.rights.DueRows;
import com.meike.privacy.kernel.rights.IdChunks;
import com.meike.privacy.partner.domain.disclosure.Disclosure;
import com.meike.privacy.partner.domain.disclosure.DisclosureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/** {@link DisclosureRepository} on JPA (unit {@code partner}); joins the caller's transaction. */
@ApplicationScoped
public class JpaDisclosureRepository implements DisclosureRepository {

  @PersistenceContext(unitName = "partner")
  private EntityManager entityManager;

  /** For the container. */
  public JpaDisclosureRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaDisclosureRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void store(Disclosure disclosure) {
    entityManager.persist(disclosure);
  }

  @Override
  public void storeAll(List<Disclosure> disclosures) {
    if (disclosures.isEmpty()) {
      return;
    }
    // one JDBC batch on the session's own connection (same transaction), not an entity per row
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into partner_disclosure (id, message_id, partner_id, subject_id, purpose_code, message_type,"
                          + " fields, disclosed_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Disclosure d : disclosures) {
                  insert.setString(1, d.id());
                  insert.setString(2, d.messageId());
                  insert.setString(3, d.partnerId());
                  insert.setString(4, d.subjectId());
                  insert.setString(5, d.purpose());
                  insert.setString(6, d.type());
                  insert.setString(7, d.storedFields());
                  insert.setObject(8, OffsetDateTime.ofInstant(d.disclosedAt(), ZoneOffset.UTC));
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
  }

  @Override
  public List<Disclosure> forSubject(String subjectId) {
    return entityManager
        .createQuery(
            "select d from Disclosure d where d.subjectId = :subject order by d.disclosedAt desc, d.id",
            Disclosure.class)
        .setParameter("subject", subjectId)
        .getResultList();
  }

  @Override
  public List<Disclosure> forSubjectsTo(
      java.util.Collection<String> subjectIds,
      java.util.Collection<String> partners,
      java.util.Collection<String> purposes) {
    if (subjectIds.isEmpty() || partners.isEmpty() || purposes.isEmpty()) {
      return List.of();
    }
    List<Disclosure> found = new java.util.ArrayList<>();
    for (List<String> chunk : IdChunks.of(subjectIds)) {
      found.addAll(
          entityManager
              .createQuery(
                  "select d from Disclosure d where d.subjectId in :subjects"
                      + " and d.partnerId in :partners and d.purpose in :purposes"
                      + " order by d.subjectId, d.disclosedAt desc, d.id",
                  Disclosure.class)
              .setParameter("subjects", chunk)
              .setParameter("partners", partners)
              .setParameter("purposes", purposes)
              .getResultList());
    }
    return found;
  }

  @Override
  public List<Disclosure> forPartner(String partnerId, int max) {
    return entityManager
        .createQuery(
            "select d from Disclosure d where d.partnerId = :partner order by d.disclosedAt desc, d.id",
            Disclosure.class)
        .setParameter("partner", partnerId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Map<String, Long> peoplePerPartner(Instant from, Instant to) {
    Map<String, Long> counts = new TreeMap<>();
    entityManager
        .createQuery(
            "select d.partnerId, count(distinct d.subjectId) from Disclosure d"
                + " where d.subjectId is not null and d.disclosedAt >= :from and d.disclosedAt < :to"
                + " group by d.partnerId",
            Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  @Override
  public java.util.Set<String> abroadAmong(
      Instant from,
      Instant to,
      String home,
      java.util.Collection<String> purposes,
      java.util.Collection<String> subjects) {
    if ((purposes != null && purposes.isEmpty()) || subjects.isEmpty()) {
      return java.util.Set.of();
    }
    var query =
        entityManager
            .createQuery(
                "select distinct d.subjectId from Disclosure d, Partner p"
                    + " where p.id = d.partnerId and p.country <> :home and d.subjectId in :subjects"
                    + " and d.disclosedAt >= :from and d.disclosedAt < :to"
                    + (purposes == null ? "" : " and d.purpose in :purposes"),
                String.class)
            .setParameter("home", home)
            .setParameter("subjects", subjects)
            .setParameter("from", from)
            .setParameter("to", to);
    if (purposes != null) {
      query.setParameter("purposes", purposes);
    }
    return new java.util.HashSet<>(query.getResultList());
  }

  @Override
  public long peopleAbroad(
      Instant from, Instant to, String home, java.util.Collection<String> purposes) {
    if (purposes != null && purposes.isEmpty()) {
      return 0;
    }
    var query =
        entityManager
            .createQuery(
                "select count(distinct d.subjectId) from Disclosure d, Partner p"
                    + " where p.id = d.partnerId and p.country <> :home and d.subjectId is not null"
                    + " and d.disclosedAt >= :from and d.disclosedAt < :to"
                    + (purposes == null ? "" : " and d.purpose in :purposes"),
                Long.class)
            .setParameter("home", home)
            .setParameter("from", from)
            .setParameter("to", to);
    if (purposes != null) {
      query.setParameter("purposes", purposes);
    }
    return query.getSingleResult();
  }

  @Override
  public List<String> subjectsFor(
      java.util.Collection<String> partners,
      java.util.Collection<String> purposes,
      String after,
      int limit) {
    if (partners.isEmpty() || purposes.isEmpty()) {
      return List.of();
    }
    return entityManager
        .createQuery(
            "select distinct d.subjectId from Disclosure d where d.partnerId in :partners"
                + " and d.purpose in :purposes and d.subjectId is not null and d.subjectId > :after order by d.subjectId",
            String.class)
        .setParameter("partners", partners)
        .setParameter("purposes", purposes)
        .setParameter("after", after == null ? "" : after)
        .setMaxResults(limit)
        .getResultList();
  }

  private static final String UNDELIVERED =
      " m.body is not null and m.messageId in (select d.messageId from Disclosure d"
          + " where d.partnerId in :partners and d.purpose in :purposes and (:anybody = true or d.subjectId in :subjects))";

  @Override
  public long undeliveredFor(
      String subject,
      java.util.Collection<String> partners,
      java.util.Collection<String> purposes) {
    if (partners.isEmpty() || purposes.isEmpty()) {
      return 0;
    }
    return entityManager
        .createQuery("select count(m) from OutboxMessage m where" + UNDELIVERED, Long.class)
        .setParameter("partners", partners)
        .setParameter("purposes", purposes)
        .setParameter("anybody", subject == null)
        .setParameter("subjects", List.of(subject == null ? "" : subject))
        .getSingleResult();
  }

  @Override
  public int withdrawUndelivered(
      java.util.Collection<String> subjects,
      java.util.Collection<String> partners,
      java.util.Collection<String> purposes,
      String why,
      Instant now) {
    if (subjects.isEmpty() || partners.isEmpty() || purposes.isEmpty()) {
      return 0;
    }
    int withdrawn = 0;
    for (List<String> chunk : IdChunks.of(subjects)) {
      withdrawn +=
          entityManager
              .createQuery(
                  "update OutboxMessage m set m.body = null, m.deadAt = :now,"
                      + " m.nextAttemptAt = null, m.relayFailure = :why where"
                      + UNDELIVERED)
              .setParameter("partners", partners)
              .setParameter("purposes", purposes)
              .setParameter("anybody", false)
              .setParameter("subjects", chunk)
              .setParameter("now", now)
              .setParameter("why", why)
              .executeUpdate();
    }
    return withdrawn;
  }

  @Override
  public long countFor(
      java.util.Collection<String> partners, java.util.Collection<String> purposes) {
    if (partners.isEmpty() || purposes.isEmpty()) {
      return 0;
    }
    return entityManager
        .createQuery(
            "select count(d) from Disclosure d where d.partnerId in :partners"
                + " and d.purpose in :purposes",
            Long.class)
        .setParameter("partners", partners)
        .setParameter("purposes", purposes)
        .getSingleResult();
  }

  @Override
  public int deleteDisclosedBefore(Instant cutoff, int limit) {
    return DueRows.delete(
        entityManager,
        "select d.id from Disclosure d where d.disclosedAt < :cutoff order by d.disclosedAt",
        cutoff,
        limit,
        "delete from Disclosure d where d.id in :ids");
  }
}

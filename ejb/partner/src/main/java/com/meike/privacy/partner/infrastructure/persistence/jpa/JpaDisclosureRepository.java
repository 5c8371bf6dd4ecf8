package com.meike.privacy.partner.infrastructure.persistence.jpa;

import com.meike.privacy.partner.domain.disclosure.Disclosure;
import com.meike.privacy.partner.domain.disclosure.DisclosureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hibernate.Session;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    entityManager.unwrap(Session.class).doWork(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
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
  public long peopleAbroad(Instant from, Instant to, String home, java.util.Collection<String> purposes) {
    if (purposes != null && purposes.isEmpty()) {
      return 0;
    }
    var query = entityManager.createQuery(
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
}

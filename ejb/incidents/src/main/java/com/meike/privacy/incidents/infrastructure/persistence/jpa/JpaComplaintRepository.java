package com.meike.privacy.incidents.infrastructure.persistence.jpa;

import com.meike.privacy.incidents.domain.complaint.AttachmentContent;
import com.meike.privacy.incidents.domain.complaint.Complaint;
import com.meike.privacy.incidents.domain.complaint.ComplaintRepository;
import com.meike.privacy.incidents.domain.complaint.ComplaintState;
import com.meike.privacy.incidents.domain.complaint.ComplaintTier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link ComplaintRepository} on JPA; joins the caller's transaction. */
@ApplicationScoped
public class JpaComplaintRepository implements ComplaintRepository {

  private static final List<ComplaintState> OPEN =
      List.of(ComplaintState.OPEN, ComplaintState.AWAITING_INFORMATION);

  @PersistenceContext(unitName = "incidents")
  private EntityManager entityManager;

  /** For the container. */
  public JpaComplaintRepository() {}

  /** Outside a container (tests on H2). */
  public JpaComplaintRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Random, not sequential: a number reveals neither how many complaints there are nor the next
   * one.
   */
  @Override
  public String nextNumber(LocalDate filedOn) {
    return "CP"
        + filedOn.format(DateTimeFormatter.BASIC_ISO_DATE)
        + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
  }

  @Override
  public Optional<Complaint> find(String number) {
    if (number == null || number.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(entityManager.find(Complaint.class, number.strip()));
  }

  @Override
  public List<Complaint> findByComplainant(String complainant) {
    return entityManager
        .createQuery(
            "select c from Complaint c where c.complainant = :complainant order by c.filedAt desc, c.number",
            Complaint.class)
        .setParameter("complainant", complainant)
        .getResultList();
  }

  @Override
  public void store(Complaint complaint) {
    entityManager.persist(complaint);
  }

  @Override
  public void forget(String number, List<String> attachmentIds, String actor, String replacement) {
    if (!attachmentIds.isEmpty()) {
      entityManager
          .createQuery("delete from AttachmentContent c where c.attachmentId in :ids")
          .setParameter("ids", attachmentIds)
          .executeUpdate();
    }
    entityManager
        .createNativeQuery(
            "update complaint_entry set actor = ?1 where complaint_number = ?2 and actor = ?3")
        .setParameter(1, replacement)
        .setParameter(2, number)
        .setParameter(3, actor)
        .executeUpdate();
  }

  @Override
  public void storeContent(AttachmentContent content) {
    // The attachment row is inserted by cascade at flush; flush first so the content row that
    // references it follows it.
    entityManager.flush();
    entityManager.persist(content);
  }

  @Override
  public Optional<AttachmentContent> content(String attachmentId) {
    if (attachmentId == null || attachmentId.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(entityManager.find(AttachmentContent.class, attachmentId));
  }

  @Override
  public Optional<Complaint> findByRecordingAccess(String applicationId) {
    return entityManager
        .createQuery(
            "select l.complaint from RecordingAccessLink l where l.applicationId = :id",
            Complaint.class)
        .setParameter("id", applicationId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Complaint> unsealed(int limit) {
    return entityManager
        .createQuery(
            "select c from Complaint c where c.sealed = false or exists"
                + " (select e from ComplaintEntry e where e.complaint = c and e.sealed = false) order by c.number",
            Complaint.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Map<ComplaintTier, Long> openByTier() {
    Map<ComplaintTier, Long> counts = new EnumMap<>(ComplaintTier.class);
    entityManager
        .createQuery(
            "select c.tier, count(c) from Complaint c where c.state in :open group by c.tier",
            Object[].class)
        .setParameter("open", OPEN)
        .getResultList()
        .forEach(row -> counts.put((ComplaintTier) row[0], (Long) row[1]));
    return counts;
  }

  @Override
  public long overdue(LocalDate today) {
    return entityManager
        .createQuery(
            "select count(c) from Complaint c where c.state in :open and (c.overdue = true or c.finalDueOn < :today)",
            Long.class)
        .setParameter("open", OPEN)
        .setParameter("today", today)
        .getSingleResult();
  }

  @Override
  public List<AnswerTime> answerTimes() {
    return entityManager
        .createQuery(
            "select c.filedAt, c.answeredAt from Complaint c where c.answeredAt is not null",
            Object[].class)
        .getResultList()
        .stream()
        .map(row -> new AnswerTime((Instant) row[0], (Instant) row[1]))
        .toList();
  }

  @Override
  public List<Complaint> anonymisableBefore(java.time.Instant cutoff, int limit) {
    return entityManager
        .createQuery(
            "select c from Complaint c where c.answeredAt < :cutoff and c.complainant <> :anonymised"
                + " and c.state in :done order by c.answeredAt, c.number",
            Complaint.class)
        .setParameter("cutoff", cutoff)
        .setParameter("anonymised", Complaint.ANONYMISED)
        .setParameter(
            "done",
            List.of(
                com.meike.privacy.incidents.domain.complaint.ComplaintState.ANSWERED,
                com.meike.privacy.incidents.domain.complaint.ComplaintState.CLOSED))
        .setMaxResults(limit)
        .getResultList();
  }
}

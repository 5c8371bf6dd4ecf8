package com.meike.privacy.consent.infrastructure.persistence.jpa;

import com.meike.privacy.consent.infrastructure.persistence.readmodel.ConsentCheckKeys;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The consent check's read model {@code consent_current} (CON-3, issue 11): one row per person and
 * purpose, so that the check is one primary-key read. A row holds the entry in force for the pair
 * (none yet: the entry columns are null), and the facts about the person the answer depends on,
 * copied from where they are kept: the child status ({@code consent_child_status}) and the latest
 * re-consent requirement ({@code consent_reconsent_requirement}, the latest marked, then the
 * highest version). Every change to those facts updates the person's rows in the same transaction,
 * through the statements here; the tables they come from stay the record.
 *
 * <p>Each row's primary key is a number, {@code check_key} ({@link ConsentCheckKeys}: a hash of the
 * person and the purpose, or a further probe of it when taken), so that the check is one lookup of
 * a number; every write here goes by the pair (subject, purpose), which stays unique.
 *
 * <p>A person gets a row for every purpose of the catalogue at their first ledger entry and when
 * they are marked as a child, so a check normally finds its row; the check asks the child register
 * itself when it does not (a purpose catalogued later). The same SQL runs on H2 2.2 and PostgreSQL
 * 15.
 */
final class ConsentCurrentRows {

  /** The person's latest re-consent requirement, as a row value for {@code consent_current c}. */
  static final String LATEST_REQUIREMENT =
      "(select r.policy_version, r.marked_at, r.satisfied_at, r.data_holder_transfer_id"
          + " from consent_reconsent_requirement r where r.subject_id = c.subject_id"
          + " order by r.marked_at desc, r.policy_version desc fetch first 1 rows only)";

  private static final String REQUIREMENT_COLUMNS =
      "(reconsent_version, reconsent_marked_at, reconsent_satisfied_at, reconsent_transfer_id)";

  private ConsentCurrentRows() {}

  /**
   * Adds a row for every purpose of the catalogue the person has none for (no entry yet), with
   * their child status and latest re-consent requirement.
   *
   * @return rows added
   */
  static int fill(EntityManager entityManager, String subjectId) {
    @SuppressWarnings("unchecked")
    List<String> missing =
        entityManager
            .createNativeQuery(
                "select p.code from consent_purpose p where not exists (select 1 from"
                    + " consent_current x where x.subject_id = ?1 and x.purpose_code = p.code)"
                    + " order by p.code")
            .setParameter(1, subjectId)
            .getResultList();
    if (missing.isEmpty()) {
      return 0;
    }
    Map<String, Long> keys = keys(entityManager, subjectId, missing);
    // One statement for all the person's new rows, each under its key.
    StringBuilder sql =
        new StringBuilder(
            "insert into consent_current (check_key, subject_id, purpose_code, child_guardian_id,"
                + " child_basis, child_marked_at, child_marked_by) select case p.code");
    List<Object> parameters = new ArrayList<>();
    parameters.add(subjectId);
    StringBuilder codes = new StringBuilder();
    for (Map.Entry<String, Long> key : keys.entrySet()) {
      parameters.add(key.getKey());
      parameters.add(key.getValue());
      sql.append(" when ?")
          .append(parameters.size() - 1)
          .append(" then ?")
          .append(parameters.size());
      codes.append(codes.isEmpty() ? "?" : ", ?").append(parameters.size() - 1);
    }
    sql.append(
            " end, ?1, p.code, ch.guardian_id, ch.basis, ch.marked_at, ch.marked_by"
                + " from consent_purpose p left join consent_child_status ch on ch.subject_id = ?1"
                + " where p.code in (")
        .append(codes)
        .append(")");
    var insert = entityManager.createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      insert.setParameter(i + 1, parameters.get(i));
    }
    int added = insert.executeUpdate();
    if (added > 0) {
      refreshRequirement(entityManager, "c.subject_id = ?1", subjectId);
    }
    return added;
  }

  /**
   * A free key for each purpose of the person ({@link ConsentCheckKeys}): the first probe no other
   * row (and no other of these purposes) holds.
   */
  private static Map<String, Long> keys(
      EntityManager entityManager, String subjectId, List<String> purposeCodes) {
    Map<String, Long> keys = new LinkedHashMap<>();
    List<String> pending = new ArrayList<>(purposeCodes);
    for (int probe = 0; probe < ConsentCheckKeys.PROBES && !pending.isEmpty(); probe++) {
      Map<String, Long> candidates = new LinkedHashMap<>();
      for (String code : pending) {
        candidates.put(code, ConsentCheckKeys.key(subjectId, code, probe));
      }
      @SuppressWarnings("unchecked")
      List<Number> taken =
          entityManager
              .createNativeQuery("select check_key from consent_current where check_key in (:keys)")
              .setParameter("keys", new ArrayList<>(candidates.values()))
              .getResultList();
      Set<Long> used = new HashSet<>(keys.values());
      for (Number key : taken) {
        used.add(key.longValue());
      }
      List<String> next = new ArrayList<>();
      for (Map.Entry<String, Long> candidate : candidates.entrySet()) {
        if (used.add(candidate.getValue())) {
          keys.put(candidate.getKey(), candidate.getValue());
        } else {
          next.add(candidate.getKey());
        }
      }
      pending = next;
    }
    if (!pending.isEmpty()) {
      throw new IllegalStateException(
          "no free key for the consent check's rows after " + ConsentCheckKeys.PROBES + " probes");
    }
    return keys;
  }

  /** Copies the person's child status (just stored) into every row of theirs. */
  static void childMarked(EntityManager entityManager, String subjectId) {
    entityManager
        .createNativeQuery(
            "update consent_current c set (child_guardian_id, child_basis, child_marked_at,"
                + " child_marked_by) = (select ch.guardian_id, ch.basis, ch.marked_at,"
                + " ch.marked_by from consent_child_status ch where ch.subject_id = c.subject_id)"
                + " where c.subject_id = ?1")
        .setParameter(1, subjectId)
        .executeUpdate();
  }

  /**
   * Copies the latest re-consent requirement into the rows {@code condition} selects ({@code c} is
   * {@code consent_current}; its parameters {@code ?1…} are {@code parameters}).
   */
  static int refreshRequirement(
      EntityManager entityManager, String condition, Object... parameters) {
    var query =
        entityManager.createNativeQuery(
            "update consent_current c set "
                + REQUIREMENT_COLUMNS
                + " = "
                + LATEST_REQUIREMENT
                + " where "
                + condition);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }
}

package com.meike.privacy.consent.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;

/**
 * The consent check's read model {@code consent_current} (CON-3, issue 11): one row per person and
 * purpose, so that the check is one primary-key read. A row holds the entry in force for the pair
 * (none yet: the entry columns are null), and the facts about the person the answer depends on,
 * copied from where they are kept: the child status ({@code consent_child_status}) and the latest
 * re-consent requirement ({@code consent_reconsent_requirement}, the latest marked, then the
 * highest version). Every change to those facts updates the person's rows in the same transaction,
 * through the statements here; the tables they come from stay the record.
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
    int added =
        entityManager
            .createNativeQuery(
                "insert into consent_current (subject_id, purpose_code, child_guardian_id,"
                    + " child_basis, child_marked_at, child_marked_by)"
                    + " select ?1, p.code, ch.guardian_id, ch.basis, ch.marked_at, ch.marked_by"
                    + " from consent_purpose p left join consent_child_status ch"
                    + " on ch.subject_id = ?1"
                    + " where not exists (select 1 from consent_current x"
                    + " where x.subject_id = ?1 and x.purpose_code = p.code)")
            .setParameter(1, subjectId)
            .executeUpdate();
    if (added > 0) {
      refreshRequirement(entityManager, "c.subject_id = ?1", subjectId);
    }
    return added;
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

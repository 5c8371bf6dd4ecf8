package com.meike.privacy.kernel.rights;

import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * The repositories' half of a retention batch ({@link RetentionJob.Rule}): the ids of at most
 * {@code limit} due rows, in the order they fall due, then one {@code delete … where … in :ids} per
 * table — dependants first — so a batch is a bounded set-based statement whatever the backlog (a
 * plain bulk delete cannot take a limit in JPQL). Its ids stay within one statement's parameters as
 * {@link IdChunks} keeps them: a batch is at most a retention run's batch size (500 by default).
 */
public final class DueRows {

  private DueRows() {}

  /**
   * Deletes the first {@code limit} rows {@code selectIds} names (a JPQL query of ids with a {@code
   * :cutoff} parameter) with each of {@code deleteByIds} in turn (JPQL with an {@code :ids}
   * parameter); answers how many the last of them deleted, 0 when nothing was due.
   */
  public static int delete(
      EntityManager em, String selectIds, Instant cutoff, int limit, String... deleteByIds) {
    java.util.List<String> ids =
        em.createQuery(selectIds, String.class)
            .setParameter("cutoff", cutoff)
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    int deleted = 0;
    for (String delete : deleteByIds) {
      deleted = em.createQuery(delete).setParameter("ids", ids).executeUpdate();
    }
    return deleted;
  }
}

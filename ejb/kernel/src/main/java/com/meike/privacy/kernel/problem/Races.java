package com.meike.privacy.kernel.problem;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a lost race from a bug: two people changed the same thing at once (two decisions on one
 * step, two reviews of one order, a task completed twice), so one change was refused by an
 * optimistic lock, a unique or foreign key, or the database's serialization — the caller should
 * reload and retry, and is answered 409, never 500. Recognised anywhere in the cause chain (the
 * container wraps them in EJB and transaction exceptions), by class name where the class belongs to
 * a library the caller must not depend on (Hibernate, the engine).
 */
public final class Races {

  /** Exceptions (and their subclasses) that are lost races whatever they wrap. */
  private static final Set<String> RACE_TYPES =
      Set.of(
          "jakarta.persistence.OptimisticLockException",
          "jakarta.persistence.EntityExistsException",
          "jakarta.persistence.PessimisticLockException",
          "jakarta.persistence.LockTimeoutException",
          "org.hibernate.StaleStateException",
          "org.camunda.bpm.engine.OptimisticLockingException");

  private Races() {}

  /** True when {@code error} or anything it wraps is a lost race. */
  public static boolean isRace(Throwable error) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable cause = error;
        cause != null && seen.put(cause, true) == null;
        cause = cause.getCause()) {
      if (raceType(cause.getClass())) {
        return true;
      }
      for (SQLException sql = cause instanceof SQLException e ? e : null;
          sql != null;
          sql = sql.getNextException()) {
        if (raceState(sql.getSQLState())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean raceType(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (RACE_TYPES.contains(c.getName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Integrity constraint violations (class 23), serialization failures (40001), deadlocks (40P01),
   * and a row lock not granted in time (PostgreSQL 55P03, H2 HYT00).
   */
  private static boolean raceState(String state) {
    return state != null
        && (state.startsWith("23") || Set.of("40001", "40P01", "55P03", "HYT00").contains(state));
  }
}

package com.meike.privacy.kernel.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Races: lost races answer 409, bugs stay 500")
class RacesTest {

  @Test
  void an_optimistic_lock_or_a_duplicate_key_wrapped_by_the_container_is_a_race() {
    assertThat(Races.isRace(new RuntimeException("EJB", new OptimisticLockException("stale"))))
        .isTrue();
    assertThat(
            Races.isRace(
                new IllegalStateException(
                    "commit",
                    new PersistenceException(
                        new SQLException("Unique index or primary key violation", "23505")))))
        .isTrue();
    assertThat(Races.isRace(new SQLIntegrityConstraintViolationException("dup", "23000"))).isTrue();
    assertThat(
            Races.isRace(
                new RuntimeException(new SQLException("could not serialize access", "40001"))))
        .isTrue();
  }

  @Test
  void the_next_exception_of_a_batch_counts_too() {
    SQLException batch = new SQLException("Batch entry 0 failed", "XX000");
    batch.setNextException(new SQLException("duplicate key value", "23505"));
    assertThat(Races.isRace(new RuntimeException(batch))).isTrue();
  }

  @Test
  void a_bug_is_not_a_race() {
    assertThat(Races.isRace(new NullPointerException())).isFalse();
    assertThat(Races.isRace(new RuntimeException(new SQLException("syntax error", "42601"))))
        .isFalse();
    assertThat(Races.isRace(null)).isFalse();
  }

  @Test
  void a_cause_chain_that_loops_ends() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(Races.isRace(a)).isFalse();
  }
}

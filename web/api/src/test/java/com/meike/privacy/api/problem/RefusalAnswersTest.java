package com.meike.privacy.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a person's client is answered when a service refuses, or when two changes of one thing
 * collide: the status comes from the web layer's one table ({@link RefusalStatus}), and a lost race
 * — an optimistic lock or a constraint failure, however the container wrapped it — is a 409
 * problem, never a 500.
 */
class RefusalAnswersTest {

  @Test
  @DisplayName("Each kind of refusal answers its problem status and title")
  void eachKindAnswersItsStatus() {
    Map<Kind, Integer> expected =
        Map.of(
            Kind.INVALID_INPUT, 400,
            Kind.FORBIDDEN, 403,
            Kind.NOT_FOUND, 404,
            Kind.CONFLICT, 409,
            Kind.TOO_LARGE, 413,
            Kind.UNSUPPORTED_MEDIA_TYPE, 415,
            Kind.RATE_LIMITED, 429);
    assertThat(expected).containsOnlyKeys(Kind.values());
    expected.forEach(
        (kind, status) -> {
          Problem problem =
              DomainExceptionMapper.problem(new DomainException(kind, "phone", "太频繁 / Too often"));
          assertThat(problem.status()).isEqualTo(status);
          assertThat(problem.title()).isEqualTo(RefusalStatus.title(kind)).isNotBlank();
          assertThat(problem.errors())
              .extracting(Problem.FieldError::field)
              .containsExactly("phone");
        });
  }

  @Test
  @DisplayName("A refusal wrapped by the container still answers its own status")
  void aWrappedRefusalAnswersItsStatus() {
    Problem problem =
        UnexpectedErrorMapper.problem(
            new EJBException(DomainException.rateLimited("phone", "too often")));
    assertThat(problem.status()).isEqualTo(429);
  }

  @Test
  @DisplayName("An optimistic-lock failure answers a 409 problem, not a 500")
  void anOptimisticLockFailureIsAConflict() {
    Problem problem =
        UnexpectedErrorMapper.problem(
            new EJBException(
                "transaction rolled back", new OptimisticLockException("row was updated")));
    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.type()).endsWith("/conflict");
    assertThat(problem.detail()).doesNotContain("Exception");
  }

  @Test
  @DisplayName("A unique-constraint failure answers a 409 problem, not a 500")
  void aConstraintFailureIsAConflict() {
    Problem problem =
        UnexpectedErrorMapper.problem(
            new EJBException(
                new PersistenceException(
                    "could not execute statement",
                    new SQLIntegrityConstraintViolationException("duplicate key", "23505", 0))));
    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.detail()).doesNotContain("23505").doesNotContain("duplicate");
  }
}

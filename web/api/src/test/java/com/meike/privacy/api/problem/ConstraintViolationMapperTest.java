package com.meike.privacy.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.order.OrderNumber;
import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A typed id refused on a service's interface reads as 400 problem+json naming the request's field,
 * whether the container throws the violation itself or wraps it (an EJB's).
 */
class ConstraintViolationMapperTest {

  /** What a service's input looks like: typed ids validated on the interface. */
  record Input(
      @NotNull(message = "is required") @Valid SubjectId subject, @Valid OrderNumber order) {}

  /** A service interface as the contexts declare theirs. */
  interface Service {
    void register(@NotNull @Valid Input input, String actor);
  }

  static final ValidatorFactory FACTORY =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static ConstraintViolationException refused(Input input) throws NoSuchMethodException {
    var violations =
        FACTORY
            .getValidator()
            .forExecutables()
            .validateParameters(
                (Service) (i, a) -> {},
                Service.class.getMethod("register", Input.class, String.class),
                new Object[] {input, "legal.counsel"});
    return new ConstraintViolationException(violations);
  }

  @Test
  @DisplayName("DISC-1: a malformed order number and a missing subject are 400s naming both fields")
  void namesTheFields() throws Exception {
    Problem problem =
        ConstraintViolationMapper.problem(refused(new Input(null, OrderNumber.of("12345"))));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.type()).endsWith("/invalid-input");
    assertThat(problem.errors())
        .containsExactly(
            new Problem.FieldError("order", OrderNumber.MESSAGE),
            new Problem.FieldError("subject", "is required"));
    assertThat(problem.detail()).contains("order must be MK followed by exactly 16 digits");
  }

  @Test
  @DisplayName("DISC-1: a malformed subject id names the field, not the value object's inside")
  void namesTheHoldingField() throws Exception {
    Problem problem =
        ConstraintViolationMapper.problem(refused(new Input(SubjectId.of("../x"), null)));

    assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("subject");
  }

  @Test
  @DisplayName("DISC-1: the parameter itself missing is named by the parameter")
  void namesTheParameter() throws Exception {
    Problem problem = ConstraintViolationMapper.problem(refused(null));

    assertThat(problem.errors()).hasSize(1);
    assertThat(problem.status()).isEqualTo(400);
  }

  @Test
  @DisplayName(
      "DISC-1: a violation an EJB container wrapped is found, so it is a 400, not an incident (UnexpectedErrorMapper)")
  void unwrapsTheContainer() throws Exception {
    ConstraintViolationException refused = refused(new Input(null, null));

    ConstraintViolationException found =
        ConstraintViolationMapper.within(new EJBException(refused));

    assertThat(found).isSameAs(refused);
    assertThat(ConstraintViolationMapper.problem(found).errors())
        .extracting(Problem.FieldError::field)
        .containsExactly("subject");
    assertThat(ConstraintViolationMapper.within(new IllegalStateException("other"))).isNull();
  }
}

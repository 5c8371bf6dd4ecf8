package com.meike.privacy.testsupport;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ValidateOnExecution;
import java.lang.reflect.Method;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * What the container's Bean Validation refuses when a service interface's method is called, without
 * a container: the constraints a service declares on its interface (typed ids, issue 13), checked
 * as the server checks them before the service runs — and only for a service class the server
 * intercepts (one annotated {@code @ValidateOnExecution}).
 */
public final class MethodValidation {

  private static final ValidatorFactory FACTORY =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();

  private MethodValidation() {}

  /**
   * Each refusal as "path message", e.g. {@code forSubject.subject.value must be an account id…};
   * empty when the call would go through.
   */
  public static List<String> refusals(Object service, Method method, Object... args) {
    if (!service.getClass().isAnnotationPresent(ValidateOnExecution.class)) {
      // the server binds its validation interceptor only to such a class (README, "Typed ids")
      throw new AssertionError(
          service.getClass().getSimpleName()
              + " lacks @ValidateOnExecution: the server would not run these constraints");
    }
    return FACTORY
        .getValidator()
        .forExecutables()
        .validateParameters(service, method, args)
        .stream()
        .map(v -> v.getPropertyPath() + " " + v.getMessage())
        .sorted()
        .toList();
  }
}

package com.meike.privacy.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A value an application service refused through Bean Validation on its interface (typed ids such
 * as {@code OrderNumber} and {@code SubjectId}, issue 13): 400 problem+json naming each field as
 * the request names it — {@code subject}, not {@code register.input.subject.value}. The status is
 * the web layer's; the service only says what is wrong. (An EJB's container may wrap the exception;
 * {@link UnexpectedErrorMapper} unwraps it to here.)
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    return problem(e).toResponse();
  }

  /** The 400 problem naming each field at fault. */
  static Problem problem(ConstraintViolationException e) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (e.getConstraintViolations() != null) {
      for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
        errors.add(
            new Problem.FieldError(field(violation.getPropertyPath()), violation.getMessage()));
      }
    }
    errors.sort(Comparator.comparing(Problem.FieldError::field));
    String detail =
        errors.isEmpty()
            ? "The request is not valid."
            : String.join("; ", errors.stream().map(f -> f.field() + " " + f.message()).toList());
    return new Problem(Problem.TYPE_BASE + "invalid-input", "Invalid input", 400, detail, errors);
  }

  /** The violation inside what a container threw (an EJB wraps it), or null. */
  static ConstraintViolationException within(Throwable e) {
    for (Throwable cause = e;
        cause != null && cause.getCause() != cause;
        cause = cause.getCause()) {
      if (cause instanceof ConstraintViolationException invalid) {
        return invalid;
      }
    }
    return null;
  }

  /**
   * The field as the request names it: the properties below the method's parameter, without the
   * value object's own {@code value}; the parameter's name when the parameter itself is at fault.
   */
  static String field(Path path) {
    List<String> properties = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (node.getKind() == ElementKind.PROPERTY && !"value".equals(node.getName())) {
        // a value object's own "value" is named by the property that holds it
        properties.add(node.getName());
      }
    }
    if (!properties.isEmpty()) {
      return String.join(".", properties);
    }
    return parameter == null ? path.toString() : parameter;
  }
}

package com.meike.privacy.api.problem;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A service's refusal becomes a problem with the status of its kind ({@link RefusalStatus}). */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Override
  public Response toResponse(DomainException e) {
    return problem(e).toResponse();
  }

  /** The problem a refusal answers. */
  static Problem problem(DomainException e) {
    DomainException.Kind kind = e.kind();
    List<Problem.FieldError> errors =
        e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage()));
    return new Problem(
        Problem.TYPE_BASE + kind.name().toLowerCase().replace('_', '-'),
        RefusalStatus.title(kind),
        RefusalStatus.of(kind),
        e.getMessage(),
        errors);
  }
}

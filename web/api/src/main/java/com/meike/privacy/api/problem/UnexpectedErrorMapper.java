package com.meike.privacy.api.problem;

import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.problem.Races;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected: a 500 problem with an incident id to quote, the details only in the log —
 * unless it is a lost race (two changes of the same thing at once; {@link Races}), which is 409. A
 * refusal or unreadable body that the runtime wrapped (e.g. in RESTEasy's reader exception) is
 * unwrapped first: it is the client's fault, a 4xx, not an incident.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    return problem(e).toResponse();
  }

  /** The problem {@code e} answers; an unexpected one is logged with its incident id. */
  static Problem problem(Throwable e) {
    if (Races.isRace(e)) {
      LOG.info("Concurrent change refused (409): " + e.getClass().getName());
      return Problem.of(
          409, "Conflict", "Somebody else changed this at the same time; reload it and try again.");
    }
    for (Throwable cause = e;
        cause != null && cause.getCause() != cause;
        cause = cause.getCause()) {
      if (cause instanceof DomainException domain) {
        return DomainExceptionMapper.problem(domain);
      }
      if (ConstraintViolationMapper.within(cause) != null) {
        return ConstraintViolationMapper.problem(ConstraintViolationMapper.within(cause));
      }
      if (cause instanceof JsonException || cause instanceof JsonbException) {
        return Problem.invalidField(null, "The request body is not a valid JSON object.");
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
    return Problem.of(
        500,
        "Internal error",
        "Something went wrong on our side; quote incident " + incident + ".");
  }
}

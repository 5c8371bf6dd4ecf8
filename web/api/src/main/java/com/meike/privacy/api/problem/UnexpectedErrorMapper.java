package com.meike.privacy.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unexpected: a 500 problem with an incident id to quote, the details only in the log. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
    return Problem.of(500, "Internal error",
        "Something went wrong on our side; quote incident " + incident + ".").toResponse();
  }
}

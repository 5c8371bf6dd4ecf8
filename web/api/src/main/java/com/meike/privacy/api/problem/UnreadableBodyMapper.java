package com.meike.privacy.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body the JAX-RS runtime could not read at all (wrapped reader errors) is a 400 problem. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException e) {
    return Problem.invalidField(null, "The request body could not be read as a JSON object.")
        .toResponse();
  }
}

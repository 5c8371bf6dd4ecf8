package com.meike.privacy.api.problem;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or not the JSON object expected, is a 400 problem, not a 500. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonException> {

  @Override
  public Response toResponse(JsonException e) {
    return Problem.invalidField(null, "The request body is not a valid JSON object.").toResponse();
  }
}

package com.meike.privacy.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (404 unknown path, 405, 415, 403 by role…) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original.getStatus();
    String title = original.getStatusInfo().getReasonPhrase();
    Response problem = Problem.of(status, title, detail(status)).toResponse();
    return original.getHeaderString("Allow") == null
        ? problem
        : Response.fromResponse(problem).header("Allow", original.getHeaderString("Allow")).build();
  }

  private static String detail(int status) {
    return switch (status) {
      case 401 -> "Authentication is required.";
      case 403 -> "Your role does not allow this.";
      case 404 -> "No such resource.";
      case 405 -> "This method is not allowed here.";
      case 406 -> "The requested media type cannot be produced here.";
      case 415 -> "Send the request body as application/json.";
      default -> "The request could not be processed.";
    };
  }
}

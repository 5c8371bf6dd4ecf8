package com.meike.privacy.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not JSON, has a field of the wrong type, or a field we do not know becomes 400,
 * naming the field when the JSON binding says which one.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {

  private static final Pattern QUOTED_NAME = Pattern.compile("(?:property|field|Property|Field)[^'\"]*['\"]([A-Za-z0-9_]+)['\"]");

  @Override
  public Response toResponse(ProcessingException e) {
    Throwable cause = e;
    String field = null;
    while (cause != null) {
      if (cause.getMessage() != null) {
        Matcher m = QUOTED_NAME.matcher(cause.getMessage());
        if (field == null && m.find()) {
          field = m.group(1);
        }
      }
      cause = cause.getCause();
    }
    String unknown = unknownProperty(e);
    if (unknown != null) {
      return Problem.invalidField(unknown, "Unknown field '" + unknown + "'.").toResponse();
    }
    if (field != null) {
      return Problem.invalidField(field, "Field '" + field + "' has the wrong type or format.").toResponse();
    }
    return Problem.invalidField(null, "The request body is not valid JSON for this resource.").toResponse();
  }

  private static String unknownProperty(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.contains("nknown property")) {
        Matcher m = Pattern.compile("['\"]([A-Za-z0-9_]+)['\"]").matcher(message);
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    return null;
  }
}

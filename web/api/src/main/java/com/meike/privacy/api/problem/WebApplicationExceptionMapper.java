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

  /**
   * The sentence for a status the application answers without a reason of its own; a guard that
   * must not tell "not there" from "not yours" answers with the same one.
   */
  public static String detail(int status) {
    return switch (status) {
      case 401 -> "Authentication is required. (请先登录。)";
      case 403 -> "Your role does not allow this. (您的角色无权执行此操作。)";
      case 404 -> "No such resource. (没有该资源。)";
      case 405 -> "This method is not allowed here. (此处不允许该请求方法。)";
      case 406 -> "The requested media type cannot be produced here. (无法提供所请求的媒体类型。)";
      case 415 -> "Send the request body as application/json. (请以 application/json 发送请求正文。)";
      default -> "The request could not be processed. (无法处理该请求。)";
    };
  }
}

package com.meike.privacy.api.problem;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The body of a 401 (the container refuses before JAX-RS runs): a problem document instead of the
 * server's HTML page. Registered as the error page for 401 in web.xml; keeps the status and the
 * WWW-Authenticate challenge.
 */
@WebServlet("/errors/unauthenticated")
public class UnauthenticatedProblemServlet extends HttpServlet {

  private static final String BODY =
      "{\"type\":\"https://meike.example/problems/unauthenticated\","
          + "\"title\":\"Unauthenticated\",\"status\":401,"
          + "\"detail\":\"Authenticate with HTTP Basic using your staff account, or with the bearer token of your app account.\",\"errors\":[]}";

  /**
   * Set by the authentication mechanism when the client address is slowed down after wrong
   * passwords.
   */
  private static final String RETRY_AFTER_ATTRIBUTE = "meike.login.retry-after";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader(SecurityHeaders.NOSNIFF_HEADER, "nosniff");
    Object retryAfter = request.getAttribute(RETRY_AFTER_ATTRIBUTE);
    response
        .getWriter()
        .write(
            retryAfter == null
                ? BODY
                : BODY.replace(
                    "Authenticate with HTTP Basic",
                    "Too many wrong passwords from your address: retry in "
                        + retryAfter
                        + " s. Authenticate with HTTP Basic"));
  }
}

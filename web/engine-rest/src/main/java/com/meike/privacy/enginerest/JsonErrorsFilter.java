package com.meike.privacy.enginerest;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Every answer of {@code /engine-rest} carries {@code X-Content-Type-Options: nosniff}, and every
 * error has a JSON body in Camunda's shape ({@code type}, {@code message}) — also the ones the
 * container would otherwise render as an HTML page (authentication refused before Camunda's
 * resources run, {@code sendError}, or a bare status without a body). Camunda's own JSON errors
 * pass unchanged.
 */
public class JsonErrorsFilter implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse http = (HttpServletResponse) response;
    http.setHeader("X-Content-Type-Options", "nosniff");
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      // the container's error page (web.xml <error-page>): answer it here as JSON
      Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
      write(http, status instanceof Integer code ? code : 500);
      return;
    }
    BodyWatch watched = new BodyWatch(http);
    chain.doFilter(request, watched);
    if (!watched.bodyStarted && !http.isCommitted() && http.getStatus() >= 400) {
      write(http, http.getStatus());
    }
  }

  static void write(HttpServletResponse http, int status) throws IOException {
    http.setStatus(status);
    http.setHeader("X-Content-Type-Options", "nosniff");
    http.setContentType("application/json");
    http.setCharacterEncoding("UTF-8");
    String type =
        switch (status) {
          case 401 -> "AuthenticationRequired";
          case 403 -> "Forbidden";
          case 404 -> "NotFound";
          case 405 -> "MethodNotAllowed";
          case 415 -> "UnsupportedMediaType";
          default -> status < 500 ? "InvalidRequest" : "ServerError";
        };
    String message =
        switch (status) {
          case 401 -> "Valid staff credentials (HTTP Basic) are required.";
          case 403 -> "Not allowed.";
          case 404 -> "No such resource.";
          case 405 -> "Method not allowed on this resource.";
          default ->
              status < 500
                  ? "The request cannot be processed."
                  : "The server could not process the request.";
        };
    byte[] body =
        ("{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    http.setContentLength(body.length);
    http.getOutputStream().write(body);
  }

  /** Knows whether anything wrote a body; turns sendError into a plain status (no HTML page). */
  static final class BodyWatch extends HttpServletResponseWrapper {
    boolean bodyStarted;

    BodyWatch(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      bodyStarted = true;
      return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      bodyStarted = true;
      return super.getWriter();
    }

    @Override
    public void sendError(int sc) {
      setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) {
      setStatus(sc);
    }
  }
}

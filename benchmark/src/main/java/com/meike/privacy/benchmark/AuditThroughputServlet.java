package com.meike.privacy.benchmark;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /benchmark/audit?seconds=20&warmup=5&rounds=4}: runs {@link AuditThroughput} and
 * answers its figures as JSON (409 while another run is in progress). Only in the benchmark EAR.
 */
@WebServlet("/audit")
public class AuditThroughputServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(AuditThroughputServlet.class.getName());

  @Inject AuditThroughput benchmark;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    double seconds;
    double warmup;
    int rounds;
    try {
      seconds = Double.parseDouble(parameter(request, "seconds", "20"));
      warmup = Double.parseDouble(parameter(request, "warmup", "5"));
      rounds = Integer.parseInt(parameter(request, "rounds", "4"));
    } catch (NumberFormatException e) {
      response.sendError(400, "seconds, warmup and rounds must be numbers");
      return;
    }
    if (seconds <= 0
        || seconds > 3600
        || warmup < 0
        || warmup > 600
        || rounds < 1
        || rounds > 100) {
      response.sendError(400, "seconds (0, 3600], warmup [0, 600], rounds 1..100");
      return;
    }
    JsonObject answer;
    int status;
    try {
      Optional<JsonObject> figures = benchmark.run(seconds, warmup, rounds);
      status = figures.isPresent() ? 200 : 409;
      answer =
          figures.orElseGet(
              () ->
                  Json.createObjectBuilder().add("error", "a run is already in progress").build());
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "audit-trail benchmark failed", e);
      status = 500;
      answer = Json.createObjectBuilder().add("error", Load.describe(e)).build();
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(answer.toString());
  }

  private static String parameter(HttpServletRequest request, String name, String fallback) {
    String value = request.getParameter(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

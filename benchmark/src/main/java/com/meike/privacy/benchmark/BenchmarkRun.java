package com.meike.privacy.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The request handling every benchmark servlet shares, written once: a query parameter with its
 * default, and the answer of a run — its figures (200), 409 while another run is in progress, or
 * 500 with the failure described (and logged). Each servlet keeps only its own parameters and their
 * limits.
 */
final class BenchmarkRun {

  private static final Logger LOG = Logger.getLogger(BenchmarkRun.class.getName());

  private BenchmarkRun() {}

  /**
   * The trimmed value of query parameter {@code name}, or {@code fallback} when absent or blank.
   */
  static String parameter(HttpServletRequest request, String name, String fallback) {
    String value = request.getParameter(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  /**
   * Runs {@code run} and answers its figures as JSON; empty means another run is in progress (409).
   * {@code what} names the benchmark in the log when it fails.
   */
  static void answer(HttpServletResponse response, String what, Callable<Optional<JsonObject>> run)
      throws IOException {
    JsonObject answer;
    int status;
    try {
      Optional<JsonObject> figures = run.call();
      status = figures.isPresent() ? 200 : 409;
      answer =
          figures.orElseGet(
              () ->
                  Json.createObjectBuilder().add("error", "a run is already in progress").build());
    } catch (Exception e) {
      LOG.log(Level.SEVERE, what + " benchmark failed", e);
      status = 500;
      answer = Json.createObjectBuilder().add("error", Load.describe(e)).build();
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createWriter(response.getWriter())) {
      writer.writeObject(answer);
    }
  }
}

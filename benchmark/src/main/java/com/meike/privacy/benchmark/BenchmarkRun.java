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
   * What the phased benchmarks (approvals, consent checks, partner messages) all take: parallel
   * clients, seconds per phase, warm-up seconds and rounds; each checks its own limits.
   */
  record Phases(int clients, double seconds, double warmup, int rounds) {

    /**
     * Reads them with the given defaults ({@code clients} defaults to 2).
     *
     * @throws NumberFormatException when one is not a number
     */
    static Phases read(HttpServletRequest request, String seconds, String warmup, String rounds) {
      return new Phases(
          Integer.parseInt(parameter(request, "clients", "2")),
          Double.parseDouble(parameter(request, "seconds", seconds)),
          Double.parseDouble(parameter(request, "warmup", warmup)),
          Integer.parseInt(parameter(request, "rounds", rounds)));
    }

    /**
     * Why a benchmark that alternates ours and its baseline round by round refuses these phases (an
     * even number of rounds, so both get as many), or null when it takes them.
     */
    String refusedForAlternatingRounds() {
      if (rounds < 2 || rounds > 100 || rounds % 2 != 0) {
        return "rounds: an even number of segments per phase, 2..100";
      }
      if (clients < 1
          || clients > 64
          || seconds <= 0
          || seconds > 3600
          || warmup < 0
          || warmup > 600) {
        return "clients 1..64, seconds (0, 3600], warmup [0, 600]";
      }
      return null;
    }
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

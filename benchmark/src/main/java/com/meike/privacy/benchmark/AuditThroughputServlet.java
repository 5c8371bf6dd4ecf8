package com.meike.privacy.benchmark;

import static com.meike.privacy.benchmark.BenchmarkRun.parameter;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /benchmark/audit?seconds=20&warmup=5&rounds=4}: runs {@link AuditThroughput} and
 * answers its figures as JSON (409 while another run is in progress). Only in the benchmark EAR.
 */
@WebServlet("/audit")
public class AuditThroughputServlet extends HttpServlet {

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
    BenchmarkRun.answer(response, "audit-trail", () -> benchmark.run(seconds, warmup, rounds));
  }
}

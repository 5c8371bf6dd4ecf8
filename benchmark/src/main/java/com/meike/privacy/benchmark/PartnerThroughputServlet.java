package com.meike.privacy.benchmark;

import com.meike.privacy.benchmark.BenchmarkRun.Phases;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /benchmark/partners?clients=2&seconds=60&warmup=15&rounds=4}: runs {@link
 * PartnerThroughput} and answers its figures as JSON (409 while another run is in progress). Only
 * in the benchmark EAR; never part of the application.
 */
@WebServlet("/partners")
public class PartnerThroughputServlet extends HttpServlet {

  @Inject PartnerThroughput benchmark;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Phases phases;
    try {
      phases = Phases.read(request, "60", "15", "4");
    } catch (NumberFormatException e) {
      response.sendError(400, "clients, seconds, warmup and rounds must be numbers");
      return;
    }
    if (phases.clients() < 1
        || phases.clients() > 64
        || phases.seconds() <= 0
        || phases.seconds() > 3600
        || phases.warmup() < 1
        || phases.warmup() > 600
        || phases.rounds() < 1
        || phases.rounds() > 100) {
      response.sendError(400, "clients 1..64, seconds (0, 3600], warmup [1, 600], rounds 1..100");
      return;
    }
    BenchmarkRun.answer(
        response,
        "partner",
        () -> benchmark.run(phases.clients(), phases.seconds(), phases.warmup(), phases.rounds()));
  }
}

package com.meike.privacy.benchmark;

import static com.meike.privacy.benchmark.BenchmarkRun.parameter;

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
    int clients;
    double seconds;
    double warmup;
    int rounds;
    try {
      clients = Integer.parseInt(parameter(request, "clients", "2"));
      seconds = Double.parseDouble(parameter(request, "seconds", "60"));
      warmup = Double.parseDouble(parameter(request, "warmup", "15"));
      rounds = Integer.parseInt(parameter(request, "rounds", "4"));
    } catch (NumberFormatException e) {
      response.sendError(400, "clients, seconds, warmup and rounds must be numbers");
      return;
    }
    if (clients < 1
        || clients > 64
        || seconds <= 0
        || seconds > 3600
        || warmup < 1
        || warmup > 600
        || rounds < 1
        || rounds > 100) {
      response.sendError(400, "clients 1..64, seconds (0, 3600], warmup [1, 600], rounds 1..100");
      return;
    }
    BenchmarkRun.answer(response, "partner", () -> benchmark.run(clients, seconds, warmup, rounds));
  }
}

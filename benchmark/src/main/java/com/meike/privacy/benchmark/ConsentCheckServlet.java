package com.meike.privacy.benchmark;

import static com.meike.privacy.benchmark.BenchmarkRun.parameter;

import com.meike.privacy.benchmark.BenchmarkRun.Phases;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * {@code GET /benchmark/consent?clients=2&seconds=30&warmup=20&rounds=6&subjects=1000}: runs {@link
 * ConsentCheckThroughput} (the HTTP phase against this server's own listener, the port this request
 * came in on) and answers its figures as JSON (409 while another run is in progress). Only in the
 * benchmark EAR that benchmark/run.sh assembles; never part of the application.
 */
@WebServlet("/consent")
public class ConsentCheckServlet extends HttpServlet {

  @Inject ConsentCheckThroughput benchmark;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Phases phases;
    int subjects;
    try {
      phases = Phases.read(request, "30", "20", "6");
      subjects = Integer.parseInt(parameter(request, "subjects", "1000"));
    } catch (NumberFormatException e) {
      response.sendError(400, "clients, seconds, warmup, rounds and subjects must be numbers");
      return;
    }
    String refused = phases.refusedForAlternatingRounds();
    if (refused == null && (subjects < 1 || subjects > 100_000)) {
      refused = "subjects 1..100000";
    }
    if (refused != null) {
      response.sendError(400, refused);
      return;
    }
    URI api = URI.create("http://127.0.0.1:" + request.getLocalPort() + "/api");
    BenchmarkRun.answer(
        response,
        "consent-check",
        () ->
            benchmark.run(
                api,
                phases.clients(),
                phases.seconds(),
                phases.warmup(),
                phases.rounds(),
                subjects));
  }
}

package com.meike.privacy.benchmark;

import static com.meike.privacy.benchmark.BenchmarkRun.parameter;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /benchmark/campaign?people=100000&batch=500}: runs {@link CampaignThroughput} and
 * answers its figures as JSON (409 while another run is in progress). Only in the benchmark EAR.
 */
@WebServlet("/campaign")
public class CampaignThroughputServlet extends HttpServlet {

  @Inject CampaignThroughput benchmark;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int people;
    int batch;
    try {
      people = Integer.parseInt(parameter(request, "people", "100000"));
      batch = Integer.parseInt(parameter(request, "batch", "500"));
    } catch (NumberFormatException e) {
      response.sendError(400, "people and batch must be numbers");
      return;
    }
    if (people < 2 || people > 2_000_000 || batch < 1 || batch > 10_000) {
      response.sendError(400, "people 2..2000000, batch 1..10000");
      return;
    }
    BenchmarkRun.answer(response, "campaign", () -> benchmark.run(people, batch));
  }
}

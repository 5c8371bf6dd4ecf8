package com.meike.privacy.benchmark;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * The driver of {@code benchmark/disposal-crash-test.sh} (issue 16, the kill -9 test of a
 * shutdown's disposal). Only in the benchmark EAR.
 *
 * <ul>
 *   <li>{@code POST /benchmark/disposal-crash/start?people=3000}: seeds that many people with one
 *       ended order each in Shanghai (as {@link DisposalThroughput} does, committed), records a
 *       shutdown of the home-visit service in Shanghai whose notices are done, and starts {@code
 *       shutdown-data-disposal} for it before its disposal batch — the server's own job executor
 *       then disposes of a batch per job, as after the shutdown date's timer. Answers {@code
 *       {"shutdown": id}}.
 *   <li>{@code GET /benchmark/disposal-crash/state?shutdown=…}: from the database what the test
 *       checks — Shanghai's orders still naming someone and anonymised, the archive vault's
 *       records, people with a vault record and the fewest and most records a person has (a person
 *       half-disposed or disposed twice shows there), the shutdown's state and count of people
 *       disposed, and whether the process waits at the privacy officer's sign-off.
 * </ul>
 */
@WebServlet("/disposal-crash/*")
public class DisposalCrashServlet extends HttpServlet {

  @Inject DisposalThroughput seeding;

  @Resource(lookup = RawEngine.DATASOURCE)
  DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/start".equals(request.getPathInfo())) {
      response.sendError(404);
      return;
    }
    int people;
    try {
      people = Integer.parseInt(request.getParameter("people"));
    } catch (NumberFormatException e) {
      response.sendError(400, "people must be a number");
      return;
    }
    if (people < 1 || people > 2_000_000) {
      response.sendError(400, "people 1..2000000");
      return;
    }
    try {
      String run = UUID.randomUUID().toString().substring(0, 8);
      seeding.seed("crash-" + run + "-", "Shanghai", people, 1, Instant.now().minusSeconds(86_400));
      String shutdown = seeding.notifiedShutdown("home-visit.shanghai");
      engine()
          .getRuntimeService()
          .createProcessInstanceByKey("shutdown-data-disposal")
          .businessKey(shutdown)
          .setVariable("shutdownId", shutdown)
          .startBeforeActivity("Activity_DisposalBatch")
          .execute();
      write(response, Json.createObjectBuilder().add("shutdown", shutdown));
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String shutdown = request.getParameter("shutdown");
    if (!"/state".equals(request.getPathInfo()) || shutdown == null) {
      response.sendError(404);
      return;
    }
    JsonObjectBuilder out = Json.createObjectBuilder();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      out.add(
          "ordersNamed",
          count(
              s,
              "select count(*) from service_order where service_area = 'shanghai'"
                  + " and customer_id <> 'anonymised'"));
      out.add(
          "ordersAnonymised",
          count(
              s,
              "select count(*) from service_order where service_area = 'shanghai'"
                  + " and customer_id = 'anonymised'"));
      out.add("vaultRecords", count(s, "select count(*) from rights_vault_record"));
      out.add(
          "vaultPeople", count(s, "select count(distinct subject_hash) from rights_vault_record"));
      try (ResultSet r =
          s.executeQuery(
              "select coalesce(min(n), 0), coalesce(max(n), 0) from (select count(*) n"
                  + " from rights_vault_record group by subject_hash) per_person")) {
        r.next();
        out.add("vaultRecordsPerPersonMin", r.getLong(1))
            .add("vaultRecordsPerPersonMax", r.getLong(2));
      }
      try (ResultSet r =
          s.executeQuery(
              "select state, people_disposed from rights_shutdown where id = '"
                  + shutdown.replace("'", "")
                  + "'")) {
        if (r.next()) {
          out.add("state", r.getString(1)).add("peopleDisposed", r.getLong(2));
        } else {
          out.add("state", "NONE").add("peopleDisposed", 0);
        }
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
    long signOff =
        engine()
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(shutdown)
            .taskDefinitionKey("UserTask_SignOff")
            .count();
    long failedJobs =
        engine()
            .getManagementService()
            .createJobQuery()
            .processInstanceId(
                engine()
                    .getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(shutdown)
                    .list()
                    .stream()
                    .findFirst()
                    .map(p -> p.getId())
                    .orElse("none"))
            .withException()
            .count();
    out.add("atSignOff", signOff > 0).add("jobsWithException", failedJobs);
    write(response, out);
  }

  private static ProcessEngine engine() {
    ProcessEngine engine = BpmPlatform.getProcessEngineService().getProcessEngine("default");
    if (engine == null) {
      throw new IllegalStateException("the application's process engine is not running");
    }
    return engine;
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void write(HttpServletResponse response, JsonObjectBuilder json)
      throws IOException {
    response.setContentType("application/json");
    response.getWriter().write(json.build().toString());
  }
}

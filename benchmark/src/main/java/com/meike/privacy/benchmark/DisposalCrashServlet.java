package com.meike.privacy.benchmark;

import static com.meike.privacy.benchmark.CampaignCrashServlet.count;
import static com.meike.privacy.benchmark.CampaignCrashServlet.write;

import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import com.meike.privacy.rights.application.ShutdownRequest;
import com.meike.privacy.rights.application.Shutdowns;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The driver of {@code benchmark/disposal-crash-test.sh} (issue 16, the kill -9 test of a
 * shutdown's disposal). Only in the benchmark EAR. It walks {@code shutdown-data-disposal} the way
 * people do ({@code ShutdownIT}): the request through the rights context (which starts the process
 * at its start event), the privacy officer's approval and sign-off as that person in the engine,
 * the shutdown date's timer moved to now as {@code ShutdownIT} moves it.
 *
 * <ul>
 *   <li>{@code POST /benchmark/disposal-crash/start?people=20000}: seeds that many people with one
 *       ended order each in Shanghai (as {@link DisposalThroughput} does, committed), has the head
 *       of operations ask to shut down the home-visit service in Shanghai 90 days ahead and the
 *       privacy officer approve it. The notices then go out through the server's own jobs. Answers
 *       {@code {"shutdown": id}}.
 *   <li>{@code POST /benchmark/disposal-crash/date?shutdown=…}: once the process waits for the
 *       shutdown date, moves that timer to now (the server's job executor then disposes of a batch
 *       per job); answers {@code {"moved": true}}, or false while the notices still go out.
 *   <li>{@code POST /benchmark/disposal-crash/sign-off?shutdown=…}: the privacy officer signs off
 *       the verification ({@code {"signedOff": false}} while there is no such task).
 *   <li>{@code GET /benchmark/disposal-crash/state?shutdown=…}: from the database what the test
 *       checks — Shanghai's orders still naming someone and anonymised; the archive vault's
 *       records, the people with one and the fewest and most records a person has (a person
 *       half-disposed or disposed twice shows there); the shutdown's state, people disposed and
 *       left after the verification; the order context's anonymised count on the shutdown; the
 *       people the shutdown's {@code shutdown.disposal-batch} audit entries name in all; the
 *       activities the process waits at, whether it ended, and its jobs that failed.
 * </ul>
 */
@WebServlet("/disposal-crash/*")
public class DisposalCrashServlet extends HttpServlet {

  static final String SERVICE = "home-visit.shanghai";
  static final String PROCESS = "shutdown-data-disposal";
  static final String OFFICER = "privacy.officer";

  @Inject DisposalThroughput seeding;
  @EJB Shutdowns shutdowns;

  @Resource(lookup = RawEngine.DATASOURCE)
  DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String shutdown = request.getParameter("shutdown");
    switch (String.valueOf(request.getPathInfo())) {
      case "/start" -> start(request, response);
      case "/date" -> write(response, Json.createObjectBuilder().add("moved", moveDate(shutdown)));
      case "/sign-off" ->
          write(response, Json.createObjectBuilder().add("signedOff", signOff(shutdown)));
      default -> response.sendError(404);
    }
  }

  private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
    } catch (SQLException e) {
      throw new IOException(e);
    }
    String shutdown =
        shutdowns
            .request(
                new ShutdownRequest(
                    SERVICE,
                    LocalDate.now(WorkingDayCalendar.CHINA).plusDays(90).toString(),
                    "停运处置的崩溃测试 The disposal's kill -9 test"),
                "ops.head",
                Set.of(StaffGroups.OPERATIONS, StaffGroups.DEPARTMENT_HEAD))
            .id();
    Task approve = task(shutdown, "UserTask_Approve");
    if (approve == null) {
      throw new IllegalStateException("the shutdown's process did not reach its approval");
    }
    asOfficer(
        () -> {
          engine()
              .getTaskService()
              .complete(
                  approve.getId(),
                  Map.of("decision", "APPROVE", "decisionComment", "同意停运 Approved"));
          return null;
        });
    write(response, Json.createObjectBuilder().add("shutdown", shutdown));
  }

  /** As {@code ShutdownIT.disposeOnTheDate}: the date's timer, once there, due a minute ago. */
  private boolean moveDate(String shutdown) {
    ProcessInstance instance = instance(shutdown);
    if (instance == null) {
      return false;
    }
    List<Job> timers =
        engine()
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId("Event_ShutdownDate")
            .list();
    for (Job timer : timers) {
      engine()
          .getManagementService()
          .setJobDuedate(timer.getId(), Date.from(Instant.now().minusSeconds(60)));
    }
    return !timers.isEmpty();
  }

  private boolean signOff(String shutdown) {
    Task signOff = task(shutdown, "UserTask_SignOff");
    if (signOff == null) {
      return false;
    }
    return asOfficer(
        () -> {
          engine()
              .getTaskService()
              .complete(signOff.getId(), Map.of("signOffComment", "已核对各存储计数 Checked every store"));
          return true;
        });
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
    try (Connection c = dataSource.getConnection()) {
      out.add(
          "ordersNamed",
          count(
              c,
              "select count(*) from service_order where service_area = 'shanghai'"
                  + " and customer_id <> 'anonymised'",
              null));
      out.add(
          "ordersAnonymised",
          count(
              c,
              "select count(*) from service_order where service_area = 'shanghai'"
                  + " and customer_id = 'anonymised'",
              null));
      out.add("vaultRecords", count(c, "select count(*) from rights_vault_record", null));
      out.add(
          "vaultPeople",
          count(c, "select count(distinct subject_hash) from rights_vault_record", null));
      try (PreparedStatement s =
              c.prepareStatement(
                  "select coalesce(min(n), 0), coalesce(max(n), 0) from (select count(*) n"
                      + " from rights_vault_record group by subject_hash) per_person");
          ResultSet r = s.executeQuery()) {
        r.next();
        out.add("vaultRecordsPerPersonMin", r.getLong(1))
            .add("vaultRecordsPerPersonMax", r.getLong(2));
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "select state, people_disposed, people_after from rights_shutdown where id = ?")) {
        s.setString(1, shutdown);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            out.add("state", r.getString(1)).add("peopleDisposed", r.getLong(2));
            long after = r.getLong(3);
            out.add("peopleAfter", r.wasNull() ? -1 : after);
          } else {
            out.add("state", "NONE").add("peopleDisposed", 0).add("peopleAfter", -1);
          }
        }
      }
      out.add(
          "orderCountAnonymised",
          count(
              c,
              "select coalesce(sum(anonymised_rows), 0) from rights_shutdown_count"
                  + " where shutdown_id = ? and context_name = 'order'",
              shutdown));
      // each batch's entry begins with its count of people ("2000 people …")
      long audited = 0;
      long batches = 0;
      try (PreparedStatement s =
          c.prepareStatement(
              "select detail from audit_entry where action = 'shutdown.disposal-batch'"
                  + " and subject_id = ?")) {
        s.setString(1, shutdown);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            audited += Long.parseLong(r.getString(1).split(" ", 2)[0]);
            batches++;
          }
        }
      }
      out.add("auditedPeople", audited).add("auditedBatches", batches);
    } catch (SQLException e) {
      throw new IOException(e);
    }
    ProcessInstance instance = instance(shutdown);
    JsonArrayBuilder at = Json.createArrayBuilder();
    long failedJobs = 0;
    if (instance != null) {
      engine().getRuntimeService().getActiveActivityIds(instance.getId()).forEach(at::add);
      failedJobs =
          engine()
              .getManagementService()
              .createJobQuery()
              .processInstanceId(instance.getId())
              .withException()
              .count();
    }
    long ended =
        engine()
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(PROCESS)
            .processInstanceBusinessKey(shutdown)
            .finished()
            .count();
    out.add("waitingAt", at)
        .add("processEnded", instance == null && ended == 1)
        .add("jobsWithException", failedJobs);
    write(response, out);
  }

  private static ProcessInstance instance(String shutdown) {
    return engine()
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(shutdown)
        .singleResult();
  }

  private static Task task(String shutdown, String key) {
    return engine()
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(shutdown)
        .taskDefinitionKey(key)
        .singleResult();
  }

  /** The privacy officer's own work on a task: the engine's task doors check them as a person. */
  private static <T> T asOfficer(Supplier<T> work) {
    engine().getIdentityService().setAuthentication(OFFICER, List.of(StaffGroups.PRIVACY_OFFICER));
    try {
      return work.get();
    } finally {
      engine().getIdentityService().clearAuthentication();
    }
  }

  private static ProcessEngine engine() {
    ProcessEngine engine = BpmPlatform.getProcessEngineService().getProcessEngine("default");
    if (engine == null) {
      throw new IllegalStateException("the application's process engine is not running");
    }
    return engine;
  }
}

package com.meike.privacy.bpmn.shutdown;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.bpmn.engine.ProcessTestEngine;
import com.meike.privacy.identity.application.StaffDirectory;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.rights.application.DisposalReport;
import com.meike.privacy.rights.application.ServiceView;
import com.meike.privacy.rights.application.ShutdownView;
import com.meike.privacy.rights.application.Shutdowns;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code shutdown-data-disposal} (SHUT-1) on an in-memory engine with the rights
 * context's service mocked: rejection, approval refused for a date too early, notices in batches,
 * the timer on the shutdown date, disposal in batches, a failed verification going back to
 * disposal, the sign-off.
 */
@Deployment(
    resources = {
      "processes/shutdown-data-disposal.bpmn",
      "forms/shutdown-approve.form",
      "forms/shutdown-sign-off.form",
      "forms/shutdown-request.form"
    })
@Tag("SHUT-1")
class ShutdownDataDisposalProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  ProcessEngine engine;

  static final String KEY = "shutdown-data-disposal";
  static final String ID = "5d0c2a8e-0000-4000-8000-000000000016";
  static final Instant NOW = Instant.parse("2026-09-28T02:00:00Z");
  static final LocalDate DATE = LocalDate.of(2026, 11, 13);
  static final ServiceView SERVICE =
      new ServiceView(
          "recording.shanghai",
          "上海上门服务录音 Visit recording in Shanghai",
          "CITY_SERVICE",
          "城市服务 City service",
          "Shanghai",
          Set.of("service.recording"),
          Set.of(),
          false);

  Shutdowns service;
  StaffDirectory directory;
  String state;

  static ProcessEngine inMemoryEngine() {
    return ProcessTestEngine.build("shutdown-data-disposal-test");
  }

  @AfterAll
  static void closeEngine() {
    EXTENSION.getProcessEngine().close();
  }

  ShutdownView view() {
    return new ShutdownView(
        ID,
        SERVICE,
        DATE,
        DATE,
        "上海停止服务录音",
        "privacy.officer",
        NOW,
        state,
        state,
        null,
        null,
        null,
        "REQUESTED".equals(state) ? null : NOW,
        3,
        null,
        3L,
        3,
        0,
        null,
        null,
        null,
        null);
  }

  @BeforeEach
  void mockedService() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(NOW));
    service = mock(Shutdowns.class);
    directory = mock(StaffDirectory.class);
    when(directory.member("privacy.officer"))
        .thenReturn(
            Optional.of(
                new StaffDirectory.StaffMemberView(
                    "privacy.officer", "周敏", "privacy", "隐私办公室 Privacy office")));
    Mocks.register("shutdownProcess", new ShutdownProcess(service, directory));
    state = "REQUESTED";
    when(service.shutdown(eq(ID), anyString())).thenAnswer(call -> view());
    when(service.decide(eq(ID), anyBoolean(), anyString(), anyString()))
        .thenAnswer(
            call -> {
              state = (boolean) call.getArgument(1) ? "COLLECTION_STOPPED" : "REJECTED";
              return view();
            });
    when(service.announce(ID))
        .thenAnswer(
            call -> {
              state = "NOTIFIED";
              return view();
            });
    when(service.disposeAgain(ID))
        .thenAnswer(
            call -> {
              state = "DISPOSING";
              return view();
            });
    when(service.signOff(eq(ID), anyString(), anyString()))
        .thenAnswer(
            call -> {
              state = "VERIFIED";
              return view();
            });
  }

  @AfterEach
  void reset() {
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService()
        .clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
    BpmnAwareTests.reset();
  }

  ProcessInstance start() {
    return EngineDoors.asApplication(
        () -> runtimeService().startProcessInstanceByKey(KEY, ID, withVariables("shutdownId", ID)));
  }

  void complete(ProcessInstance process, String user, Map<String, Object> variables) {
    String id = task(process).getId();
    taskService().claim(id, user);
    taskService().complete(id, variables);
  }

  static DisposalReport report(long after) {
    return new DisposalReport(
        ID,
        SERVICE.code(),
        3,
        after,
        List.of(new DisposalReport.ContextCount("consent", 0, 3 - after, "consent ledger kept")),
        List.of(
            new DisposalReport.StoreCount("recording", "recording sessions in the city", after, 0)),
        after == 0);
  }

  /**
   * Approve, the notice campaign followed until finished (two waits), announcement: waiting for the
   * shutdown date.
   */
  ProcessInstance approvedAndNotified() {
    when(service.noticeBatch(ID, ShutdownProcess.BATCH)).thenReturn(200, 1, 0);
    ProcessInstance process = start();
    assertThat(process).isWaitingAt("UserTask_Approve");
    assertThat(task(process)).hasCandidateGroup("privacy-officer");
    // the approver reads who asked by name and department, not by login
    assertThat(process).variables().containsEntry("requestedByName", "周敏 (隐私办公室 Privacy office)");
    complete(
        process, "privacy.officer", Map.of("decision", "APPROVE", "decisionComment", "城市停止录音服务"));
    verify(service).decide(ID, true, "城市停止录音服务", "privacy.officer");
    for (int look = 0; look < 3; look++) {
      if (look > 0) {
        // the notice campaign still has people pending: the process waits, then looks again
        assertThat(process).isWaitingAt("Event_NoticeWait");
        execute(job("Event_NoticeWait", process));
      }
      assertThat(process).isWaitingAt("Activity_NoticeBatch");
      execute(job(process));
    }
    verify(service, times(3)).noticeBatch(ID, ShutdownProcess.BATCH);
    verify(service).announce(ID);
    return process;
  }

  @Test
  @DisplayName(
      "SHUT-1: the head of operations asks for a shutdown from Tasklist's start form — the service chosen from the registry, the date — checked by the rights context as POST /api/shutdowns is")
  void a_shutdown_is_requested_from_the_start_form() {
    when(service.requestFromProcess(any(), anyString(), any())).thenAnswer(call -> view());
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService()
        .setAuthentication("ops.head", List.of("operations", "department-head"));
    ProcessInstance process =
        runtimeService()
            .startProcessInstanceByKey(
                KEY,
                withVariables(
                    "service",
                    "recording.shanghai",
                    "shutdownDate",
                    "2026-11-13",
                    "reason",
                    "上海停止服务录音",
                    "requestedBy",
                    "ops.head"));
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService()
        .clearAuthentication();

    verify(service)
        .requestFromProcess(
            new com.meike.privacy.rights.application.ShutdownRequest(
                "recording.shanghai", "2026-11-13", "上海停止服务录音"),
            "ops.head",
            Set.of("operations", "department-head"));
    verify(service, never()).request(any(), anyString(), any());
    assertThat(process).hasBusinessKey(ID).isWaitingAt("UserTask_Approve");
    org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(process.getId()))
        .containsEntry("shutdownId", ID)
        .containsEntry("serviceName", SERVICE.name())
        .doesNotContainKey("service");
  }

  @Test
  @DisplayName(
      "SHUT-1: a date too early on the start form reads as one sentence naming the field, never an engine error, and nothing is started")
  void a_too_early_date_on_the_start_form_is_one_sentence() {
    when(service.requestFromProcess(any(), anyString(), any()))
        .thenThrow(
            com.meike.privacy.kernel.problem.DomainException.invalid(
                "shutdownDate",
                "must be at least 30 working days after the notice: 2026-11-13 or later"));
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService()
        .setAuthentication("privacy.officer", List.of("privacy-officer"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                runtimeService()
                    .startProcessInstanceByKey(
                        KEY,
                        withVariables(
                            "service",
                            "recording.shanghai",
                            "shutdownDate",
                            "2026-10-01",
                            "reason",
                            "r",
                            "requestedBy",
                            "privacy.officer")))
        .isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
        .hasMessageContaining("停运日期")
        .hasMessageContaining("the shutdown date")
        .hasMessageContaining("2026-11-13")
        .hasMessageNotContaining("ENGINE-");
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService()
        .clearAuthentication();
    org.assertj.core.api.Assertions.assertThat(
            runtimeService().createProcessInstanceQuery().count())
        .isZero();
  }

  @Test
  @DisplayName("SHUT-1: the start form's choice of services is the registry's")
  void the_start_forms_services_are_the_registrys() throws Exception {
    org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    com.meike.privacy.kernel.persistence.SchemaMigration.migrate(
        ds, "rights", getClass().getClassLoader());
    Set<String> registry = new java.util.TreeSet<>();
    try (java.sql.Connection c = ds.getConnection();
        java.sql.ResultSet rows =
            c.createStatement().executeQuery("select code from rights_service")) {
      while (rows.next()) {
        registry.add(rows.getString(1));
      }
    }
    String form =
        new String(
            getClass()
                .getClassLoader()
                .getResourceAsStream("forms/shutdown-request.form")
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    Set<String> offered = new java.util.TreeSet<>();
    java.util.regex.Matcher values =
        java.util.regex.Pattern.compile("\"value\": \"([a-z.-]+)\"").matcher(form);
    while (values.find()) {
      offered.add(values.group(1));
    }
    org.assertj.core.api.Assertions.assertThat(offered).isEqualTo(registry);
  }

  @Test
  @DisplayName("SHUT-1: a rejected shutdown stops nothing, tells nobody, disposes of nothing")
  void rejected() {
    ProcessInstance process = start();
    complete(process, "privacy.officer", Map.of("decision", "REJECT", "decisionComment", "服务继续运营"));
    assertThat(process).isEnded().hasPassed("EndEvent_Rejected");
    verify(service, never()).noticeBatch(anyString(), anyInt());
    verify(service, never()).disposalBatch(anyString(), anyInt());
  }

  @Test
  @DisplayName(
      "SHUT-1: an approval for a date now too early is refused and the task stays with the privacy officer")
  void tooEarlyRefused() {
    ProcessInstance process = start();
    when(service.decide(eq(ID), eq(true), anyString(), anyString()))
        .thenThrow(
            DomainException.invalid(
                "shutdownDate",
                "the shutdown date must be at least 30 working days after the notice"));
    Assertions.assertThatThrownBy(
            () ->
                complete(
                    process,
                    "privacy.officer",
                    Map.of("decision", "APPROVE", "decisionComment", "同意")))
        .hasRootCauseInstanceOf(DomainException.class);
    assertThat(process).isWaitingAt("UserTask_Approve");
    verify(service, never()).noticeBatch(anyString(), anyInt());
  }

  @Test
  @DisplayName(
      "SHUT-1: notices in batches, then the announcement; the timer fires at the start of the shutdown date (China), disposal runs a batch per job, the verified report is signed off")
  void wholePath() {
    ProcessInstance process = approvedAndNotified();
    assertThat(process).isWaitingAt("Event_ShutdownDate");
    Assertions.assertThat(job("Event_ShutdownDate", process).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-11-12T16:00:00Z")));
    verify(service, never()).disposalBatch(anyString(), anyInt());
    when(service.disposalBatch(ID, ShutdownProcess.DISPOSAL_BATCH)).thenReturn(200, 3, 0);
    when(service.verify(eq(ID), anyMap())).thenReturn(report(0));
    execute(job("Event_ShutdownDate", process));
    for (int batch = 0; batch < 3; batch++) {
      assertThat(process).isWaitingAt("Activity_DisposalBatch");
      execute(job(process));
    }
    assertThat(process).isWaitingAt("Activity_Verify");
    execute(job(process));
    assertThat(process).isWaitingAt("UserTask_SignOff");
    assertThat(task(process)).hasCandidateGroup("privacy-officer");
    assertThat(process).variables().containsEntry("clean", true).containsKey("report");
    complete(process, "privacy.officer", Map.of("signOffComment", "已核对各上下文计数"));
    verify(service).signOff(ID, "privacy.officer", "已核对各上下文计数");
    assertThat(process).isEnded().hasPassed("EndEvent_Done");
  }

  @Test
  @DisplayName(
      "SHUT-1: a failing verification sends the process back to disposal, never to done; it passes the second time")
  void verificationFailsThenPasses() {
    ProcessInstance process = approvedAndNotified();
    when(service.disposalBatch(ID, ShutdownProcess.DISPOSAL_BATCH)).thenReturn(3, 0, 1, 0);
    when(service.verify(eq(ID), anyMap())).thenReturn(report(1), report(0));
    execute(job("Event_ShutdownDate", process));
    execute(job(process));
    execute(job(process));
    execute(job(process)); // verify: one person still linked
    assertThat(process).hasPassed("Activity_DisposeAgain");
    verify(service).disposeAgain(ID);
    assertThat(process).isWaitingAt("Activity_DisposalBatch");
    execute(job(process));
    execute(job(process));
    execute(job(process)); // verify again: clean
    assertThat(process).isWaitingAt("UserTask_SignOff");
    verify(service, times(2)).verify(eq(ID), anyMap());
  }

  @Test
  @DisplayName(
      "SHUT-1: the verification counts the engine's own tables — a variable other than the shutdown's facts (runtime and history) is reported as left")
  @SuppressWarnings("unchecked")
  void engineTablesCounted() {
    ProcessInstance process = approvedAndNotified();
    when(service.disposalBatch(ID, ShutdownProcess.DISPOSAL_BATCH)).thenReturn(0);
    when(service.verify(eq(ID), anyMap())).thenReturn(report(0));
    runtimeService().setVariable(process.getId(), "customerPhone", "13800000000");
    execute(job("Event_ShutdownDate", process));
    execute(job(process));
    org.mockito.ArgumentCaptor<Map<String, Long>> engineCounts =
        org.mockito.ArgumentCaptor.forClass(Map.class);
    execute(job(process));
    verify(service).verify(eq(ID), engineCounts.capture());
    Assertions.assertThat(engineCounts.getValue().values()).containsExactly(2L);

    runtimeService().removeVariable(process.getId(), "customerPhone");
    Assertions.assertThat(ShutdownProcess.OWN_VARIABLES)
        .contains("shutdownId", "report", "decision", "signOffComment");
  }

  @Test
  @DisplayName("SHUT-1: with only the shutdown's facts in the engine, nothing is counted there")
  @SuppressWarnings("unchecked")
  void engineTablesClean() {
    ProcessInstance process = approvedAndNotified();
    when(service.disposalBatch(ID, ShutdownProcess.DISPOSAL_BATCH)).thenReturn(0);
    when(service.verify(eq(ID), anyMap())).thenReturn(report(0));
    execute(job("Event_ShutdownDate", process));
    execute(job(process));
    org.mockito.ArgumentCaptor<Map<String, Long>> engineCounts =
        org.mockito.ArgumentCaptor.forClass(Map.class);
    execute(job(process));
    verify(service).verify(eq(ID), engineCounts.capture());
    Assertions.assertThat(engineCounts.getValue().values()).containsExactly(0L);
  }
}

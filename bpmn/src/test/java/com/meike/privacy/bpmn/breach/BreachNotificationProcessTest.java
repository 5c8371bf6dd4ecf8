package com.meike.privacy.bpmn.breach;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.bpmn.engine.MockedFormFacts;
import com.meike.privacy.bpmn.engine.PersonalDataPlugin;
import com.meike.privacy.bpmn.engine.ProcessTestEngine;
import com.meike.privacy.incidents.application.BreachIncidents;
import com.meike.privacy.incidents.application.IncidentAssessment;
import com.meike.privacy.incidents.application.IncidentGradeRaised;
import com.meike.privacy.incidents.application.IncidentRegistration;
import com.meike.privacy.incidents.application.IncidentView;
import com.meike.privacy.incidents.application.RegulatorReportView;
import com.meike.privacy.incidents.application.ReportSubmission;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.notification.application.CampaignStart;
import com.meike.privacy.notification.application.CampaignView;
import com.meike.privacy.notification.application.NoticeCampaignFinished;
import com.meike.privacy.notification.application.NoticeCampaigns;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code breach-notification} (INC-1, INC-4) on an in-memory engine, with the
 * incidents context's service mocked: a general incident (no regulator report), a major one
 * reported in time, a missed report (reminder, escalation, recorded miss, late report), a grade
 * raised at the assessment, the public announcement, and the notice clock.
 */
@Deployment(
    resources = {
      "processes/breach-notification.bpmn",
      "forms/breach-assess-scope.form",
      "forms/breach-contain.form",
      "forms/breach-regulator-report.form",
      "forms/breach-decide-notices.form",
      "forms/breach-announcement.form",
      "forms/breach-close.form",
      "forms/breach-register.form",
      "forms/breach-escalation.form"
    })
class BreachNotificationProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  ProcessEngine engine;

  static final String ID = "5d0c7a52-0f6e-4b7e-9d55-2b1d3c4e5f60";
  static final Instant DISCOVERED = Instant.parse("2026-12-06T01:00:00Z");
  static final Instant REPORT_DUE = DISCOVERED.plus(Duration.ofHours(4));

  static final String CAMPAIGN = "0b6a3c1e-9f1d-4c55-8e2a-7d5b8c9e0f11";

  BreachIncidents service;
  NoticeCampaigns campaigns;
  AuditTrail auditTrail;
  BreachProcessStarter starter;

  static ProcessEngine inMemoryEngine() {
    return ProcessTestEngine.build(
        "breach-notification-test",
        configuration -> {
          configuration
              .getProcessEnginePlugins()
              .add(
                  new PersonalDataPlugin(
                      List.of(
                          new MockedFormFacts(
                              "breachProcess", process(mock(BreachIncidents.class))))));
        });
  }

  static BreachProcess process(BreachIncidents service) {
    return process(service, mock(NoticeCampaigns.class));
  }

  static BreachProcess process(BreachIncidents service, NoticeCampaigns campaigns) {
    return process(service, campaigns, mock(AuditTrail.class));
  }

  static BreachProcess process(
      BreachIncidents service, NoticeCampaigns campaigns, AuditTrail auditTrail) {
    return new BreachProcess(
        service, campaigns, auditTrail, Duration.ofHours(1), Duration.ofMinutes(30));
  }

  @AfterAll
  static void closeEngine() {
    EXTENSION.getProcessEngine().close();
  }

  @BeforeEach
  void registerMockedService() {
    BpmnAwareTests.init(engine);
    service = mock(BreachIncidents.class);
    campaigns = mock(NoticeCampaigns.class);
    when(campaigns.start(any(), anyString())).thenReturn(campaign("RUNNING", 1000, 0, 0));
    when(campaigns.progress(CAMPAIGN)).thenReturn(campaign("FINISHED", 1000, 990, 10, 980, 6));
    auditTrail = mock(AuditTrail.class);
    Mocks.register("breachProcess", process(service, campaigns, auditTrail));
    starter = new BreachProcessStarter();
    starter.runtime = runtimeService();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identityService().clearAuthentication();
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
    BpmnAwareTests.reset();
  }

  static IncidentView view(String grade, boolean reportRequired, Boolean notify, Boolean announce) {
    return new IncidentView(
        ID,
        DISCOVERED,
        "订单库备份被下载 order backup downloaded",
        List.of("order-db"),
        List.of("location.precise"),
        2_000_000,
        true,
        grade,
        grade,
        "REGISTERED",
        "sec.head",
        DISCOVERED,
        reportRequired,
        reportRequired ? REPORT_DUE : null,
        null,
        null,
        false,
        DISCOVERED.plus(Duration.ofHours(24)),
        false,
        null,
        notify,
        announce,
        new IncidentView.NoticeTextView("f", "i", "m", "a", "r"),
        "privacy.officer",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of());
  }

  static IncidentView withCampaign(IncidentView i) {
    return new IncidentView(
        i.id(),
        i.discoveredAt(),
        i.description(),
        i.systems(),
        i.categories(),
        i.estimatedPeople(),
        i.childrenAffected(),
        i.grade(),
        i.gradeLabel(),
        "NOTIFYING",
        i.registeredBy(),
        i.registeredAt(),
        i.reportRequired(),
        i.reportDueAt(),
        i.reportSubmittedAt(),
        i.reportReference(),
        i.reportMissed(),
        i.noticeDueAt(),
        i.noticeMissed(),
        i.measures(),
        i.notifyPeople(),
        i.announce(),
        i.noticeText(),
        i.noticeApprovedBy(),
        CAMPAIGN,
        DISCOVERED,
        null,
        null,
        null,
        null,
        null,
        List.of());
  }

  static CampaignView campaign(String state, long selected, long sent, long unreached) {
    return campaign(state, selected, sent, unreached, 0, 0);
  }

  static CampaignView campaign(
      String state, long selected, long sent, long unreached, long delivered, long failed) {
    return new CampaignView(
        CAMPAIGN,
        "BREACH",
        ID,
        "breach-notice",
        state,
        "FINISHED".equals(state) ? "已完成 Finished" : "发送中 Sending",
        selected,
        sent,
        unreached,
        selected - sent - unreached,
        delivered,
        failed,
        "privacy.officer",
        DISCOVERED,
        "system",
        DISCOVERED,
        null);
  }

  /**
   * The campaign's last batch: the notification context raises the event, the starter observes it.
   */
  void campaignFinished(String purpose, String reference) {
    starter.onCampaignFinished(new NoticeCampaignFinished(CAMPAIGN, purpose, reference, 990, 10));
  }

  ProcessInstance started() {
    return EngineDoors.asApplication(
        () ->
            runtimeService()
                .startProcessInstanceByKey("breach-notification", Map.of("incidentId", ID)));
  }

  void assessAndContain(ProcessInstance process) {
    assertThat(process).isWaitingAt("UserTask_AssessScope");
    assertThat(process).task().hasCandidateGroup("security-team");
    complete(
        task(process),
        Map.of(
            "categories",
            "location.precise",
            "estimatedPeople",
            2_000_000L,
            "childrenAffected",
            true,
            "grade",
            "GENERAL"));
    assertThat(process).isWaitingAt("UserTask_Contain");
    complete(task(process), Map.of("measure", "撤销备份访问密钥 revoked the backup's key"));
  }

  void decide(ProcessInstance process, boolean announce) {
    assertThat(process).isWaitingAt("UserTask_DecideNotices");
    assertThat(process).task().hasCandidateGroup("privacy-officer");
    when(service.decideNotices(eq(ID), any(), anyString()))
        .thenReturn(view("GENERAL", false, true, announce));
    Map<String, Object> input =
        new HashMap<>(
            Map.of(
                "notifyPeople",
                true,
                "announce",
                announce,
                "noticeFacts",
                "f",
                "noticeImpact",
                "i",
                "noticeMeasures",
                "m",
                "noticeAdvice",
                "a",
                "noticeRemedies",
                "r"));
    complete(task(process), input);
    assertThat(process).isWaitingAt("Event_CampaignFinished");
    campaignFinished("BREACH", ID);
  }

  void close(ProcessInstance process) {
    assertThat(process).isWaitingAt("UserTask_Close");
    complete(task(process), Map.of("handling", "handled", "lessons", "learned"));
    assertThat(process).isEnded().hasPassed("EndEvent_Closed");
    verify(service).close(eq(ID), eq("handled"), eq("learned"), anyString(), anyString());
  }

  @Test
  @DisplayName(
      "INC-1: a general incident is assessed, contained, decided and closed without a regulator report")
  void a_general_incident_is_not_reported() {
    when(service.incident(ID)).thenReturn(view("GENERAL", false, null, null));
    when(service.assess(eq(ID), any(IncidentAssessment.class), anyString()))
        .thenReturn(view("GENERAL", false, null, null));
    ProcessInstance process = started();
    assertThat(process).hasBusinessKey(ID);
    assessAndContain(process);
    decide(process, false);
    close(process);
    assertThat(process).hasNotPassed("UserTask_ReportToRegulator", "UserTask_Announcement");
    verify(service, never()).submitReport(anyString(), any(), anyString());
    verify(service).contain(eq(ID), eq("撤销备份访问密钥 revoked the backup's key"), anyString());
    Assertions.assertThat(runtimeService().createVariableInstanceQuery().list()).isEmpty();
  }

  @Test
  @DisplayName(
      "INC-4: a major incident is reported in time, the task due 4 hours after discovery; announcement path")
  void a_major_incident_is_reported_in_time_and_announced() {
    when(service.incident(ID)).thenReturn(view("MAJOR", true, null, null));
    when(service.assess(eq(ID), any(IncidentAssessment.class), anyString()))
        .thenReturn(view("MAJOR", true, null, null));
    ProcessInstance process = started();
    assessAndContain(process);
    assertThat(process).isWaitingAt("UserTask_ReportToRegulator");
    assertThat(process)
        .task()
        .hasCandidateGroup("privacy-officer")
        .hasDueDate(Date.from(REPORT_DUE));
    when(service.initialReport(ID, ""))
        .thenReturn(
            new RegulatorReportView(
                "r", ID, "INITIAL", "网络安全事件报告 report", DISCOVERED, null, null, null));
    identityService().setAuthentication("privacy.officer", List.of("privacy-officer"));
    Map<String, Object> form = formService().getTaskFormVariables(task(process).getId());
    identityService().clearAuthentication();
    Assertions.assertThat(form).containsKeys("incidentFacts", "reportDraft");
    Assertions.assertThat(form.get("incidentFacts").toString())
        .as("children affected: the form points to the children's incident plan")
        .contains("children's incident plan: GET /api/incident-plan");
    Assertions.assertThat(form.get("noticeProgress").toString())
        .as("before the notices are decided")
        .contains("尚未开始 Notices to people have not started");
    Assertions.assertThat(form.get("reportDraft").toString()).contains("网络安全事件报告");
    complete(
        task(process),
        Map.of("submittedAt", "2026-12-06T11:30:00+08:00", "reference", "沪网信〔2026〕1号"));
    verify(service)
        .submitReport(
            eq(ID),
            eq(new ReportSubmission(null, Instant.parse("2026-12-06T03:30:00Z"), "沪网信〔2026〕1号")),
            anyString());
    decide(process, true);
    assertThat(process).isWaitingAt("UserTask_Announcement");
    complete(task(process), Map.of("announcement", "官网公告 announcement on the website"));
    verify(service).announce(eq(ID), eq("官网公告 announcement on the website"), anyString());
    close(process);
  }

  @Test
  @DisplayName(
      "INC-4: before the report deadline a reminder and an escalation; a missed report is recorded, then reported late")
  void a_missed_report_is_reminded_escalated_recorded_and_reported_late() {
    when(service.incident(ID)).thenReturn(view("RELATIVELY_MAJOR", true, null, null));
    when(service.assess(eq(ID), any(IncidentAssessment.class), anyString()))
        .thenReturn(view("RELATIVELY_MAJOR", true, null, null));
    ProcessInstance process = started();
    assessAndContain(process);
    fire("Timer_ReportRemind");
    fire("Timer_ReportEscalate");
    verify(service).clock(ID, "REPORT", "REMINDED");
    verify(service).clock(ID, "REPORT", "ESCALATED");
    assertThat(process).isWaitingAt("UserTask_ReportToRegulator", "UserTask_ReportEscalated");
    org.camunda.bpm.engine.task.Task escalation = taskAt(process, "UserTask_ReportEscalated");
    assertThat(escalation)
        .hasCandidateGroup("security-head")
        .hasCandidateGroup("privacy-officer")
        .hasDueDate(Date.from(REPORT_DUE));
    Map<String, Object> form = new java.util.HashMap<>();
    ProcessTestEngine.as(
        identityService(),
        "sec.head",
        () -> form.putAll(formService().getTaskFormVariables(escalation.getId())));
    Assertions.assertThat(form).containsKeys("incidentFacts", "history");
    fire("Timer_ReportMissed");
    verify(service).clock(ID, "REPORT", "MISSED");
    assertThat(process).isWaitingAt("UserTask_ReportLate", "UserTask_ReportEscalated");
    complete(
        taskAt(process, "UserTask_ReportLate"),
        Map.of("submittedAt", "2026-12-06T13:30:00+08:00", "reference", "ref-late"));
    verify(service).submitReport(eq(ID), any(ReportSubmission.class), anyString());
    Assertions.assertThat(taskAt(process, "UserTask_ReportEscalated"))
        .as("the escalation closes itself once the report is submitted")
        .isNull();
    assertThat(process).hasPassed("EndEvent_ReportEscalationSettled");
    verify(auditTrail, never()).record(any());
    assertThat(process).isWaitingAt("UserTask_DecideNotices");
  }

  @Test
  @DisplayName("INC-1, INC-4: a grade raised at the assessment starts the regulator report")
  void a_grade_raised_mid_way_starts_the_report() {
    when(service.incident(ID)).thenReturn(view("GENERAL", false, null, null));
    when(service.assess(eq(ID), any(IncidentAssessment.class), anyString()))
        .thenReturn(view("RELATIVELY_MAJOR", true, null, null));
    ProcessInstance process = started();
    assessAndContain(process);
    assertThat(process).isWaitingAt("UserTask_ReportToRegulator");
    assertThat(process).task().hasDueDate(Date.from(REPORT_DUE));
  }

  @Test
  @DisplayName(
      "INC-4: the notice clock reminds, escalates and records lateness without ending the decision")
  void the_notice_clock_reminds_escalates_and_records_lateness() {
    when(service.incident(ID)).thenReturn(view("GENERAL", false, null, null));
    when(service.assess(eq(ID), any(IncidentAssessment.class), anyString()))
        .thenReturn(view("GENERAL", false, null, null));
    ProcessInstance process = started();
    assessAndContain(process);
    fire("Timer_NoticeRemind");
    fire("Timer_NoticeEscalate");
    fire("Timer_NoticeMissed");
    verify(service).clock(ID, "NOTICES", "REMINDED");
    verify(service).clock(ID, "NOTICES", "ESCALATED");
    verify(service).clock(ID, "NOTICES", "MISSED");
    assertThat(process).isWaitingAt("UserTask_DecideNotices", "UserTask_NoticeEscalated");
    org.camunda.bpm.engine.task.Task escalation = taskAt(process, "UserTask_NoticeEscalated");
    assertThat(escalation).hasCandidateGroup("security-head").hasCandidateGroup("privacy-officer");
    ProcessTestEngine.as(
        identityService(), "sec.head", () -> taskService().complete(escalation.getId()));
    verify(auditTrail)
        .record(
            org.mockito.ArgumentMatchers.argThat(
                e ->
                    e.actor().equals("sec.head")
                        && e.action().equals("incident.notices-escalation-seen")
                        && e.subjectId().equals(ID)));
    assertThat(process).hasPassed("EndEvent_NoticeEscalated");
    assertThat(process).isWaitingAt("UserTask_DecideNotices");
    decide(process, false);
    close(process);
  }

  @Test
  @DisplayName(
      "INC-2: the approved text goes to everyone holding the incident's categories as a notice campaign; the process waits until it finished, then records who was told and who was not")
  void the_notices_go_out_as_a_campaign_and_the_process_waits_for_it() {
    when(service.incident(ID)).thenReturn(view("GENERAL", false, true, false));
    when(service.assess(eq(ID), any(IncidentAssessment.class), anyString()))
        .thenReturn(view("GENERAL", false, null, null));
    when(service.decideNotices(eq(ID), any(), anyString()))
        .thenReturn(view("GENERAL", false, true, false));
    ProcessInstance process = started();
    assessAndContain(process);
    complete(
        task(process),
        Map.of(
            "notifyPeople",
            true,
            "announce",
            false,
            "noticeFacts",
            "f",
            "noticeImpact",
            "i",
            "noticeMeasures",
            "m",
            "noticeAdvice",
            "a",
            "noticeRemedies",
            "r"));

    verify(campaigns)
        .start(
            new CampaignStart(
                "BREACH",
                ID,
                "breach-notice",
                Map.of(
                    "facts", "f", "impact", "i", "measures", "m", "advice", "a", "remedies", "r"),
                Set.of("location.precise"),
                DISCOVERED,
                List.of()),
            "privacy.officer");
    verify(service).noticesStarted(ID, CAMPAIGN, 1000);
    assertThat(process).isWaitingAt("Event_CampaignFinished");

    campaignFinished("SHUTDOWN", ID);
    campaignFinished("BREACH", "another-incident");
    assertThat(process).isWaitingAt("Event_CampaignFinished");
    verify(service, never()).noticesFinished(anyString(), anyString(), anyLong(), anyLong());

    campaignFinished("BREACH", ID);
    verify(service).noticesFinished(ID, CAMPAIGN, 990, 10);
    when(service.incident(ID)).thenReturn(withCampaign(view("GENERAL", false, true, false)));
    identityService().setAuthentication("privacy.officer", List.of("privacy-officer"));
    Map<String, Object> form = formService().getTaskFormVariables(task(process).getId());
    identityService().clearAuthentication();
    Assertions.assertThat(form.get("noticeProgress").toString())
        .contains("已完成")
        .contains("已发出 Sent: 990（已送达 delivered 980，发送失败 failed 6）")
        .contains("未能送达 Unreached: 10")
        .contains("/api/incidents/" + ID + "/notice-campaign/unreached");
    close(process);
    assertThat(process).hasPassed("Activity_StartNotices", "Activity_NoticesFinished");
  }

  @Test
  @DisplayName("INC-2: a campaign that selected nobody does not hold the process up")
  void a_campaign_to_nobody_does_not_wait() {
    when(service.incident(ID)).thenReturn(view("GENERAL", false, true, false));
    when(service.assess(eq(ID), any(IncidentAssessment.class), anyString()))
        .thenReturn(view("GENERAL", false, null, null));
    when(service.decideNotices(eq(ID), any(), anyString()))
        .thenReturn(view("GENERAL", false, true, false));
    when(campaigns.start(any(), anyString())).thenReturn(campaign("FINISHED", 0, 0, 0));
    when(campaigns.progress(CAMPAIGN)).thenReturn(campaign("FINISHED", 0, 0, 0));
    ProcessInstance process = started();
    assessAndContain(process);
    complete(task(process), Map.of("notifyPeople", true, "announce", false));
    assertThat(process).hasNotPassed("Event_CampaignFinished");
    verify(service).noticesFinished(ID, CAMPAIGN, 0, 0);
    close(process);
  }

  @Test
  @DisplayName("INC-1: without individual notices no campaign starts; the announcement follows")
  void no_individual_notices_no_campaign() {
    when(service.incident(ID)).thenReturn(view("GENERAL", false, false, true));
    when(service.assess(eq(ID), any(IncidentAssessment.class), anyString()))
        .thenReturn(view("GENERAL", false, null, null));
    when(service.decideNotices(eq(ID), any(), anyString()))
        .thenReturn(view("GENERAL", false, false, true));
    ProcessInstance process = started();
    assessAndContain(process);
    complete(task(process), Map.of("notifyPeople", false, "announce", true));
    assertThat(process).isWaitingAt("UserTask_Announcement");
    verify(campaigns, never()).start(any(), anyString());
  }

  /**
   * The grade raised through the API: the incidents service raised {@link IncidentGradeRaised}; the
   * starter observes it.
   */
  void gradeRaised(String grade) {
    starter.onGradeRaised(new IncidentGradeRaised(ID, grade, true));
  }

  /** The "grade raised later" subprocess starts asynchronously: its job runs. */
  private static void runRaisedGradeJob() {
    managementService()
        .executeJob(
            managementService()
                .createJobQuery()
                .activityId("Activity_ApplyRaisedGrade")
                .singleResult()
                .getId());
  }

  private static org.camunda.bpm.engine.task.Task taskAt(ProcessInstance process, String key) {
    return BpmnAwareTests.taskService()
        .createTaskQuery()
        .processInstanceId(process.getId())
        .taskDefinitionKey(key)
        .singleResult();
  }

  @Test
  @DisplayName(
      "INC-4: a grade raised through the API after the assessment starts the report to the regulator, due 4 hours after discovery, while the notices go on")
  void a_grade_raised_past_the_assessment_starts_the_report() {
    ClockUtil.setCurrentTime(Date.from(DISCOVERED.plus(Duration.ofHours(2))));
    when(service.incident(ID)).thenReturn(view("GENERAL", false, null, null));
    when(service.assess(eq(ID), any(IncidentAssessment.class), anyString()))
        .thenReturn(view("GENERAL", false, null, null));
    ProcessInstance process = started();
    assessAndContain(process);
    assertThat(process)
        .isWaitingAt("UserTask_DecideNotices")
        .hasPassed("Gateway_ReportRequired")
        .hasNotPassed("UserTask_ReportToRegulator");

    when(service.incident(ID)).thenReturn(view("RELATIVELY_MAJOR", true, null, null));
    gradeRaised("RELATIVELY_MAJOR");
    runRaisedGradeJob();
    assertThat(process).isWaitingAt("UserTask_DecideNotices", "UserTask_RaisedReport");
    Assertions.assertThat(taskAt(process, "UserTask_RaisedReport").getDueDate())
        .isEqualTo(Date.from(REPORT_DUE));
    Assertions.assertThat(taskAt(process, "UserTask_RaisedReport").getName())
        .contains("Report to regulator");
    verify(service, never()).clock(anyString(), eq("REPORT"), eq("MISSED"));

    when(service.initialReport(ID, ""))
        .thenReturn(
            new RegulatorReportView(
                "r", ID, "INITIAL", "网络安全事件报告 report", DISCOVERED, null, null, null));
    identityService().setAuthentication("privacy.officer", List.of("privacy-officer"));
    Map<String, Object> form =
        formService().getTaskFormVariables(taskAt(process, "UserTask_RaisedReport").getId());
    identityService().clearAuthentication();
    Assertions.assertThat(form.get("reportDraft").toString()).contains("网络安全事件报告");

    BpmnAwareTests.taskService()
        .complete(
            taskAt(process, "UserTask_RaisedReport").getId(),
            Map.of("submittedAt", "2026-12-06T11:30:00+08:00", "reference", "沪网信〔2026〕2号"));
    verify(service)
        .submitReport(
            eq(ID),
            eq(new ReportSubmission(null, Instant.parse("2026-12-06T03:30:00Z"), "沪网信〔2026〕2号")),
            anyString());
    assertThat(process).hasPassed("EndEvent_RaisedReported");

    when(service.incident(ID)).thenReturn(view("MAJOR", true, null, null));
    gradeRaised("MAJOR");
    runRaisedGradeJob();
    assertThat(process).hasPassed("EndEvent_NoReportChange");
    Assertions.assertThat(
            BpmnAwareTests.taskService()
                .createTaskQuery()
                .processInstanceId(process.getId())
                .taskDefinitionKey("UserTask_RaisedReport")
                .count())
        .isZero();
    decide(process, false);
    close(process);
  }

  @Test
  @DisplayName(
      "INC-4: a grade raised after the report deadline has passed records the report as missed at once and asks for it late")
  void a_grade_raised_after_the_deadline_records_the_miss() {
    ClockUtil.setCurrentTime(Date.from(REPORT_DUE.plus(Duration.ofHours(3))));
    when(service.incident(ID)).thenReturn(view("GENERAL", false, null, null));
    when(service.assess(eq(ID), any(IncidentAssessment.class), anyString()))
        .thenReturn(view("GENERAL", false, null, null));
    ProcessInstance process = started();
    assessAndContain(process);

    when(service.incident(ID)).thenReturn(view("MAJOR", true, null, null));
    gradeRaised("MAJOR");
    runRaisedGradeJob();
    verify(service).clock(ID, "REPORT", "MISSED");
    assertThat(process)
        .isWaitingAt("UserTask_DecideNotices", "UserTask_RaisedReportLate")
        .hasNotPassed("UserTask_RaisedReport");
    BpmnAwareTests.taskService()
        .complete(
            taskAt(process, "UserTask_RaisedReportLate").getId(),
            Map.of("submittedAt", "2026-12-06T15:30:00+08:00", "reference", "ref-late"));
    assertThat(process).hasPassed("EndEvent_RaisedReportedLate");
  }

  @Test
  @DisplayName(
      "INC-4: the report raised later reminds, escalates and records the miss like the main one")
  void the_raised_report_clock_reminds_escalates_and_records_the_miss() {
    ClockUtil.setCurrentTime(Date.from(DISCOVERED.plus(Duration.ofHours(1))));
    when(service.incident(ID)).thenReturn(view("GENERAL", false, null, null));
    when(service.assess(eq(ID), any(IncidentAssessment.class), anyString()))
        .thenReturn(view("GENERAL", false, null, null));
    ProcessInstance process = started();
    assessAndContain(process);
    when(service.incident(ID)).thenReturn(view("RELATIVELY_MAJOR", true, null, null));
    gradeRaised("RELATIVELY_MAJOR");
    runRaisedGradeJob();
    fire("Timer_RaisedRemind");
    fire("Timer_RaisedEscalate");
    verify(service).clock(ID, "REPORT", "REMINDED");
    verify(service).clock(ID, "REPORT", "ESCALATED");
    assertThat(taskAt(process, "UserTask_RaisedEscalated"))
        .hasCandidateGroup("security-head")
        .hasCandidateGroup("privacy-officer");
    fire("Timer_RaisedMissed");
    verify(service).clock(ID, "REPORT", "MISSED");
    assertThat(process)
        .isWaitingAt(
            "UserTask_DecideNotices", "UserTask_RaisedReportLate", "UserTask_RaisedEscalated");
    complete(
        taskAt(process, "UserTask_RaisedReportLate"),
        Map.of("submittedAt", "2026-12-06T15:30:00+08:00", "reference", "ref-late"));
    Assertions.assertThat(taskAt(process, "UserTask_RaisedEscalated"))
        .as("closed once the late report is submitted")
        .isNull();
  }

  @Test
  @DisplayName("INC-4: a grade raised in the notice task starts the report to the regulator")
  void a_grade_raised_in_the_notice_task_starts_the_report() {
    ClockUtil.setCurrentTime(Date.from(DISCOVERED.plus(Duration.ofHours(2))));
    when(service.incident(ID)).thenReturn(view("GENERAL", false, false, false));
    when(service.assess(eq(ID), any(IncidentAssessment.class), anyString()))
        .thenReturn(view("GENERAL", false, null, null));
    when(service.decideNotices(eq(ID), any(), anyString()))
        .thenReturn(view("RELATIVELY_MAJOR", true, false, false));
    when(service.raiseGrade(eq(ID), eq("RELATIVELY_MAJOR"), anyString()))
        .thenAnswer(
            call -> {
              when(service.incident(ID)).thenReturn(view("RELATIVELY_MAJOR", true, false, false));
              gradeRaised(
                  "RELATIVELY_MAJOR"); // what the incidents service's event does, inside the task's
              // completion
              return view("RELATIVELY_MAJOR", true, false, false);
            });
    ProcessInstance process = started();
    assessAndContain(process);
    complete(
        task(process),
        Map.of("notifyPeople", false, "announce", false, "raiseGrade", "RELATIVELY_MAJOR"));
    verify(service).raiseGrade(eq(ID), eq("RELATIVELY_MAJOR"), anyString());
    runRaisedGradeJob();
    assertThat(process).isWaitingAt("UserTask_Close", "UserTask_RaisedReport");
    Assertions.assertThat(runtimeService().getVariable(process.getId(), "raiseGrade")).isNull();
  }

  @Test
  @DisplayName(
      "INC-4: a grade raised in the containment task takes the main report path at once, never a second report")
  void a_grade_raised_in_containment_takes_the_main_path() {
    ClockUtil.setCurrentTime(Date.from(DISCOVERED.plus(Duration.ofHours(2))));
    when(service.incident(ID)).thenReturn(view("GENERAL", false, null, null));
    when(service.assess(eq(ID), any(IncidentAssessment.class), anyString()))
        .thenReturn(view("GENERAL", false, null, null));
    when(service.contain(eq(ID), anyString(), anyString()))
        .thenReturn(view("RELATIVELY_MAJOR", true, null, null));
    when(service.raiseGrade(eq(ID), eq("RELATIVELY_MAJOR"), anyString()))
        .thenAnswer(
            call -> {
              when(service.incident(ID)).thenReturn(view("RELATIVELY_MAJOR", true, null, null));
              gradeRaised("RELATIVELY_MAJOR");
              return view("RELATIVELY_MAJOR", true, null, null);
            });
    ProcessInstance process = started();
    complete(
        task(process),
        Map.of(
            "categories",
            "location.precise",
            "estimatedPeople",
            2_000_000L,
            "childrenAffected",
            true,
            "grade",
            "GENERAL"));
    complete(
        task(process), Map.of("measure", "撤销密钥 revoked the key", "raiseGrade", "RELATIVELY_MAJOR"));
    assertThat(process).isWaitingAt("UserTask_ReportToRegulator");
    runRaisedGradeJob();
    assertThat(process)
        .hasPassed("EndEvent_NoReportChange")
        .isWaitingAt("UserTask_ReportToRegulator");
    Assertions.assertThat(
            BpmnAwareTests.taskService()
                .createTaskQuery()
                .processInstanceId(process.getId())
                .count())
        .isOne();
  }

  static Map<String, Object> startForm(Object people) {
    Map<String, Object> form = new HashMap<>();
    form.put("discoveredAt", "2026-12-06T09:00");
    form.put("description", "订单库备份被未授权下载 backup downloaded");
    form.put("systems", "order-db, backup-store");
    form.put("categories", "location.precise, account.phone");
    form.put("estimatedPeople", people);
    form.put("childrenAffected", true);
    form.put("grade", "GENERAL");
    return form;
  }

  @Test
  @DisplayName(
      "INC-1: the security team registers an incident from Tasklist's start form — checked by the incidents service as POST /api/incidents is, only its id rests in the engine")
  void an_incident_is_registered_from_the_start_form() {
    when(service.registerFromProcess(any(), anyString()))
        .thenReturn(view("RELATIVELY_MAJOR", true, null, null));
    when(service.incident(ID)).thenReturn(view("RELATIVELY_MAJOR", true, null, null));
    identityService().setAuthentication("sec.head", List.of("security-head", "security-team"));
    Map<String, Object> form = startForm(2_000_000L);
    form.put("registeredBy", "sec.head"); // what EngineDoors sets from the authentication
    ProcessInstance process =
        runtimeService().startProcessInstanceByKey("breach-notification", form);
    identityService().clearAuthentication();

    verify(service)
        .registerFromProcess(
            new IncidentRegistration(
                Instant.parse("2026-12-06T01:00:00Z"),
                "订单库备份被未授权下载 backup downloaded",
                List.of("order-db", "backup-store"),
                new java.util.LinkedHashSet<>(List.of("location.precise", "account.phone")),
                2_000_000L,
                true,
                "GENERAL"),
            "sec.head");
    verify(service, never()).register(any(), anyString());
    assertThat(process).hasBusinessKey(ID).isWaitingAt("UserTask_AssessScope");
    Map<String, Object> variables = runtimeService().getVariables(process.getId());
    Assertions.assertThat(variables)
        .containsEntry("incidentId", ID)
        .containsEntry("grade", "RELATIVELY_MAJOR")
        .doesNotContainKeys(
            "description", "systems", "categories", "estimatedPeople", "discoveredAt");
    Assertions.assertThat(
            BpmnAwareTests.historyService()
                .createHistoricVariableInstanceQuery()
                .processInstanceIdIn(process.getId())
                .variableName("description")
                .count())
        .isZero();
  }

  @Test
  @DisplayName(
      "INC-1: bad input on the start form reads as one sentence naming the field, and nothing is started")
  void bad_input_on_the_start_form_is_one_sentence() {
    when(service.registerFromProcess(any(), anyString()))
        .thenThrow(
            DomainException.invalid("categories", "not in the purpose catalogue: [nonsense]"));
    identityService().setAuthentication("sec.head", List.of("security-head", "security-team"));
    Map<String, Object> form = startForm(12L);
    form.put("registeredBy", "sec.head");
    Assertions.assertThatThrownBy(
            () -> runtimeService().startProcessInstanceByKey("breach-notification", form))
        .isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
        .hasMessageContaining("categories")
        .hasMessageContaining("nonsense")
        .hasMessageNotContaining("ENGINE-")
        .hasMessageNotContaining("Exception");
    form.put("estimatedPeople", "很多");
    Assertions.assertThatThrownBy(
            () -> runtimeService().startProcessInstanceByKey("breach-notification", form))
        .hasMessageContaining("涉及人数")
        .hasMessageContaining("the number of people")
        .hasMessageNotContaining("estimatedPeople")
        .hasMessageNotContaining("ENGINE-");
    identityService().clearAuthentication();
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  @DisplayName(
      "INC-1 (issue 17): only the security team and the privacy office register an incident from the start form; others read why in Chinese and English")
  void only_the_security_team_registers_from_the_start_form() {
    identityService().setAuthentication("cs.agent", List.of("customer-service"));
    Map<String, Object> form = startForm(12L);
    form.put("registeredBy", "cs.agent");
    Assertions.assertThatThrownBy(
            () -> runtimeService().startProcessInstanceByKey("breach-notification", form))
        // the server's grants (EngineSetup.STARTERS) refuse before the start form is read
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class)
        // issue 17: the person reads one sentence naming the process, not the engine's grant text
        .hasMessageContaining("您无权发起「Breach notification 个人信息安全事件处置」流程")
        .hasMessageContaining("You may not start Breach notification")
        .hasMessageNotContaining("CREATE_INSTANCE")
        .hasMessageNotContaining("ProcessDefinition")
        .hasMessageNotContaining("cs.agent");
    // also when Tasklist starts it by its definition id (the start form's submit)
    identityService().clearAuthentication();
    String definitionId =
        repositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey("breach-notification")
            .latestVersion()
            .singleResult()
            .getId();
    identityService().setAuthentication("cs.agent", List.of("customer-service"));
    Assertions.assertThatThrownBy(() -> formService().submitStartForm(definitionId, form))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class)
        .hasMessageContaining("您无权发起「Breach notification 个人信息安全事件处置」流程")
        .hasMessageNotContaining("CREATE_INSTANCE");
    identityService().clearAuthentication();
    verify(service, never()).registerFromProcess(any(), anyString());
  }

  private static void fire(String timer) {
    managementService()
        .executeJob(managementService().createJobQuery().activityId(timer).singleResult().getId());
  }
}

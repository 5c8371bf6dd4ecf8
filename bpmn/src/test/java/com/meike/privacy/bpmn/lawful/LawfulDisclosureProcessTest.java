package com.meike.privacy.bpmn.lawful;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.bpmn.engine.ProcessTestEngine;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.lawful.application.LawfulDisclosures;
import com.meike.privacy.lawful.application.LawfulDisclosures.DisclosureView;
import com.meike.privacy.lawful.application.LawfulDisclosures.DocumentSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
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
 * Every path of {@code lawful-disclosure} (DISC-1, DISC-1a, DISC-2) on an in-memory engine, with
 * the lawful context's service mocked: approval, refusal by legal, a foreign request refused
 * without review, a foreign request with its PRC approval reviewed, and a reviewer outside legal.
 */
@Deployment(
    resources = {
      "processes/lawful-disclosure.bpmn",
      "forms/lawful-disclosure-review.form",
      "forms/lawful-disclosure-consent-review.form"
    })
class LawfulDisclosureProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  /** Injected by the extension. */
  ProcessEngine engine;

  static final String PROCESS_KEY = "lawful-disclosure";
  static final String REQUEST_ID = "0b8f2d4e-6a1c-4e3b-9f7d-2c5a8e1b3d6f";
  static final String LEGAL = "legal.counsel";
  static final Instant REGISTERED_AT = Instant.parse("2026-11-29T02:00:00.123Z");

  static final String SCREEN = "Activity_ScreenRequest";
  static final String REFUSED_WITHOUT_REVIEW = "EndEvent_RefusedWithoutReview";
  static final String LEGAL_REVIEW = "UserTask_LegalReview";
  static final String REFUSED_BY_LEGAL = "EndEvent_RefusedByLegal";
  static final String BUILD_PACKAGE = "Activity_BuildEncryptedPackage";
  static final String PACKAGE_READY = "EndEvent_PackageReady";

  LawfulDisclosures service;

  static ProcessEngine inMemoryEngine() {
    return ProcessTestEngine.withMockedFacts(
        "lawful-disclosure-test",
        "lawfulDisclosureProcess",
        new LawfulDisclosureProcess(mock(LawfulDisclosures.class)));
  }

  @AfterAll
  static void closeEngine() {
    EXTENSION.getProcessEngine().close();
  }

  @BeforeEach
  void registerMockedService() {
    BpmnAwareTests.init(engine);
    service = mock(LawfulDisclosures.class);
    Mocks.register("lawfulDisclosureProcess", new LawfulDisclosureProcess(service));
  }

  @AfterEach
  void reset() {
    identityService().clearAuthentication();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void a_domestic_request_waits_for_legal_with_the_facts_of_its_document() {
    when(service.screen(REQUEST_ID))
        .thenReturn(view("PUBLIC_SECURITY", "AWAITING_REVIEW", false, null));

    ProcessInstance process = started();

    assertThat(process)
        .hasBusinessKey(REQUEST_ID)
        .hasPassed(SCREEN)
        .isWaitingAtExactly(LEGAL_REVIEW);
    assertThat(process).task().hasCandidateGroup("legal").isNotAssigned();
    assertThat(process)
        .variables()
        .containsEntry("requestState", "AWAITING_REVIEW")
        .doesNotContainKeys(
            "subject", "authorityName", "documentNumber", "scope", "decisionReason");
    // legal's form reads the request from the lawful context as it opens (audited there)
    when(service.request(REQUEST_ID, LEGAL))
        .thenReturn(view("PUBLIC_SECURITY", "AWAITING_REVIEW", false, null));
    Assertions.assertThat(formVariables(LEGAL, process))
        .containsEntry("authorityLabel", "公安机关 (public security)")
        .containsEntry("documentNumber", "沪公(徐)调字[2026]0815号")
        .containsEntry("scope", "account.network-identity, location.precise")
        .containsEntry("subject", "u-7f3a")
        .containsEntry("foreignApprovalState", "Not needed: a PRC authority")
        .containsEntry("registeredAt", "2026年11月29日 10:00 (北京时间 China time)");
    // an engine administrator reads none of it
    Assertions.assertThat(formVariables("admin", process))
        .doesNotContainKeys("subject", "documentNumber");
    // staff outside legal are refused the task's form altogether (403), as on the server
    assertThatThrownBy(() -> formVariables("privacy.officer", process))
        .isInstanceOf(AuthorizationException.class);
    verify(service, never()).request(eq(REQUEST_ID), eq("admin"));
  }

  private Map<String, Object> formVariables(String user, ProcessInstance process) {
    String taskId = task(process).getId();
    ProcessTestEngine.signIn(identityService(), user);
    try {
      return formService().getTaskFormVariables(taskId);
    } finally {
      identityService().clearAuthentication();
    }
  }

  @Test
  void legal_approves_and_the_encrypted_package_is_built() {
    when(service.screen(REQUEST_ID)).thenReturn(view("COURT", "AWAITING_REVIEW", false, null));
    when(service.decide(REQUEST_ID, true, "Ruling checked with the court", LEGAL))
        .thenReturn(view("COURT", "APPROVED", false, "Ruling checked with the court"));
    when(service.buildPackage(REQUEST_ID))
        .thenReturn(view("COURT", "PACKAGED", false, "Ruling checked with the court"));
    ProcessInstance process = started();

    String taskId = task(process).getId();
    ProcessTestEngine.as(
        identityService(),
        LEGAL,
        () ->
            taskService()
                .complete(
                    taskId,
                    Map.of("legalApproved", true, "legalReason", "Ruling checked with the court")));

    verify(service).decide(REQUEST_ID, true, "Ruling checked with the court", LEGAL);
    verify(service).buildPackage(REQUEST_ID);
    Assertions.assertThat(
            historyService()
                .createHistoricVariableInstanceQuery()
                .variableName("legalReason")
                .count())
        .isZero();
    assertThat(process).hasPassed(LEGAL_REVIEW, BUILD_PACKAGE).isEnded().hasPassed(PACKAGE_READY);
  }

  @Test
  void legal_refuses_and_nothing_is_packaged() {
    when(service.screen(REQUEST_ID)).thenReturn(view("REGULATOR", "AWAITING_REVIEW", false, null));
    when(service.decide(REQUEST_ID, false, "The letter does not cover location", LEGAL))
        .thenReturn(view("REGULATOR", "REFUSED", false, "The letter does not cover location"));
    ProcessInstance process = started();

    String taskId = task(process).getId();
    ProcessTestEngine.as(
        identityService(),
        LEGAL,
        () ->
            taskService()
                .complete(
                    taskId,
                    Map.of(
                        "legalApproved",
                        false,
                        "legalReason",
                        "The letter does not cover location")));

    verify(service, never()).buildPackage(anyString());
    assertThat(process).isEnded().hasPassed(REFUSED_BY_LEGAL).hasNotPassed(BUILD_PACKAGE);
  }

  @Test
  void a_foreign_request_without_prc_approval_is_refused_without_review() {
    when(service.screen(REQUEST_ID))
        .thenReturn(view("FOREIGN_AUTHORITY", "REFUSED", false, "DISC-1a: no PRC approval"));

    ProcessInstance process = started();

    assertThat(process)
        .isEnded()
        .hasPassed(SCREEN, REFUSED_WITHOUT_REVIEW)
        .hasNotPassed(LEGAL_REVIEW);
    Assertions.assertThat(
            historyService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(process.getId())
                .variableName("requestState")
                .singleResult()
                .getValue())
        .isEqualTo("REFUSED");
    Assertions.assertThat(
            LawfulDisclosureProcess.foreignApprovalState(
                view("FOREIGN_AUTHORITY", "REFUSED", false, "DISC-1a: no PRC approval")))
        .isEqualTo("Missing: refused without review (DISC-1a)");
    verify(service, never()).decide(anyString(), anyBoolean(), anyString(), anyString());
  }

  @Test
  void a_foreign_request_with_prc_approval_is_reviewed_by_legal() {
    when(service.screen(REQUEST_ID))
        .thenReturn(view("FOREIGN_AUTHORITY", "AWAITING_REVIEW", true, null));

    ProcessInstance process = started();

    assertThat(process).isWaitingAtExactly(LEGAL_REVIEW);
    when(service.request(REQUEST_ID, LEGAL))
        .thenReturn(view("FOREIGN_AUTHORITY", "AWAITING_REVIEW", true, null));
    Assertions.assertThat(formVariables(LEGAL, process))
        .containsEntry("foreignApprovalState", "Recorded: 司法部国际司法协助批复[2026]12号 of 2026-11-25");
  }

  @Test
  void someone_outside_legal_cannot_decide_and_the_task_stays_open() {
    when(service.screen(REQUEST_ID)).thenReturn(view("COURT", "AWAITING_REVIEW", false, null));
    ProcessInstance process = started();
    String taskId = task(process).getId();

    // the server's task permission: the task is legal's, so another person is refused (403)
    assertThatThrownBy(
            () ->
                ProcessTestEngine.as(
                    identityService(),
                    "ops.agent",
                    () ->
                        taskService()
                            .complete(
                                taskId,
                                Map.of("legalApproved", true, "legalReason", "looks fine"))))
        .isInstanceOf(AuthorizationException.class);

    verify(service, never()).decide(anyString(), anyBoolean(), anyString(), anyString());
    assertThat(process).isWaitingAtExactly(LEGAL_REVIEW);
  }

  @Test
  void a_decision_without_approve_or_refuse_is_rejected() {
    when(service.screen(REQUEST_ID)).thenReturn(view("COURT", "AWAITING_REVIEW", false, null));
    ProcessInstance process = started();
    String taskId = task(process).getId();

    // the person reads a sentence about the form (400), not the domain's exception
    assertThatThrownBy(
            () ->
                ProcessTestEngine.as(
                    identityService(),
                    LEGAL,
                    () -> taskService().complete(taskId, Map.of("legalReason", "no decision"))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Check");

    assertThat(process).isWaitingAtExactly(LEGAL_REVIEW);
  }

  static final String CONSENT_REVIEW = "UserTask_LegalChecksConsent";

  private static DisclosureView onConsent(String authority, String state, String reason) {
    DisclosureView v = view(authority, state, false, reason);
    return new DisclosureView(
        v.id(),
        v.subject(),
        v.authorityKind(),
        v.authorityName(),
        "CONSENT_LETTER",
        v.documentNumber(),
        v.issuingBody(),
        v.documentDate(),
        List.of("service.recording"),
        "MK2026112900000001",
        false,
        false,
        false,
        null,
        null,
        v.state(),
        v.decisionReason(),
        v.decidedBy(),
        v.decidedAt(),
        v.registeredBy(),
        v.registeredAt(),
        v.document(),
        v.packagedAt(),
        v.packageSha256(),
        null,
        null,
        "SEPARATE_CONSENT",
        "service.recording.sharing#77",
        true);
  }

  @Test
  @DisplayName(
      "REC-9: a request on the person's separate consent goes to legal's consent check, whose form shows the consent; approved, the package is built")
  void the_consent_branch_is_checked_by_legal_and_packaged() {
    when(service.screen(REQUEST_ID))
        .thenReturn(onConsent("CONSENTED_RECIPIENT", "AWAITING_REVIEW", null));
    ProcessInstance process = started();

    assertThat(process).hasPassed(SCREEN).isWaitingAtExactly(CONSENT_REVIEW);
    assertThat(process).task().hasCandidateGroup("legal");
    assertThat(process).variables().containsEntry("disclosureGround", "SEPARATE_CONSENT");
    when(service.request(REQUEST_ID, LEGAL))
        .thenReturn(onConsent("CONSENTED_RECIPIENT", "AWAITING_REVIEW", null));
    Assertions.assertThat(formVariables(LEGAL, process))
        .containsEntry("groundLabel", "本人单独同意 The person's separate consent (REC-9, DISC-2)")
        .hasEntrySatisfying(
            "consentState",
            c -> Assertions.assertThat((String) c).contains("service.recording.sharing#77"))
        .hasEntrySatisfying(
            "recordingsAs", r -> Assertions.assertThat((String) r).contains("audio itself"));

    when(service.decide(REQUEST_ID, true, "Consent letter matches the ledger", LEGAL))
        .thenReturn(
            onConsent("CONSENTED_RECIPIENT", "APPROVED", "Consent letter matches the ledger"));
    when(service.buildPackage(REQUEST_ID))
        .thenReturn(onConsent("CONSENTED_RECIPIENT", "PACKAGED", "ok"));
    String taskId = task(process).getId();
    ProcessTestEngine.as(
        identityService(),
        LEGAL,
        () ->
            taskService()
                .complete(
                    taskId,
                    Map.of(
                        "legalApproved",
                        true,
                        "legalReason",
                        "Consent letter matches the ledger")));

    assertThat(process)
        .hasPassed(CONSENT_REVIEW, BUILD_PACKAGE)
        .hasNotPassed(LEGAL_REVIEW)
        .isEnded()
        .hasPassed(PACKAGE_READY);
  }

  @Test
  @DisplayName(
      "DISC-2, REC-9: a consent withdrawn after legal's approval ends the request refused, without a package")
  void a_consent_withdrawn_before_the_package_ends_refused() {
    when(service.screen(REQUEST_ID))
        .thenReturn(onConsent("CONSENTED_RECIPIENT", "AWAITING_REVIEW", null));
    when(service.decide(REQUEST_ID, true, "Consent verified", LEGAL))
        .thenReturn(onConsent("CONSENTED_RECIPIENT", "APPROVED", "Consent verified"));
    when(service.buildPackage(REQUEST_ID))
        .thenReturn(onConsent("CONSENTED_RECIPIENT", "REFUSED", "withdrawn"));
    ProcessInstance process = started();

    String taskId = task(process).getId();
    ProcessTestEngine.as(
        identityService(),
        LEGAL,
        () ->
            taskService()
                .complete(
                    taskId, Map.of("legalApproved", true, "legalReason", "Consent verified")));

    assertThat(process)
        .isEnded()
        .hasPassed(BUILD_PACKAGE, "EndEvent_RefusedConsentWithdrawn")
        .hasNotPassed(PACKAGE_READY);
  }

  @Test
  @DisplayName(
      "DISC-1: the member of legal who registered the request cannot claim its review; the task stays unclaimed")
  void the_registrar_cannot_claim_the_review() {
    when(service.screen(REQUEST_ID)).thenReturn(view("COURT", "AWAITING_REVIEW", false, null));
    org.mockito.Mockito.doThrow(DomainException.forbidden("registered it"))
        .when(service)
        .requireMayDecide(REQUEST_ID, LEGAL);
    ProcessInstance process = started();
    String taskId = task(process).getId();

    // the registrar, signed in, is refused with a sentence (403), not the domain's exception
    assertThatThrownBy(
            () ->
                ProcessTestEngine.as(
                    identityService(), LEGAL, () -> taskService().claim(taskId, LEGAL)))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("You may not do this: registered it");
    assertThat(process).task().isNotAssigned();
    ProcessTestEngine.as(
        identityService(), "legal.associate", () -> taskService().claim(taskId, "legal.associate"));
    assertThat(process).task().isAssignedTo("legal.associate");
  }

  private ProcessInstance started() {
    return EngineDoors.asApplication(
        () ->
            runtimeService()
                .startProcessInstanceByKey(
                    PROCESS_KEY, REQUEST_ID, Map.of("requestId", REQUEST_ID)));
  }

  private static DisclosureView view(
      String authority, String state, boolean approval, String reason) {
    boolean foreign = "FOREIGN_AUTHORITY".equals(authority);
    return new DisclosureView(
        REQUEST_ID,
        "u-7f3a",
        authority,
        "Xuhui branch",
        "INVESTIGATION_LETTER",
        "沪公(徐)调字[2026]0815号",
        "上海市公安局徐汇分局",
        LocalDate.parse("2026-11-20"),
        List.of("account.network-identity", "location.precise"),
        null,
        false,
        false,
        foreign && approval,
        foreign && approval ? "司法部国际司法协助批复[2026]12号" : null,
        foreign && approval ? LocalDate.parse("2026-11-25") : null,
        state,
        reason,
        reason == null ? null : (reason.startsWith("DISC") ? "system" : LEGAL),
        null,
        "privacy.officer",
        REGISTERED_AT,
        new DocumentSummary("letter.pdf", "application/pdf", 1024, "ab".repeat(32)),
        null,
        null,
        null,
        null);
  }
}

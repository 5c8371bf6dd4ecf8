package com.meike.privacy.benchmark;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The raw engine's stand-in for {@code recordingAccessProcess}: the same method signatures the
 * BPMN's expressions call, doing nothing but set the variables the process itself reads (assignees,
 * timer durations, the gateways' status) — no service, no JPA, no audit trail.
 */
public class NoOpRecordingAccessProcess {

  /** Service task "Register application". */
  public void register(DelegateExecution execution) {
    String applicationId = (String) execution.getVariable("applicationId");
    if (applicationId == null) {
      applicationId = UUID.randomUUID().toString();
      execution.setVariable("applicationId", applicationId);
    }
    execution.setVariable("firstApprover", "ops.head");
    execution.setVariable("secondApprover", "sec.head");
    execution.setVariable("reminderAfter", "PT24H");
    execution.setVariable("lapseAfter", "PT72H");
    execution.setVariable("applicationStatus", "AWAITING_DEPARTMENT_HEAD");
    // what the real delegate sets for Tasklist (issue 17) and the tasks' due dates read
    execution.setVariable("orderNumber", "MK-BENCH");
    execution.setVariable("use", "COMPLAINT_HANDLING");
    execution.setVariable("applicantName", "ops.agent");
    execution.setVariable(
        "decisionDue", java.time.Instant.now().plus(java.time.Duration.ofHours(72)).toString());
  }

  /** The label of a use in the tasks' descriptions: the code itself. */
  public String useLabelOf(String use) {
    return use;
  }

  /** Complete listener of the urgent-access review; never reached (no urgent access here). */
  public void reviewUrgentAccess(DelegateTask task) {}

  /** Complete listener of both decision tasks. */
  public void decide(DelegateTask task, String step) {
    boolean departmentHead = "DEPARTMENT_HEAD".equals(step);
    Object approved =
        task.getVariable(departmentHead ? "departmentHeadApproved" : "securityHeadApproved");
    String status;
    if (!Boolean.TRUE.equals(approved)) {
      status = "REJECTED";
    } else {
      status = departmentHead ? "AWAITING_SECURITY_HEAD" : "APPROVED";
    }
    task.setVariable("applicationStatus", status);
  }

  /** Timer paths; never reached within a benchmark run (the timers are due after hours). */
  public void remind(DelegateExecution execution, String step) {}

  public void lapse(DelegateExecution execution) {
    execution.setVariable("applicationStatus", "LAPSED");
  }

  /** Service task "Issue time-limited grant". */
  public void grant(DelegateExecution execution) {
    execution.setVariable("grantId", UUID.randomUUID().toString());
    execution.setVariable("reviewAfterwards", false);
  }
}

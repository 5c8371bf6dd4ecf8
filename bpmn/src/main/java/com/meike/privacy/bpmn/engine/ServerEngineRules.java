package com.meike.privacy.bpmn.engine;

import com.meike.privacy.kernel.audit.AuditEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Who may do what on the engine, defined once: the server's bootstrap applies these rules, and so
 * does every process test's in-memory engine, so permission paths are tested without a container.
 */
public final class ServerEngineRules {

  /** Users and groups of the external contract contain '.' and '-'. */
  public static final String RESOURCE_ID_PATTERN = "[a-zA-Z0-9._-]+";

  private ServerEngineRules() {}

  /**
   * Applies the rules; {@code audit} receives the comments people add to tasks ({@link
   * TaskComments}).
   */
  public static void apply(ProcessEngineConfigurationImpl config, Consumer<AuditEvent> audit) {
    config.setAuthorizationEnabled(true);
    // Grants only: no REVOKE can be saved, so commands skip Camunda's query for one (issue 11).
    List<SessionFactory> sessions = new ArrayList<>();
    if (config.getCustomSessionFactories() != null) {
      sessions.addAll(config.getCustomSessionFactories());
    }
    sessions.add(new GrantOnlyAuthorizations());
    config.setCustomSessionFactories(sessions);
    config.setGeneralResourceWhitelistPattern(RESOURCE_ID_PATTERN);
    // Candidates and assignees may claim, complete and read a task, not reassign it to anyone.
    config.setDefaultUserPermissionNameForTask("TASK_WORK");
    // ... granted without first reading whether a task created in this command has any (issue 11).
    config.setResourceAuthorizationProvider(new NewTaskAuthorizations());
    config.setJavaSerializationFormatEnabled(false);
    // Who may start which process with which variables, and who may work on a claimed task.
    config.getProcessEnginePlugins().add(new EngineDoors());
    // Tasklist's History tab and comments (issue 17): whoever a task is for (assignee, candidate
    // users and groups) reads that task's history — its operation log and comments — and no other;
    // READ_HISTORY on a whole process definition would show every case of the process.
    config.setEnableHistoricInstancePermissions(true);
    // A refusal of the application reads as one sentence in Chinese and English (PeoplesSentences);
    // comments are added by whoever works on the task and audited (TaskComments).
    config.setCustomPostCommandInterceptorsTxRequired(
        List.of(new PeoplesSentences(), new TaskComments(audit)));
  }
}

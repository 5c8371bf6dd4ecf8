package com.meike.privacy.bpmn.engine;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What one process's task forms show and take that is personal, so that it never rests in the
 * engine's tables (DATA-3, AUD-2). Its variables hold ids and states only; the facts a form shows
 * are read from the owning context when the form's variables are asked for ({@code GET
 * /task/{id}/form-variables}, which Tasklist calls as it opens a Camunda Form) and only for a user
 * who is the task's candidate or assignee and holds one of the process's business groups — an
 * engine administrator who only holds {@code camunda-admin} sees none. What a decider types is
 * taken by the completion listener into the context's own encrypted tables and never stored or
 * historied by the engine. {@link PersonalDataPlugin} applies this to every process.
 */
public interface FormFacts {

  /** The key of the process whose forms these are. */
  String processKey();

  /** The staff groups that work on the process (the business roles). */
  Set<String> businessGroups();

  /** Names of the form fields that are loaded here and never stored as variables. */
  Set<String> factNames();

  /**
   * Names of the form fields a decider types (comments, reasons, answers): read by the completion
   * listener, kept out of the engine's runtime and history tables.
   */
  Set<String> personalInputs();

  /**
   * The facts the task's form shows, read from the context for {@code user} (who may read them:
   * checked before) — the context audits the read.
   */
  Map<String, Object> load(DelegateTask task, String user, Set<String> groups);
}

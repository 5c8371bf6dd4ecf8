package com.meike.privacy.bpmn.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDataImpl;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.form.type.StringFormType;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Wraps a user task's form handler: adds the {@link FormFacts} as form fields when the form's
 * variables are read (only then — not when Tasklist merely asks for the form's key), and on
 * submission keeps shown facts from being written back and turns personal inputs into transient
 * variables, which the engine never stores nor historizes.
 */
final class FormFactsHandler implements TaskFormHandler {

  private final TaskFormHandler delegate;
  private final PersonalDataPlugin plugin;

  FormFactsHandler(TaskFormHandler delegate, PersonalDataPlugin plugin) {
    this.delegate = delegate;
    this.plugin = plugin;
  }

  @Override
  public void parseConfiguration(
      Element activityElement,
      DeploymentEntity deployment,
      ProcessDefinitionEntity processDefinition,
      BpmnParse bpmnParse) {
    delegate.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
  }

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    TaskFormData form = delegate.createTaskForm(task);
    FormFacts facts = plugin.factsOf(processKeyOf(task));
    if (facts == null || !readingFormVariables() || !(form instanceof FormDataImpl data)) {
      return form;
    }
    Authentication caller = Context.getCommandContext().getAuthentication();
    String user = caller == null ? null : caller.getUserId();
    Set<String> groups = user == null ? Set.of() : groupsOf(caller);
    if (!mayRead(task, facts, user, groups)) {
      return form; // withheld: engine administrators and everyone else outside the process's roles
    }
    List<FormField> fields = new ArrayList<>(form.getFormFields());
    facts.load(task, user, groups).forEach((name, value) -> fields.add(field(name, value)));
    data.setFormFields(fields);
    return form;
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope scope) {
    FormFacts facts =
        plugin.factsOf(scope instanceof DelegateTask task ? processKeyOf(task) : null);
    if (facts == null) {
      delegate.submitFormVariables(properties, scope);
      return;
    }
    VariableMap kept = Variables.createVariables();
    for (String name : properties.keySet()) {
      TypedValue value = properties.getValueTyped(name);
      if (facts.factNames().contains(name)) {
        continue; // shown, never written back
      }
      if (facts.personalInputs().contains(name)) {
        scope.setVariable(
            name, Variables.untypedValue(value == null ? null : value.getValue(), true));
      } else {
        kept.putValueTyped(name, value);
      }
    }
    delegate.submitFormVariables(kept, scope);
  }

  /**
   * The caller is the task's assignee or a candidate of it, and holds a business group of the
   * process.
   */
  static boolean mayRead(TaskEntity task, FormFacts facts, String user, Set<String> groups) {
    if (user == null || groups.stream().noneMatch(facts.businessGroups()::contains)) {
      return false;
    }
    if (user.equals(task.getAssignee())) {
      return true;
    }
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && (user.equals(link.getUserId())
              || (link.getGroupId() != null && groups.contains(link.getGroupId())))) {
        return true;
      }
    }
    return false;
  }

  static String processKeyOf(DelegateTask task) {
    if (task instanceof TaskEntity entity && entity.getProcessDefinition() != null) {
      return entity.getProcessDefinition().getKey();
    }
    return null;
  }

  private static boolean readingFormVariables() {
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    return invocation != null && invocation.getCommand() instanceof GetTaskFormVariablesCmd;
  }

  private static Set<String> groupsOf(Authentication caller) {
    if (caller.getGroupIds() != null) {
      return new HashSet<>(caller.getGroupIds());
    }
    Set<String> groups = new HashSet<>();
    for (Group group :
        Context.getProcessEngineConfiguration()
            .getIdentityService()
            .createGroupQuery()
            .groupMember(caller.getUserId())
            .list()) {
      groups.add(group.getId());
    }
    return groups;
  }

  private static FormField field(String name, Object value) {
    FormFieldImpl field = new FormFieldImpl();
    field.setId(name);
    field.setType(new StringFormType());
    field.setValue(typed(value));
    return field;
  }

  private static TypedValue typed(Object value) {
    if (value instanceof Boolean b) {
      return Variables.booleanValue(b);
    }
    if (value instanceof Integer i) {
      return Variables.integerValue(i);
    }
    if (value instanceof Long l) {
      return Variables.longValue(l);
    }
    return Variables.stringValue(value == null ? null : value.toString());
  }
}

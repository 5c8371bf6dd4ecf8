package com.meike.privacy.bpmn.engine;

import java.util.Map;
import java.util.logging.Logger;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Tells tasks apart in Tasklist's list (issue 17): a user task may carry two extension properties,
 * {@code caption} and {@code description} (expressions over the process's variables), e.g.
 *
 * <pre>{@code
 * <camunda:property name="caption" value="${orderNumber} · ${applicantName}" />
 * <camunda:property name="description" value="用途 Use: ${recordingAccessProcess.useLabel(use)}" />
 * }</pre>
 *
 * As the task is created its name becomes "task name · caption" (the diagram keeps the plain name)
 * and its description the evaluated description. A process adds this with one property per task.
 *
 * <p><b>Only ids, labels, dates and staff names</b> may go into a caption: task names and
 * descriptions rest in clear in the engine's runtime and history tables, which Cockpit's
 * administrators read. A customer's or data subject's personal data never does (README, "Personal
 * data and the process engine").
 *
 * <p>An expression that cannot be evaluated (a variable an older instance does not have) leaves the
 * plain name: a caption never stops a task from being created.
 */
final class TaskCaptions {

  static final String CAPTION = "caption";
  static final String DESCRIPTION = "description";

  /** The engine's column for a task's name holds 255 characters; a description 4000. */
  static final int MAX_NAME = 255;

  static final int MAX_DESCRIPTION = 4000;

  private static final Logger LOG = Logger.getLogger(TaskCaptions.class.getName());

  private TaskCaptions() {}

  /** Adds the create listener to a parsed user task that declares a caption or description. */
  static void apply(Element element, TaskDefinition definition) {
    Map<String, String> properties = properties(element);
    if (properties.isEmpty()
        || (!properties.containsKey(CAPTION) && !properties.containsKey(DESCRIPTION))) {
      return;
    }
    ExpressionManager expressions = Context.getProcessEngineConfiguration().getExpressionManager();
    Expression caption = expression(expressions, properties.get(CAPTION));
    Expression description = expression(expressions, properties.get(DESCRIPTION));
    definition.addTaskListener(
        TaskListener.EVENTNAME_CREATE, task -> caption(task, caption, description));
  }

  /** The task's {@code camunda:properties}, by name. */
  private static Map<String, String> properties(Element element) {
    Map<String, String> properties = new java.util.HashMap<>();
    Element extensions = element.element("extensionElements");
    if (extensions == null) {
      return properties;
    }
    for (Element group : extensions.elements()) {
      if ("properties".equals(group.getTagName())) {
        for (Element property : group.elements()) {
          if ("property".equals(property.getTagName()) && property.attribute("name") != null) {
            properties.put(property.attribute("name"), property.attribute("value"));
          }
        }
      }
    }
    return properties;
  }

  static void caption(DelegateTask task, Expression caption, Expression description) {
    if (caption != null) {
      String text = evaluate(caption, task);
      if (text != null && !text.isBlank()) {
        task.setName(cut(task.getName() == null ? text : task.getName() + " · " + text, MAX_NAME));
      }
    }
    if (description != null) {
      String text = evaluate(description, task);
      if (text != null && !text.isBlank()) {
        task.setDescription(cut(text, MAX_DESCRIPTION));
      }
    }
  }

  private static Expression expression(ExpressionManager expressions, String text) {
    return text == null || text.isBlank() ? null : expressions.createExpression(text);
  }

  private static String evaluate(Expression expression, DelegateTask task) {
    try {
      Object value = expression.getValue(task);
      // Parts left empty by a variable without a value drop out with their separator.
      return value == null
          ? null
          : java.util.Arrays.stream(value.toString().split(" · "))
              .map(String::strip)
              .filter(part -> !part.isEmpty())
              .collect(java.util.stream.Collectors.joining(" · "));
    } catch (RuntimeException e) {
      LOG.fine(
          () ->
              "Task "
                  + task.getTaskDefinitionKey()
                  + " keeps its plain name: "
                  + e.getClass().getSimpleName());
      return null;
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}

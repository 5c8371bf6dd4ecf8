package com.meike.privacy.bpmn.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Keeps personal data out of the engine's tables for every process (see {@link FormFacts}): every
 * user task's form handler loads the facts when its form variables are read and turns the decider's
 * personal inputs into transient variables; a last completion listener removes those inputs (also
 * when they came through {@code POST /task/{id}/complete}), and the history handler drops their
 * history entries, so neither the runtime nor the history tables ever hold them.
 */
public class PersonalDataPlugin extends AbstractProcessEnginePlugin {

  private final Map<String, FormFacts> byProcess;
  private final Set<String> personalInputs;

  public PersonalDataPlugin(Iterable<? extends FormFacts> facts) {
    List<FormFacts> all = new ArrayList<>();
    facts.forEach(all::add);
    this.byProcess =
        all.stream().collect(Collectors.toMap(FormFacts::processKey, Function.identity()));
    Set<String> inputs = new HashSet<>();
    all.forEach(f -> inputs.addAll(f.personalInputs()));
    this.personalInputs = Set.copyOf(inputs);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(parseListener());
    configuration.setHistoryEventHandler(
        new PersonalHistoryFilter(new DbHistoryEventHandler(), personalInputs));
  }

  FormFacts factsOf(String processKey) {
    return processKey == null ? null : byProcess.get(processKey);
  }

  private BpmnParseListener parseListener() {
    return new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
          return;
        }
        TaskDefinition definition = behavior.getTaskDefinition();
        TaskCaptions.apply(element, definition);
        definition.setTaskFormHandler(
            new FormFactsHandler(definition.getTaskFormHandler(), PersonalDataPlugin.this));
        // Last of the completion listeners: the process's own listener has taken the inputs into
        // its context.
        definition.addTaskListener(
            TaskListener.EVENTNAME_COMPLETE,
            task -> {
              FormFacts facts = factsOf(FormFactsHandler.processKeyOf(task));
              if (facts != null) {
                facts.personalInputs().forEach(task::removeVariable);
              }
            });
      }
    };
  }
}

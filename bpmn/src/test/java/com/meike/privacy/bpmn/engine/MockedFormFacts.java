package com.meike.privacy.bpmn.engine;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * For process tests: the engine (and its {@link PersonalDataPlugin}) outlives each test's bean with
 * a mocked service, registered under {@code mockName}; this forwards the loading to the current
 * one.
 */
public record MockedFormFacts(String mockName, FormFacts template) implements FormFacts {

  @Override
  public String processKey() {
    return template.processKey();
  }

  @Override
  public Set<String> businessGroups() {
    return template.businessGroups();
  }

  @Override
  public Set<String> factNames() {
    return template.factNames();
  }

  @Override
  public Set<String> personalInputs() {
    return template.personalInputs();
  }

  @Override
  public Map<String, Object> load(DelegateTask task, String user, Set<String> groups) {
    return ((FormFacts) Mocks.get(mockName)).load(task, user, groups);
  }
}

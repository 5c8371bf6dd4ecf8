package com.meike.privacy.enginerest;

import java.util.Set;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;

/** Finds the engine the bpmn module registered with Camunda's runtime container. */
public class PlatformProcessEngineProvider implements ProcessEngineProvider {

  @Override
  public ProcessEngine getDefaultProcessEngine() {
    return BpmPlatform.getDefaultProcessEngine();
  }

  @Override
  public ProcessEngine getProcessEngine(String name) {
    return BpmPlatform.getProcessEngineService().getProcessEngine(name);
  }

  @Override
  public Set<String> getProcessEngineNames() {
    return BpmPlatform.getProcessEngineService().getProcessEngineNames();
  }
}

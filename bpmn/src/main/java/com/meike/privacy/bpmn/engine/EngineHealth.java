package com.meike.privacy.bpmn.engine;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Is the process engine usable: started, its tables readable, our process deployed? */
@Stateless
public class EngineHealth {

  @Inject ProcessEngineBootstrap bootstrap;

  public boolean usable() {
    var engine = bootstrap.engine();
    if (engine == null) {
      return false;
    }
    try {
      return engine
              .getRepositoryService()
              .createProcessDefinitionQuery()
              .processDefinitionKey("recording-access-approval")
              .latestVersion()
              .count()
          == 1;
    } catch (RuntimeException e) {
      return false;
    }
  }
}

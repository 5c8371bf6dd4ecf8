package com.meike.privacy.enginerest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/** Camunda's REST resources and their JSON configuration, unchanged. */
@ApplicationPath("/")
public class EngineRestApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(CamundaRestResources.getResourceClasses());
    classes.addAll(CamundaRestResources.getConfigurationClasses());
    // Lost races answer 409, not 500; everything else as Camunda answers it.
    classes.remove(ProcessEngineExceptionHandler.class);
    classes.remove(RestExceptionHandler.class);
    classes.add(ConcurrentChangeHandler.Engine.class);
    classes.add(ConcurrentChangeHandler.Rest.class);
    return classes;
  }
}

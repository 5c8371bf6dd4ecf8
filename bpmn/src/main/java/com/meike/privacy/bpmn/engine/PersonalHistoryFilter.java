package com.meike.privacy.bpmn.engine;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * The engine's history handler without the entries of personal inputs (variable instances, variable
 * updates and submitted form properties by those names): a value that reached the engine through
 * {@code POST /task/{id}/complete} rather than the form is removed from the runtime by the
 * completion listener before it is flushed, and must not survive in history.
 */
final class PersonalHistoryFilter implements HistoryEventHandler {

  private final HistoryEventHandler delegate;
  private final Set<String> personalInputs;

  PersonalHistoryFilter(HistoryEventHandler delegate, Set<String> personalInputs) {
    this.delegate = delegate;
    this.personalInputs = personalInputs;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!personal(event)) {
      delegate.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  boolean personal(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity update) {
      return personalInputs.contains(update.getVariableName());
    }
    if (event instanceof HistoricFormPropertyEventEntity property) {
      return personalInputs.contains(property.getPropertyId());
    }
    return false;
  }
}

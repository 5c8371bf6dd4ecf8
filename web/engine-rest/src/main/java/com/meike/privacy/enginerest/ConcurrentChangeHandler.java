package com.meike.privacy.enginerest;

import com.meike.privacy.kernel.problem.Races;
import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Camunda's handlers of engine and REST exceptions, except for lost races — a task completed or
 * decided by two people at once (optimistic lock), or a decision the domain refused at commit on
 * its unique key ({@link Races}): those answer 409 problem+json instead of 500, like {@code /api}.
 * Camunda's task resource wraps engine exceptions in a {@link RestException} with status 500, so
 * both are covered.
 */
public final class ConcurrentChangeHandler {

  private ConcurrentChangeHandler() {}

  static Response conflict() {
    String body =
        Json.createObjectBuilder()
            .add("type", "https://meike.example/problems/conflict")
            .add("title", "Conflict")
            .add("status", 409)
            .add("detail", "Somebody else changed this at the same time; reload it and try again.")
            .build()
            .toString();
    return Response.status(409)
        .type("application/problem+json")
        .header("X-Content-Type-Options", "nosniff")
        .entity(body)
        .build();
  }

  /**
   * A start form's refusal (issue 14): {@code …/process-definition/…/start} wraps the form field
   * validation error that {@code PeoplesSentences} made of the application's refusal in a 500
   * ("Cannot instantiate process definition …"); like Tasklist's {@code …/submit-form} it is bad
   * input, answered 400 problem+json with the sentence in Chinese and English and the field.
   */
  static FormFieldValidationException formRefusal(Throwable exception) {
    for (Throwable cause = exception;
        cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refusal) {
        return refusal;
      }
    }
    return null;
  }

  static Response invalid(FormFieldValidationException refusal) {
    String sentence =
        refusal.getMessage() == null ? "请检查填写的内容。 Check what you entered." : refusal.getMessage();
    var problem =
        Json.createObjectBuilder()
            .add("type", "https://meike.example/problems/invalid-input")
            .add("title", "Invalid input")
            .add("status", 400)
            .add("detail", sentence);
    Object field = refusal.getDetail();
    if (field != null && !field.toString().isEmpty()) {
      problem.add(
          "errors",
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("field", field.toString())
                      .add("message", sentence)));
    }
    return Response.status(400)
        .type("application/problem+json")
        .header("X-Content-Type-Options", "nosniff")
        .entity(problem.build().toString())
        .build();
  }

  /**
   * The loser of two completions that read the task before the winner committed is refused for want
   * of an authorization the winner's commit deleted with the task: that is a lost race too, not a
   * missing right. Only when every task the refusal names is gone — a task that still exists keeps
   * its 403.
   */
  static boolean refusedForAGoneTask(Throwable exception) {
    for (Throwable cause = exception;
        cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      if (cause instanceof AuthorizationException refusal) {
        var tasks =
            refusal.getMissingAuthorizations().stream()
                .filter(
                    missing ->
                        "Task".equals(missing.getResourceType()) && missing.getResourceId() != null)
                .map(MissingAuthorization::getResourceId)
                .distinct()
                .toList();
        return !tasks.isEmpty() && tasks.stream().noneMatch(ConcurrentChangeHandler::taskExists);
      }
    }
    return false;
  }

  /** Asked without the caller's authentication, so a task they may not see still counts. */
  private static boolean taskExists(String taskId) {
    ProcessEngine engine = BpmPlatform.getDefaultProcessEngine();
    IdentityService identity = engine.getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0;
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  /** Engine exceptions that reach the REST layer as they are. */
  @Provider
  public static class Engine extends ProcessEngineExceptionHandler {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      FormFieldValidationException refusal = formRefusal(exception);
      if (refusal != null) {
        return invalid(refusal);
      }
      return Races.isRace(exception) || refusedForAGoneTask(exception)
          ? conflict()
          : super.toResponse(exception);
    }
  }

  /**
   * Engine exceptions a resource wrapped as a 500 {@link RestException}; also the loser of two
   * completions that arrives after the winner committed — the engine finds no task ("Cannot find
   * task"), which Camunda answers 500 — is a lost race.
   */
  @Provider
  public static class Rest extends RestExceptionHandler {
    @Override
    public Response toResponse(RestException exception) {
      boolean serverError =
          exception.getStatus() == null
              || exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR;
      FormFieldValidationException refusal = serverError ? formRefusal(exception) : null;
      if (refusal != null) {
        return invalid(refusal);
      }
      return serverError && (Races.isRace(exception) || taskGone(exception))
              || refusedForAGoneTask(exception)
          ? conflict()
          : super.toResponse(exception);
    }

    private static boolean taskGone(Throwable exception) {
      for (Throwable cause = exception.getCause();
          cause != null && cause != cause.getCause();
          cause = cause.getCause()) {
        if (cause instanceof NullValueException
            && cause.getMessage() != null
            && cause.getMessage().startsWith("Cannot find task with id")) {
          return true;
        }
      }
      return false;
    }
  }
}

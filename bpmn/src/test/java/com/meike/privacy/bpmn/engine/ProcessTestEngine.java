package com.meike.privacy.bpmn.engine;

import com.meike.privacy.testsupport.InMemoryEngine;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The engine a process test runs on, as the server runs it: the server's {@link ServerEngineRules}
 * (authorization on, the start and task doors, the task permission), the server's grants ({@link
 * EngineSetup#authorize}) and the demo staff directory with its groups (and the head of operations'
 * own grant, {@link ShutdownStarter}, as at the server's start). A test acts as a person with
 * {@link #signIn}, and the permission paths are the server's.
 */
public final class ProcessTestEngine {

  private static final String DEMO_STAFF = "identity/demo-staff.json";

  private ProcessTestEngine() {}

  /**
   * The engine with the server's rules; {@code more} adds what the test's process needs (facts).
   */
  public static ProcessEngine build(String name, Consumer<ProcessEngineConfigurationImpl> more) {
    ProcessEngine engine =
        InMemoryEngine.build(
            name,
            configuration -> {
              ServerEngineRules.apply(configuration, comment -> {});
              more.accept(configuration);
            });
    EngineSetup.authorize(engine.getAuthorizationService());
    seedDemoStaff(engine.getIdentityService());
    ShutdownStarter.reconcile(engine.getIdentityService(), engine.getAuthorizationService());
    return engine;
  }

  public static ProcessEngine build(String name) {
    return build(name, configuration -> {});
  }

  /**
   * The engine with the server's rules and the form facts of one process, loaded by the test's
   * current mocked bean {@code mockName} ({@link MockedFormFacts}); {@code template} gives the
   * process's shape.
   */
  public static ProcessEngine withMockedFacts(String name, String mockName, FormFacts template) {
    return build(
        name,
        configuration ->
            configuration
                .getProcessEnginePlugins()
                .add(new PersonalDataPlugin(List.of(new MockedFormFacts(mockName, template)))));
  }

  /** Acts as {@code user} with the groups the directory gives them, as a Tasklist login does. */
  public static void signIn(IdentityService identity, String user) {
    List<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
  }

  /**
   * Does {@code act} as {@code user} (signed in with their groups), then signs out, so that the
   * test's own queries and assertions afterwards are not limited to what that person may see.
   */
  public static void as(IdentityService identity, String user, Runnable act) {
    signIn(identity, user);
    try {
      act.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * What Tasklist's "Start process" offers the signed-in person: the keys of the latest active
   * definitions they may start.
   */
  public static List<String> startable(ProcessEngine engine) {
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .latestVersion()
        .active()
        .startablePermissionCheck()
        .list()
        .stream()
        .map(definition -> definition.getKey())
        .distinct()
        .toList();
  }

  private static void seedDemoStaff(IdentityService identity) {
    try (InputStream in = ProcessTestEngine.class.getClassLoader().getResourceAsStream(DEMO_STAFF);
        JsonReader reader = Json.createReader(in)) {
      for (JsonObject person :
          reader.readObject().getJsonArray("staff").getValuesAs(JsonObject.class)) {
        String user = person.getString("username");
        identity.saveUser(identity.newUser(user));
        for (JsonString group : person.getJsonArray("groups").getValuesAs(JsonString.class)) {
          if (identity.createGroupQuery().groupId(group.getString()).count() == 0) {
            identity.saveGroup(identity.newGroup(group.getString()));
          }
          identity.createMembership(user, group.getString());
        }
      }
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

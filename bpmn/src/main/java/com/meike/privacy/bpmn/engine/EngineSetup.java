package com.meike.privacy.bpmn.engine;

import com.meike.privacy.identity.application.StaffDirectory;
import com.meike.privacy.identity.application.StaffDirectory.DemoStaffMember;
import com.meike.privacy.kernel.staff.StaffGroups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the engine needs before anyone uses it: our processes and forms, the staff groups of the
 * external contract with their least-privilege authorizations, Tasklist's filters, and — in the
 * demo configuration only — the demo staff. Every step is idempotent (runs at each start).
 */
@ApplicationScoped
public class EngineSetup {

  /** Deployed together; duplicate filtering makes a restart with unchanged files a no-op. */
  static final List<String> RESOURCES =
      List.of(
          "processes/recording-access-approval.bpmn",
          "forms/recording-access-application.form",
          "forms/recording-access-department-head-decision.form",
          "forms/recording-access-security-head-decision.form",
          "processes/complaint-escalation.bpmn",
          "forms/complaint-customer-service.form",
          "forms/complaint-supervisor.form",
          "forms/complaint-privacy-office-legal.form",
          "processes/lawful-disclosure.bpmn",
          "forms/lawful-disclosure-review.form",
          "processes/partner-deletion-order.bpmn",
          "forms/partner-deletion-order-chase.form",
          "forms/partner-deletion-order-escalation.form",
          "processes/breach-notification.bpmn",
          "forms/breach-assess-scope.form",
          "forms/breach-contain.form",
          "forms/breach-regulator-report.form",
          "forms/breach-decide-notices.form",
          "forms/breach-announcement.form",
          "forms/breach-close.form",
          "forms/breach-register.form",
          "forms/breach-escalation.form",
          "processes/data-subject-request.bpmn",
          "forms/dsr-verify-identity.form",
          "forms/dsr-answer.form",
          "processes/shutdown-data-disposal.bpmn",
          "forms/shutdown-approve.form",
          "forms/shutdown-sign-off.form",
          "forms/shutdown-request.form",
          "processes/regulatory-threshold-review.bpmn",
          "forms/regulatory-threshold-review.form",
          "processes/incident-drill.bpmn",
          "forms/incident-drill.form",
          "forms/incident-drill-overdue.form");

  /** Staff groups of the external contract, with display names for Admin and Tasklist. */
  static final Map<String, String> STAFF_GROUPS = StaffGroups.DISPLAY_NAMES;

  static final String ADMIN_GROUP = "camunda-admin";

  /** Processes that any staff member may start and see (they appear in Tasklist's start menu). */
  static final List<String> STAFF_PROCESSES = List.of("recording-access-approval");

  /**
   * Processes that some groups start from Tasklist's start menu (the process checks the starter
   * again, as its API does): READ and CREATE_INSTANCE on the definition for these groups only.
   */
  static final Map<String, List<String>> STARTERS =
      Map.of(
          "breach-notification",
              List.of(
                  StaffGroups.SECURITY_TEAM,
                  StaffGroups.SECURITY_HEAD,
                  StaffGroups.PRIVACY_OFFICER),
          // the head of operations starts it too, by a grant to that person (ShutdownStarter)
          "shutdown-data-disposal", List.of(StaffGroups.PRIVACY_OFFICER));

  /**
   * Processes that only their handlers work on (started by the application, never from Tasklist's
   * start menu): each group may read the definition, so Tasklist shows its diagram and forms.
   */
  static final Map<String, List<String>> HANDLED_PROCESSES =
      Map.of(
          "complaint-escalation",
              List.of(
                  StaffGroups.CUSTOMER_SERVICE,
                  StaffGroups.CS_SUPERVISOR,
                  StaffGroups.PRIVACY_OFFICER,
                  StaffGroups.LEGAL),
          "lawful-disclosure", List.of(StaffGroups.LEGAL),
          "partner-deletion-order", List.of(StaffGroups.OPERATIONS, StaffGroups.PRIVACY_OFFICER),
          "breach-notification",
              List.of(
                  StaffGroups.SECURITY_TEAM,
                  StaffGroups.SECURITY_HEAD,
                  StaffGroups.PRIVACY_OFFICER),
          "data-subject-request",
              List.of(StaffGroups.CUSTOMER_SERVICE, StaffGroups.PRIVACY_OFFICER),
          "shutdown-data-disposal", List.of(StaffGroups.PRIVACY_OFFICER, StaffGroups.OPERATIONS),
          "regulatory-threshold-review", List.of(StaffGroups.PRIVACY_OFFICER),
          "incident-drill",
              List.of(
                  StaffGroups.SECURITY_TEAM,
                  StaffGroups.SECURITY_HEAD,
                  StaffGroups.PRIVACY_OFFICER));

  /** Who reassigns a claimed task of a process (TASK_ASSIGN on its definition). */
  static final Map<String, String> SUPERVISORS =
      Map.of("complaint-escalation", StaffGroups.CS_SUPERVISOR);

  private static final Logger LOG = Logger.getLogger(EngineSetup.class.getName());

  @Inject StaffDirectory directory;

  @Inject
  @ConfigProperty(name = "meike.demo.enabled", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "meike.demo.password", defaultValue = "")
  String demoPassword;

  void apply(ProcessEngine engine) {
    deployProcesses(engine);
    createGroups(engine.getIdentityService());
    authorize(engine.getAuthorizationService());
    createFilters(
        engine.getFilterService(), engine.getTaskService(), engine.getAuthorizationService());
    if (demo) {
      createDemoStaff(engine.getIdentityService());
    }
    ShutdownStarter.reconcile(engine.getIdentityService(), engine.getAuthorizationService());
    HistoricTaskPermissions.backfill(engine);
  }

  private void deployProcesses(ProcessEngine engine) {
    DeploymentBuilder deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("meike-privacy")
            .source("meike-privacy-bpmn")
            .enableDuplicateFiltering(true);
    for (String resource : RESOURCES) {
      // The engine lives in the EAR's lib/ and cannot see this module's resources by name.
      InputStream in = EngineSetup.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("Missing process resource " + resource);
      }
      deployment.addInputStream(resource, in);
    }
    deployment.deploy();
  }

  private void createGroups(IdentityService identity) {
    ensureGroup(identity, ADMIN_GROUP, "Camunda administrators", "SYSTEM");
    STAFF_GROUPS.forEach((id, name) -> ensureGroup(identity, id, name, "WORKFLOW"));
  }

  private static void ensureGroup(IdentityService identity, String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  /** Package-visible for the process tests of {@link EngineDoors}. */
  static void authorize(AuthorizationService authorizations) {
    // Administrators: everything, in the web apps too (they read application authorizations) —
    // but they start no process: Tasklist's "Start process" offers a user only the definitions they
    // may instantiate, and an administrator is not an applicant (issue 17, item 8).
    for (Resource resource : Resources.values()) {
      if (resource == Resources.PROCESS_DEFINITION) {
        grant(
            authorizations, ADMIN_GROUP, resource, Authorization.ANY, ADMIN_DEFINITION_PERMISSIONS);
        withdraw(
            authorizations, ADMIN_GROUP, resource, Authorization.ANY, Permissions.CREATE_INSTANCE);
      } else {
        grant(authorizations, ADMIN_GROUP, resource, Authorization.ANY, Permissions.ALL);
      }
    }
    // Staff: Tasklist, its filters, and the processes they work on. Task permissions for
    // assignees are created by the engine itself, for exactly the person the task is for.
    for (String group : STAFF_GROUPS.keySet()) {
      grant(authorizations, group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(
          authorizations, group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
      for (String process : STAFF_PROCESSES) {
        grant(
            authorizations,
            group,
            Resources.PROCESS_DEFINITION,
            process,
            Permissions.READ,
            Permissions.CREATE_INSTANCE);
      }
    }
    HANDLED_PROCESSES.forEach(
        (process, groups) ->
            groups.forEach(
                group ->
                    grant(
                        authorizations,
                        group,
                        Resources.PROCESS_DEFINITION,
                        process,
                        Permissions.READ)));
    STARTERS.forEach(
        (process, groups) ->
            groups.forEach(
                group ->
                    grant(
                        authorizations,
                        group,
                        Resources.PROCESS_DEFINITION,
                        process,
                        Permissions.READ,
                        Permissions.CREATE_INSTANCE)));
    // Operations as a whole started shutdowns before the head of operations alone did (issue 17).
    withdraw(
        authorizations,
        StaffGroups.OPERATIONS,
        Resources.PROCESS_DEFINITION,
        ShutdownStarter.PROCESS,
        Permissions.CREATE_INSTANCE);
    // Supervisors may give back or hand on a task one of their team claimed (to another
    // candidate only, see TaskDoors); everyone else only gives back their own claim.
    SUPERVISORS.forEach(
        (process, group) ->
            grant(
                authorizations,
                group,
                Resources.PROCESS_DEFINITION,
                process,
                ProcessDefinitionPermissions.TASK_ASSIGN));
  }

  /**
   * What administrators may do with process definitions: everything Cockpit does, but start one.
   */
  static final Permission[] ADMIN_DEFINITION_PERMISSIONS =
      java.util.Arrays.stream(ProcessDefinitionPermissions.values())
          .filter(
              permission ->
                  permission != ProcessDefinitionPermissions.NONE
                      && permission != ProcessDefinitionPermissions.ALL
                      && permission != ProcessDefinitionPermissions.CREATE_INSTANCE)
          .toArray(Permission[]::new);

  /**
   * Takes {@code permission} from the group's grant on the resource, if it holds it (an upgrade).
   */
  private static void withdraw(
      AuthorizationService authorizations,
      String group,
      Resource resource,
      String resourceId,
      Permission permission) {
    Authorization existing =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(group)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    if (existing != null && existing.isPermissionGranted(permission)) {
      existing.removePermission(permission);
      authorizations.saveAuthorization(existing);
    }
  }

  private static void grant(
      AuthorizationService authorizations,
      String group,
      Resource resource,
      String resourceId,
      Permission... permissions) {
    Authorization existing =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(group)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    if (existing != null) {
      // One row per group and resource: add what is missing (a later release may grant more).
      boolean missing = false;
      for (Permission permission : permissions) {
        if (!existing.isPermissionGranted(permission)) {
          existing.addPermission(permission);
          missing = true;
        }
      }
      if (missing) {
        authorizations.saveAuthorization(existing);
      }
      return;
    }
    Authorization authorization =
        authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  /**
   * Tasklist's filters ({@link TaskFilters}): created or brought up to date at every start, each
   * readable by the groups whose work it lists (the two personal ones by every staff group).
   * Filters used to be readable by every staff group at once: that grant is withdrawn.
   */
  static void createFilters(
      FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    for (String group : STAFF_GROUPS.keySet()) {
      Authorization everyFilter =
          authorizations
              .createAuthorizationQuery()
              .groupIdIn(group)
              .resourceType(Resources.FILTER)
              .resourceId(Authorization.ANY)
              .singleResult();
      if (everyFilter != null) {
        authorizations.deleteAuthorization(everyFilter.getId());
      }
    }
    for (TaskFilters.Definition definition : TaskFilters.all()) {
      Filter filter = filters.createFilterQuery().filterName(definition.name()).singleResult();
      if (filter == null) {
        filter = filters.newTaskFilter(definition.name());
      }
      filter.setProperties(TaskFilters.properties(definition));
      filter.setQuery(TaskFilters.query(definition, tasks));
      filters.saveFilter(filter);
      List<String> groups =
          definition.groups().isEmpty() ? List.copyOf(STAFF_GROUPS.keySet()) : definition.groups();
      for (String group : groups) {
        grant(authorizations, group, Resources.FILTER, filter.getId(), Permissions.READ);
      }
    }
  }

  private void createDemoStaff(IdentityService identity) {
    if (demoPassword.isBlank()) {
      throw new IllegalStateException(
          "meike.demo.enabled is true but meike.demo.password is not set");
    }
    for (DemoStaffMember member : directory.demoStaff()) {
      if (identity.createUserQuery().userId(member.username()).count() == 0) {
        User user = identity.newUser(member.username());
        user.setFirstName(member.firstName());
        user.setLastName(member.lastName());
        user.setEmail(member.username() + "@staff.meike.example");
        user.setPassword(demoPassword);
        identity.saveUser(user);
        for (String group : member.groups()) {
          identity.createMembership(member.username(), group);
        }
      }
    }
    LOG.info("Demo staff present (demo configuration)");
  }
}

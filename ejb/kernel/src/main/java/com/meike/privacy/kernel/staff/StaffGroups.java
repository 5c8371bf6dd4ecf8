package com.meike.privacy.kernel.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff groups of the external contract, defined once: the engine creates them (with these
 * display names) for Admin and Tasklist, the API declares them as roles of the same name, services
 * and processes name them through these constants, and the BPMN files' {@code candidateGroups} and
 * the demo staff directory are checked against {@link #ALL} by tests. Constants, not an enum,
 * because {@code @RolesAllowed} takes compile-time strings.
 */
public final class StaffGroups {

  public static final String CUSTOMER_SERVICE = "customer-service";
  public static final String CS_SUPERVISOR = "cs-supervisor";
  public static final String DEPARTMENT_HEAD = "department-head";
  public static final String SECURITY_HEAD = "security-head";
  public static final String SECURITY_TEAM = "security-team";
  public static final String PRIVACY_OFFICER = "privacy-officer";
  public static final String LEGAL = "legal";
  public static final String OPERATIONS = "operations";

  /** Every staff group, in a stable order, with its display name (中文 English). */
  public static final Map<String, String> DISPLAY_NAMES = displayNames();

  /** Every staff group's id. */
  public static final Set<String> ALL = DISPLAY_NAMES.keySet();

  /**
   * The groups the staff directory keeps (issue 17, item 7): a member of a department holds its
   * member groups, its head holds its head groups besides. Written only through the directory
   * ({@code /api/staff-directory}), which sets the engine's memberships in the same transaction;
   * other groups (supervisors, administrators) are managed in Camunda Admin.
   */
  public static final Map<String, List<String>> MEMBER_GROUPS =
      Map.of(
          "customer-service", List.of(CUSTOMER_SERVICE),
          "operations", List.of(OPERATIONS),
          "security", List.of(SECURITY_TEAM),
          "privacy-office", List.of(PRIVACY_OFFICER),
          "legal", List.of(LEGAL));

  /** What the head of a department holds besides its member groups. */
  public static final Map<String, List<String>> HEAD_GROUPS =
      Map.of(
          "customer-service", List.of(DEPARTMENT_HEAD),
          "operations", List.of(DEPARTMENT_HEAD),
          "security", List.of(DEPARTMENT_HEAD, SECURITY_HEAD),
          "privacy-office", List.of(DEPARTMENT_HEAD),
          "legal", List.of(DEPARTMENT_HEAD));

  /** Every group the directory keeps. */
  public static final Set<String> DIRECTORY_GROUPS = directoryGroups();

  /**
   * Whether {@code groups} make their holder the head of operations (operations and
   * department-head), who may ask for a shutdown besides the privacy office (SHUT-1).
   */
  public static boolean headsOperations(Set<String> groups) {
    return groups.contains(OPERATIONS) && groups.contains(DEPARTMENT_HEAD);
  }

  /** The directory groups of a member of {@code department} (null: none), heading it or not. */
  public static Set<String> directoryGroupsOf(String department, boolean head) {
    Set<String> groups = new java.util.TreeSet<>();
    if (department != null) {
      groups.addAll(MEMBER_GROUPS.getOrDefault(department, List.of()));
      if (head) {
        groups.addAll(HEAD_GROUPS.getOrDefault(department, List.of()));
      }
    }
    return groups;
  }

  private static Set<String> directoryGroups() {
    Set<String> groups = new java.util.TreeSet<>();
    MEMBER_GROUPS.values().forEach(groups::addAll);
    HEAD_GROUPS.values().forEach(groups::addAll);
    return java.util.Collections.unmodifiableSet(groups);
  }

  private StaffGroups() {}

  private static Map<String, String> displayNames() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put(CUSTOMER_SERVICE, "客服 Customer service");
    names.put(CS_SUPERVISOR, "客服主管 Customer-service supervisors");
    names.put(DEPARTMENT_HEAD, "部门负责人 Department heads");
    names.put(SECURITY_HEAD, "安全部负责人 Head of security");
    names.put(SECURITY_TEAM, "安全团队 Security team");
    names.put(PRIVACY_OFFICER, "个人信息保护负责人 Privacy officer");
    names.put(LEGAL, "法务 Legal");
    names.put(OPERATIONS, "运营 Operations");
    return java.util.Collections.unmodifiableMap(names);
  }
}

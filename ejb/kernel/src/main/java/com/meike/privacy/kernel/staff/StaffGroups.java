package com.meike.privacy.kernel.staff;

import java.util.LinkedHashMap;
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

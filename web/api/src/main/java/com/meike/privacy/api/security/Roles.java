package com.meike.privacy.api.security;

import com.meike.privacy.kernel.staff.StaffGroups;

/**
 * Roles of the API. Each staff group of the external contract is a role of the same name; app users
 * have {@link #APP_USER} and their app role.
 */
public final class Roles {

  /** Every member of a business staff group (not the technical administrators alone). */
  public static final String STAFF = com.meike.privacy.bpmn.identity.StaffIdentityStore.STAFF_ROLE;

  public static final String ADMIN = com.meike.privacy.bpmn.identity.StaffIdentityStore.ADMIN_GROUP;
  public static final String SECURITY_HEAD = StaffGroups.SECURITY_HEAD;
  public static final String SECURITY_TEAM = StaffGroups.SECURITY_TEAM;
  public static final String PRIVACY_OFFICER = StaffGroups.PRIVACY_OFFICER;
  public static final String OPERATIONS = StaffGroups.OPERATIONS;

  /** App roles (from the bearer token): the person who orders, and the one who serves. */
  public static final String CUSTOMER = "CUSTOMER";

  public static final String BEAUTICIAN = "BEAUTICIAN";

  /**
   * Every app user with a valid bearer token (besides their role CUSTOMER, BEAUTICIAN or MERCHANT).
   */
  public static final String APP_USER =
      com.meike.privacy.identity.application.AccessTokens.APP_USER_ROLE;

  private Roles() {}
}

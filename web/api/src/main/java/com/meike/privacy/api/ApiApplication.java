package com.meike.privacy.api;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.kernel.staff.StaffGroups;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API. Staff authenticate with HTTP Basic using their Tasklist account (see
 * StaffIdentityStore).
 */
@ApplicationPath("/")
@DeclareRoles({
  Roles.STAFF, Roles.ADMIN, StaffGroups.CUSTOMER_SERVICE, StaffGroups.CS_SUPERVISOR,
      StaffGroups.DEPARTMENT_HEAD,
  Roles.SECURITY_HEAD, Roles.PRIVACY_OFFICER, StaffGroups.LEGAL, Roles.SECURITY_TEAM,
      Roles.OPERATIONS,
  Roles.APP_USER, Roles.CUSTOMER, Roles.BEAUTICIAN
})
public class ApiApplication extends Application {}

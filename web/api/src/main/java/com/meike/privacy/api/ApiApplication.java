package com.meike.privacy.api;

import com.meike.privacy.api.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API. Staff authenticate with HTTP Basic using their Tasklist account (see StaffIdentityStore). */
@ApplicationPath("/")
@DeclareRoles({
  Roles.STAFF, Roles.ADMIN, "customer-service", "cs-supervisor", "department-head",
  Roles.SECURITY_HEAD, Roles.PRIVACY_OFFICER, "legal", Roles.SECURITY_TEAM, Roles.OPERATIONS,
  Roles.APP_USER, Roles.CUSTOMER, Roles.BEAUTICIAN
})
public class ApiApplication extends Application {}

package com.meike.privacy.api.recording;

import com.meike.privacy.api.security.Roles;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Roles that oversee recording access: they see every application and grant and may revoke grants.
 */
final class Oversight {

  private Oversight() {}

  static boolean of(SecurityContext security) {
    return security.isUserInRole(Roles.PRIVACY_OFFICER)
        || security.isUserInRole(Roles.SECURITY_HEAD);
  }
}

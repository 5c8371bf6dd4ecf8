package com.meike.privacy.it;

import static com.meike.privacy.it.Staff.as;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One staff account for every web application, whichever one is asked first after a deployment: the
 * EAR's identity store handler is shared by the WARs and finds the staff identity store from any of
 * them (it once missed it when /engine-rest came first, and every Basic login failed).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffAuthenticationIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void theFirstStaffLoginAfterADeploymentMayGoToTheEngineRestApi() {
    as("cs.agent").get("/engine-rest/task?maxResults=1").then().statusCode(200);
    as("cs.agent").get("/api/staff-directory/departments").then().statusCode(200);
    // (an unknown user, not a wrong password: that would throttle cs.agent for the next tests)
    as("nobody.here").get("/api/staff-directory/departments").then().statusCode(401);
  }
}

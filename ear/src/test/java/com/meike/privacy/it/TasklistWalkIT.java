package com.meike.privacy.it;

import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.File;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17's browser walk: process managers decide a recording-access application in Tasklist in a
 * headless Chromium ({@code src/test/js/tasklist-walk.cjs}, Playwright). Runs when
 * {@code MEIKE_WALK_TOOLS} names a directory whose {@code node_modules} holds playwright-core
 * ({@code .ci/tasklist-walk.sh} sets it up); skipped otherwise. Screenshots land in
 * {@code target/tasklist-walk/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TasklistWalkIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  @DisplayName("REC-8 (issue 17): department head and head of security find, read and decide an application in Tasklist; no engine text shown")
  void recordingAccessApprovalInTasklist() throws Exception {
    String tools = System.getenv("MEIKE_WALK_TOOLS");
    Assumptions.assumeTrue(tools != null && new File(tools, "node_modules/playwright-core").isDirectory(),
        "MEIKE_WALK_TOOLS with playwright-core (see .ci/tasklist-walk.sh)");
    String order = Orders.placeBy(AppUsers.register("CUSTOMER")); // its own order: the list is searched by it
    String id = RecordingAccessApprovalIT.apply("ops.agent", order);

    ProcessBuilder walk = new ProcessBuilder("node", "src/test/js/tasklist-walk.cjs", Staff.BASE, order,
        "target/tasklist-walk").inheritIO();
    walk.environment().put("NODE_PATH", new File(tools, "node_modules").getAbsolutePath());
    Process process = walk.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the walk ends").isTrue();
    assertThat(process.exitValue()).as("the walk passes (see its output)").isZero();

    as("ops.agent").get("/api/recording-access-requests/" + id).then().statusCode(200)
        .body("status", equalTo("APPROVED"));
  }
}

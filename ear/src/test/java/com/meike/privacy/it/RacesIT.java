package com.meike.privacy.it;

import static com.meike.privacy.it.RecordingAccessApprovalIT.apply;
import static com.meike.privacy.it.RecordingAccessApprovalIT.decision;
import static com.meike.privacy.it.RecordingAccessApprovalIT.single;
import static com.meike.privacy.it.RecordingAccessApprovalIT.taskIdsFor;
import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.it.AppUsers.AppUser;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Errors that are races, not bugs, answer 409 problem+json — never 500: the same approver deciding
 * one step from two browser tabs at once (through {@code /engine-rest}, Tasklist's path), and a
 * customer sending the review of one order twice at once (through {@code /api}). Each case sends
 * both requests together; exactly one wins, the other is told of the conflict.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RacesIT {

  static final ExecutorService CLIENTS = Executors.newFixedThreadPool(2);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @AfterAll
  static void stopClients() {
    CLIENTS.shutdownNow();
  }

  @Test
  @DisplayName(
      "REC-8: two decisions on one approval step at once — one is recorded, the other answers 409, never 500")
  void twoDecisionsOnOneStepAtOnceAnswerOneConflict() throws Exception {
    String order = Orders.any();
    for (int round = 0; round < 3; round++) {
      String task = single(taskIdsFor("ops.head", apply("ops.agent", order)));
      List<Response> answers =
          together(
              () ->
                  as("ops.head")
                      .body(decision("departmentHead", true, "Tab one"))
                      .post("/engine-rest/task/" + task + "/complete"),
              () ->
                  as("ops.head")
                      .body(decision("departmentHead", false, "Tab two"))
                      .post("/engine-rest/task/" + task + "/complete"));
      // whether both met in the engine (optimistic lock, decision key) or the second found the task
      // gone
      assertThat(judge(answers, 204)).isEqualTo(1);
    }
  }

  @Test
  @DisplayName(
      "ORD-4: two reviews of one order at once — one is written, the other answers 409, never 500")
  void twoReviewsOfOneOrderAtOnceAnswerOneConflict() throws Exception {
    for (int round = 0; round < 3; round++) {
      AppUser customer = AppUsers.register("CUSTOMER");
      AppUser beautician = AppUsers.verifiedBeautician();
      String number = Orders.placeBy(customer);
      as("ops.agent")
          .body(Map.of("beauticianId", beautician.accountId()))
          .post("/api/orders/" + number + "/assignment")
          .then()
          .statusCode(200);
      beautician.call().post("/api/orders/" + number + "/completion").then().statusCode(200);
      String review = "/api/me/orders/" + number + "/review";
      List<Response> answers =
          together(
              () -> customer.call().body(Map.of("rating", 5, "text", "Lovely.")).post(review),
              () -> customer.call().body(Map.of("rating", 4, "text", "Nice.")).post(review));
      // whether the second was refused by the rule (already reviewed) or by the key, it is a 409
      assertThat(judge(answers, 201)).isEqualTo(1);
    }
  }

  /** Sends both requests at the same instant and returns their answers. */
  @SafeVarargs
  private static List<Response> together(Callable<Response>... requests) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> futures = new ArrayList<>();
    for (Callable<Response> request : requests) {
      futures.add(
          CLIENTS.submit(
              () -> {
                start.await();
                return request.call();
              }));
    }
    start.countDown();
    List<Response> answers = new ArrayList<>();
    for (Future<Response> future : futures) {
      answers.add(future.get());
    }
    return answers;
  }

  /**
   * Exactly one request won with {@code success}; every other answered 409 problem+json. Returns
   * the number of 409s.
   */
  private static int judge(List<Response> answers, int success) {
    int wins = 0;
    int conflicts = 0;
    for (Response answer : answers) {
      int status = answer.statusCode();
      assertThat(status).as("never a 500: %s", answer.asString()).isLessThan(500);
      if (status == success) {
        wins++;
      } else {
        assertThat(status).as("the loser: %s", answer.asString()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        conflicts++;
      }
    }
    assertThat(wins).as("exactly one wins").isEqualTo(1);
    return conflicts;
  }
}

package com.meike.privacy.bpmn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reading the web apps' sign-in from a session attribute of Camunda's shape (issue 17). */
class TasklistSignInTest {

  /** The shape of Camunda's {@code Authentications}. */
  public static class Authentications {
    private final List<Object> all;

    Authentications(List<Object> all) {
      this.all = all;
    }

    public List<Object> getAuthentications() {
      return all;
    }
  }

  /** The shape of Camunda's {@code UserAuthentication}. */
  public static class UserAuthentication {
    private final String name;
    private final String engine;

    UserAuthentication(String name, String engine) {
      this.name = name;
      this.engine = engine;
    }

    public String getName() {
      return name;
    }

    public String getProcessEngineName() {
      return engine;
    }
  }

  @Test
  @DisplayName(
      "AUD-2 (issue 17): the user signed in to Tasklist for the default engine is read from the session")
  void readsTheSignedInUser() {
    assertThat(
            TasklistSignIn.userOf(
                new Authentications(
                    List.of(
                        new UserAuthentication("other", "another-engine"),
                        new UserAuthentication("ops.head", "default")))))
        .contains("ops.head");
  }

  @Test
  @DisplayName(
      "AUD-2 (issue 17): no sign-in, another engine's, or an object of another shape signs nobody in")
  void nothingElseSignsIn() {
    assertThat(TasklistSignIn.userOf(null)).isEmpty();
    assertThat(TasklistSignIn.userOf(new Authentications(List.of()))).isEmpty();
    assertThat(
            TasklistSignIn.userOf(
                new Authentications(List.of(new UserAuthentication("x", "another")))))
        .isEmpty();
    assertThat(
            TasklistSignIn.userOf(
                new Authentications(List.of(new UserAuthentication(" ", "default")))))
        .isEmpty();
    assertThat(TasklistSignIn.userOf("ops.head")).isEmpty();
  }
}

package com.meike.privacy.bpmn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.staff.StaffGroups;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The BPMN files name only the staff groups of the one source, {@link StaffGroups}. */
class StaffGroupsInProcessesTest {

  private static final Pattern CANDIDATE_GROUPS =
      Pattern.compile("camunda:candidateGroups=\"([^\"]*)\"");

  @Test
  @DisplayName(
      "every candidate group of every deployed process is a staff group the engine creates")
  void candidateGroupsAreStaffGroups() throws IOException {
    List<String> named = new ArrayList<>();
    for (String resource : EngineSetup.RESOURCES) {
      if (!resource.endsWith(".bpmn")) {
        continue;
      }
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
        Matcher m = CANDIDATE_GROUPS.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (m.find()) {
          // an expression (${handlerGroups}) is computed in code from StaffGroups itself
          if (!m.group(1).startsWith("${")) {
            for (String group : m.group(1).split(",")) {
              named.add(group.trim());
            }
          }
        }
      }
    }
    assertThat(named).isNotEmpty();
    assertThat(StaffGroups.ALL).containsAll(named);
    assertThat(EngineSetup.STAFF_GROUPS).isSameAs(StaffGroups.DISPLAY_NAMES);
  }
}

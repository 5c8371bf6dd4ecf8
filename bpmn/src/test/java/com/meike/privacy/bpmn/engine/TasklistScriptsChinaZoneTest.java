package com.meike.privacy.bpmn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.time.WorkingDayCalendar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The China zone is declared once ({@code WorkingDayCalendar.CHINA}, which {@code ChinaTime}
 * formats in); Tasklist's own scripts run in the browser and cannot read it, so every zone they
 * name is checked against it, as {@code AllowedUseLabelsTest} checks their labels.
 */
class TasklistScriptsChinaZoneTest {

  static final Path SCRIPTS = Path.of("../web/camunda-webapps/src/main/webapp/app/tasklist");

  @Test
  @DisplayName("Tasklist's scripts show times in the one China zone the server formats in")
  void everyZoneAScriptNamesIsTheServersChinaZone() throws Exception {
    List<String> zones = new ArrayList<>();
    Pattern timeZone = Pattern.compile("timeZone:\\s*'([^']*)'");
    try (Stream<Path> files = Files.walk(SCRIPTS)) {
      for (Path script : files.filter(p -> p.toString().endsWith(".js")).toList()) {
        Matcher found = timeZone.matcher(Files.readString(script));
        while (found.find()) {
          zones.add(script.getFileName() + " " + found.group(1));
        }
      }
    }

    assertThat(zones)
        .as("the zones Tasklist's scripts name")
        .isNotEmpty()
        .allSatisfy(zone -> assertThat(zone).endsWith(" " + WorkingDayCalendar.CHINA.getId()));
  }
}

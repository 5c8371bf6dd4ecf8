package com.meike.privacy.bpmn.rights;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.rights.application.RefusalGrounds;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * People read labels, never codes: the refusal grounds of the answer form are the rights context's
 * {@link RefusalGrounds}, and no choice of any form is labelled with its code.
 */
class RefusalGroundLabelsTest {

  /** An engine or enum code: upper-case words joined by underscores ({@code VITAL_INTERESTS}). */
  private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");

  @Test
  @DisplayName(
      "DSR-2, DSR-6: the answer form offers exactly the refusal grounds, each with its Chinese and English label")
  void theAnswerFormOffersTheGroundsWithTheirLabels() throws Exception {
    Map<String, String> offered = new LinkedHashMap<>();
    try (InputStream form = getClass().getResourceAsStream("/forms/dsr-answer.form");
        JsonReader reader = Json.createReader(form)) {
      reader.readObject().getJsonArray("components").getValuesAs(JsonObject.class).stream()
          .filter(c -> "refusalGround".equals(c.getString("key", null)))
          .flatMap(c -> c.getJsonArray("values").getValuesAs(JsonObject.class).stream())
          .forEach(v -> offered.put(v.getString("value"), v.getString("label")));
    }

    assertThat(offered).containsExactlyEntriesOf(RefusalGrounds.labels());
    assertThat(RefusalGrounds.label("VITAL_INTERESTS")).contains("维护生命").contains("Vital");
  }

  @Test
  @DisplayName(
      "No choice in any Tasklist form is shown as a code (VITAL_INTERESTS, SELF_PUBLISHED)")
  void noFormShowsACodeAsAChoice() throws Exception {
    List<String> shown = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("src/main/resources/forms"))) {
      for (Path path : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(path))) {
          choices(reader.readObject(), path.getFileName().toString(), shown);
        }
      }
    }

    assertThat(shown).as("choices labelled with a code").isEmpty();
  }

  private static void choices(JsonObject component, String form, List<String> shown) {
    if (component.containsKey("values")) {
      for (JsonObject choice : component.getJsonArray("values").getValuesAs(JsonObject.class)) {
        String label = choice.getString("label", "");
        if (label.equals(choice.getString("value", null)) || CODE.matcher(label).find()) {
          shown.add(form + " " + component.getString("key", "?") + ": " + label);
        }
      }
    }
    if (component.containsKey("components")) {
      component
          .getJsonArray("components")
          .getValuesAs(JsonObject.class)
          .forEach(c -> choices(c, form, shown));
    }
  }
}

package com.meike.privacy.bpmn.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.recording.application.AllowedUses;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The uses of a recording are named in one place (the recording context's {@code AllowedUse}): the
 * Tasklist start form, whose choices cannot be computed, and the applicant's "My applications" page
 * of Tasklist (a static script) are checked against it.
 */
class AllowedUseLabelsTest {

  @Test
  @DisplayName(
      "REC-7: the application form offers exactly the allowed uses, with their one label each, in the policy's order")
  void theApplicationFormOffersTheAllowedUses() throws Exception {
    Map<String, String> offered = new LinkedHashMap<>();
    try (InputStream form =
            getClass().getResourceAsStream("/forms/recording-access-application.form");
        JsonReader reader = Json.createReader(form)) {
      reader.readObject().getJsonArray("components").getValuesAs(JsonObject.class).stream()
          .filter(c -> "use".equals(c.getString("key", null)))
          .flatMap(c -> c.getJsonArray("values").getValuesAs(JsonObject.class).stream())
          .forEach(v -> offered.put(v.getString("value"), v.getString("label")));
    }

    assertThat(offered).containsExactlyEntriesOf(AllowedUses.labels());
    assertThat(RecordingAccessProcess.useLabel("URGENT_PROTECTION"))
        .isEqualTo(AllowedUses.label("URGENT_PROTECTION"));
  }

  @Test
  @DisplayName(
      "REC-7: an applicant's \"My applications\" page names each use with the same label as the form")
  void theApplicantsPageNamesTheUsesAlike() throws Exception {
    String script =
        Files.readString(
            Path.of(
                "../web/camunda-webapps/src/main/webapp/app/tasklist/meike/my-applications.js"));
    Matcher block = Pattern.compile("const USES = \\{(.*?)\\};", Pattern.DOTALL).matcher(script);
    assertThat(block.find()).as("the script's USES table").isTrue();
    Map<String, String> shown = new LinkedHashMap<>();
    Matcher entry = Pattern.compile("([A-Z_]+): '([^']*)'").matcher(block.group(1));
    while (entry.find()) {
      shown.put(entry.group(1), entry.group(2));
    }

    assertThat(shown).containsExactlyEntriesOf(AllowedUses.labels());
  }
}

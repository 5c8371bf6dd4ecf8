package com.meike.privacy.bpmn.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.recording.application.AllowedUses;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The uses of a recording are named in one place (the recording context's {@code AllowedUse}): the
 * Tasklist start form, whose choices cannot be computed, is checked against it.
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
}

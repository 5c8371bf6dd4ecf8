package com.meike.privacy.bpmn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * form-js's time picker rounds a typed time down to its interval (15 minutes unless the field says
 * otherwise): "09:37" would be kept as 09:30. A time a person types — when an incident was found,
 * when the regulator was told — is kept to the minute.
 */
class FormTimesTest {

  @Test
  @DisplayName(
      "every time field of every deployed form keeps the minute a person types (time interval 1) and reads as China time on a 24-hour clock")
  void timesAreKeptToTheMinute() throws IOException {
    List<String> times = new ArrayList<>();
    List<String> rounded = new ArrayList<>();
    List<String> notChina = new ArrayList<>();
    for (String resource : EngineSetup.RESOURCES) {
      if (!resource.endsWith(".form")) {
        continue;
      }
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource);
          JsonReader reader = Json.createReader(in)) {
        for (JsonObject field :
            reader.readObject().getJsonArray("components").getValuesAs(JsonObject.class)) {
          String subtype = field.getString("subtype", "");
          if ("datetime".equals(field.getString("type", ""))
              && (subtype.equals("datetime") || subtype.equals("time"))) {
            times.add(resource + " " + field.getString("key"));
            if (field.getInt("timeInterval", 15) != 1) {
              rounded.add(resource + " " + field.getString("key"));
            }
            // form-js's default is a 12-hour clock labelled "Time": say it is China's, 24 hours
            if (!field.getBoolean("use24h", false)
                || !field.getString("timeLabel", "").contains("北京时间")) {
              notChina.add(resource + " " + field.getString("key"));
            }
          }
        }
      }
    }
    assertThat(times).isNotEmpty();
    assertThat(rounded).isEmpty();
    assertThat(notChina).as("time fields not labelled as China time on a 24-hour clock").isEmpty();
  }
}

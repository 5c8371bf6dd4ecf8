package com.meike.privacy.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodyLimitsTest {

  @Test
  void depthCountsObjectsAndArraysButNotBracketsInStrings() {
    assertThat(depth("{\"a\":1}")).isEqualTo(1);
    assertThat(depth("{\"a\":[{\"b\":[]}]}")).isEqualTo(4);
    assertThat(depth("{\"a\":\"[[[{{{\\\"[[[\"}")).isEqualTo(1);
    assertThat(depth("{\"a\":".repeat(1000) + "1" + "}".repeat(1000))).isEqualTo(1000);
    assertThat(depth("42")).isZero();
  }

  @Test
  void readsAtMostTheLimit() throws IOException {
    assertThat(JsonBodyLimits.readAtMost(new ByteArrayInputStream(new byte[10]), 10)).hasSize(10);
    assertThat(JsonBodyLimits.readAtMost(new ByteArrayInputStream(new byte[11]), 10)).isNull();
  }

  @Test
  void onlyJsonBodiesAreChecked() {
    assertThat(JsonBodyLimits.isJson(MediaType.APPLICATION_JSON_TYPE)).isTrue();
    assertThat(JsonBodyLimits.isJson(new MediaType("application", "merge-patch+json"))).isTrue();
    assertThat(JsonBodyLimits.isJson(MediaType.APPLICATION_OCTET_STREAM_TYPE)).isFalse();
    assertThat(JsonBodyLimits.isJson(null)).isFalse();
  }

  private static int depth(String json) {
    return JsonBodyLimits.depth(json.getBytes(StandardCharsets.UTF_8));
  }
}

package com.meike.privacy.rights.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PackageJsonTest {

  @Test
  @DisplayName("DSR-1: the package is JSON with strings escaped, instants in ISO-8601")
  void writesJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", PackageJson.SCHEMA);
    root.put("text", "a \"quote\"\nand 中文");
    root.put("at", Instant.parse("2026-12-06T00:00:00Z"));
    root.put("list", List.of(1, true, Map.of("k", 2.5)));
    root.put("none", null);
    assertThat(PackageJson.write(root))
        .isEqualTo(
            "{\"schema\":\"meike.access-package/1\",\"text\":\"a \\\"quote\\\"\\nand 中文\","
                + "\"at\":\"2026-12-06T00:00:00Z\",\"list\":[1,true,{\"k\":2.5}],\"none\":null}");
  }
}

package com.meike.privacy.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.order.OrderNumberFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document repeats the order-number format as each order number's {@code pattern} (a
 * YAML file cannot compute it): every such pattern is the kernel's one format (issue 13), so a
 * change of the format that forgets the document fails here.
 */
class OrderNumberPatternsTest {

  @Test
  @DisplayName("Issue 13: the OpenAPI document's order-number patterns are the kernel's format")
  void everyOrderNumberPatternIsTheKernelsFormat() throws Exception {
    List<String> patterns =
        Files.readAllLines(Path.of("src/main/webapp/openapi.yaml")).stream()
            .map(String::strip)
            .filter(line -> line.startsWith("pattern: '^MK"))
            .toList();

    assertThat(patterns).hasSizeGreaterThanOrEqualTo(4);
    assertThat(patterns).containsOnly("pattern: '^" + OrderNumberFormat.REGEX + "$'");
  }
}

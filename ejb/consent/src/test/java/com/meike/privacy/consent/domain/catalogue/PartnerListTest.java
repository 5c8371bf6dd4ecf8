package com.meike.privacy.consent.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The consent catalogue's partners are the one list of partners, {@code
 * server-config/partners.txt}.
 */
@Tag("PTN-1")
class PartnerListTest {

  @Test
  @DisplayName("PTN-1: the Partner enum names exactly the partners of partners.txt, in its order")
  void theEnumIsThePartnerList() throws IOException {
    var listed =
        Files.readAllLines(Path.of("../../server-config/partners.txt")).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();
    assertThat(Partner.ids()).containsExactlyElementsOf(listed);
  }
}

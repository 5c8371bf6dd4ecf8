package com.meike.privacy.partner.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The partner list has one source, {@code server-config/partners.txt} (the server's queues and
 * messaging users are made from it): the registry's seed and the inbound listeners follow it.
 */
@Tag("PTN-1")
class PartnerListTest {

  static List<String> partners() throws IOException {
    return Files.readAllLines(Path.of("../../server-config/partners.txt")).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  @DisplayName("PTN-1: the registry is seeded with exactly the partners of partners.txt")
  void theRegistrySeedIsThePartnerList() throws IOException {
    StringBuilder scripts = new StringBuilder();
    try (var files = Files.list(Path.of("src/main/resources/db/migration/partner"))) {
      for (Path script : files.sorted().toList()) {
        scripts.append(Files.readString(script));
      }
    }
    assertThat(
            all(
                Pattern.compile("insert into partner_partner \\([^)]*\\)\\s*values \\('([^']+)'"),
                scripts.toString()))
        .containsExactlyElementsOf(partners());
  }

  @Test
  @DisplayName(
      "each partner of partners.txt has one listener on its own inbound queue, and no other partner has one")
  void everyPartnerHasItsInboundListener() throws IOException {
    String ejbJar = Files.readString(Path.of("src/main/resources/META-INF/ejb-jar.xml"));
    List<String> ids = partners();
    assertThat(all(Pattern.compile("<env-entry-value>([^<]+)</env-entry-value>"), ejbJar))
        .containsExactlyElementsOf(ids);
    assertThat(all(Pattern.compile("<ejb-name>PartnerInboundListener-([^<]+)</ejb-name>"), ejbJar))
        .containsExactlyElementsOf(ids);
    assertThat(all(Pattern.compile("java:/jms/queue/partner\\.([^<]+)\\.inbound<"), ejbJar))
        .containsExactlyElementsOf(ids);
  }
}

package com.meike.privacy.bpmn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("CMP-1")
class FormLinksTest {

  @Test
  @DisplayName(
      "CMP-1 (issue 17): a form's link opens the path under /api and reads the file's name")
  void aLinkToAnAttachment() {
    assertThat(FormLinks.link("receipt.pdf", "/api/complaints/CP1/attachments/a1"))
        .isEqualTo("[receipt\\.pdf](/api/complaints/CP1/attachments/a1)");
  }

  @Test
  @DisplayName("CMP-1 (issue 17): a file name cannot become a link, an image or HTML of its own")
  void peoplesTextStaysText() {
    String hostile = "x](javascript:alert(1)) <img src=x onerror=alert(1)>\n# big";
    String link = FormLinks.link(hostile, "/api/x");
    assertThat(link)
        .startsWith(
            "[x\\]\\(javascript:alert\\(1\\)\\) \\<img src=x onerror=alert\\(1\\)\\> \\# big](/api/x)");
    assertThat(link).doesNotContain("\n");
    assertThat(FormLinks.segment("a b/c")).isEqualTo("a%20b%2Fc");
  }
}

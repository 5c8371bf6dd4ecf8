package com.meike.privacy.partnerclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void options_default_to_acknowledging_every_message_for_ever() {
    Main.Options options = Main.parse(List.of("--partner", "sms"));
    assertThat(options.url()).isEqualTo(PartnerClient.DEFAULT_URL);
    assertThat(options.reply()).contains(PartnerClient.Status.ACKNOWLEDGED);
    assertThat(options.count()).isEqualTo(Long.MAX_VALUE);
    assertThat(options.idle()).isGreaterThan(Duration.ofDays(300));

    Main.Options once =
        Main.parse(
            List.of(
                "--partner", "getui", "--reply", "none", "--count", "1", "--idle-seconds", "5"));
    assertThat(once.reply()).isEqualTo(Optional.empty());
    assertThat(once.count()).isEqualTo(1);
    assertThat(once.idle()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void bad_options_are_named() {
    assertThatThrownBy(() -> Main.parse(List.of())).hasMessageContaining("--partner");
    assertThatThrownBy(() -> Main.parse(List.of("--partner", "sms", "--password", "x")))
        .hasMessageContaining("--password");
    assertThatThrownBy(() -> Main.parse(List.of("--partner", "sms", "--reply", "YES")))
        .hasMessageContaining("--reply");
    assertThatThrownBy(() -> Main.parse(List.of("--partner", "sms", "--reply", "FAILED")))
        .hasMessageContaining("--reason");
    assertThatThrownBy(() -> Main.parse(List.of("--partner", "sms", "--count", "0")))
        .hasMessageContaining("--count");
    assertThatThrownBy(() -> Main.parse(List.of("--partner", "sms", "--count")))
        .hasMessageContaining("needs a value");
  }

  @Test
  void a_reply_is_the_documented_json() {
    assertThat(PartnerClient.replyBody("m-1", PartnerClient.Status.ACKNOWLEDGED, null))
        .isEqualTo("{\"messageId\":\"m-1\",\"status\":\"ACKNOWLEDGED\"}");
    assertThat(PartnerClient.replyBody("m-2", PartnerClient.Status.FAILED, "unknown device"))
        .isEqualTo("{\"messageId\":\"m-2\",\"status\":\"FAILED\",\"reason\":\"unknown device\"}");
  }

  @Test
  void messages_print_with_their_envelope_and_non_json_bodies_are_shown_as_such() {
    String text =
        "{\"type\":\"sms.verification-code\",\"version\":1,\"messageId\":\"m-1\",\"payload\":{\"template\":\"verification-code\"}}";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.print(
        new PartnerClient.Received(text, PartnerClient.parse(text), "m-1"),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("sms.verification-code v1  messageId m-1")
        .contains("\"template\"");

    out.reset();
    Main.print(
        new PartnerClient.Received("hello", PartnerClient.parse("hello"), null),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("(not a JSON object) hello");
  }
}

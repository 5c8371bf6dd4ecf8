package com.meike.privacy.partnerclient;

import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.PrintStream;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference partner client as a command:
 *
 * <pre>
 *   java -jar partner-client/target/meike-partner-client.jar --partner sms [options]
 * </pre>
 *
 * Receives from the partner's queue, prints every message, and answers each with {@code --reply}
 * (ACKNOWLEDGED by default; {@code none} only takes messages off the queue). The password comes
 * from {@code MEIKE_PARTNER_PASSWORD}, never from the command line.
 */
public final class Main {

  static final String USAGE =
      """
      usage: java -jar meike-partner-client.jar --partner <id> [--url <broker url>]
                 [--reply ACKNOWLEDGED|FAILED|DELIVERED|none] [--reason <text>]
                 [--count <n>] [--idle-seconds <s>]
        --partner       your partner id, e.g. sms, getui (also the user name)
        --url           default %s
        --reply         answer sent on partner.<id>.inbound for each message (default ACKNOWLEDGED)
        --reason        reason sent with FAILED (required then)
        --count         stop after n messages (default: no limit)
        --idle-seconds  stop after s seconds without a message (default: wait for ever)
      the password is read from the environment variable MEIKE_PARTNER_PASSWORD
      """
          .formatted(PartnerClient.DEFAULT_URL);

  /** The parsed command line. */
  record Options(
      String url,
      String partner,
      Optional<PartnerClient.Status> reply,
      String reason,
      long count,
      Duration idle) {}

  private Main() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    String password = System.getenv("MEIKE_PARTNER_PASSWORD");
    if (password == null || password.isEmpty()) {
      System.err.println("set MEIKE_PARTNER_PASSWORD to your partner password");
      System.exit(2);
    }
    try (PartnerClient client = PartnerClient.connect(options.url(), options.partner(), password)) {
      System.err.printf(
          "connected as %s, receiving from %s%n",
          options.partner(), PartnerClient.outboundQueue(options.partner()));
      long handled = 0;
      while (handled < options.count()) {
        Optional<PartnerClient.Received> received = client.receive(options.idle());
        if (received.isEmpty()) {
          System.err.println("no message for " + options.idle().toSeconds() + " s; stopping");
          break;
        }
        print(received.get(), System.out);
        if (options.reply().isPresent() && received.get().messageId() != null) {
          client.reply(received.get(), options.reply().get(), options.reason());
        } else {
          client.settle();
        }
        handled++;
      }
    }
  }

  static Options parse(List<String> args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.size(); i += 2) {
      String name = args.get(i);
      if (!List.of("--partner", "--url", "--reply", "--reason", "--count", "--idle-seconds")
          .contains(name)) {
        throw new IllegalArgumentException("unknown option " + name);
      }
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      values.put(name, args.get(i + 1));
    }
    String partner = values.get("--partner");
    if (partner == null || !partner.matches("[a-z][a-z0-9-]{1,31}")) {
      throw new IllegalArgumentException("--partner must be your partner id, e.g. sms");
    }
    String replyName = values.getOrDefault("--reply", "ACKNOWLEDGED");
    Optional<PartnerClient.Status> reply;
    try {
      reply =
          replyName.equals("none")
              ? Optional.empty()
              : Optional.of(PartnerClient.Status.valueOf(replyName));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--reply must be ACKNOWLEDGED, FAILED, DELIVERED or none");
    }
    String reason = values.get("--reason");
    if (reply.equals(Optional.of(PartnerClient.Status.FAILED))
        && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("--reply FAILED needs --reason");
    }
    long count = number(values.get("--count"), "--count", Long.MAX_VALUE);
    long idle = number(values.get("--idle-seconds"), "--idle-seconds", 0);
    return new Options(
        values.getOrDefault("--url", PartnerClient.DEFAULT_URL),
        partner,
        reply,
        reason,
        count,
        idle == 0 ? Duration.ofDays(365) : Duration.ofSeconds(idle));
  }

  private static long number(String value, String name, long absent) {
    if (value == null) {
      return absent;
    }
    try {
      long number = Long.parseLong(value);
      if (number < 1) {
        throw new NumberFormatException();
      }
      return number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a positive whole number");
    }
  }

  static void print(PartnerClient.Received received, PrintStream out) {
    out.printf(
        "--- %s  %s v%d  messageId %s%n",
        Instant.now(), received.type(), received.version(), received.messageId());
    if (received.json() == null) {
      out.println("(not a JSON object) " + received.text());
      return;
    }
    StringWriter text = new StringWriter();
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
      writer.writeObject(received.json());
    }
    out.println(text.toString().strip());
  }
}

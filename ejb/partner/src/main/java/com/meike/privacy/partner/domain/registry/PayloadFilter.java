package com.meike.privacy.partner.domain.registry;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cuts a payload down to a partner's scope for one purpose (PTN-2): a field stays only when the
 * scope names it or its path; everything else is dropped, however deeply nested. For a
 * de-identified partner, identifying fields are dropped at every depth even where the scope would
 * allow them (a scope never allows them, but a payload may carry them inside an allowed object),
 * and the person appears only as {@value #PSEUDONYM}. Pure: the same input always gives the same
 * output.
 */
public final class PayloadFilter {

  /** The payload field that carries a de-identified partner's pseudonym of the person. */
  public static final String PSEUDONYM = "pseudonym";

  /** The payload as sent, and the fields (paths) it holds, as the disclosure log records them. */
  public record Restricted(JsonObject payload, List<String> sentFields) {}

  /**
   * Looked up once: {@code Json.create…} looks the provider up through the service loader on every
   * call, which showed in the campaign's profile (issue 14).
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private PayloadFilter() {}

  /**
   * @param pseudonym the person's pseudonym for this partner, added as {@value #PSEUDONYM} when the
   *     partner is de-identified; null when the message concerns no one
   */
  public static Restricted restrict(
      JsonObject payload, DataScope scope, boolean deIdentified, String pseudonym) {
    List<String> sent = new ArrayList<>();
    JsonObjectBuilder kept = keep(payload, "", scope.fields(), deIdentified, sent);
    if (deIdentified && pseudonym != null) {
      kept.add(PSEUDONYM, pseudonym);
      sent.add(PSEUDONYM);
    }
    return new Restricted(kept.build(), List.copyOf(sent));
  }

  private static JsonObjectBuilder keep(
      JsonObject object,
      String prefix,
      List<String> allowed,
      boolean deIdentified,
      List<String> sent) {
    JsonObjectBuilder kept = JSON.createObjectBuilder();
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      String path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
      if (deIdentified && (DataScope.identifying(path) || PSEUDONYM.equals(path))) {
        continue;
      }
      if (allowed.contains(path)) {
        kept.add(entry.getKey(), deIdentified ? scrub(entry.getValue()) : entry.getValue());
        sent.add(path);
      } else if (entry.getValue() instanceof JsonObject inner
          && allowed.stream().anyMatch(field -> field.startsWith(path + "."))) {
        JsonObject innerKept = keep(inner, path, allowed, deIdentified, sent).build();
        if (!innerKept.isEmpty()) {
          kept.add(entry.getKey(), innerKept);
        }
      }
    }
    return kept;
  }

  /** The value without identifying fields at any depth. */
  private static JsonValue scrub(JsonValue value) {
    if (value instanceof JsonObject object) {
      JsonObjectBuilder kept = JSON.createObjectBuilder();
      object.forEach(
          (name, inner) -> {
            if (!DataScope.identifying(name)) {
              kept.add(name, scrub(inner));
            }
          });
      return kept.build();
    }
    if (value instanceof JsonArray array) {
      JsonArrayBuilder kept = JSON.createArrayBuilder();
      array.forEach(item -> kept.add(scrub(item)));
      return kept.build();
    }
    return value;
  }
}

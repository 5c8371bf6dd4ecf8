package com.meike.privacy.api;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON request body read field by field, so every refusal names its field: a field we do not
 * know, or a value of the wrong type, is a 400 problem, never silently dropped or coerced.
 */
public final class RequestBody {

  private final JsonObject json;

  private RequestBody(JsonObject json) {
    this.json = json;
  }

  /** Accepts {@code json} when it is an object holding only {@code fields}. */
  public static RequestBody of(JsonObject json, List<String> fields) {
    if (json == null) {
      throw DomainException.invalid(
          null, "A JSON object with " + String.join(", ", fields) + " is required.");
    }
    for (String key : json.keySet()) {
      if (!fields.contains(key)) {
        throw DomainException.invalid(
            key, "Unknown field '" + key + "'; expected " + String.join(", ", fields) + ".");
      }
    }
    return new RequestBody(json);
  }

  /**
   * The text of {@code field}, or null when it is absent or null; the service decides if it is
   * required.
   */
  public String text(String field) {
    JsonValue value = json.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    throw DomainException.invalid(field, "'" + field + "' must be a string.");
  }

  /** The number of {@code field} (a JSON number, or a string holding one), or null when absent. */
  public java.math.BigDecimal decimal(String field) {
    JsonValue value = json.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof jakarta.json.JsonNumber number) {
      return number.bigDecimalValue();
    }
    if (value instanceof JsonString string) {
      try {
        return new java.math.BigDecimal(string.getString().strip());
      } catch (NumberFormatException e) {
        throw DomainException.invalid(field, "'" + field + "' must be a number.");
      }
    }
    throw DomainException.invalid(field, "'" + field + "' must be a number.");
  }

  /** The boolean {@code field}, or {@code absent} when it is missing or null. */
  public boolean flag(String field, boolean absent) {
    JsonValue value = json.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return absent;
    }
    if (value.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (value.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    throw DomainException.invalid(field, "'" + field + "' must be true or false.");
  }

  /** The strings of the array {@code field}; empty when it is missing or null. */
  public List<String> texts(String field) {
    JsonValue value = json.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw DomainException.invalid(field, "'" + field + "' must be an array of strings.");
    }
    List<String> texts = new ArrayList<>();
    for (JsonValue item : array) {
      if (!(item instanceof JsonString string)) {
        throw DomainException.invalid(field, "'" + field + "' must be an array of strings.");
      }
      texts.add(string.getString());
    }
    return texts;
  }
}

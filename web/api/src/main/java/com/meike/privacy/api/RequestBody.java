package com.meike.privacy.api;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
      throw DomainException.invalid(null, "A JSON object with " + String.join(", ", fields) + " is required.");
    }
    for (String key : json.keySet()) {
      if (!fields.contains(key)) {
        throw DomainException.invalid(key, "Unknown field '" + key + "'; expected " + String.join(", ", fields) + ".");
      }
    }
    return new RequestBody(json);
  }

  /** The text of {@code field}, or null when it is absent or null; the service decides if it is required. */
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
}
